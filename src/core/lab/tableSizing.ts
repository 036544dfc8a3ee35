import { defaultConfig, type LabConfig } from '../config';
import { specOf } from '../detectors/registry';

/**
 * The MNIST defaults (128 hidden units, a 32-wide code, 50 epochs of batch 64) would copy a
 * 10-column table straight through and barely train on 200 rows. For a table, every model field
 * the user left at its default is sized from the table instead: a bottleneck narrower than the
 * input, and enough optimisation steps for small tables without hours for big ones.
 */
export function tableSizing(
  featureCount: number,
  trainCount: number,
): Pick<LabConfig, 'layers' | 'latent' | 'batch' | 'epochs'> {
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
  if (specOf(config.model).tableSized === false) return config;
  const defaults = defaultConfig(config.model);
  const sized = tableSizing(featureCount, trainCount);
  const keep = <K extends keyof typeof sized>(key: K) =>
    JSON.stringify(config[key]) === JSON.stringify(defaults[key]) ? sized[key] : config[key];
  return { ...config, layers: keep('layers'), latent: keep('latent'), batch: keep('batch'), epochs: keep('epochs') };
}

/** Weights of a dense autoencoder input -> layers -> latent -> reversed layers -> input. */
export function denseWeightCount(inputSize: number, layers: number[], latent: number): number {
  const widths = [inputSize, ...layers, latent, ...[...layers].reverse(), inputSize];
  let count = 0;
  for (let i = 1; i < widths.length; i += 1) count += widths[i - 1] * widths[i] + widths[i];
  return count;
}

/** Below this many training rows no table detector deserves trust, whatever its size. */
export const fewTrainingRows = 50;

/**
 * Why a run on this table will say little, or null: too few training rows, or a model with more
 * weights than the training data has values (it can memorise every row).
 */
export function modelSizeWarning(
  run: Pick<LabConfig, 'layers' | 'latent'>,
  featureCount: number,
  trainCount: number,
): SizeWarning | null {
  const weights = denseWeightCount(featureCount, run.layers, run.latent);
  const values = featureCount * trainCount;
  if (trainCount >= fewTrainingRows && weights <= values) return null;
  return { id: 'memorise', weights, rows: trainCount, values };
}

/** A model big enough to memorise its training rows (worded by the page: i18n/tableMessages.ts). */
export type SizeWarning = { id: 'memorise'; weights: number; rows: number; values: number };
