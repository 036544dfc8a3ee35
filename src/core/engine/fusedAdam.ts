import * as tf from '@tensorflow/tfjs';
import type { KernelBackendWithData, TensorInfo, KernelArgs } from './wasmKernel';
import { labAdam } from './labKernels';
import { engineInUse } from './engineChoice';

/**
 * Adam whose update of a variable is one kernel on the backends that keep tensors in CPU memory
 * (WASM and CPU). TensorFlow.js's own Adam runs about 13 elementwise kernels per variable, each
 * writing a full-size tensor: on WASM that was most of a dense autoencoder's training step (a
 * 784x128 weight matrix: ~13 passes of ~150 us each, every step), and it left the second thread
 * nothing to do. Here one pass reads the value, both moments and the gradient and writes the three
 * new ones. The same arithmetic as tfjs's Adam (its bias correction, its epsilon); on GPU backends,
 * where data live on the device, tfjs's Adam itself runs.
 */
const kernelName = 'LabAdamUpdate';

/** A tensor with a name (tfjs's NamedTensor, which its package does not export). */
type NamedTensor = { name: string; tensor: tf.Tensor };

interface AdamAttrs {
  learningRate: number;
  beta1: number;
  beta2: number;
  epsilon: number;
  /** 1 - beta1^t and 1 - beta2^t for this step t (bias correction). */
  firstCorrection: number;
  secondCorrection: number;
}

/** m/c1 / (sqrt(v/c2) + eps) with the corrections taken out of the loop: one root, one division. */
export function adamConstants(a: AdamAttrs) {
  const rootCorrection = Math.sqrt(a.secondCorrection);
  return {
    beta1: a.beta1,
    beta2: a.beta2,
    stepSize: (a.learningRate * rootCorrection) / a.firstCorrection,
    shiftedEpsilon: a.epsilon * rootCorrection,
  };
}

/** One Adam step over flat arrays: the new value and moments into `out`. */
export function adamStep(
  value: Float32Array,
  first: Float32Array,
  second: Float32Array,
  gradient: Float32Array,
  out: { value: Float32Array; first: Float32Array; second: Float32Array },
  a: AdamAttrs,
): void {
  const { beta1, beta2, stepSize, shiftedEpsilon } = adamConstants(a);
  // Arrays and constants in locals: the loop runs over every parameter, every step.
  const { value: newValue, first: newFirst, second: newSecond } = out;
  const [keep1, keep2] = [1 - beta1, 1 - beta2];
  const count = value.length;
  for (let i = 0; i < count; i += 1) {
    const g = gradient[i];
    const m = beta1 * first[i] + keep1 * g;
    const v = beta2 * second[i] + keep2 * g * g;
    newFirst[i] = m;
    newSecond[i] = v;
    newValue[i] = value[i] - (stepSize * m) / (Math.sqrt(v) + shiftedEpsilon);
  }
}

type Inputs = { value: TensorInfo; first: TensorInfo; second: TensorInfo; gradient: TensorInfo };

/**
 * WASM: the lab's SIMD kernel on every thread where it runs (labKernels.ts); else this loop, with the
 * outputs allocated first (an allocation may grow the heap and move its views), then read.
 */
function wasmKernel({ inputs, backend, attrs }: KernelArgs): TensorInfo[] {
  const pooled = labAdam(backend, inputs as unknown as Inputs, adamConstants(attrs as unknown as AdamAttrs));
  if (pooled) return pooled;
  const wasm = backend as KernelBackendWithData & {
    makeOutput(shape: number[], dtype: tf.DataType): TensorInfo;
    typedArrayFromHeap(info: TensorInfo): Float32Array;
  };
  const { value, first, second, gradient } = inputs as unknown as Inputs;
  const outputs = [0, 1, 2].map(() => wasm.makeOutput(value.shape, 'float32'));
  const [newValue, newFirst, newSecond] = outputs.map((o) => wasm.typedArrayFromHeap(o));
  const read = (t: TensorInfo) => wasm.typedArrayFromHeap(t);
  adamStep(
    read(value),
    read(first),
    read(second),
    read(gradient),
    { value: newValue, first: newFirst, second: newSecond },
    attrs as unknown as AdamAttrs,
  );
  return outputs;
}

function cpuKernel({ inputs, backend, attrs }: KernelArgs): TensorInfo[] {
  const cpu = backend as KernelBackendWithData & {
    data: { get(dataId: object): { values: Float32Array } };
    makeTensorInfo(shape: number[], dtype: tf.DataType, values: Float32Array): TensorInfo;
  };
  const { value, first, second, gradient } = inputs as unknown as Inputs;
  const read = (t: TensorInfo) => cpu.data.get(t.dataId).values;
  const size = read(value).length;
  const out = { value: new Float32Array(size), first: new Float32Array(size), second: new Float32Array(size) };
  adamStep(read(value), read(first), read(second), read(gradient), out, attrs as unknown as AdamAttrs);
  return [out.value, out.first, out.second].map((values) => cpu.makeTensorInfo(value.shape, 'float32', values));
}

let registered = false;

function registerAdamKernels(): void {
  if (registered) return;
  for (const [backendName, kernelFunc] of [
    ['wasm', wasmKernel],
    ['cpu', cpuKernel],
  ] as const) {
    if (!tf.getKernel(kernelName, backendName)) {
      tf.registerKernel({ kernelName, backendName, kernelFunc: kernelFunc as unknown as tf.KernelFunc });
    }
  }
  registered = true;
}

/** Adam (tf.train.adam's arguments and defaults), one kernel per variable where the backend has it. */
export class FusedAdam extends tf.Optimizer {
  static get className(): string {
    return 'LabFusedAdam';
  }

  private readonly moments = new Map<string, { first: tf.Tensor; second: tf.Tensor }>();
  private step = 0;
  /** tfjs's own Adam, for a backend without the fused kernel (WebGL, WebGPU). */
  private fallback: tf.AdamOptimizer | null = null;

  constructor(
    private readonly learningRate: number,
    private readonly beta1 = 0.9,
    private readonly beta2 = 0.999,
    private readonly epsilon: number | null = null,
  ) {
    super();
    registerAdamKernels();
  }

  applyGradients(variableGradients: tf.NamedTensorMap | NamedTensor[]): void {
    if (!tf.getKernel(kernelName, tf.getBackend())) {
      this.fallback ??= tf.train.adam(this.learningRate, this.beta1, this.beta2, this.epsilon ?? undefined);
      this.fallback.applyGradients(variableGradients as NamedTensor[]);
      this.incrementIterations();
      return;
    }
    const named = Array.isArray(variableGradients)
      ? variableGradients
      : Object.entries(variableGradients).map(([name, tensor]) => ({ name, tensor }));
    this.step += 1;
    const attrs: AdamAttrs = {
      learningRate: this.learningRate,
      beta1: this.beta1,
      beta2: this.beta2,
      epsilon: this.epsilon ?? tf.backend().epsilon(),
      firstCorrection: 1 - this.beta1 ** this.step,
      secondCorrection: 1 - this.beta2 ** this.step,
    };
    for (const { name, tensor: gradient } of named) {
      if (gradient == null) continue;
      const variable = tf.engine().registeredVariables[name];
      let moments = this.moments.get(name);
      if (!moments) {
        // Kept: a caller's tidy must not take the optimizer's state (tfjs's Adam keeps it in variables).
        moments = { first: tf.keep(tf.zerosLike(variable)), second: tf.keep(tf.zerosLike(variable)) };
        this.moments.set(name, moments);
      }
      const [value, first, second] = tf
        .engine()
        .runKernel(
          kernelName,
          { value: variable, first: moments.first, second: moments.second, gradient },
          attrs as unknown as tf.NamedAttrMap,
        ) as tf.Tensor[];
      variable.assign(value);
      value.dispose();
      tf.dispose([moments.first, moments.second]);
      moments.first = tf.keep(first);
      moments.second = tf.keep(second);
    }
    this.incrementIterations();
  }

  dispose(): void {
    for (const { first, second } of this.moments.values()) tf.dispose([first, second]);
    this.moments.clear();
    this.fallback?.dispose();
    this.fallback = null;
  }

  async getWeights(): Promise<NamedTensor[]> {
    if (this.fallback) return this.fallback.getWeights();
    const moments = [...this.moments].flatMap(([name, m]) => [
      { name: `${name}/m`, tensor: m.first },
      { name: `${name}/v`, tensor: m.second },
    ]);
    return [await this.saveIterations(), ...moments];
  }

  async setWeights(weightValues: NamedTensor[]): Promise<void> {
    if (this.fallback) return this.fallback.setWeights(weightValues);
    const rest = await this.extractIterations(weightValues);
    this.step = this.iterations;
    for (const { name, tensor } of rest) {
      const [variable, part] = [name.slice(0, -2), name.slice(-1)];
      const moments = this.moments.get(variable) ?? {
        first: tf.keep(tf.zerosLike(tensor)),
        second: tf.keep(tf.zerosLike(tensor)),
      };
      const old = part === 'm' ? moments.first : moments.second;
      if (part === 'm') moments.first = tf.keep(tf.clone(tensor));
      else moments.second = tf.keep(tf.clone(tensor));
      old.dispose();
      this.moments.set(variable, moments);
    }
  }

  getConfig(): tf.serialization.ConfigDict {
    return { learningRate: this.learningRate, beta1: this.beta1, beta2: this.beta2, epsilon: this.epsilon };
  }
}

/**
 * Adam for the lab's detectors: fused on WASM and CPU, tfjs's own elsewhere, and everywhere on
 * TensorFlow.js's own engine (engineChoice.ts), which the benchmark compares the lab's against.
 */
export function adam(learningRate: number, beta1?: number, beta2?: number): tf.Optimizer {
  if (engineInUse() === 'tfjs') return tf.train.adam(learningRate, beta1, beta2);
  return new FusedAdam(learningRate, beta1, beta2);
}
