import type { ThresholdMethod } from '../core/detect/thresholds';
import { updateConfig } from './trainingIntents';
import { writeUrl } from './labIntents';
import { useLab } from './labStore';
import { placedThreshold } from './scoreResults';

// Intents for the operating point. The threshold, the method that chose it and the method's
// parameter live in the configuration, so a shared link (or a reload) lands on the same point.

/** Places the threshold with a method (mean + k·std, percentile, contamination, best F1) and its parameter. */
export function applyThresholdMethod(method: Exclude<ThresholdMethod, 'manual'>): void {
  updateConfig({ thresholdmethod: method });
  const state = useLab.getState();
  if (state.results) useLab.setState({ threshold: placedThreshold(state, state.results) });
}

let urlTimer: ReturnType<typeof setTimeout> | null = null;

function flushUrl(): void {
  if (!urlTimer) return;
  clearTimeout(urlTimer);
  urlTimer = null;
  writeUrl();
}

// Leaving or reloading the page right after a drag still keeps the last threshold in the URL.
globalThis.addEventListener?.('pagehide', flushUrl);

/** A threshold dragged or slid by hand: shown at once, written to the URL once the hand rests. */
export function moveThreshold(threshold: number): void {
  useLab.setState({ threshold });
  useLab.getState().setConfig({ thresholdmethod: 'manual', threshold });
  if (urlTimer) clearTimeout(urlTimer);
  urlTimer = setTimeout(flushUrl, 150);
}
