import { message, MessageError } from '../messages';
import type * as tf from '@tensorflow/tfjs';
import type { LabConfig } from '../config';
import { scorerOf } from './currentDetector';
import type { ClassicalModel } from '../detectors/classical';
import type { DetectorModel, ModelBuildOptions } from '../detectors/model';
import type { DetectorSpec } from '../detectors/spec';
import type { GanScorer } from '../gan/scorers';
import { layersFiles, type LayersFiles } from '../project/exportModel';
import type { SavedDetector } from '../project/format';
import { disposeGanState, type GanState } from './ganRun';
import { restoreDetector, saveAutoencoder, saveClassical } from './savedDetector';
import { restoreGan, saveGan } from './savedGan';

/**
 * The session's current detector, whichever family it is: an autoencoder, a one-pass detector (an
 * ensemble included) or a GAN with the scorer the configuration picked. It owns the detector's
 * tensors, saves it as a project's `detector` and restores one from it.
 */
export class DetectorSlot {
  model: DetectorModel | null = null;
  classical: ClassicalModel | null = null;
  gan: GanState | null = null;
  /** Which of the GAN's scorers gives its scores (the encoder's needs a trained encoder). */
  ganScorer: GanScorer = 'disc';
  /** The spec id of the detector held. */
  id: string | null = null;

  get isEmpty(): boolean {
    return !this.model && !this.classical && !this.gan;
  }

  /** The detector's score of any rows (fixed-size batches for networks), or null when none is held. */
  scorer(batch: number): ((x: tf.Tensor2D) => Promise<Float32Array>) | null {
    const { model, classical, gan, ganScorer } = this;
    return scorerOf({ model, classical, gan: gan && { state: gan, scorer: ganScorer } }, batch);
  }

  /** Holds a new detector in place of the current one (which is freed). */
  hold(id: string, detector: { model?: DetectorModel; classical?: ClassicalModel; gan?: GanState }): void {
    this.clear();
    this.id = id;
    this.model = detector.model ?? null;
    this.classical = detector.classical ?? null;
    this.gan = detector.gan ?? null;
  }

  /** The detector's learned state, with the data's width and output range it was built for. */
  async save(given: Pick<SavedDetector, 'inputSize' | 'outputActivation' | 'sequence'>): Promise<SavedDetector> {
    const { id, model, classical, gan } = this;
    // Plain data has no `undefined`: a shape the data does not have is left out.
    const { sequence, ...flat } = given;
    const shape = sequence ? given : flat;
    if (id && model) return { ...(await saveAutoencoder(id, model)), ...shape };
    if (id && classical) return { ...(await saveClassical(id, classical)), ...shape };
    if (id && gan) return { ...(await saveGan(id, gan)), ...shape };
    throw new MessageError(message('err.core.saveUntrained'));
  }

  /** Builds the saved detector for the configuration and holds it. */
  async restore(
    spec: DetectorSpec,
    saved: SavedDetector,
    config: LabConfig,
    inputSize: number,
    outputActivation: ModelBuildOptions['outputActivation'],
    sequence?: ModelBuildOptions['sequence'],
  ): Promise<void> {
    if (spec.family === 'gan') {
      this.hold(saved.id, { gan: await restoreGan(spec, saved, config, inputSize) });
      this.ganScorer = config.scorer;
      return;
    }
    const restored = await restoreDetector(spec, saved, config, inputSize, outputActivation, sequence);
    this.hold(saved.id, { model: restored.model, classical: restored.classical });
  }

  /**
   * The detector's networks as TensorFlow.js model files: an autoencoder's as `model`; a GAN's
   * generator, discriminator parts and encoder by name. Empty for one-pass detectors.
   */
  async exportNetworks(): Promise<Record<string, LayersFiles>> {
    const { model, gan } = this;
    if (model?.network) return { model: await layersFiles(model.network) };
    if (!gan) return {};
    const networks: Record<string, LayersFiles> = {};
    for (const [name, network] of Object.entries(gan.gan.networks())) networks[name] = await layersFiles(network);
    if (gan.encoder) networks.encoder = await layersFiles(gan.encoder.network);
    return networks;
  }

  clear(): void {
    this.model?.dispose();
    this.classical?.dispose();
    disposeGanState(this.gan);
    this.model = null;
    this.classical = null;
    this.gan = null;
    this.id = null;
  }
}
