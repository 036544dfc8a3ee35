import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import { seriesSplit } from './seriesSplit';

/** Rows covered by window u: [u * stride, u * stride + window). */
function rowsOf(units: Int32Array, window: number, stride: number): Set<number> {
  const rows = new Set<number>();
  for (const u of units) for (let k = 0; k < window; k += 1) rows.add(u * stride + k);
  return rows;
}

function flags(count: number, anomalyEvery: number, seed: number): Uint8Array {
  const random = createRandom(seed);
  return Uint8Array.from({ length: count }, () => (random() < 1 / anomalyEvery ? 1 : 0));
}

describe('series split', () => {
  it.each([
    { units: 1000, window: 16, stride: 1, seed: 1 },
    { units: 5000, window: 32, stride: 3, seed: 2 },
    { units: 300, window: 5, stride: 1, seed: 3 },
    { units: 2000, window: 8, stride: 8, seed: 4 },
  ])(
    'no test row lies in a training window, and a gap of W rows separates them ($units windows of $window, stride $stride)',
    ({ units, window, stride, seed }) => {
      const unitIsAnomaly = flags(units, 400, seed);
      const split = seriesSplit({ unitIsAnomaly, window, stride, seed });
      const testRows = rowsOf(split.testIndices, window, stride);
      const trainRows = rowsOf(Int32Array.from([...split.fitIndices, ...split.validationIndices]), window, stride);
      expect(split.fitIndices.length).toBeGreaterThan(units / 3);
      expect(split.testIndices.length).toBeGreaterThan(0);
      for (const row of testRows) {
        for (let d = -window; d <= window; d += 1)
          expect(trainRows.has(row + d), `row ${row + d} near test row ${row}`).toBe(false);
      }
      // Every anomalous window is tested when training is clean, and training holds none.
      expect(split.counts.contamination).toBe(0);
      expect(split.counts.testAnomalous).toBe(unitIsAnomaly.reduce((a, b) => a + b, 0));
      expect(split.counts.testNormal).toBeGreaterThan(0);
    },
  );

  it('is seeded, and tests contiguous blocks in series order', () => {
    const unitIsAnomaly = flags(1200, 300, 9);
    const a = seriesSplit({ unitIsAnomaly, window: 10, stride: 1, seed: 5 });
    const b = seriesSplit({ unitIsAnomaly, window: 10, stride: 1, seed: 5 });
    expect(Array.from(a.testIndices)).toEqual(Array.from(b.testIndices));
    expect(Array.from(a.testIndices)).toEqual([...a.testIndices].sort((x, y) => x - y));
    const runs = Array.from(a.testIndices).filter((u, i, all) => i === 0 || all[i - 1] !== u - 1).length;
    expect(runs).toBeLessThan(a.testIndices.length / 10);
  });

  it('takes whole anomalous blocks into training for contamination', () => {
    const unitIsAnomaly = flags(4000, 100, 11);
    const split = seriesSplit({ unitIsAnomaly, window: 8, stride: 1, seed: 3, contaminationPercent: 2 });
    expect(split.counts.contamination).toBeGreaterThan(0);
    expect(split.counts.contamination / split.counts.train).toBeLessThan(0.05);
  });
});
