import * as tf from '@tensorflow/tfjs';

/**
 * Digit-likeness of a batch from a classifier's p(y|x): the histogram of predicted classes (mode
 * collapse shows as one tall bar) and the classifier score exp(E_x KL(p(y|x) || p(y))), the MNIST
 * analogue of the Inception score: 1 for samples the classifier cannot tell apart or all of one
 * class, up to the class count (10) for confident, evenly spread digits.
 */
export interface DigitLikeness {
  score: number;
  histogram: number[];
  /** Mean of the top class probability: how sure the classifier is. */
  confidence: number;
}

export function digitLikeness(probabilities: Float32Array, classes = 10): DigitLikeness {
  const n = probabilities.length / classes;
  const marginal = new Float64Array(classes);
  const histogram = new Array<number>(classes).fill(0);
  let confidence = 0;
  for (let i = 0; i < n; i += 1) {
    let best = 0;
    for (let c = 0; c < classes; c += 1) {
      const p = probabilities[i * classes + c];
      marginal[c] += p / n;
      if (p > probabilities[i * classes + best]) best = c;
    }
    histogram[best] += 1;
    confidence += probabilities[i * classes + best] / n;
  }
  const eps = 1e-12;
  let meanKl = 0;
  for (let i = 0; i < n; i += 1) {
    for (let c = 0; c < classes; c += 1) {
      const p = probabilities[i * classes + c];
      if (p > 0) meanKl += (p * (Math.log(p + eps) - Math.log(marginal[c] + eps))) / n;
    }
  }
  return { score: Math.exp(meanKl), histogram, confidence };
}

/** The classifier's p(y|x) for a batch of images in [0, 1]. */
export async function classify(classifier: tf.LayersModel, images: tf.Tensor2D): Promise<Float32Array> {
  const probabilities = tf.tidy(() => classifier.predict(images) as tf.Tensor2D);
  const values = (await probabilities.data()) as Float32Array;
  probabilities.dispose();
  return values;
}
