import type { ValuesOf } from '../../fields';

/** The fields every variational autoencoder reads (the dense and the convolutional one share them). */
export const vaeParams = [
  { name: 'beta', label: 'β (KL weight)', zh: 'β（KL 权重）', kind: 'number', min: 0, max: 100, default: 1 },
  { name: 'vaescore', label: 'VAE score', zh: 'VAE 分数', kind: 'enum', values: ['recon', 'elbo'], default: 'recon' },
] as const;

export type VaeParams = ValuesOf<(typeof vaeParams)[number]>;

/** Series a VAE run reports per epoch: the loss, and its two parts. */
export const vaeSeries = ['train', 'validation', 'reconstruction', 'kl'] as const;

/** Views of a VAE: the loss parts, the latent space, and what it generates from the prior. */
export const vaeViews = ['loss-chart', 'reconstructions', 'latent-scatter', 'prior-grid', 'manifold-grid'] as const;

/** The params a builder was given, with the defaults for any missing. */
export function readVaeParams(params: Readonly<Record<string, unknown>> = {}): VaeParams {
  const beta = typeof params.beta === 'number' ? params.beta : vaeParams[0].default;
  return { beta, vaescore: params.vaescore === 'elbo' ? 'elbo' : 'recon' };
}
