import { createRandom, shuffleInPlace } from '../random';
import type { MnistDataset } from './mnist';

/**
 * The bundled image pools, split once into two halves so that no reported figure scores the
 * data a setting was chosen on: `bench:tune` sweeps on the tuning half, `bench:quality` reports on
 * the evaluation half. Each class is halved on its own (the halves keep the class shares), by a
 * seed fixed here and never changed: a different seed would be a different protocol, and every
 * figure measured on the old halves would have to be re-run.
 */
export type PoolHalf = 'tuning' | 'evaluation';
export const poolHalves: readonly PoolHalf[] = ['tuning', 'evaluation'];
export const poolHalvesSeed = 20261207;

/** The indices (ascending) of one half of a labelled pool: per class, the first ceil(n/2) of a seeded shuffle tune. */
export function poolHalfIndices(labels: Uint8Array, half: PoolHalf): Int32Array {
  const random = createRandom(poolHalvesSeed);
  const byClass = new Map<number, number[]>();
  labels.forEach((label, index) => {
    const members = byClass.get(label) ?? [];
    members.push(index);
    byClass.set(label, members);
  });
  const kept: number[] = [];
  for (const label of [...byClass.keys()].sort((a, b) => a - b)) {
    const members = shuffleInPlace(byClass.get(label)!, random);
    const tuningCount = Math.ceil(members.length / 2);
    kept.push(...(half === 'tuning' ? members.slice(0, tuningCount) : members.slice(tuningCount)));
  }
  return Int32Array.from(kept.sort((a, b) => a - b));
}

/** One half of an image pool as a pool of its own (labels and pixels copied, order kept). */
export function poolHalf(dataset: MnistDataset, half: PoolHalf): MnistDataset {
  const indices = poolHalfIndices(dataset.labels, half);
  const size = dataset.side * dataset.side;
  const pixels = new Uint8Array(indices.length * size);
  indices.forEach((index, row) => pixels.set(dataset.pixels.subarray(index * size, (index + 1) * size), row * size));
  return {
    count: indices.length,
    side: dataset.side,
    labels: Uint8Array.from(indices, (i) => dataset.labels[i]),
    pixels,
  };
}

/** A pool in the lab's asset format (scripts/image-asset.mjs writes the same bytes), for a worker to load by URL. */
export function encodeImageAsset(dataset: MnistDataset): Uint8Array {
  const headerBytes = 16;
  const bytes = new Uint8Array(headerBytes + dataset.count + dataset.pixels.length);
  const view = new DataView(bytes.buffer);
  bytes.set(
    [...'MNST'].map((c) => c.charCodeAt(0)),
    0,
  );
  view.setUint32(4, 1, true);
  view.setUint32(8, dataset.count, true);
  view.setUint32(12, dataset.side, true);
  bytes.set(dataset.labels, headerBytes);
  bytes.set(dataset.pixels, headerBytes + dataset.count);
  return bytes;
}
