import { message, MessageError, type Message } from '../../messages';
import * as tf from '@tensorflow/tfjs';
import type { LabConfig } from '../../config';
import type { GanSpec } from '../spec';
import { buildEncoder } from '../../gan/scorers';
import type { SavedDetector } from '../../project/format';
import type { PlainData } from '../../project/plainData';
import { buildGanState, disposeGanState, type GanState } from './run';

/**
 * A trained GAN to and from a project file: the generator's and discriminator's weights, the
 * f-AnoGAN encoder's when it was trained, and the grid's fixed noise (so the reopened grid is the
 * saved one). Restoring builds the same networks from the saved configuration, then loads them.
 */
interface SavedTensor {
  shape: number[];
  values: Float32Array;
}

interface SavedGanState {
  gan: SavedTensor[];
  encoder: SavedTensor[] | null;
  fixedNoise: SavedTensor;
}

const plain = async (tensor: tf.Tensor): Promise<SavedTensor> => ({
  shape: [...tensor.shape],
  values: (await tensor.data()) as Float32Array,
});

export async function saveGan(id: string, state: GanState): Promise<SavedDetector> {
  const saved: SavedGanState = {
    gan: await Promise.all(state.gan.weights().map(plain)),
    encoder: state.encoder ? await Promise.all(state.encoder.weights().map(plain)) : null,
    fixedNoise: await plain(state.fixedNoise),
  };
  return { id, family: 'gan', state: saved as unknown as PlainData };
}

/** Loads saved tensors into a network whose current weights they must match one for one. */
function loadInto(
  target: { weights(): tf.Tensor[]; restore(w: tf.Tensor[]): void },
  saved: SavedTensor[],
  mismatch: Message,
) {
  const current = target.weights();
  const fits =
    Array.isArray(saved) &&
    saved.length === current.length &&
    saved.every((w, i) => w.shape.join('x') === current[i].shape.join('x') && w.values.length === current[i].size);
  if (!fits) throw new MessageError(mismatch);
  const tensors = saved.map((w) => tf.tensor(w.values, w.shape));
  target.restore(tensors);
  tf.dispose(tensors);
}

export async function restoreGan(
  spec: GanSpec,
  saved: SavedDetector,
  config: LabConfig,
  inputSize: number,
): Promise<GanState> {
  const { gan, encoder, fixedNoise } = saved.state as unknown as SavedGanState;
  const state = await buildGanState(spec, config, inputSize);
  try {
    loadInto(state.gan, gan, message('err.core.ganMismatch'));
    if (encoder) {
      state.encoder = buildEncoder(state.gan, config.seed);
      loadInto(state.encoder, encoder, message('err.core.encoderMismatch'));
    }
    if (fixedNoise?.shape?.join('x') === state.fixedNoise.shape.join('x')) {
      state.fixedNoise.dispose();
      state.fixedNoise = tf.tensor2d(fixedNoise.values, fixedNoise.shape as [number, number]);
    }
    return state;
  } catch (error) {
    disposeGanState(state);
    throw error;
  }
}
