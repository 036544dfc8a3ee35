import { autoencoderFamily } from './autoencoder-shared/family';
import { classicalFamily } from './classical-shared/family';
import { ensembleFamily } from './ensemble/family';
import type { DetectorFamily } from './family';
import { ganFamily } from './gan-shared/family';
import type { DetectorSpec } from './spec';

/** Each family of the spec types and how it trains: a family missing here fails to compile. */
const families: { [F in DetectorSpec['family']]: DetectorFamily<Extract<DetectorSpec, { family: F }>> } = {
  autoencoder: autoencoderFamily,
  classical: classicalFamily,
  ensemble: ensembleFamily,
  gan: ganFamily,
};

/** How the detector of this spec trains, is restored and is probed (worker side: it loads TensorFlow.js). */
export function familyOf(spec: DetectorSpec): DetectorFamily {
  return families[spec.family] as DetectorFamily;
}
