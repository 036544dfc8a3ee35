/**
 * Which engine trains in this JavaScript realm (the lab's worker, a page, a test file).
 *
 * - `lab` (the default, what the app runs): the lab's WASM kernels and their thread pool
 *   (labKernels.ts and the kernels registered over TensorFlow.js's), the written-out dense step
 *   (denseTrainingStep.ts) and the one-kernel Adam (fusedAdam.ts).
 * - `tfjs`: the lab's own loop (session, loss readbacks, live views) on TensorFlow.js's own kernels,
 *   its tape and its Adam. It exists for the benchmark: lab / plain mixed two things, what the loop
 *   costs against `model.fit` and what the lab's kernels gain, and only this engine tells them apart.
 *
 * One engine per realm: kernels are registered for the whole realm and WASM's thread count is fixed
 * when its backend starts, so the benchmark runs each engine in a worker of its own.
 */
export type Engine = 'lab' | 'tfjs';

let inUse: Engine = 'lab';

/** The engine this realm trains with (what selectBackend was last told; `lab` before that). */
export const engineInUse = (): Engine => inUse;

/** Sets the realm's engine; selectBackend calls it, so detectors built after it follow. */
export function setEngine(engine: Engine): void {
  inUse = engine;
}
