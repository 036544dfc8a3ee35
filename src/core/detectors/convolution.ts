import * as tf from '@tensorflow/tfjs';
import type { Activation } from './model';

/** Filters of the two stride-2 convolutions (the way back mirrors them). Small, so CPUs cope. */
export const convFilters = [16, 32] as const;

/** The side of the square images a convolutional detector reads; refuses other inputs with its name. */
export function imageSide(inputSize: number, detectorName: string): number {
  const side = Math.round(Math.sqrt(inputSize));
  if (side * side !== inputSize || side % 4 !== 0) {
    throw new Error(`The ${detectorName} needs square images with a side divisible by 4; got ${inputSize} inputs.`);
  }
  return side;
}

/**
 * The side of the square images a detector that needs pictures reads: the data's own where it says
 * its rows are images, else refused with the detector's name (side at least 8).
 */
export function imageSideOf(options: { inputSize: number; imageSide?: number }, detectorName: string): number {
  const side = options.imageSide ?? Math.round(Math.sqrt(options.inputSize));
  if (side * side !== options.inputSize || side < 4) {
    throw new Error(`The ${detectorName} needs square images of at least 4 x 4; got ${options.inputSize} inputs.`);
  }
  return side;
}

const stride2 = { kernelSize: 3, strides: 2, padding: 'same' } as const;
const he = (seed: number) => tf.initializers.heNormal({ seed });

/** Flat pixels -> image -> two stride-2 3x3 convolutions (side -> side/4) -> flat features (seeds seed+1, +2). */
export function downsampling(inputSize: number, side: number, activation: Activation, seed: number): tf.layers.Layer[] {
  return [
    tf.layers.reshape({ inputShape: [inputSize], targetShape: [side, side, 1] }),
    tf.layers.conv2d({ ...stride2, filters: convFilters[0], activation, kernelInitializer: he(seed + 1) }),
    tf.layers.conv2d({ ...stride2, filters: convFilters[1], activation, kernelInitializer: he(seed + 2) }),
    tf.layers.flatten(),
  ];
}

/**
 * Flat features of side/4 x side/4 x 32 -> two stride-2 transposed convolutions (side/4 -> side)
 * -> flat pixels (seeds seed+5, +6); the last layer's activation is the caller's (sigmoid pixels, or
 * none for logits and table values).
 */
export function upsampling(
  side: number,
  activation: Activation,
  seed: number,
  output: 'sigmoid' | 'linear' | undefined,
): tf.layers.Layer[] {
  const quarter = side / 4;
  return [
    tf.layers.reshape({ targetShape: [quarter, quarter, convFilters[1]] }),
    tf.layers.conv2dTranspose({ ...stride2, filters: convFilters[0], activation, kernelInitializer: he(seed + 5) }),
    tf.layers.conv2dTranspose({
      ...stride2,
      filters: 1,
      activation: output,
      kernelInitializer: tf.initializers.glorotUniform({ seed: seed + 6 }),
    }),
    tf.layers.flatten(),
  ];
}

/** Units of the flat features between `downsampling` and `upsampling`. */
export const codeFeatures = (side: number) => (side / 4) * (side / 4) * convFilters[1];
