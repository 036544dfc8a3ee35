/**
 * Several threads computing one kernel call together on TensorFlow.js's WASM memory. Every kernel
 * the lab computes with its own code (wasm-kernels/: products, convolutions' im2col and col2im,
 * sums, elementwise kernels, Adam) is cut into units, and the thread that runs TensorFlow.js and
 * the helper threads each claim units (a chunk at a time, see chunkOf) from a shared counter until
 * none is left. Claiming rather than splitting in halves keeps a late helper (asleep, or its core
 * busy) from holding the product up: whatever it does not take, the calling thread does.
 *
 * The calling thread publishes a job in two shared arrays and spins until every unit is done; a
 * helper spins briefly after each job (the next usually follows within microseconds), then sleeps
 * on the job counter. Plain JavaScript with Atomics: no DOM, runs in any worker and under Node.
 */

/** The kernel functions of wasm-kernels/ that threads share (each takes its unit range last). */
const kernelNames = [
  'gemm',
  'gemmTransposedRight',
  'gemmSlices',
  'adam',
  'im2col',
  'col2im',
  'sumRows',
  'binary',
  'step',
] as const;
export type KernelName = (typeof kernelNames)[number];

/** The module's exports as the pool calls them (and the unit counts the callers ask for). */
export type LabKernelExports = Record<KernelName, (...args: number[]) => void> & {
  unitCount(m: number, k: number, n: number): number;
  sliceUnitCount(m: number, k: number, n: number, sliceDepth: number): number;
};

/** Slots of the control array. */
const slot = {
  job: 0,
  open: 1,
  active: 2,
  next: 3,
  done: 4,
  total: 5,
  kernel: 6,
  sleeping: 7,
  argCount: 8,
  helped: 9,
  chunk: 10,
};
const controlLength = 16;
const maxArgs = 24;

/** The shared arrays a pool's threads coordinate through (sent to each helper once). */
export interface PoolChannel {
  control: Int32Array;
  args: Float64Array;
}

export function createChannel(): PoolChannel {
  return {
    control: new Int32Array(new SharedArrayBuffer(controlLength * 4)),
    args: new Float64Array(new SharedArrayBuffer(maxArgs * 8)),
  };
}

/** Runs units [first, last) of one kernel call with its arguments (the last two arguments are the range). */
function runUnits(kernels: LabKernelExports, kernel: number, values: number[], first: number, last: number) {
  kernels[kernelNames[kernel]](...values, first, last);
}

/** Claims and runs units of the published job, a chunk at a time, until none is left; returns how many it ran. */
function claimUnits(kernels: LabKernelExports, { control, args }: PoolChannel): number {
  const total = Atomics.load(control, slot.total);
  const kernel = Atomics.load(control, slot.kernel);
  const chunk = Atomics.load(control, slot.chunk);
  const jobArgs = Array.from(args.subarray(0, Atomics.load(control, slot.argCount)));
  for (let ran = 0; ;) {
    const first = Atomics.add(control, slot.next, chunk);
    if (first >= total) return ran;
    const last = Math.min(first + chunk, total);
    runUnits(kernels, kernel, jobArgs, first, last);
    Atomics.add(control, slot.done, last - first);
    ran += last - first;
  }
}

/**
 * Units a thread claims at once: about 16 claims a thread per call. A claim costs two atomic
 * operations on a line every core writes and a call into WASM; one output row of im2col (a unit) is
 * less work than that, so claimed one by one the first layer's 896 rows ran slower on two threads than
 * on one. A product's 26-32 units of ~7 us each are still claimed singly (balance).
 */
export const chunkOf = (units: number, threads: number) => Math.max(1, Math.floor(units / (threads * 16)));

/** One kernel's calls while a pool profile runs: wall time on the calling thread and who ran the units. */
export interface PoolKernelProfile {
  kernel: KernelName;
  calls: number;
  ms: number;
  units: number;
  /** Units the helper threads ran. */
  helped: number;
}

/** The calling thread's side: publishes each call for the helpers and takes its own share. */
export class KernelPool {
  private job = 0;
  private profile: Map<KernelName, PoolKernelProfile> | null = null;

  constructor(
    readonly kernels: LabKernelExports,
    private readonly channel: PoolChannel | null,
    /** Threads that compute (the caller and its helpers). */
    readonly threads: number,
  ) {}

  run(name: KernelName, args: number[], units: number): void {
    if (!this.profile) {
      this.compute(name, args, units);
      return;
    }
    const start = performance.now();
    const ranHere = this.compute(name, args, units);
    const entry = this.profile.get(name) ?? { kernel: name, calls: 0, ms: 0, units: 0, helped: 0 };
    entry.calls += 1;
    entry.ms += performance.now() - start;
    entry.units += units;
    entry.helped += units - ranHere;
    this.profile.set(name, entry);
  }

  /** Starts recording each kernel's calls (profileTrainingStep); `takeProfile` ends it. */
  startProfile(): void {
    this.profile = new Map();
  }

  takeProfile(): PoolKernelProfile[] {
    const entries = [...(this.profile?.values() ?? [])];
    this.profile = null;
    return entries.sort((a, b) => b.ms - a.ms);
  }

  /** Computes one call; returns how many of its units this thread ran. */
  private compute(name: KernelName, args: number[], units: number): number {
    const kernel = kernelNames.indexOf(name);
    if (!this.channel || units < 2) {
      runUnits(this.kernels, kernel, args, 0, units);
      return units;
    }
    const { control } = this.channel;
    // Closed first, then no helper still inside the last job: nobody reads the arguments mid-write.
    Atomics.store(control, slot.open, 0);
    while (Atomics.load(control, slot.active) !== 0);
    this.channel.args.set(args);
    Atomics.store(control, slot.argCount, args.length);
    Atomics.store(control, slot.kernel, kernel);
    Atomics.store(control, slot.total, units);
    Atomics.store(control, slot.chunk, chunkOf(units, this.threads));
    Atomics.store(control, slot.next, 0);
    Atomics.store(control, slot.done, 0);
    this.job = (this.job + 1) | 0;
    Atomics.store(control, slot.job, this.job);
    Atomics.store(control, slot.open, 1);
    if (Atomics.load(control, slot.sleeping) > 0) Atomics.notify(control, slot.job);
    const ranHere = claimUnits(this.kernels, this.channel);
    while (Atomics.load(control, slot.done) < units);
    return ranHere;
  }

  /** Units the helpers have computed so far (how much of the work they took). */
  helpedUnits(): number {
    return this.channel ? Atomics.load(this.channel.control, slot.helped) : 0;
  }
}

/** How long a helper keeps polling after a job before it sleeps (ms). */
const spinMs = 0.2;

/**
 * A helper thread's whole life: wait for a job, join it, repeat. Never returns; `now` is the
 * thread's clock (performance.now).
 */
export function helperLoop(kernels: LabKernelExports, channel: PoolChannel, now: () => number): never {
  const { control } = channel;
  let seen = Atomics.load(control, slot.job);
  for (;;) {
    const idleSince = now();
    let polls = 0;
    while (Atomics.load(control, slot.job) === seen || Atomics.load(control, slot.open) !== 1) {
      if ((++polls & 1023) === 0 && now() - idleSince > spinMs) {
        Atomics.add(control, slot.sleeping, 1);
        Atomics.wait(control, slot.job, seen, 1000);
        Atomics.sub(control, slot.sleeping, 1);
      }
    }
    const job = Atomics.load(control, slot.job);
    Atomics.add(control, slot.active, 1);
    // Re-checked once registered: a job closed or replaced meanwhile is not joined (see KernelPool.run).
    if (Atomics.load(control, slot.open) === 1 && Atomics.load(control, slot.job) === job) {
      seen = job;
      Atomics.add(control, slot.helped, claimUnits(kernels, channel));
    }
    Atomics.sub(control, slot.active, 1);
  }
}
