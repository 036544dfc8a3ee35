import * as tf from '@tensorflow/tfjs';
import type { ModelBuildOptions } from '../model';

/** The leaky ReLU slope of Ruff et al.'s networks. */
const leak = 0.1;

/**
 * The feature map of Deep SVDD / Deep SAD (Ruff et al. 2018, 2020): a network without bias terms
 * and with an unbounded activation, so that it cannot map every input onto the fixed centre by
 * learning a constant (the "hypersphere collapse" the paper proves biases allow). Square images get
 * the paper's small LeNet-like stack (two 5x5 convolutions of 8 and 4 filters, each followed by
 * leaky ReLU and 2x2 max pooling, then a dense code); other rows get bias-free dense `layers`.
 * Its output, `latent` wide, is the space where distances to the centre are measured.
 */
export function featureMap(options: ModelBuildOptions): tf.Sequential {
  const { inputSize, latent, seed } = options;
  const imageSide = options.sequence ? undefined : options.imageSide;
  const init = (k: number) => tf.initializers.glorotUniform({ seed: seed + k });
  const network = tf.sequential();
  if (imageSide) {
    network.add(tf.layers.reshape({ inputShape: [inputSize], targetShape: [imageSide, imageSide, 1] }));
    [8, 4].forEach((filters, i) => {
      network.add(
        tf.layers.conv2d({ filters, kernelSize: 5, padding: 'same', useBias: false, kernelInitializer: init(i) }),
      );
      network.add(tf.layers.leakyReLU({ alpha: leak }));
      network.add(tf.layers.maxPooling2d({ poolSize: 2 }));
    });
    network.add(tf.layers.flatten());
  } else {
    options.layers.forEach((units, i) => {
      network.add(
        tf.layers.dense({
          units,
          useBias: false,
          kernelInitializer: init(i),
          ...(i === 0 ? { inputShape: [inputSize] } : {}),
        }),
      );
      network.add(tf.layers.leakyReLU({ alpha: leak }));
    });
  }
  network.add(
    tf.layers.dense({
      units: latent,
      useBias: false,
      kernelInitializer: init(20),
      ...(!imageSide && options.layers.length === 0 ? { inputShape: [inputSize] } : {}),
    }),
  );
  return network;
}
