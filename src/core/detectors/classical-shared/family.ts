import { fitClassical, paramsOf } from '../../lab/classicalRun';
import { loadClassicalBuilder } from '../builders';
import { refuseOtherSaved, type DetectorFamily } from '../family';
import type { ClassicalSpec } from '../spec';
import { fittedClassical } from './fitted';

/**
 * One-pass detectors: fitted on every training row, then scored (with the fit's and the scoring's
 * times). They have no training step: the rate probe lets the default detector stand in.
 */
export const classicalFamily: DetectorFamily<ClassicalSpec> = {
  async train(spec, run) {
    const { config, tensors, control, events } = run;
    const fitted = await fitClassical(spec, config, tensors, control, (p) => events.onProgress?.(p, 100));
    if (!fitted) return { status: 'stopped', steps: 0, epochsCompleted: 0 };
    run.hold(fittedClassical(spec.id, fitted.model, 'classical'));
    await run.sendSamples(0);
    await run.sendScores(fitted.fitMs);
    return { status: 'done', steps: 1, epochsCompleted: 1 };
  },

  async restore(spec, saved, config, shape) {
    refuseOtherSaved(spec, saved, 'classical');
    const build = await loadClassicalBuilder(spec);
    const params = paramsOf(spec, config);
    const model = build({ inputSize: shape.inputSize, seed: config.seed, params, imageSide: shape.imageSide });
    model.load(saved.state);
    return fittedClassical(spec.id, model, 'classical');
  },
};
