import { describe, expect, it } from 'vitest';
import { oneClassSplit } from './split';

// 100 samples of each digit 0-9.
const labels = Uint8Array.from({ length: 1000 }, (_, i) => i % 10);

describe('one-class split', () => {
  it('is deterministic for a seed and differs across seeds', () => {
    const a = oneClassSplit({ labels, normalClasses: [1], seed: 7 });
    const b = oneClassSplit({ labels, normalClasses: [1], seed: 7 });
    const c = oneClassSplit({ labels, normalClasses: [1], seed: 8 });
    expect(Array.from(a.fitIndices)).toEqual(Array.from(b.fitIndices));
    expect(Array.from(a.testIndices)).toEqual(Array.from(b.testIndices));
    expect(Array.from(a.fitIndices)).not.toEqual(Array.from(c.fitIndices));
  });

  it('trains on 80% of the normal class and tests on the rest plus every anomaly', () => {
    const s = oneClassSplit({ labels, normalClasses: [1, 7], seed: 1 });
    expect(s.counts).toMatchObject({ train: 160, contamination: 0, testNormal: 40, testAnomalous: 800 });
    expect(s.counts.fit + s.counts.validation).toBe(160);
    const train = [...s.fitIndices, ...s.validationIndices];
    expect(train.every((i) => labels[i] === 1 || labels[i] === 7)).toBe(true);
    const overlap = train.filter((i) => s.testIndices.includes(i));
    expect(overlap).toHaveLength(0);
    s.testIndices.forEach((sample, k) => {
      expect(s.testIsAnomaly[k]).toBe(labels[sample] === 1 || labels[sample] === 7 ? 0 : 1);
    });
  });

  it('mixes the chosen share of anomalies into training and holds them out of the test set', () => {
    const s = oneClassSplit({ labels, normalClasses: [3], seed: 2, contaminationPercent: 20 });
    expect(s.counts.contamination).toBe(20); // 20 / (80 + 20)
    expect(s.counts.testAnomalous).toBe(900 - 20);
    const train = new Set([...s.fitIndices, ...s.validationIndices]);
    expect(s.testIndices.some((i) => train.has(i))).toBe(false);
  });

  it('caps training samples with limit', () => {
    const s = oneClassSplit({ labels, normalClasses: [0], seed: 3, limit: 25 });
    expect(s.counts.train).toBe(25);
    expect(s.fitIndices.length + s.validationIndices.length).toBe(25);
  });

  it('caps test samples with testLimit, keeping the share of anomalies and the training set', () => {
    const full = oneClassSplit({ labels, normalClasses: [1, 7], seed: 4 });
    const capped = oneClassSplit({ labels, normalClasses: [1, 7], seed: 4, testLimit: 84 });
    // 40 normal of 840: 1 in 21 stays 1 in 21.
    expect(capped.counts).toMatchObject({ testNormal: 4, testAnomalous: 80, train: full.counts.train });
    expect(Array.from(capped.fitIndices)).toEqual(Array.from(full.fitIndices));
    const fullTest = new Set(full.testIndices);
    expect(Array.from(capped.testIndices).every((i) => fullTest.has(i))).toBe(true);
    capped.testIndices.forEach((sample, k) =>
      expect(capped.testIsAnomaly[k]).toBe([1, 7].includes(labels[sample]) ? 0 : 1),
    );
    // A cap so small that normals would round to none still keeps one.
    expect(oneClassSplit({ labels, normalClasses: [1], seed: 4, testLimit: 5 }).counts).toMatchObject({
      testNormal: 1,
      testAnomalous: 4,
    });
  });

  it('reveals a label budget from anomalies neither trained on nor tested, of the known classes only', () => {
    const plain = oneClassSplit({ labels, normalClasses: [1], seed: 5, contaminationPercent: 5 });
    const s = oneClassSplit({
      labels,
      normalClasses: [1],
      seed: 5,
      contaminationPercent: 5,
      labelled: 20,
      knownClasses: [7],
      labelledNormal: 6,
    });
    expect(s.counts).toMatchObject({ labelledAnomalies: 20, labelledNormal: 6 });
    expect(Array.from(s.labelledIndices).every((i) => labels[i] === 7)).toBe(true);
    const elsewhere = new Set([...s.fitIndices, ...s.validationIndices, ...s.testIndices]);
    expect(Array.from(s.labelledIndices).some((i) => elsewhere.has(i))).toBe(false);
    // The training items are those of the split without a budget; the test set lost exactly the labelled ones.
    expect(Array.from(s.fitIndices)).toEqual(Array.from(plain.fitIndices));
    expect(s.counts.testAnomalous).toBe(plain.counts.testAnomalous - 20);
    expect(s.testIndices.filter((i) => labels[i] === 7)).toHaveLength(100 - 20 - countOf(s, 7));
    // Revealed normal labels point at normal fit items.
    expect(Array.from(s.labelledNormalPositions).every((p) => labels[s.fitIndices[p]] === 1)).toBe(true);
    expect(s.labelledNormalPositions).toHaveLength(6);
  });

  it('draws labelled anomalies from every anomalous class when none is named, and stops where the pool ends', () => {
    const s = oneClassSplit({ labels, normalClasses: [1], seed: 6, labelled: 300 });
    expect(new Set(Array.from(s.labelledIndices, (i) => labels[i])).size).toBeGreaterThan(5);
    const few = oneClassSplit({ labels, normalClasses: [1], seed: 6, labelled: 500, knownClasses: [3] });
    expect(few.counts.labelledAnomalies).toBe(100);
    expect(few.testIndices.some((i) => labels[i] === 3)).toBe(false);
  });
});

/** Items of a class mixed into training (contamination). */
function countOf(s: ReturnType<typeof oneClassSplit>, label: number): number {
  return [...s.fitIndices, ...s.validationIndices].filter((i) => labels[i] === label).length;
}
