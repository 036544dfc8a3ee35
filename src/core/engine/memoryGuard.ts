import { message, type Message } from '../messages';
import type { LabConfig } from '../config';
import type { DetectorSpec } from '../detectors/spec';
import type { BackendName } from '../detectors/spec';
import type { MemoryShape } from '../detectors/memoryShapes';

/**
 * An estimate of the memory a run needs, made before its data tensors or its model exist, so an
 * oversized configuration is refused in words instead of crashing the tab. Measured on the dense
 * autoencoder (tf.profile's peak bytes of a training step): the model keeps its weights and Adam's
 * two moments (3x its parameters) and a step briefly holds about 18x more (gradients and the
 * optimizer's temporaries, freed at its end), plus about 4 floats per activation of the batch
 * (forward values, pre-activations and their gradients).
 */
export interface MemoryEstimate {
  dataBytes: number;
  modelBytes: number;
  activationBytes: number;
  totalBytes: number;
}

const floatBytes = 4;
const parameterCopiesAtPeak = 21;
const activationCopies = 4;
/** Convolutional and GAN networks here are fixed and small (<1M parameters) but wide per item. */
const nominalParameters = 1_000_000;
const convolutionalFloatsPerInput = 64;

/** Parameters and per-item activation floats: as the detector's spec declares them, else a small wide network. */
function networkShape(spec: DetectorSpec, config: LabConfig, inputSize: number): MemoryShape {
  const declared = spec.memory?.(config, inputSize);
  return declared ?? { parameters: nominalParameters, activationsPerItem: inputSize * convolutionalFloatsPerInput };
}

export function estimateRunBytes(
  spec: DetectorSpec,
  config: LabConfig,
  inputSize: number,
  items: number,
): MemoryEstimate {
  const { parameters, activationsPerItem } = networkShape(spec, config, inputSize);
  const dataBytes = items * inputSize * floatBytes;
  const modelBytes = parameters * parameterCopiesAtPeak * floatBytes;
  const activationBytes = config.batch * activationsPerItem * activationCopies * floatBytes;
  return { dataBytes, modelBytes, activationBytes, totalBytes: dataBytes + modelBytes + activationBytes };
}

const GiB = 2 ** 30;

/**
 * What a backend can safely hold: WASM's memory is 32-bit (4 GiB at most, and it grows by copying),
 * so half of it; GPU backends and the CPU get half the device's memory (navigator.deviceMemory,
 * which browsers round and cap at 8 GiB), 4 GiB when the browser does not say.
 */
export function memoryBudgetBytes(backend: BackendName, deviceMemoryGiB?: number): number {
  const device = (deviceMemoryGiB && deviceMemoryGiB > 0 ? deviceMemoryGiB : 8) * GiB;
  return backend === 'wasm' ? Math.min(2 * GiB, device / 2) : device / 2;
}

export const formatBytes = (bytes: number): string =>
  bytes >= GiB ? `${(bytes / GiB).toFixed(1)} GB` : `${Math.max(1, Math.round(bytes / 2 ** 20))} MB`;

/** A refusal naming what the run needs, what it may use, and the change that helps most; null when it fits. */
export function memoryRefusal(estimate: MemoryEstimate, budgetBytes: number, backend: BackendName): Message | null {
  if (estimate.totalBytes <= budgetBytes) return null;
  const { dataBytes, modelBytes, activationBytes } = estimate;
  const largest = Math.max(dataBytes, modelBytes, activationBytes);
  const key =
    largest === activationBytes ? 'err.memory.batch' : largest === modelBytes ? 'err.memory.layers' : 'err.memory.rows';
  return message(key, {
    need: formatBytes(estimate.totalBytes),
    budget: formatBytes(budgetBytes),
    backend,
    data: formatBytes(dataBytes),
    model: formatBytes(modelBytes),
    activations: formatBytes(activationBytes),
  });
}
