import type { SearchCriterion } from '../core/lab/searchTrial';

/** One finished trial of a settings search: the settings it drew, how it was judged, and its time. */
export interface SearchTrial {
  settings: Record<string, unknown>;
  criterion: SearchCriterion;
  /** AUROC (higher is better) or validation loss (lower is better); NaN for a trial cut short. */
  value: number;
  seconds: number;
}

/** The settings search of the detector in view (what the search panel shows). */
export interface SearchSlice {
  search: {
    status: 'running' | 'paused' | 'done' | 'stopped';
    /** The detector searched and the split it was searched on (a result applies to those only). */
    model: string;
    split: string;
    budget: number;
    trials: SearchTrial[];
  } | null;
}

export function searchSlice(): SearchSlice {
  return { search: null };
}

/** The best trial: highest AUROC, or lowest validation loss. */
export function bestTrial(trials: readonly SearchTrial[]): SearchTrial | null {
  const finished = trials.filter((t) => Number.isFinite(t.value));
  if (!finished.length) return null;
  const better = (a: SearchTrial, b: SearchTrial) =>
    a.criterion === 'validation-auroc' ? a.value > b.value : a.value < b.value;
  return finished.reduce((best, t) => (better(t, best) ? t : best));
}
