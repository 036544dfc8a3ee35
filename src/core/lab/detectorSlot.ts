import { message, MessageError } from '../messages';
import type { DataShape } from '../detectors/dataShape';
import type { FittedDetector } from '../detectors/fitted';
import { layersFiles, type LayersFiles } from '../project/exportModel';
import type { SavedDetector } from '../project/format';

/**
 * The session's current detector, whichever family trained it: it owns the detector (freeing the
 * last one when another is held), saves it with the data's shape as a project's `detector`, and
 * exports its networks.
 */
export class DetectorSlot {
  current: FittedDetector | null = null;

  get isEmpty(): boolean {
    return !this.current;
  }

  /** Holds a new detector in place of the current one (which is freed). */
  hold(detector: FittedDetector): void {
    this.clear();
    this.current = detector;
  }

  /** The detector's learned state, with the data's width, output range and sequence shape it was built for. */
  async save(shape: Partial<DataShape>): Promise<SavedDetector> {
    if (!this.current) throw new MessageError(message('err.core.saveUntrained'));
    // Plain data has no `undefined`: a shape the data does not have is left out.
    const { inputSize, outputActivation, sequence } = shape;
    return {
      ...(await this.current.save()),
      ...(inputSize !== undefined ? { inputSize } : {}),
      ...(outputActivation ? { outputActivation } : {}),
      ...(sequence ? { sequence } : {}),
    };
  }

  /** The detector's networks as TensorFlow.js model files, by name; empty for one-pass detectors. */
  async exportNetworks(): Promise<Record<string, LayersFiles>> {
    const files: Record<string, LayersFiles> = {};
    for (const [name, network] of Object.entries(this.current?.networks?.() ?? {})) {
      files[name] = await layersFiles(network);
    }
    return files;
  }

  clear(): void {
    this.current?.dispose();
    this.current = null;
  }
}
