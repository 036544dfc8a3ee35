import { useLab } from './labStore';
import { preparedImages } from './selectors';
import type { ProbeSlice } from './probeSlice';
import { updateConfig } from './trainingIntents';
import { api, messageOf } from './workerConnection';
import { newestOnly } from './newestOnly';
import { isCurrentRun, runToken } from './currentRun';

/**
 * The probe's intents. While the user draws, every stroke asks for a score, one call at a time
 * (newestOnly.ts). Nothing drawn is trained on.
 */
function setProbe(patch: Partial<NonNullable<ProbeSlice['probe']>>): void {
  const probe = useLab.getState().probe;
  if (probe) useLab.setState({ probe: { ...probe, ...patch } });
}

/** Scores the drawing as it is now (and again once, if it changes during the call). */
export const scoreProbe = newestOnly(async () => {
  const state = useLab.getState();
  if (!state.probe || !state.results || state.status === 'training' || state.status === 'paused') return;
  // A leaderboard row shown in place of the trained detector: the worker's detector is not the one on screen.
  if (state.shownRecord !== null) return;
  const drawn = state.probe.pixels;
  const run = runToken();
  try {
    const result = await api().detector.probe(drawn.slice());
    // A new run or reset since: this answer is the old detector's.
    if (!isCurrentRun(run)) return;
    // A drawing replaced meanwhile keeps its stale mark until its own answer comes.
    setProbe({ result, stale: useLab.getState().probe?.pixels !== drawn });
  } catch (error) {
    // The page's one alert says why; the drawing stays, to edit or clear.
    setProbe({ stale: false });
    useLab.setState({ errorMessage: messageOf(error) });
  }
});

/** The drawing changed (a stroke, the eraser). */
export function drawProbe(pixels: Float32Array): void {
  const probe = useLab.getState().probe;
  useLab.setState({
    probe: { pixels, from: probe?.from ?? null, result: probe?.result ?? null, stale: true },
  });
  void scoreProbe();
}

/** An empty canvas of the image set's size. */
export function clearProbe(): void {
  const side = preparedImages(useLab.getState())?.side ?? 28;
  useLab.setState({ probe: null });
  drawProbe(new Float32Array(side * side));
}

/** Starts the drawing from a test item (a gallery digit, a point of the latent scatter) and opens the probe. */
export function probeFromTest(position: number): void {
  const prepared = preparedImages(useLab.getState());
  if (!prepared) return;
  const size = prepared.side * prepared.side;
  const pixels = Float32Array.from(
    prepared.testImages.subarray(position * size, (position + 1) * size),
    (v) => v / 255,
  );
  useLab.setState({ probe: { pixels, from: position, result: null, stale: true } });
  if (!useLab.getState().config.probe) updateConfig({ probe: true });
  void scoreProbe();
}
