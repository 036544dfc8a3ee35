import * as tf from '@tensorflow/tfjs';
import fc from 'fast-check';
import '@tensorflow/tfjs-backend-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDenseAutoencoder } from '../detectors/dense-ae/build';
import { buildConvAutoencoder } from '../detectors/conv-ae/build';
import type { Activation } from '../detectors/model';
import { denseStack, denseTrainingStep } from './denseTrainingStep';
import { adam } from './fusedAdam';
import { startLabKernels } from './labKernels';
import { nodeKernelHost } from './nodeKernelHost';
import { registerWasmFastTransposedMatMul } from './wasmMatMul';

interface Case {
  activation: Activation;
  output: 'sigmoid' | 'linear';
  layers: number[];
  latent: number;
  inputSize: number;
  batch: number;
  denoising: boolean;
  seed: number;
}

/** Losses of `steps` steps and the weights after them, trained by `step` on a seeded batch. */
async function train(c: Case, steps: number, tape: boolean) {
  const model = buildDenseAutoencoder({ ...c, learningRate: 0.01, outputActivation: c.output });
  const target = tf.randomUniform([c.batch, c.inputSize], 0, 1, 'float32', c.seed) as tf.Tensor2D;
  const input = c.denoising
    ? (tf.add(target, tf.randomNormal(target.shape, 0, 0.3, 'float32', c.seed + 1)) as tf.Tensor2D)
    : target;
  // The reference: TensorFlow.js's tape through the network's own layers (what trainStep ran before).
  const optimizer = adam(0.01);
  const network = model.network!;
  const variables = network.trainableWeights.map((w) => w.read() as tf.Variable);
  const tapeStep = () =>
    optimizer.minimize(
      () => tf.losses.meanSquaredError(target, network.apply(input, { training: true }) as tf.Tensor) as tf.Scalar,
      true,
      variables,
    )!;
  const losses: number[] = [];
  for (let s = 0; s < steps; s += 1) {
    const loss = tape ? tapeStep() : model.trainStep(input, target);
    losses.push((await loss.data())[0]);
    loss.dispose();
  }
  const weights = await Promise.all(model.weights().map(async (w) => Array.from(await w.data())));
  model.dispose();
  optimizer.dispose();
  tf.dispose([input, target]);
  return { losses, weights };
}

describe('the dense stack trained with its gradients written out', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it("takes the tape's path step for step: every activation, both outputs, denoising, any widths", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          activation: fc.constantFrom<Activation>('relu', 'elu', 'selu', 'tanh', 'sigmoid'),
          output: fc.constantFrom<Case['output']>('sigmoid', 'linear'),
          layers: fc.array(fc.integer({ min: 1, max: 24 }), { minLength: 0, maxLength: 2 }),
          latent: fc.integer({ min: 1, max: 6 }),
          inputSize: fc.integer({ min: 2, max: 40 }),
          batch: fc.integer({ min: 1, max: 17 }),
          denoising: fc.boolean(),
          seed: fc.integer({ min: 1, max: 10_000 }),
        }),
        async (c) => {
          const written = await train(c, 6, false);
          const tape = await train(c, 6, true);
          written.losses.forEach((loss, i) => expect(Math.abs(loss - tape.losses[i])).toBeLessThan(1e-5 * (1 + loss)));
          written.weights.forEach((w, i) =>
            w.forEach((v, j) => expect(Math.abs(v - tape.weights[i][j])).toBeLessThan(1e-5)),
          );
        },
      ),
      { numRuns: 40, seed: 20261124 },
    );
  });

  it('lowers the loss and holds the same number of tensors from step to step', async () => {
    const model = buildDenseAutoencoder({
      inputSize: 30,
      layers: [16],
      latent: 4,
      activation: 'relu',
      learningRate: 0.01,
      seed: 3,
    });
    const batch = tf.randomUniform([20, 30], 0, 1, 'float32', 9) as tf.Tensor2D;
    const first = model.trainStep(batch);
    const firstLoss = (await first.data())[0];
    first.dispose();
    const held = tf.memory().numTensors;
    let last = firstLoss;
    for (let s = 0; s < 30; s += 1) {
      const loss = model.trainStep(batch);
      last = (await loss.data())[0];
      loss.dispose();
      expect(tf.memory().numTensors).toBe(held);
    }
    expect(last).toBeLessThan(firstLoss * 0.8);
    model.dispose();
    batch.dispose();
  });

  it('leaves any other network to the tape: convolutions, regularizers, frozen layers', () => {
    const conv = buildConvAutoencoder({
      inputSize: 784,
      layers: [],
      latent: 8,
      activation: 'relu',
      learningRate: 0.01,
      seed: 1,
    });
    expect(denseStack(conv.network as tf.Sequential)).toBeNull();
    conv.dispose();
    const layer = (extra: Omit<Parameters<typeof tf.layers.dense>[0], 'units'>) =>
      tf.sequential({ layers: [tf.layers.dense({ units: 3, inputShape: [4], ...extra })] });
    const plain = layer({ activation: 'tanh' });
    expect(denseStack(plain)?.map((l) => l.activation)).toEqual(['tanh']);
    const regularized = layer({ kernelRegularizer: tf.regularizers.l2() });
    const softmax = layer({ activation: 'softmax' });
    const frozen = layer({ trainable: false });
    for (const network of [regularized, softmax, frozen]) expect(denseStack(network)).toBeNull();
    for (const network of [plain, regularized, softmax, frozen]) network.dispose();
  });

  it('returns the loss before the update, as minimize does', async () => {
    const network = tf.sequential({ layers: [tf.layers.dense({ units: 5, inputShape: [5], activation: 'sigmoid' })] });
    const x = tf.randomUniform([8, 5], 0, 1, 'float32', 4) as tf.Tensor2D;
    const before = tf.tidy(() => tf.losses.meanSquaredError(x, network.predict(x) as tf.Tensor));
    const optimizer = adam(0.1);
    const loss = denseTrainingStep(denseStack(network)!, optimizer, x, x);
    expect((await loss.data())[0]).toBeCloseTo((await before.data())[0], 6);
    const after = tf.tidy(() => tf.losses.meanSquaredError(x, network.predict(x) as tf.Tensor));
    expect((await after.data())[0]).toBeLessThan((await before.data())[0]);
    tf.dispose([x, before, after, loss]);
    optimizer.dispose();
    network.dispose();
  });
});

describe('the dense stack trained with its gradients written out, on WASM with the lab kernels', () => {
  beforeAll(async () => {
    await tf.setBackend('wasm');
    registerWasmFastTransposedMatMul();
    expect(await startLabKernels(nodeKernelHost, 1)).toBe(1);
  });
  afterAll(async () => {
    await tf.setBackend('cpu');
  });

  // Long enough that Adam's first moment of a weight whose gradient has gone to 0 (a dead relu), which
  // decays by 0.9 a step, passes 2^-100 (about 650 steps from 1e-3), where the lab's Adam stores it
  // as 0 (wasm-kernels/flush.ts): both paths share that optimiser, so they must still agree.
  it("takes the tape's path over 800 steps, past the flush of decaying moments", async () => {
    const c: Case = {
      activation: 'relu',
      output: 'sigmoid',
      layers: [12],
      latent: 3,
      inputSize: 20,
      batch: 8,
      denoising: false,
      seed: 7,
    };
    const written = await train(c, 800, false);
    const tape = await train(c, 800, true);
    written.losses.forEach((loss, i) => expect(Math.abs(loss - tape.losses[i])).toBeLessThan(1e-4 * (1 + loss)));
    written.weights.forEach((w, i) => w.forEach((v, j) => expect(Math.abs(v - tape.weights[i][j])).toBeLessThan(1e-4)));
    // And it learned: the comparison is of two runs that train, not of two that stalled alike.
    expect(written.losses.at(-1)!).toBeLessThan(written.losses[0] * 0.8);
  });
});
