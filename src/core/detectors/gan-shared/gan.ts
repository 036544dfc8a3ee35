import * as tf from '@tensorflow/tfjs';
import { adam } from '../../engine/fusedAdam';

/**
 * A GAN as the lab trains it: a generator and a discriminator with their own Adam optimisers.
 * Steps take fixed-shape batches; the pure functions (generate, discriminate, features) are for
 * snapshots and scoring and must be wrapped in tf.tidy by the caller.
 */
export interface GanModel {
  readonly latentSize: number;
  readonly inputSize: number;
  /**
   * One discriminator update; returns [loss, mean D(x), mean D(G(z))] (caller disposes). With
   * `frozenGenerator` (a D-only step) the generator runs in inference mode: nothing of it moves, not
   * even its batch-norm statistics.
   */
  discriminatorStep(real: tf.Tensor2D, noise: tf.Tensor2D, frozenGenerator?: boolean): tf.Tensor1D;
  /** One generator update (non-saturating loss); returns the loss. `frozenDiscriminator`: likewise (a G-only step). */
  generatorStep(noise: tf.Tensor2D, frozenDiscriminator?: boolean): tf.Scalar;
  /** The discriminator's [loss, mean D(x), mean D(G(z))] without an update, in inference mode (a G-only step reports it). Pure. */
  discriminatorStats(real: tf.Tensor2D, noise: tf.Tensor2D): tf.Tensor1D;
  /** The generator's loss without an update, in inference mode (a D-only step reports it). Pure. */
  generatorLoss(noise: tf.Tensor2D): tf.Scalar;
  /** Generated samples in [0, 1], inference mode. */
  generate(noise: tf.Tensor2D): tf.Tensor2D;
  /** The discriminator's logit for each sample (higher = more real). */
  discriminatorLogits(x: tf.Tensor2D): tf.Tensor1D;
  /** The discriminator's last hidden features (for feature-matching scores). */
  discriminatorFeatures(x: tf.Tensor2D): tf.Tensor2D;
  generatorVariables(): tf.Variable[];
  discriminatorVariables(): tf.Variable[];
  /** All weights of both networks (trainable and BatchNorm statistics), for checkpoints. */
  weights(): tf.Tensor[];
  restore(weights: tf.Tensor[]): void;
  /** Its networks by name, for export as TensorFlow.js layers models. */
  networks(): Record<'generator' | 'discriminator-features' | 'discriminator-head', tf.LayersModel>;
  dispose(): void;
}

export interface GanBuildOptions {
  inputSize: number;
  latentSize: number;
  generatorLearningRate: number;
  discriminatorLearningRate: number;
  beta1: number;
  /** One-sided label smoothing: real samples are labelled 1 - smoothing for the discriminator. */
  labelSmoothing: number;
  seed: number;
}

/**
 * Wires a generator and a split discriminator (body -> features, head -> logit) into a GanModel.
 * Each step's optimizer only gets its own network's variables, so a D step never moves G.
 */
export function assembleGan(
  options: GanBuildOptions,
  generator: tf.LayersModel,
  discriminatorBody: tf.LayersModel,
  discriminatorHead: tf.LayersModel,
): GanModel {
  const { latentSize, inputSize, labelSmoothing } = options;
  const gOptimizer = adam(options.generatorLearningRate, options.beta1);
  const dOptimizer = adam(options.discriminatorLearningRate, options.beta1);
  const variablesOf = (models: tf.LayersModel[]) =>
    models.flatMap((m) => m.trainableWeights.map((w) => w.read() as tf.Variable));
  const gVariables = variablesOf([generator]);
  const dVariables = variablesOf([discriminatorBody, discriminatorHead]);
  const logits = (x: tf.Tensor2D, training: boolean) =>
    (discriminatorHead.apply(discriminatorBody.apply(x, { training }), { training }) as tf.Tensor2D).reshape([
      -1,
    ]) as tf.Tensor1D;
  const generateIn = (noise: tf.Tensor2D, training: boolean) => generator.apply(noise, { training }) as tf.Tensor2D;
  const models = [generator, discriminatorBody, discriminatorHead];
  // The discriminator's loss on a real and a generated batch (one-sided smoothing), with its mean beliefs.
  const discriminatorTerms = (real: tf.Tensor2D, noise: tf.Tensor2D, gTraining: boolean, dTraining: boolean) => {
    const fake = generateIn(noise, gTraining);
    const realLogits = logits(real, dTraining);
    const fakeLogits = logits(fake, dTraining);
    const realLoss = tf.losses.sigmoidCrossEntropy(tf.onesLike(realLogits).mul(1 - labelSmoothing), realLogits);
    const fakeLoss = tf.losses.sigmoidCrossEntropy(tf.zerosLike(fakeLogits), fakeLogits);
    return {
      loss: tf.add(realLoss, fakeLoss) as tf.Scalar,
      realMean: tf.mean(tf.sigmoid(realLogits)) as tf.Scalar,
      fakeMean: tf.mean(tf.sigmoid(fakeLogits)) as tf.Scalar,
    };
  };
  // The generator's non-saturating loss: generated samples the discriminator should call real.
  const generatorTerm = (noise: tf.Tensor2D, gTraining: boolean, dTraining: boolean) => {
    const fakeLogits = logits(generateIn(noise, gTraining), dTraining);
    return tf.losses.sigmoidCrossEntropy(tf.onesLike(fakeLogits), fakeLogits) as tf.Scalar;
  };

  return {
    latentSize,
    inputSize,
    discriminatorStep(real, noise, frozenGenerator = false) {
      let realMean: tf.Scalar | null = null;
      let fakeMean: tf.Scalar | null = null;
      const loss = dOptimizer.minimize(
        () => {
          const terms = discriminatorTerms(real, noise, !frozenGenerator, true);
          realMean = tf.keep(terms.realMean);
          fakeMean = tf.keep(terms.fakeMean);
          return terms.loss;
        },
        true,
        dVariables,
      );
      if (!loss || !realMean || !fakeMean) throw new Error('the discriminator step produced no loss');
      const stats = tf.stack([loss, realMean, fakeMean]) as tf.Tensor1D;
      tf.dispose([loss, realMean, fakeMean]);
      return stats;
    },
    generatorStep(noise, frozenDiscriminator = false) {
      const loss = gOptimizer.minimize(() => generatorTerm(noise, true, !frozenDiscriminator), true, gVariables);
      if (!loss) throw new Error('the generator step produced no loss');
      return loss;
    },
    discriminatorStats(real, noise) {
      const { loss, realMean, fakeMean } = discriminatorTerms(real, noise, false, false);
      return tf.stack([loss, realMean, fakeMean]) as tf.Tensor1D;
    },
    generatorLoss: (noise) => generatorTerm(noise, false, false),
    generate: (noise) => generateIn(noise, false),
    discriminatorLogits: (x) => logits(x, false),
    discriminatorFeatures: (x) => discriminatorBody.apply(x, { training: false }) as tf.Tensor2D,
    generatorVariables: () => gVariables,
    discriminatorVariables: () => dVariables,
    weights: () => models.flatMap((m) => m.getWeights()),
    networks: () => ({
      generator,
      'discriminator-features': discriminatorBody,
      'discriminator-head': discriminatorHead,
    }),
    restore(weights) {
      let offset = 0;
      for (const m of models) {
        const count = m.getWeights().length;
        m.setWeights(weights.slice(offset, offset + count));
        offset += count;
      }
    },
    dispose() {
      models.forEach((m) => m.dispose());
      gOptimizer.dispose();
      dOptimizer.dispose();
    },
  };
}
