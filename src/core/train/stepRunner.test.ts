import { message } from '../messages';
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runSteps, type RunControlPort } from './stepRunner';

const free: RunControlPort = { shouldStop: () => false, waitWhilePaused: async () => {} };

/** A "model" whose one weight counts the steps taken, so roll-backs are visible. */
function counter() {
  const weight = tf.tidy(() => tf.variable(tf.scalar(0)));
  return {
    weight,
    model: { weights: () => [weight as tf.Tensor], restore: (w: tf.Tensor[]) => weight.assign(w[0] as tf.Scalar) },
    value: async () => (await weight.data())[0],
  };
}

describe('step runner', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('reads named values back in batches, closes rounds where asked and at the end', async () => {
    const { weight, model } = counter();
    const rows: number[][] = [];
    const rounds: number[] = [];
    const outcome = await runSteps({
      model,
      endStep: 10,
      readbackEvery: 3,
      control: free,
      divergedMessage: message('train.diverged'),
      step(index) {
        weight.assign(weight.add(1));
        return tf.tensor1d([index, 2 * index, 3 * index]);
      },
      onValues(values, first) {
        for (let i = 0; i < values.length; i += 3) rows.push([first + i / 3, ...values.subarray(i, i + 3)]);
      },
      isRoundEnd: (done) => done % 4 === 0,
      onRound: (done) => void rounds.push(done),
    });
    expect(outcome).toEqual({ status: 'done', steps: 10 });
    expect(rounds).toEqual([4, 8, 10]);
    expect(rows).toEqual(Array.from({ length: 10 }, (_, i) => [i, i, 2 * i, 3 * i]));
    weight.dispose();
  });

  it('rolls back to the last round when a value turns NaN, and keeps no tensor behind', async () => {
    const baseline = tf.memory().numTensors;
    const { weight, model, value } = counter();
    const outcome = await runSteps({
      model,
      endStep: 20,
      control: free,
      divergedMessage: message('train.ganDiverged'),
      step(index) {
        weight.assign(weight.add(1));
        return tf.scalar(index === 6 ? Number.NaN : index);
      },
      isRoundEnd: (done) => done % 5 === 0,
    });
    expect(outcome.status).toBe('diverged');
    expect(outcome.status === 'diverged' && outcome.message).toEqual(message('train.ganDiverged'));
    // The round at step 5 was the last good one: the weight is back to 5 steps' worth.
    expect(await value()).toBe(5);
    weight.dispose();
    expect(tf.memory().numTensors).toBe(baseline);
  });

  it('treats a round check that finds a non-finite value as divergence', async () => {
    const { weight, model, value } = counter();
    const outcome = await runSteps({
      model,
      endStep: 9,
      control: free,
      divergedMessage: message('train.diverged'),
      step: () => {
        weight.assign(weight.add(1));
        return tf.scalar(1);
      },
      isRoundEnd: (done) => done % 3 === 0,
      onRound: (done) => done < 6,
    });
    expect(outcome).toMatchObject({ status: 'diverged', steps: 6 });
    expect(await value()).toBe(3);
    weight.dispose();
  });

  it('stops between steps; a stop closes the round only when asked', async () => {
    for (const roundOnStop of [false, true]) {
      const { weight, model } = counter();
      const rounds: number[] = [];
      let taken = 0;
      const outcome = await runSteps({
        model,
        endStep: 100,
        control: { shouldStop: () => taken >= 7, waitWhilePaused: async () => {} },
        roundOnStop,
        divergedMessage: message('train.diverged'),
        step: () => {
          taken += 1;
          return tf.scalar(taken);
        },
        isRoundEnd: (done) => done % 5 === 0,
        onRound: (done) => void rounds.push(done),
      });
      expect(outcome).toEqual({ status: 'stopped', steps: 7 });
      expect(rounds).toEqual(roundOnStop ? [5, 7] : [5]);
      weight.dispose();
    }
  });
});
