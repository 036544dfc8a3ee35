import * as tf from '@tensorflow/tfjs';
import { epochWindows } from './epochWindows';
import { median } from './median';

/**
 * The same dense autoencoder trained "the plain way", as the TensorFlow.js examples do:
 * tf.sequential + compile + model.fit on the main thread, validation data evaluated per epoch,
 * timing read from onEpochEnd only (no per-batch callback, which would force a readback).
 */
export async function plainFitThroughput(
  fit: tf.Tensor2D,
  validation: tf.Tensor2D,
  options: { layers: number[]; latent: number; lr: number; batch: number; epochs: number },
): Promise<{ samplesPerSecond: number; windows: number[] }> {
  const inputSize = fit.shape[1];
  const model = tf.sequential();
  const widths = [...options.layers, options.latent, ...[...options.layers].reverse()];
  widths.forEach((units, i) =>
    model.add(
      tf.layers.dense({
        units,
        activation: i === options.layers.length ? 'linear' : 'relu',
        ...(i === 0 ? { inputShape: [inputSize] } : {}),
      }),
    ),
  );
  model.add(tf.layers.dense({ units: inputSize, activation: 'sigmoid' }));
  model.compile({ optimizer: tf.train.adam(options.lr), loss: 'meanSquaredError' });

  const samplesPerEpoch = fit.shape[0];
  const ends: number[] = [];
  await model.fit(fit, fit, {
    batchSize: options.batch,
    epochs: options.epochs,
    shuffle: true,
    validationData: [validation, validation],
    callbacks: { onEpochEnd: () => void ends.push(performance.now()) },
  });
  model.dispose();
  const windows = epochWindows(ends, samplesPerEpoch);
  return { samplesPerSecond: median(windows), windows };
}
