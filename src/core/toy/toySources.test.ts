import { describe, expect, it } from 'vitest';
import { fieldGrid, handPointsFromList, handPointsToList, toyNames, toyPoints } from './toySources';

/** FNV-1a over the points' float bits and flags: a fingerprint that moves with any change to a generator. */
function fingerprint(points: { xy: Float32Array; isAnomaly: Uint8Array }): string {
  let hash = 0x811c9dc5;
  const bytes = [...new Uint8Array(points.xy.buffer), ...points.isAnomaly];
  for (const b of bytes) hash = Math.imul(hash ^ b, 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0');
}

// Committed: a change to a generator (or to the seeded random source) changes these on purpose only.
const fingerprints: Record<string, string> = {
  blobs: '8d159955',
  moons: 'b10404e2',
  ring: '91f2e321',
  'two-scales': 'd6497da4',
  line: '6c8cc9ed',
  'uniform-noise': '98186994',
};

describe('toy point sets', () => {
  it.each(toyNames)('%s: seeded, the outlier share as asked, normal points inside the plane, fingerprint', (name) => {
    const points = toyPoints(name, { count: 300, outlierPercent: 5, seed: 42 });
    expect(fingerprint(toyPoints(name, { count: 300, outlierPercent: 5, seed: 42 }))).toBe(fingerprint(points));
    expect(fingerprint(toyPoints(name, { count: 300, outlierPercent: 5, seed: 43 }))).not.toBe(fingerprint(points));
    expect(points.isAnomaly.reduce((a, b) => a + b, 0)).toBe(15);
    for (let i = 0; i < 300; i += 1) {
      const limit = (points.isAnomaly[i] ? 1 : 0.85) + 1e-6;
      expect(Math.abs(points.xy[2 * i])).toBeLessThanOrEqual(limit);
      expect(Math.abs(points.xy[2 * i + 1])).toBeLessThanOrEqual(limit);
    }
    expect(fingerprint(points)).toBe(fingerprints[name]);
  });

  it('has each shape: a ring has a hole, a line follows its slope, two scales differ in spread', () => {
    const normal = (name: (typeof toyNames)[number]) => {
      const p = toyPoints(name, { count: 400, outlierPercent: 0, seed: 1 });
      return Array.from({ length: 400 }, (_, i) => [p.xy[2 * i], p.xy[2 * i + 1]]);
    };
    const radii = normal('ring').map(([x, y]) => Math.hypot(x, y));
    expect(Math.min(...radii)).toBeGreaterThan(0.4);
    const line = normal('line');
    expect(Math.max(...line.map(([x, y]) => Math.abs(y - 0.6 * x)))).toBeLessThan(0.15);
    const two = normal('two-scales');
    const spread = (k: number) => {
      const part = two.filter((_, i) => i % 2 === k);
      const mx = part.reduce((s, [x]) => s + x, 0) / part.length;
      return Math.sqrt(part.reduce((s, [x]) => s + (x - mx) ** 2, 0) / part.length);
    };
    expect(spread(1)).toBeGreaterThan(spread(0) * 2.5);
  });

  it('adds hand-placed points after the toy, marked, and round-trips them through the link', () => {
    const byHand = [
      { x: 0.9, y: -0.9, anomaly: true },
      { x: -0.25, y: 0.5, anomaly: false },
    ];
    const list = handPointsToList(byHand);
    expect(list).toEqual([900, -900, 1, -250, 500, 0]);
    expect(handPointsFromList(list)).toEqual(byHand);
    const points = toyPoints('blobs', { count: 100, outlierPercent: 10, seed: 3, byHand });
    expect(points.isAnomaly).toHaveLength(102);
    expect(Array.from(points.byHand.slice(100))).toEqual([1, 1]);
    expect(Array.from(points.isAnomaly.slice(100))).toEqual([1, 0]);
    expect(points.xy[200]).toBeCloseTo(0.9, 6);
  });

  it('lays the field grid row by row from the top of the plane', () => {
    const grid = fieldGrid(4);
    expect(grid).toHaveLength(32);
    expect([grid[0], grid[1]]).toEqual([-0.75, 0.75]);
    expect([grid[30], grid[31]]).toEqual([0.75, -0.75]);
  });
});
