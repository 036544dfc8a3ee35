import * as tf from '@tensorflow/tfjs';
import type { LabConfig } from '../config';
import { estimateRunBytes, memoryBudgetBytes, memoryRefusal } from '../engine/memoryGuard';
import type { BackendName, DetectorSpec } from '../detectors/spec';
import { MessageError } from '../messages';

/** What this backend may hold on this device (navigator.deviceMemory where the browser says). */
export function currentMemoryBudget(): number {
  const deviceMemory = (globalThis.navigator as { deviceMemory?: number } | undefined)?.deviceMemory;
  return memoryBudgetBytes(tf.getBackend() as BackendName, deviceMemory);
}

/** Throws the refusal in words when the data held and the run's model and batches would not fit. */
export function guardMemory(
  spec: DetectorSpec,
  config: LabConfig,
  tensors: { fit: tf.Tensor2D; validation: tf.Tensor2D | null; test: tf.Tensor2D },
): void {
  const items = tensors.fit.shape[0] + (tensors.validation?.shape[0] ?? 0) + tensors.test.shape[0];
  const estimate = estimateRunBytes(spec, config, tensors.fit.shape[1], items);
  const refusal = memoryRefusal(estimate, currentMemoryBudget(), tf.getBackend() as BackendName);
  if (refusal) throw new MessageError(refusal);
}

/** Throws before a prepared table's values become tensors when they alone would not fit. */
export function guardDataMemory(floats: number): void {
  const budget = currentMemoryBudget();
  const bytes = floats * 4;
  if (bytes <= budget) return;
  const estimate = { dataBytes: bytes, modelBytes: 0, activationBytes: 0, totalBytes: bytes };
  throw new MessageError(memoryRefusal(estimate, budget, tf.getBackend() as BackendName)!);
}
