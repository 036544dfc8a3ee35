import * as Comlink from 'comlink';
import type { Remote } from 'comlink';
import type { BackendSelection } from '../src/core/backend';
import type { Engine } from '../src/core/engine/engineChoice';
import type { LabApi } from '../src/worker/lab.worker';

/**
 * The benchmark page's lab workers, one per engine (src/core/engine/engineChoice.ts): an engine is
 * chosen per realm, since kernels are registered for a whole worker and WASM fixes its thread count
 * when it starts, so the lab's loop on both engines needs two workers.
 */
const workers: Partial<Record<Engine, Remote<LabApi>>> = {};
/** Workers whose backend init started (the ones that measure). */
const started = new Set<Engine>();

/** The worker of an engine, created on first use (its backend starts with init). */
export function workerOn(engine: Engine): Remote<LabApi> {
  workers[engine] ??= Comlink.wrap<LabApi>(
    new Worker(new URL('../src/worker/lab.worker.ts', import.meta.url), { type: 'module' }),
  );
  return workers[engine];
}

/** Starts an engine's worker on a backend. */
export async function startWorker(engine: Engine, init: (worker: Remote<LabApi>) => Promise<BackendSelection>) {
  const selection = await init(workerOn(engine));
  started.add(engine);
  return selection;
}

/** The worker of an engine that init started; a measurement on any other is a mistake in the script. */
export function startedWorker(engine: Engine): Remote<LabApi> {
  if (!started.has(engine)) throw new Error(`no worker on the ${engine} engine: name it in init's engines`);
  return workerOn(engine);
}

/** Which engines train where (bench.init); absent: the lab's engine in the worker and on the page, as the app. */
export interface BenchEngines {
  /** One worker per engine named, each with the image set loaded; the first answers `worker` in init's result. */
  workers?: Engine[];
  /** This page's own backend, which plain model.fit trains on: `tfjs` for TensorFlow.js's own kernels. */
  page?: Engine;
}

/** What a results file keeps of a selection: the backend, the engine and WASM's threads. */
export const engineRecord = (s: BackendSelection) => ({
  active: s.active,
  engine: s.engine,
  wasmThreads: s.wasmThreads,
});
