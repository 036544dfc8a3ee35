import type { ClassicalModel } from '../classical';
import type { FittedDetector } from '../fitted';

/** A fitted one-pass detector (an ensemble too) as the lab uses it: its scores come back as plain arrays. */
export function fittedClassical(id: string, model: ClassicalModel, family: 'classical' | 'ensemble'): FittedDetector {
  const { trainingScores, reconstruct } = model;
  return {
    id,
    score: (x) => model.score(x),
    ...(trainingScores ? { trainingScores: () => trainingScores.call(model) } : {}),
    ...(reconstruct ? { reconstruct: (x) => reconstruct.call(model, x) } : {}),
    save: async () => ({ id, family, state: await model.save() }),
    dispose: () => model.dispose(),
  };
}
