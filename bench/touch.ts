import type { Remote } from 'comlink';
import { defaultConfig, type LabConfig } from '../src/core/config';
import type { ModelId } from '../src/core/detectors/registry';
import { createRandom } from '../src/core/random';
import type { LabApi } from '../src/worker/lab.worker';
import { paintSegment } from '../src/ui/probe/probeBrush';
import { median } from './median';
import { trainCollecting } from './workerRun';

/**
 * What the probe and the playground cost on a backend: how long a drawing takes from the page to its
 * score and back (the probe's whole round trip through the worker, as a stroke sends it), and how
 * long a detector takes to score the playground's 64 x 64 field in the worker (its refresh).
 */
export async function probeLatency(lab: Remote<LabApi>, model: ModelId, draws: number) {
  const config: LabConfig = { ...defaultConfig(model), normal: [1], limit: 600, epochs: 2, seed: 42 };
  await lab.prepare({ kind: 'image-set', config });
  await trainCollecting(lab, config);
  const random = createRandom(7);
  let drawing: Float32Array = new Float32Array(28 * 28);
  const times: number[] = [];
  for (let i = 0; i < draws; i += 1) {
    // A short stroke somewhere on the canvas, as the pen sends one per pointer move.
    const from: [number, number] = [4 + random() * 20, 4 + random() * 20];
    drawing = paintSegment(drawing, 28, from, [from[0] + 2, from[1] + 2], 'pen');
    const started = performance.now();
    await lab.detector.probe(drawing.slice());
    times.push(performance.now() - started);
  }
  await lab.reset();
  // The first call compiles the batch shape's kernels: reported apart from the steady state.
  return { first: times[0], median: median(times.slice(1)), times };
}

export async function fieldRefresh(lab: Remote<LabApi>, model: ModelId, repeats: number) {
  const config: LabConfig = { ...defaultConfig(model), dataset: 'toy', toy: 'moons', epochs: 5, seed: 42 };
  await lab.prepare({ kind: 'points', config });
  await trainCollecting(lab, config);
  const times = await lab.bench.fieldTimes(repeats);
  await lab.reset();
  return { first: times[0], median: median(times.slice(1)), times };
}
