import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { heartbeats, seededAnomalies, sensorSeries, seriesAnomalies } from './make-series-samples.mjs';

const sha256 = (text) => createHash('sha256').update(text).digest('hex');
const anomalousRows = (csv) =>
  csv
    .trim()
    .split('\n')
    .slice(1)
    .flatMap((line, t) => (line.endsWith(',normal') ? [] : [t]));

describe('the synthetic sequence samples', () => {
  // The README's sequence figures score these very bytes; a tuning series must never change them.
  it('builds the shipped samples byte for byte', () => {
    expect(sha256(sensorSeries())).toBe('d0067997dd1742999a72139f5e76a70e4dda56a5d682a0307c6965be845a2b8b');
    expect(sha256(heartbeats())).toBe('ee75ce3497a10975c6553d704c9159dda41f1b89cf235407068660c0a37e8038');
  });

  it('places the same anomalies elsewhere for another seed, apart and inside the series', () => {
    const key = (a) => `${a.kind} ${a.length} ${a.channel}`;
    for (const seed of [1, 2, 3]) {
      const placed = seededAnomalies(seed);
      expect(placed.map(key).sort()).toEqual(seriesAnomalies.map(key).sort());
      expect(placed.map((a) => a.start)).not.toEqual(seriesAnomalies.map((a) => a.start));
      expect(placed[0].start).toBeGreaterThanOrEqual(100);
      const last = placed[placed.length - 1];
      expect(last.start + last.length).toBeLessThanOrEqual(2400 - 20);
      for (let i = 1; i < placed.length; i += 1) {
        expect(placed[i].start - (placed[i - 1].start + placed[i - 1].length)).toBeGreaterThanOrEqual(40);
      }
      expect(seededAnomalies(seed)).toEqual(placed);
    }
    expect(seededAnomalies(1)).not.toEqual(seededAnomalies(2));
  });

  it('labels exactly the rows where a tuning series injects its anomalies', () => {
    const placed = seededAnomalies(7);
    const expected = placed.flatMap((a) => Array.from({ length: a.length }, (_, k) => a.start + k));
    expect(anomalousRows(sensorSeries(7, placed))).toEqual(expected);
  });
});
