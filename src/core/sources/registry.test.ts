import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { configFields } from '../config';
import { configFromQuery } from '../configQuery';
import { decodeMnistAsset } from '../data/mnist';
import { oneClassSplit } from '../data/split';
import { datasetIds, sourceOf, sources } from './registry';
import { detectors } from '../detectors/registry';

describe('data sources', () => {
  it('lists each source once, and the dataset field offers exactly them', () => {
    expect(new Set(datasetIds).size).toBe(sources.length);
    const field = configFields.find((f) => f.name === 'dataset');
    expect(field && 'values' in field ? field.values : []).toEqual(datasetIds);
    expect(configFromQuery(new URLSearchParams('dataset=fashion')).config.dataset).toBe('fashion');
  });

  it('a table source suggests a registered detector that models table rows', () => {
    for (const source of sources) {
      if (source.kind !== 'table' || !source.suggestedModel) continue;
      const spec = detectors.find((d) => d.id === source.suggestedModel);
      expect(spec, source.suggestedModel).toBeDefined();
      expect(spec!.accepts).toContain('row');
    }
  });

  for (const source of sources) {
    if (source.kind !== 'image-set') continue;
    it(`${source.id}: ships a decodable asset with every class named and 1,000 images of each`, () => {
      const bytes = readFileSync(`public/${source.asset}`);
      const decoded = decodeMnistAsset(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
      if (!decoded.ok) throw new Error(decoded.reason);
      const { labels, side, count } = decoded.data;
      expect(side).toBe(28);
      const perClass = new Array(source.classNames.length).fill(0);
      labels.forEach((label) => (perClass[label] += 1));
      expect(perClass.reduce((a, b) => a + b, 0)).toBe(count);
      // MNIST's own set is uneven (about 900-1,100 a digit); the Fashion subsample is exactly 1,000 a class.
      for (const n of perClass) expect(n).toBeGreaterThan(850);
      if (source.id === 'fashion') expect(perClass).toEqual(new Array(10).fill(1000));
      // The one-class split works on it as on any labelled image set.
      const split = oneClassSplit({ labels, normalClasses: [1], seed: 1, contaminationPercent: 0, limit: 0 });
      expect(split.counts.testAnomalous).toBeGreaterThan(8000);
    });
  }

  it('Fashion-MNIST: class 1 is trousers (two legs: a dark gap between bright columns), class 8 bags', () => {
    const bytes = readFileSync('public/fashion.bin');
    const decoded = decodeMnistAsset(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    if (!decoded.ok) throw new Error(decoded.reason);
    const { labels, pixels } = decoded.data;
    const meanAt = (label: number, x: number, y: number) => {
      let sum = 0;
      let n = 0;
      labels.forEach((l, i) => {
        if (l !== label) return;
        sum += pixels[i * 784 + y * 28 + x];
        n += 1;
      });
      return sum / n;
    };
    // Low on the image, trousers are bright either side of the middle and dark between the legs.
    expect(meanAt(1, 10, 24)).toBeGreaterThan(2 * meanAt(1, 14, 24));
    expect(meanAt(1, 17, 24)).toBeGreaterThan(2 * meanAt(1, 14, 24));
    // A bag is bright across its middle.
    expect(meanAt(8, 14, 16)).toBeGreaterThan(100);
    expect(sourceOf('fashion').kind === 'image-set' && sourceOf('fashion').label).toBe('Fashion-MNIST');
  });
});
