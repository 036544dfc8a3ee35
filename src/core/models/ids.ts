/** Every model the lab can build; registry.ts maps each id to its builder. */
export const modelIds = ['dense-ae'] as const;
export type ModelId = (typeof modelIds)[number];
