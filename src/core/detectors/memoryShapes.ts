/**
 * What a detector declares of its memory (the spec's `memory`): its parameter count and the floats
 * one item's forward pass keeps, at a configuration and input width. The memory guard
 * (engine/memoryGuard.ts) turns this into bytes with its measured multipliers.
 */
export interface MemoryShape {
  parameters: number;
  activationsPerItem: number;
}

/** Reads a configuration's network fields without the lab's config type (specs stay below config.ts). */
type NetworkConfig = Readonly<Record<string, unknown>> & { layers?: readonly number[]; latent?: number };

/** A mirrored dense stack (input, hidden widths, code, hidden widths reversed, output): weights and biases. */
export function mirroredDenseMemory(config: NetworkConfig, inputSize: number): MemoryShape {
  const layers = config.layers ?? [];
  const widths = [inputSize, ...layers, config.latent ?? 0, ...[...layers].reverse(), inputSize];
  let parameters = 0;
  for (let i = 1; i < widths.length; i += 1) parameters += widths[i - 1] * widths[i] + widths[i];
  return { parameters, activationsPerItem: widths.reduce((a, b) => a + b, 0) };
}

/** Neighbour and matrix work over the data: no parameters, a few copies of a batch of rows. */
export const rowWorkMemory = (_config: NetworkConfig, inputSize: number): MemoryShape => ({
  parameters: 0,
  activationsPerItem: inputSize * 4,
});
