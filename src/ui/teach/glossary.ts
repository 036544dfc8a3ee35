/** The glossary's terms; their words are the catalogs' `glossary.<term>.term` and `.text`. */
export const glossaryTerms = [
  'reconstruction-error',
  'threshold',
  'precision',
  'recall',
  'roc',
  'latent-space',
  'discriminator',
  'mode-collapse',
] as const;
export type GlossaryTerm = (typeof glossaryTerms)[number];

/** The panels that carry a help note (`help-<panel>`), each with the terms it links to. */
export const helpPanels = {
  train: [],
  data: ['threshold'],
  model: ['latent-space', 'reconstruction-error'],
  loss: ['reconstruction-error'],
  detect: ['reconstruction-error', 'threshold', 'precision', 'recall', 'roc'],
  samples: ['reconstruction-error'],
  gan: ['discriminator', 'mode-collapse'],
  csv: ['reconstruction-error'],
  models: [],
  leaderboard: ['roc'],
} as const satisfies Record<string, readonly GlossaryTerm[]>;
export type HelpPanel = keyof typeof helpPanels;
