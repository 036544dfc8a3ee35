import type { Rows } from './rows';

/** k as asked, or a clear refusal when the training rows cannot supply k neighbours besides each row itself. */
export function neighbourCount(requested: number, rows: Rows, detector: string): number {
  const k = Math.max(1, Math.round(requested));
  if (k >= rows.count) {
    throw new Error(
      `The ${detector} compares each row with its ${k} nearest training rows, but this split has only ` +
        `${rows.count} training rows: lower "neighbours k" below ${rows.count}, or train on more rows.`,
    );
  }
  return k;
}
