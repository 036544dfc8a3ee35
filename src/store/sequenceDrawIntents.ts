import { useLab } from './labStore';
import type { LabState } from './labState';
import { newestOnly } from './newestOnly';
import { api, messageOf } from './workerConnection';

/**
 * Drawing over a sequence (Anomagram's "draw your ECG"): the user redraws a channel of a test
 * sequence and the detector scores the drawing and reconstructs it as they draw (one call at a time,
 * newestOnly.ts); nothing trains on it.
 */
type Drawing = NonNullable<LabState['sequenceDrawing']>;

function setDrawing(patch: Partial<Drawing>): void {
  const drawing = useLab.getState().sequenceDrawing;
  if (drawing) useLab.setState({ sequenceDrawing: { ...drawing, ...patch } });
}

/** The values the current drawing began with (its first score is theirs). */
let startedWith: Float32Array | null = null;

const scoreDrawing = newestOnly(async () => {
  const drawing = useLab.getState().sequenceDrawing;
  if (!drawing) return;
  const sent = drawing.values;
  try {
    const result = await api().detector.probe(sent.slice());
    const now = useLab.getState().sequenceDrawing;
    if (now?.unit !== drawing.unit) return;
    // The score "as it was" is the answer for the values drawing began with, and no other.
    const original = sent === startedWith ? result.score : now.original;
    setDrawing({ result, stale: now.values !== sent, original });
  } catch (error) {
    setDrawing({ stale: false });
    useLab.setState({ errorMessage: messageOf(error) });
  }
});

/** Starts drawing over a test sequence shown in the chart, with the value range the chart shows it in. */
export function startSequenceDrawing(unit: number, values: Float32Array, range: [number, number]): void {
  startedWith = values.slice();
  useLab.setState({
    sequenceDrawing: { unit, values: startedWith, range, result: null, original: null, stale: true },
  });
  void scoreDrawing();
}

/**
 * A stroke over steps `from`..`to` of one channel, from value `a` to value `b` (linear between):
 * the pointer's path, so a fast drag leaves no step untouched.
 */
export function drawSequence(
  channel: number,
  channels: number,
  [from, a]: [number, number],
  [to, b]: [number, number],
): void {
  const drawing = useLab.getState().sequenceDrawing;
  if (!drawing) return;
  const values = drawing.values.slice();
  const [lo, hi] = from <= to ? [from, to] : [to, from];
  for (let step = lo; step <= hi; step += 1) {
    const t = hi === lo ? 1 : (step - from) / (to - from);
    values[step * channels + channel] = a + (b - a) * t;
  }
  setDrawing({ values, stale: true });
  void scoreDrawing();
}

export function stopSequenceDrawing(): void {
  useLab.setState({ sequenceDrawing: null });
}
