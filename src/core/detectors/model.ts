import type * as tf from '@tensorflow/tfjs';

/**
 * The seam where the lab grows: every model is built by a pure function from its options and
 * exposes the same small interface to the training loop and the scorers.
 */
export interface DetectorModel {
  readonly inputSize: number;
  /**
   * One optimisation step on a fixed-shape batch: reconstruct `input`, compare with `target`
   * (the input itself unless a denoising run passes a noisy input and the clean batch). A detector
   * whose spec uses labels also gets each row's label (+1 labelled normal, -1 labelled anomaly,
   * 0 unlabelled). Returns the loss (caller disposes): a scalar, or with `lossTerms` [total, ...terms].
   */
  trainStep(input: tf.Tensor2D, target?: tf.Tensor2D, labels?: tf.Tensor1D): tf.Tensor;
  /**
   * Called once before the first step of a fresh run with every row it will train on and, for a
   * label-aware model, their labels (a one-class network fixes its centre there from an initial
   * forward pass, a classifier weighs its classes); not on a resumed run, whose checkpoint already
   * holds what it fixed.
   */
  begin?(fit: tf.Tensor2D, batchSize: number, labels?: Float32Array): Promise<void>;
  /** Names of the parts of the loss a step reports after the total (a VAE: reconstruction, kl). */
  readonly lossTerms?: readonly string[];
  /**
   * Per-sample training objective, where it differs from the score (a VAE's negative ELBO), so the
   * validation loss is charted in the training loss's units. Pure.
   */
  objective?(batch: tf.Tensor2D): tf.Tensor1D;
  /** Per-sample anomaly score (higher = more anomalous). Pure: wrap calls in tf.tidy. */
  score(batch: tf.Tensor2D): tf.Tensor1D;
  /** The model's reconstruction of a batch, for the sample grid (models that reconstruct). Pure. */
  reconstruct?(batch: tf.Tensor2D): tf.Tensor2D;
  /** The latent code of each sample, for the latent-space view (autoencoders). Pure. */
  encode?(batch: tf.Tensor2D): tf.Tensor2D;
  /** Generative models (a VAE): items decoded from latent codes, for the prior and manifold grids. Pure. */
  decode?(codes: tf.Tensor2D): tf.Tensor2D;
  /** Width of the codes `decode` takes. */
  readonly latentSize?: number;
  /**
   * The layers model mapping an input to its reconstruction, where the score is the per-sample mean
   * squared error of that reconstruction: exportable as a TensorFlow.js model (model.json + weights).
   */
  readonly network?: tf.LayersModel;
  /** The current weights (the model keeps ownership). */
  weights(): tf.Tensor[];
  /** Overwrites the weights with copies of the given tensors. */
  restore(weights: tf.Tensor[]): void;
  dispose(): void;
}

export type Activation = 'relu' | 'elu' | 'selu' | 'tanh' | 'sigmoid';

/** A model that remakes its input: what the sample grid, per-column errors and sequence charts read. */
export type Reconstructor = Required<Pick<DetectorModel, 'reconstruct'>>;

/** Everything a model builder may read from the lab's configuration. */
export interface ModelBuildOptions {
  inputSize: number;
  /** Hidden widths (an autoencoder's encoder; its decoder mirrors them). */
  layers: number[];
  latent: number;
  activation: Activation;
  learningRate: number;
  seed: number;
  /** Side of the square images the rows are, where they are images (a network may convolve them). */
  imageSide?: number;
  /** sigmoid for data in [0, 1] (pixels), linear for standardised tables. */
  outputActivation?: 'sigmoid' | 'linear';
  /**
   * Items that are sequences (series windows, rows read as sequences): time steps and channels per
   * item, its features step-major. Sequence models need it; others may ignore it.
   */
  sequence?: { steps: number; channels: number };
  /** Values of the detector's own fields (its spec's `params`, e.g. a VAE's beta), by name. */
  params?: Readonly<Record<string, unknown>>;
}
