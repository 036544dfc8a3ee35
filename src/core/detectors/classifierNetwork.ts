import * as tf from '@tensorflow/tfjs';
import type { ModelBuildOptions } from './model';

/**
 * The lab's small classification network: the seeds' CNN for square images (convolution, pooling,
 * convolution, pooling, dense), an MLP of `layers` for other rows; `outputs` logits out (one for
 * anomaly against normal, one per transformation for a self-supervised detector).
 */
export function classifierNetwork(options: ModelBuildOptions, outputs: number): tf.Sequential {
  const { inputSize, activation, seed } = options;
  const init = (k: number) => tf.initializers.heNormal({ seed: seed + k });
  const network = tf.sequential();
  const side = options.sequence ? undefined : options.imageSide;
  if (side) {
    network.add(tf.layers.reshape({ inputShape: [inputSize], targetShape: [side, side, 1] }));
    [16, 32].forEach((filters, i) => {
      network.add(
        tf.layers.conv2d({ filters, kernelSize: 3, padding: 'same', activation, kernelInitializer: init(i) }),
      );
      network.add(tf.layers.maxPooling2d({ poolSize: 2 }));
    });
    network.add(tf.layers.flatten());
    network.add(tf.layers.dense({ units: 64, activation, kernelInitializer: init(10) }));
  } else {
    options.layers.forEach((units, i) =>
      network.add(
        tf.layers.dense({
          units,
          activation,
          kernelInitializer: init(10 + i),
          ...(i ? {} : { inputShape: [inputSize] }),
        }),
      ),
    );
  }
  network.add(
    tf.layers.dense({
      units: outputs,
      kernelInitializer: tf.initializers.glorotUniform({ seed: seed + 30 }),
      ...(!side && options.layers.length === 0 ? { inputShape: [inputSize] } : {}),
    }),
  );
  return network;
}
