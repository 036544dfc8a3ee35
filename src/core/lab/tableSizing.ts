import { defaultConfig, type LabConfig } from '../config';

/**
 * The MNIST defaults (128 hidden units, a 32-wide code, 50 epochs of batch 64) would copy a
 * 10-column table straight through and barely train on 200 rows. For a table, every model field
 * the user left at its default is sized from the table instead: a bottleneck narrower than the
 * input, and enough optimisation steps for small tables without hours for big ones.
 */
export function tableSizing(featureCount: number, trainCount: number): Pick<LabConfig, 'layers' | 'latent' | 'batch' | 'epochs'> {
  const latent = Math.max(1, Math.min(32, Math.floor(featureCount / 3)));
  const hidden = Math.min(128, Math.max(8, 2 * featureCount));
  const batch = trainCount < 1000 ? 16 : trainCount < 50_000 ? 64 : 256;
  const stepsPerEpoch = Math.max(1, Math.floor(trainCount / batch));
  const targetSteps = 3000;
  const epochs = Math.max(3, Math.min(300, Math.round(targetSteps / stepsPerEpoch)));
  return { layers: [hidden], latent, batch, epochs };
}

/** The configuration a table run uses: the user's explicit choices, sized defaults for the rest. */
export function tableRunConfig(config: LabConfig, featureCount: number, trainCount: number): LabConfig {
  const defaults = defaultConfig();
  const sized = tableSizing(featureCount, trainCount);
  const keep = <K extends keyof typeof sized>(key: K) => (JSON.stringify(config[key]) === JSON.stringify(defaults[key]) ? sized[key] : config[key]);
  return { ...config, layers: keep('layers'), latent: keep('latent'), batch: keep('batch'), epochs: keep('epochs') };
}
