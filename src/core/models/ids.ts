/** Every model the lab can build; registry.ts maps each id to its builder. */
export const autoencoderIds = ['dense-ae'] as const;
export const ganIds = ['dcgan', 'mlp-gan'] as const;
export const modelIds = [...autoencoderIds, ...ganIds] as const;
export type AutoencoderId = (typeof autoencoderIds)[number];
export type GanId = (typeof ganIds)[number];
export type ModelId = (typeof modelIds)[number];

export const isGan = (id: ModelId): id is GanId => (ganIds as readonly string[]).includes(id);

/** Detector names as the comparison table shows them. */
export const modelNames: Record<ModelId, string> = {
  'dense-ae': 'dense autoencoder',
  dcgan: 'DCGAN',
  'mlp-gan': 'MLP GAN',
};
