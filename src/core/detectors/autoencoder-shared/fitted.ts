import { scoreAll } from '../../train/evaluate';
import type { FittedDetector } from '../fitted';
import type { DetectorModel } from '../model';
import { saveAutoencoder } from './saved';

/** A trained autoencoder as the lab uses it: scored by its reconstruction error, in fixed-size batches. */
export function fittedAutoencoder(id: string, model: DetectorModel): FittedDetector {
  const { encode, network, reconstruct } = model;
  return {
    id,
    score: (x, batch) => scoreAll(model, x, batch),
    ...(reconstruct ? { reconstruct: (x) => reconstruct.call(model, x) } : {}),
    ...(encode ? { encode: (x) => encode.call(model, x) } : {}),
    ...(network ? { networks: () => ({ model: network }) } : {}),
    save: () => saveAutoencoder(id, model),
    dispose: () => model.dispose(),
  };
}
