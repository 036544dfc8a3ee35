import type { DigitLikeness } from '../../gan/classifierScore';

/*
 * A GAN's run events, each declared once: its payload (GanEvents) and the buffers moved with it to
 * the page (ganEventTransfers). The session's events include them (core/lab/sessionEvents.ts); the
 * page's store applies them (store/ganSlice.ts).
 */

/** What a GAN run is doing after its adversarial steps (the page words it: catalogs' `gan.phase.*`). */
export type GanPhase =
  { id: 'scoring-disc' } | { id: 'encoder'; step: number; total: number } | { id: 'scoring-encoder' };

export interface GanSnapshot {
  step: number;
  /** The fixed-noise grid: gridSize images, row-major pixels in [0, 1]. */
  images: Float32Array;
  likeness: DigitLikeness | null;
  /** Updates each network has had so far (a D-only or G-only Step advances one). */
  updates?: { discriminator: number; generator: number };
}

export interface GanEvents {
  onGanStats(stats: Float32Array, firstStep: number): void;
  onGanSnapshot(snapshot: GanSnapshot): void;
  /** A phase after the adversarial steps (training the encoder, scoring); null when finished. */
  onPhase(phase: GanPhase | null): void;
}

/** Each GAN event's buffers, moved to the page rather than copied (the mapped type makes a missing entry a compile error). */
export const ganEventTransfers: { [K in keyof GanEvents]-?: (...args: Parameters<GanEvents[K]>) => ArrayBuffer[] } = {
  onGanStats: (stats) => [stats.buffer as ArrayBuffer],
  onGanSnapshot: (snapshot) => [snapshot.images.buffer as ArrayBuffer],
  onPhase: () => [],
};
