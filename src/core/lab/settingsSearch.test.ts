import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../config';
import { specOf } from '../detectors/registry';
import { createRandom } from '../random';
import { sampleSettings, searchSpace } from './settingsSearch';

describe('settings search', () => {
  it("draws from a spec's declared space, seeded, and inside every range", () => {
    const spec = specOf('deep-sad');
    const space = searchSpace(spec, defaultConfig('deep-sad') as unknown as Record<string, unknown>);
    expect(Object.keys(space).sort()).toEqual(['batch', 'epochs', 'eta', 'latent', 'layers', 'lr']);
    const a = Array.from({ length: 20 }, (_, i) => sampleSettings(space, createRandom(i)));
    const b = Array.from({ length: 20 }, (_, i) => sampleSettings(space, createRandom(i)));
    expect(a).toEqual(b);
    for (const s of a) {
      expect(s.lr as number).toBeGreaterThanOrEqual(1e-4);
      expect(s.lr as number).toBeLessThanOrEqual(1e-2);
      expect(Number.isInteger(s.epochs)).toBe(true);
      expect([0.5, 1, 2, 5]).toContain(s.eta);
      expect([8, 16, 32, 64]).toContain(s.latent);
    }
    // Twenty draws explore: more than one value of each choice.
    expect(new Set(a.map((s) => s.latent)).size).toBeGreaterThan(1);
    expect(new Set(a.map((s) => s.lr)).size).toBe(20);
  });

  it('searches a field the spec does not name around its default, within the field range', () => {
    const spec = specOf('knn');
    const defaults = defaultConfig('knn') as unknown as Record<string, unknown>;
    const space = searchSpace(spec, defaults);
    const k = defaults.neighbors as number;
    expect(space.neighbors).toMatchObject({ min: Math.max(1, k / 4), max: k * 4, log: true, int: true });
    expect(space.metric).toEqual({ values: ['auto', 'euclidean', 'cosine'] });
    // blur's default is 1 of at most 4: the range stops at the field's own maximum.
    expect(space.blur).toMatchObject({ min: 0.25, max: 4 });
  });
});
