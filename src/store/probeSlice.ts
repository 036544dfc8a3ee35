import type { ProbeResult } from '../core/lab/probe';

/** The probe: an item the user draws (or starts from a test item) and what the detector makes of it. */
export interface ProbeSlice {
  probe: {
    /** The drawing, one value 0-1 per pixel, row by row. */
    pixels: Float32Array;
    /** The test item it started from, or null for a drawing from scratch. */
    from: number | null;
    /** What the detector made of the last drawing it scored; null before any. */
    result: ProbeResult | null;
    /** True while the shown result is older than the drawing (a score is on its way). */
    stale: boolean;
  } | null;
}

export function probeSlice(): ProbeSlice {
  return { probe: null };
}

/** A drawing's verdict at the threshold: flagged when its score is above it, as test items are. */
export const probeFlagged = (score: number, threshold: number): boolean => score > threshold;
