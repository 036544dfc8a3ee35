import type { Activation } from '../model';

/** Defaults of the dense autoencoder (kept free of tfjs so the page can read them cheaply). */
export const denseAutoencoderDefaults = {
  layers: [128],
  latent: 32,
  activation: 'relu' as Activation,
  learningRate: 0.001,
};
