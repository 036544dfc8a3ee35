/** The settings every GAN reads, in the order the model panel shows them. */
export const ganFields = [
  'gandata',
  'steps',
  'snapshot',
  'latent',
  'batch',
  'glr',
  'dlr',
  'beta1',
  'smoothing',
  'dsteps',
  'encsteps',
] as const;

/** Per step: discriminator and generator loss, mean D(x) on real and D(G(z)) on generated digits. */
export const ganSeries = ['dLoss', 'gLoss', 'dReal', 'dFake'] as const;

/** What the GAN studio shows and lets the user do, for every GAN. */
export const ganViews = [
  'adversarial-charts',
  'generated-grid',
  'reconstructions',
  'interpolation',
  'single-step',
  'scorer-choice',
] as const;
