/** Defaults shared by the GANs (kept free of tfjs so the page can read them cheaply). */
export const ganDefaults = {
  /** Adam learning rate and beta1 for both networks, as in the DCGAN paper. */
  learningRate: 2e-4,
  beta1: 0.5,
  labelSmoothing: 0.1,
  discriminatorSteps: 1,
  steps: 2000,
  snapshotEvery: 50,
  encoderSteps: 600,
};
