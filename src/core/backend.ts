import * as tf from '@tensorflow/tfjs';
import type { BackendChoice } from './config';
import { labKernelThreads, startLabKernels, type LabKernelHost } from './engine/labKernels';
import { setEngine, type Engine } from './engine/engineChoice';
import { labKernelsRegistered, registerWasmKernelSet } from './engine/wasmKernelSet';

export type BackendName = Exclude<BackendChoice, 'auto'>;

/** What a backend runs on: the adapter or renderer it reported, and whether that is a software one. */
export interface BackendDevice {
  description: string;
  /** A CPU emulating a GPU (SwiftShader, llvmpipe, a fallback adapter): no faster than WASM. */
  software: boolean;
}

/** One backend's measured training throughput for the detector the lab opened with. */
export interface BackendRate {
  name: BackendName;
  samplesPerSecond: number;
}

/** A measured choice as the page keeps it, per browser, device and detector. */
export interface RememberedChoice {
  active: BackendName;
  rates: BackendRate[];
}

export interface BackendSelection {
  active: BackendName;
  /** Why each backend tried before the active one was skipped. */
  skipped: { name: BackendName; reason: string }[];
  /** Set when a forced backend could not be used: which, and why (the page words the notice). */
  fallback: { requested: BackendName; reason: string } | null;
  /**
   * Threads the WASM backend computes with, once it initialised: more than one only where the page
   * is cross-origin isolated (SharedArrayBuffer), which loads the threaded SIMD build.
   */
  wasmThreads?: number;
  /** GPU backends that initialised, with the adapter or renderer behind them. */
  devices: Partial<Record<BackendName, BackendDevice>>;
  /**
   * `auto` only: each working backend's training rate, fastest first, measured now or remembered
   * from an earlier visit on this browser and device; absent where one backend alone works.
   */
  rates?: BackendRate[];
  measurement?: 'measured' | 'remembered';
  /** Names this browser and device (user agent, cores, adapters): the key a remembered choice is kept under. */
  deviceKey: string;
  /** The engine the realm trains with (engine/engineChoice.ts). */
  engine: Engine;
}

const autoChain: BackendName[] = ['webgpu', 'webgl', 'wasm', 'cpu'];

export interface BackendOptions {
  /** Where the page serves the WASM binaries (file name -> URL); Node finds them itself. */
  wasmPaths?: Record<string, string>;
  /** The lab's own WASM kernels and their helper threads (engine/labKernels.ts); absent: tfjs's only. */
  labKernels?: LabKernelHost;
  /**
   * `lab` (default): the lab's kernels, dense step and Adam. `tfjs`: TensorFlow.js's own kernels, tape
   * and Adam under the lab's loop (the benchmark's split of lab / plain; engine/engineChoice.ts).
   */
  engine?: Engine;
}

const logicalCores = () => Math.max(1, globalThis.navigator?.hardwareConcurrency ?? 1);

/**
 * The WASM build caps its thread pool at half of navigator.hardwareConcurrency (it assumes two
 * hardware threads per core), which leaves a 2-core laptop one thread. While it starts, it is shown
 * twice the count, so the pool gets one thread per logical core as asked (setThreadsCount).
 */
async function withWholeCoreCount<T>(start: () => Promise<T>): Promise<T> {
  const navigator = globalThis.navigator as Navigator | undefined;
  if (!navigator || !globalThis.crossOriginIsolated) return start();
  const cores = logicalCores();
  Object.defineProperty(navigator, 'hardwareConcurrency', { value: 2 * cores, configurable: true });
  try {
    return await start();
  } finally {
    delete (navigator as { hardwareConcurrency?: number }).hardwareConcurrency;
  }
}

type Attempt = { ok: true; device?: BackendDevice } | { ok: false; reason: string };

const softwareRenderer = /swiftshader|llvmpipe|lavapipe|software|basic render/i;

async function prepareWebGpu(): Promise<Attempt> {
  const gpu = (globalThis.navigator as Navigator | undefined)?.gpu;
  if (!gpu) return { ok: false, reason: 'this browser exposes no navigator.gpu (WebGPU unsupported or disabled)' };
  const adapter = await gpu.requestAdapter().catch(() => null);
  if (!adapter) return { ok: false, reason: 'navigator.gpu.requestAdapter() found no GPU adapter' };
  // Registers the backend; loaded only when WebGPU is actually present.
  await import('@tensorflow/tfjs-backend-webgpu');
  const info = adapter.info as GPUAdapterInfo & { isFallbackAdapter?: boolean };
  const description = [info.vendor, info.architecture, info.device, info.description].filter(Boolean).join(' ');
  const fallback =
    info.isFallbackAdapter ?? (adapter as GPUAdapter & { isFallbackAdapter?: boolean }).isFallbackAdapter;
  return { ok: true, device: { description, software: Boolean(fallback) || softwareRenderer.test(description) } };
}

/** The renderer behind the WebGL backend just initialised (its GL context's unmasked name). */
function webGlDevice(): BackendDevice | undefined {
  const gl = (tf.backend() as unknown as { gpgpu?: { gl?: WebGLRenderingContext } }).gpgpu?.gl;
  if (!gl) return undefined;
  const debug = gl.getExtension('WEBGL_debug_renderer_info');
  const description = String(gl.getParameter(debug ? debug.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? '');
  return { description, software: softwareRenderer.test(description) };
}

async function attempt(name: BackendName, options: BackendOptions): Promise<Attempt> {
  let device: BackendDevice | undefined;
  const engine = options.engine ?? 'lab';
  const labPool = engine === 'lab' && Boolean(options.labKernels);
  if (name === 'wasm') {
    if (typeof WebAssembly === 'undefined') return { ok: false, reason: 'this browser has no WebAssembly' };
    const wasm = await import('@tensorflow/tfjs-backend-wasm');
    if (options.wasmPaths) wasm.setWasmPaths(options.wasmPaths);
    // With the lab's kernels (engine/labKernels.ts) TensorFlow.js's own pool (XNNPACK's) stays at one
    // thread: its idle threads poll for work and kept the second core from the lab's threads. Without
    // them (plain TensorFlow.js, the tfjs engine: the benchmark's baselines) it gets a thread per logical core.
    wasm.setThreadsCount(labPool ? 1 : logicalCores());
    registerWasmKernelSet(engine);
  }
  if (name === 'webgpu') {
    const ready = await prepareWebGpu();
    if (!ready.ok) return ready;
    device = ready.device;
  }
  try {
    const wholeCores = name === 'wasm' && !labPool;
    const started = await (wholeCores ? withWholeCoreCount(() => tf.setBackend(name)) : tf.setBackend(name));
    if (!started) return { ok: false, reason: `tf.setBackend('${name}') failed to initialise` };
    await tf.ready();
  } catch (error) {
    return { ok: false, reason: `initialising ${name} threw: ${(error as Error).message}` };
  }
  // A backend can initialise yet compute garbage (e.g. WebGPU on a broken driver): check a sum.
  try {
    const sum = tf.tidy(() => tf.add(tf.tensor1d([1, 2, 3]), tf.tensor1d([10, 20, 30])));
    const values = await sum.data();
    sum.dispose();
    if (values[0] !== 11 || values[1] !== 22 || values[2] !== 33) {
      return { ok: false, reason: `${name} computed a wrong result in a self-test` };
    }
  } catch (error) {
    return { ok: false, reason: `${name} failed a self-test: ${(error as Error).message}` };
  }
  if (name === 'wasm' && labPool) {
    // Without them (a module that fails to load) the backend keeps TensorFlow.js's own kernels.
    // One thread per logical core where the memory is shared (the page cross-origin isolated).
    await startLabKernels(options.labKernels!, logicalCores()).catch(() => 0);
  }
  return { ok: true, device: name === 'webgl' ? webGlDevice() : device };
}

/** Names this browser and device: user agent, cores and the adapters that answered. */
function deviceKeyOf(devices: BackendSelection['devices']): string {
  const navigator = globalThis.navigator as Navigator | undefined;
  const adapters = Object.entries(devices).map(([name, d]) => `${name}:${d?.description}`);
  return [navigator?.userAgent ?? 'node', navigator?.hardwareConcurrency ?? 0, ...adapters].join(' | ');
}

/** Threads WASM trains with: the lab's kernel pool where it runs, else TensorFlow.js's own count. */
export async function wasmThreads(): Promise<number> {
  return labKernelThreads() || (await import('@tensorflow/tfjs-backend-wasm')).getThreadsCount();
}

/** How `auto` measures: a probe of the backend just set, and what an earlier visit measured. */
export interface Measurement {
  /** Samples per second of the detector's training on the current backend, within the budget. */
  rate(budgetMs: number): Promise<number>;
  /** Earlier measured choices by device key (the page keeps them); the one for this device is used. */
  remembered?: Record<string, RememberedChoice>;
  /** The whole measurement's budget (about 1.5 s), shared by the backends that work. */
  budgetMs: number;
  /** The backends to try (default: WebGPU, WebGL, WASM; CPU only when none works). */
  candidates?: BackendName[];
}

/**
 * `auto` with a measurement: every GPU backend and WASM that initialise train the detector for a
 * share of the budget, and the fastest wins (a choice remembered for this device is taken without
 * measuring). CPU only when none of them works.
 */
async function selectMeasured(options: BackendOptions, measurement: Measurement): Promise<BackendSelection> {
  const skipped: BackendSelection['skipped'] = [];
  const devices: BackendSelection['devices'] = {};
  const working: BackendName[] = [];
  for (const name of measurement.candidates ?? autoChain.filter((b) => b !== 'cpu')) {
    const result = await attempt(name, options);
    if (result.ok) {
      working.push(name);
      if (result.device) devices[name] = result.device;
    } else skipped.push({ name, reason: result.reason });
  }
  const deviceKey = deviceKeyOf(devices);
  const done = async (active: BackendName, extra: Partial<BackendSelection>): Promise<BackendSelection> => {
    await tf.setBackend(active);
    return {
      active,
      skipped,
      fallback: null,
      devices,
      deviceKey,
      engine: options.engine ?? 'lab',
      ...(working.includes('wasm') ? { wasmThreads: await wasmThreads() } : {}),
      ...extra,
    };
  };
  if (working.length === 0) {
    const cpu = await attempt('cpu', options);
    if (!cpu.ok)
      throw new Error(
        `No TensorFlow.js backend works here: ${skipped.map((s) => `${s.name}: ${s.reason}`).join('; ')}`,
      );
    return done('cpu', {});
  }
  if (working.length === 1) return done(working[0], {});
  const remembered = measurement.remembered?.[deviceKey];
  if (remembered && working.includes(remembered.active)) {
    return done(remembered.active, { rates: remembered.rates, measurement: 'remembered' });
  }
  const rates: BackendRate[] = [];
  for (const name of working) {
    await tf.setBackend(name);
    rates.push({ name, samplesPerSecond: await measurement.rate(measurement.budgetMs / working.length) });
  }
  rates.sort((a, b) => b.samplesPerSecond - a.samplesPerSecond);
  return done(rates[0].name, { rates, measurement: 'measured' });
}

/**
 * Picks the backend. `auto` with a measurement: the fastest for the detector, measured (see
 * selectMeasured). Without one: the first that works of WebGPU, WebGL, WASM, CPU. A forced choice is
 * tried first; if it fails the chain continues and `fallback` says so. Sets the realm's engine first
 * (`options.engine`, default the lab's); one per realm, so TensorFlow.js's own engine asked for where
 * the lab's kernels were registered already throws.
 */
export async function selectBackend(
  choice: BackendChoice,
  options: BackendOptions = {},
  measurement?: Measurement,
): Promise<BackendSelection> {
  if (options.engine === 'tfjs' && labKernelsRegistered()) {
    throw new Error("TensorFlow.js's own engine asked for where the lab's kernels are registered: use a new worker.");
  }
  // Before any backend starts: `auto` trains probes, which must train the way the run will.
  setEngine(options.engine ?? 'lab');
  if (choice === 'auto' && measurement) return selectMeasured(options, measurement);
  const order: BackendName[] = choice === 'auto' ? autoChain : [choice, ...autoChain.filter((b) => b !== choice)];
  const skipped: BackendSelection['skipped'] = [];
  for (const name of order) {
    const result = await attempt(name, options);
    if (result.ok) {
      const forcedFailed = choice !== 'auto' && name !== choice;
      const devices = result.device ? { [name]: result.device } : {};
      return {
        active: name,
        skipped,
        fallback: forcedFailed ? { requested: choice, reason: skipped[0].reason } : null,
        devices,
        deviceKey: deviceKeyOf(devices),
        engine: options.engine ?? 'lab',
        ...(name === 'wasm' ? { wasmThreads: await wasmThreads() } : {}),
      };
    }
    skipped.push({ name, reason: result.reason });
  }
  throw new Error(`No TensorFlow.js backend works here: ${skipped.map((s) => `${s.name}: ${s.reason}`).join('; ')}`);
}

/**
 * The backend's matrix-multiply throughput in GFLOP/s: size x size products (or [m, k] x [k, n]), repeated
 * until at least `minMilliseconds` have passed (after one warm-up), counting 2 m k n FLOPs each.
 */
export async function measureMatmulGflops(
  size: number | [number, number, number],
  minMilliseconds: number,
): Promise<number> {
  const [m, k, n] = typeof size === 'number' ? [size, size, size] : size;
  const a = tf.randomUniform([m, k]);
  const b = tf.randomUniform([k, n]);
  const once = async () => {
    const product = tf.matMul(a, b);
    await product.data();
    product.dispose();
  };
  await once();
  let repetitions = 0;
  const start = performance.now();
  while (performance.now() - start < minMilliseconds) {
    // Queue a few products before reading back, so the device is never idle between them.
    const products = Array.from({ length: 4 }, () => tf.matMul(a, b));
    await products[products.length - 1].data();
    tf.dispose(products);
    repetitions += products.length;
  }
  const seconds = (performance.now() - start) / 1000;
  tf.dispose([a, b]);
  return (2 * m * k * n * repetitions) / seconds / 1e9;
}
