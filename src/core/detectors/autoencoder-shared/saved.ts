import * as tf from '@tensorflow/tfjs';
import type { LabConfig } from '../../config';
import { paramsOf } from '../../lab/classicalRun';
import { message, MessageError } from '../../messages';
import type { SavedDetector } from '../../project/format';
import type { PlainData } from '../../project/plainData';
import type { DataShape } from '../dataShape';
import type { ModelBuildOptions, DetectorModel } from '../model';
import type { AutoencoderSpec } from '../spec';

/**
 * An autoencoder to and from plain data (the project file's `detector`): its weights with their
 * shapes. Restoring builds the same architecture from the saved configuration, then overwrites
 * the weights.
 */
interface SavedWeights {
  weights: { shape: number[]; values: Float32Array }[];
}

/** What an autoencoder is built from: the configuration and the data's shape. */
export function autoencoderOptions(spec: AutoencoderSpec, config: LabConfig, shape: DataShape): ModelBuildOptions {
  return {
    inputSize: shape.inputSize,
    sequence: shape.sequence,
    imageSide: shape.imageSide,
    layers: config.layers,
    latent: config.latent,
    activation: config.activation,
    learningRate: config.lr,
    seed: config.seed,
    outputActivation: shape.outputActivation,
    params: paramsOf(spec, config),
  };
}

export async function saveAutoencoder(id: string, model: DetectorModel): Promise<SavedDetector> {
  const weights = await Promise.all(
    model.weights().map(async (w) => ({ shape: [...w.shape], values: (await w.data()) as Float32Array })),
  );
  return { id, family: 'autoencoder', state: { weights } as unknown as PlainData };
}

/** Overwrites a freshly built autoencoder's weights with saved ones, after checking they fit. */
export function loadAutoencoderWeights(model: DetectorModel, state: PlainData): void {
  const { weights } = state as unknown as SavedWeights;
  const current = model.weights();
  const mismatch =
    !Array.isArray(weights) ||
    weights.length !== current.length ||
    weights.some((w, i) => w.shape.join('x') !== current[i].shape.join('x') || w.values.length !== current[i].size);
  if (mismatch) {
    throw new MessageError(message('err.core.weightsMismatch'));
  }
  const tensors = weights.map((w) => tf.tensor(w.values, w.shape));
  model.restore(tensors);
  tf.dispose(tensors);
}
