/**
 * The lessons: each a preset (the URL query it opens with), what the learner does, and which sample
 * table it needs, if any. Their words (title, goal, what to watch, the question) live in the message
 * catalogs under `lesson.<id>.*`, in every language; this list holds only what is not words.
 */
export const lessonIds = [
  'reconstruction-error',
  'thresholds',
  'contamination',
  'bottleneck',
  'compare-detectors',
  'known-unknown',
  'draw-anomaly',
  'per-class',
  'field-shapes',
  'gan-collapse',
  'gan-dynamics',
  'series',
  'your-table',
] as const;
export type LessonId = (typeof lessonIds)[number];

export interface Lesson {
  id: LessonId;
  /** The query the lesson opens with (without `lesson=`); the page keeps its own backend and language. */
  preset: string;
  /** A sample table the lesson works on (CSV view), offered with one click. */
  sample?: 'penguins' | 'weather';
}

export const lessons: readonly Lesson[] = [
  // A trained detector at once: the lesson is about reading its scores, not waiting for them.
  { id: 'reconstruction-error', preset: 'pretrained=1' },
  { id: 'thresholds', preset: 'pretrained=1&thresholdmethod=percentile' },
  // 10 % of the training digits are anomalies; fewer epochs keep the run short on a laptop.
  { id: 'contamination', preset: 'pretrained=0&contamination=10&epochs=15' },
  { id: 'bottleneck', preset: 'pretrained=0&latent=2&epochs=15' },
  { id: 'compare-detectors', preset: 'pretrained=0&model=pca' },
  // Twenty labelled 7s; a capped training set keeps each of the two runs under a minute on a laptop.
  { id: 'known-unknown', preset: 'pretrained=0&model=deep-sad&labelled=20&known=7&limit=1000&epochs=10' },
  // The probe opens on the shipped digit-1 autoencoder: the learner draws at once.
  { id: 'draw-anomaly', preset: 'pretrained=1&probe=1' },
  { id: 'per-class', preset: 'pretrained=1' },
  // Two clusters of different spread: where axis-aligned splits and distances part ways.
  { id: 'field-shapes', preset: 'dataset=toy&toy=two-scales&model=iforest&autostart=1' },
  // Two blobs: a generator that covers one of them is the smallest picture of mode collapse.
  { id: 'gan-collapse', preset: 'dataset=toy&toy=blobs&model=mlp-gan&steps=3000&snapshot=20&encsteps=0' },
  { id: 'gan-dynamics', preset: 'pretrained=1&model=mlp-gan' },
  { id: 'series', preset: 'dataset=csv', sample: 'weather' },
  { id: 'your-table', preset: 'dataset=csv', sample: 'penguins' },
];

export const lessonById = (id: string): Lesson | undefined => lessons.find((l) => l.id === id);

/** The link that opens a lesson, relative to the lab's page. */
export const lessonHref = (lesson: Lesson): string => `?${lesson.preset}&lesson=${lesson.id}`;
