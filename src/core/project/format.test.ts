import { translate } from '../../i18n/translate';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checksumOf, projectVersion, readProject, writeProject, type ProjectContent } from './format';
import { decodePlain, encodePlain, type PlainData } from './plainData';

function sampleProject(): ProjectContent {
  return {
    name: 'digit 1, dense AE',
    savedAt: '2026-11-23T12:00:00.000Z',
    config: { model: 'dense-ae', layers: [128, 32], normal: [1], lr: 0.001, denoise: false },
    data: { source: 'mnist', counts: { fit: 900, test: 10000 } },
    detector: {
      id: 'dense-ae',
      family: 'autoencoder',
      state: { weights: [{ shape: [2, 3], values: Float32Array.of(1.5, -2, 3e-8, 0, Math.PI, -0) }] },
    },
    threshold: { value: 0.0123456789, method: 'train-k-sigma' },
    metrics: { auroc: 0.987654321, auprc: null, bestF1: 0.9 },
    curves: { epochs: [{ epoch: 1, train: 0.05, validation: null }], steps: Float32Array.of(0.1, 0.09) },
    scores: { test: Float32Array.of(0.1, 0.2, Number.NaN), train: Float32Array.of(0.01) },
    feedback: { anomaly: ['test:3', 'train:0'], normal: ['test:1'] },
  };
}

describe('plain data with typed arrays', () => {
  it('round-trips every typed array kind bit for bit, and nested values', () => {
    const value: PlainData = {
      f64: Float64Array.of(Math.PI, 1e-300, -0, Number.MAX_VALUE),
      i32: Int32Array.of(-1, 2 ** 31 - 1),
      u8: Uint8Array.of(0, 255),
      nested: [{ a: Float32Array.of(0.1) }, 'text', null, true, Number.POSITIVE_INFINITY],
    };
    const back = decodePlain(JSON.parse(JSON.stringify(encodePlain(value)))) as Record<string, unknown>;
    expect(back).toEqual(value);
    expect(back.f64).toBeInstanceOf(Float64Array);
    expect(Object.is((back.f64 as Float64Array)[2], -0)).toBe(true);
  });

  it('round-trips any float64 array exactly (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double()), (numbers) => {
        const typed = Float64Array.from(numbers);
        const back = decodePlain(JSON.parse(JSON.stringify(encodePlain(typed)))) as Float64Array;
        expect(Buffer.from(back.buffer).equals(Buffer.from(typed.buffer))).toBe(true);
      }),
    );
  });

  it('reads an array view that does not start at its buffer start', () => {
    const view = new Float32Array(Float32Array.of(9, 8, 7, 6).buffer, 4, 2);
    expect(decodePlain(encodePlain(view))).toEqual(Float32Array.of(8, 7));
  });
});

describe('the project file', () => {
  it('round-trips a project: every value and array type comes back', () => {
    const project = sampleProject();
    const read = readProject(writeProject(project));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.project).toEqual(project);
    expect(read.project.scores.test).toBeInstanceOf(Float32Array);
  });

  it('names the format and version at the start, readable from any prefix', () => {
    const text = writeProject(sampleProject());
    expect(text.startsWith(`{"format":"anomaly-lab-project","version":${projectVersion},`)).toBe(true);
    expect(JSON.parse(text).checksum).toBe(checksumOf(JSON.stringify(JSON.parse(text).content)));
  });

  it('says a truncated download is incomplete, at any cut', () => {
    const text = writeProject(sampleProject());
    for (const cut of [60, Math.floor(text.length / 2), text.length - 1]) {
      const read = readProject(text.slice(0, cut));
      expect(read.ok).toBe(false);
      if (!read.ok) expect(read.reason).toMatch(/incomplete or damaged/);
    }
  });

  it('says a file changed inside is damaged (checksum), though it still parses', () => {
    const text = writeProject(sampleProject()).replace('0.987654321', '0.987654322');
    const read = readProject(text);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.reason).toMatch(/checksum/);
    // The page words the same problem in its language, the English as the reason says it.
    if (!read.ok) expect(translate('en', `project.${read.problem.id}`, read.problem)).toBe(read.reason);
  });

  it('refuses a project from a newer version with what to do', () => {
    const text = writeProject(sampleProject()).replace(
      `"version":${projectVersion}`,
      `"version":${projectVersion + 1}`,
    );
    const read = readProject(text);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.reason).toMatch(/newer version of the lab.*format 2/);
    if (!read.ok) expect(translate('en', `project.${read.problem.id}`, read.problem)).toBe(read.reason);
  });

  it('refuses what is not a project: other JSON, a CSV, an empty file', () => {
    for (const text of ['{"name":"x"}', 'a,b\n1,2\n', '', '{"format":"something-else","version":1}']) {
      const read = readProject(text);
      expect(read.ok).toBe(false);
      if (!read.ok) expect(read.reason).toMatch(/not an anomaly lab project/);
    }
  });

  it('refuses a well-formed envelope whose content lacks a part', () => {
    const partial: Partial<ProjectContent> = sampleProject();
    delete partial.detector;
    const read = readProject(writeProject(partial as ProjectContent));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.reason).toMatch(/no detector/);
  });
});
