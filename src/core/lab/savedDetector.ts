import { message, MessageError } from '../messages';
import * as tf from '@tensorflow/tfjs';
import { withModel, type LabConfig } from '../config';
import { detectorsOf } from '../detectors/registry';
import { EnsembleModel, savedMemberIds, type EnsembleMember } from '../detectors/ensemble/model';
import type { ClassicalModel } from '../detectors/classical';
import type { DetectorModel, ModelBuildOptions } from '../detectors/model';
import { loadAutoencoderBuilder, loadClassicalBuilder } from '../detectors/builders';
import type { AutoencoderSpec, DetectorSpec } from '../detectors/spec';
import type { SavedDetector } from '../project/format';
import type { PlainData } from '../project/plainData';
import { paramsOf } from './classicalRun';

/**
 * A trained detector to and from plain data (the project file's `detector`): an autoencoder's
 * weights with their shapes, or a classical detector's fitted state. Restoring builds the same
 * architecture from the saved configuration, then overwrites what it learned.
 */
interface SavedWeights {
  weights: { shape: number[]; values: Float32Array }[];
}

/** What an autoencoder is built from: the configuration, the data's width and its output range. */
export function autoencoderOptions(
  spec: AutoencoderSpec,
  config: LabConfig,
  inputSize: number,
  outputActivation: ModelBuildOptions['outputActivation'],
  sequence?: ModelBuildOptions['sequence'],
): ModelBuildOptions {
  return {
    inputSize,
    sequence,
    layers: config.layers,
    latent: config.latent,
    activation: config.activation,
    learningRate: config.lr,
    seed: config.seed,
    outputActivation,
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

/** A one-pass detector's fitted state (an ensemble's: each member's, with the scores it ranks against). */
export async function saveClassical(id: string, model: ClassicalModel): Promise<SavedDetector> {
  const family = model instanceof EnsembleModel ? 'ensemble' : 'classical';
  return { id, family, state: await model.save() };
}

/** An ensemble's members built as the run built them (each with its own defaults), then loaded. */
async function restoreEnsemble(state: PlainData, config: LabConfig, inputSize: number): Promise<EnsembleModel> {
  const members: EnsembleMember[] = [];
  try {
    for (const id of savedMemberIds(state)) {
      // Members are one-pass detectors: an id that names none is a file this lab did not write.
      const spec = detectorsOf('classical').find((d) => d.id === id);
      if (!spec) throw new MessageError(message('err.core.unknownMember', { id }));
      const build = await loadClassicalBuilder(spec);
      const own = withModel(config, spec.id);
      const model = build({ inputSize, seed: own.seed, params: paramsOf(spec, own) });
      members.push({ id, model, reference: new Float64Array(0) });
    }
    const ensemble = new EnsembleModel(members, new Float32Array(0));
    ensemble.load(state);
    return ensemble;
  } catch (error) {
    for (const member of members) member.model.dispose();
    throw error;
  }
}

export type RestoredDetector =
  { model: DetectorModel; classical?: never } | { classical: ClassicalModel; model?: never };

/** Builds the detector a project names, with its saved configuration, and loads its learned state. */
export async function restoreDetector(
  spec: DetectorSpec,
  saved: SavedDetector,
  config: LabConfig,
  inputSize: number,
  outputActivation: ModelBuildOptions['outputActivation'],
  sequence?: ModelBuildOptions['sequence'],
): Promise<RestoredDetector> {
  if (saved.id !== spec.id)
    throw new MessageError(message('err.core.cannotRestore', { id: saved.id, detector: spec.id }));
  const mismatch = () =>
    new MessageError(message('err.core.cannotRestore', { id: `${saved.id}, ${saved.family}`, detector: spec.id }));
  switch (spec.family) {
    case 'autoencoder': {
      if (saved.family !== spec.family) throw mismatch();
      const build = await loadAutoencoderBuilder(spec);
      const model = build(autoencoderOptions(spec, config, inputSize, outputActivation, sequence));
      try {
        loadAutoencoderWeights(model, saved.state);
      } catch (error) {
        model.dispose();
        throw error;
      }
      return { model };
    }
    case 'classical': {
      if (saved.family !== spec.family) throw mismatch();
      const build = await loadClassicalBuilder(spec);
      const classical = build({ inputSize, seed: config.seed, params: paramsOf(spec, config) });
      classical.load(saved.state);
      return { classical };
    }
    case 'ensemble':
      if (saved.family !== spec.family) throw mismatch();
      return { classical: await restoreEnsemble(saved.state, config, inputSize) };
    case 'gan':
      throw mismatch();
  }
}
