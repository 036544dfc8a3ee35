import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { configFields, defaultConfig } from '../config';
import { loadAutoencoderBuilder, loadClassicalBuilder, loadGanBuilder } from './builders';
import { fitFreely } from './classical';
import { detectors, modelIds, specOf } from './registry';
import type { DetectorSpec } from './spec';

describe('detector registry', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('lists each detector once, and the model field offers exactly them', () => {
    expect(new Set(modelIds).size).toBe(detectors.length);
    const modelField = configFields.find((f) => f.name === 'model');
    expect(modelField && 'values' in modelField ? modelField.values : []).toEqual(modelIds);
    for (const id of modelIds) expect(specOf(id).id).toBe(id);
  });

  it('names only real configuration fields, and views and backends it can explain', () => {
    const names = new Set(configFields.map((f) => f.name));
    for (const spec of detectors) {
      for (const field of spec.fields) expect(names.has(field), `${spec.id}: ${field}`).toBe(true);
      expect(spec.accepts.length).toBeGreaterThan(0);
      const refusals: Partial<Record<string, string>> = spec.unsupportedBackends;
      for (const reason of Object.values(refusals)) expect(reason?.length).toBeGreaterThan(20);
    }
  });

  it("declares each detector's own field once: detectors sharing a field declare the same one", () => {
    const byName = new Map<string, unknown>();
    for (const spec of detectors) {
      for (const field of (spec as DetectorSpec).params ?? []) {
        if (byName.has(field.name)) expect(field, `${spec.id}: ${field.name}`).toEqual(byName.get(field.name));
        byName.set(field.name, field);
        const shown = [...spec.fields, ...((spec as DetectorSpec).viewParams ?? [])];
        expect(shown, `${spec.id} shows its own ${field.name}`).toContain(field.name);
      }
    }
  });

  it('keeps every spec free of TensorFlow.js (the page reads specs; the builder loads on first use)', () => {
    const folder = __dirname;
    const specFiles = readdirSync(folder)
      .filter((entry) => statSync(join(folder, entry)).isDirectory())
      .flatMap((dir) => readdirSync(join(folder, dir)).map((file) => join(dir, file)))
      .filter((file) => /(spec|fields|params)\.ts$/.test(file));
    expect(specFiles.length).toBeGreaterThanOrEqual(detectors.length);
    for (const file of [...specFiles, 'spec.ts', 'registry.ts']) {
      const text = readFileSync(join(folder, file), 'utf8');
      expect(text, file).not.toMatch(/^import (?!type)[^;]*@tensorflow/m);
      expect(text, file).not.toMatch(/^import (?!type)[^;]*'\.\/build'/m);
    }
  });

  it('loads a builder for every detector that builds a working model', async () => {
    const config = defaultConfig();
    for (const spec of detectors) {
      if (spec.family === 'autoencoder') {
        const build = await loadAutoencoderBuilder(spec);
        const sequence = { steps: 8, channels: 2 };
        const model = build({
          inputSize: 16,
          layers: [8],
          latent: 2,
          activation: 'relu',
          learningRate: 0.01,
          seed: 1,
          sequence,
        });
        const scores = tf.tidy(() => model.score(tf.zeros([4, 16])));
        expect(scores.shape).toEqual([4]);
        scores.dispose();
        model.dispose();
      } else if (spec.family === 'classical') {
        const build = await loadClassicalBuilder(spec);
        const model = build({ inputSize: 16, seed: 1 });
        const x = tf.randomUniform([32, 16], 0, 1, 'float32', 3) as tf.Tensor2D;
        await model.fit(x, fitFreely);
        const head = x.slice(0, 4);
        const scores = await model.score(head);
        expect(scores.length).toBe(4);
        expect(scores.every(Number.isFinite)).toBe(true);
        tf.dispose([x, head]);
        model.dispose();
      } else if (spec.family === 'gan') {
        const build = await loadGanBuilder(spec);
        const gan = build({
          inputSize: 16 * 16,
          latentSize: 4,
          generatorLearningRate: config.glr,
          discriminatorLearningRate: config.dlr,
          beta1: config.beta1,
          labelSmoothing: config.smoothing,
          seed: 1,
        });
        const images = tf.tidy(() => gan.generate(tf.zeros([2, 4])));
        expect(images.shape).toEqual([2, 256]);
        images.dispose();
        gan.dispose();
      }
    }
  });
});
