// One Adam step over units [firstUnit, lastUnit) of a variable (unitSize elements each, the last one
// cut at size), four elements at a time (see fusedAdam.ts for the arithmetic: tfjs's Adam with its
// bias corrections folded into a step size and a shifted epsilon).
//
// Moments below 2^-100 in magnitude are taken as 0 (flush.ts). A weight whose gradient stays 0 (an
// always-blank pixel's, a dead unit's) has a first moment that decays by beta1 each step and turns
// subnormal after ~800 steps; WASM keeps subnormals, and x86 computes on them ~100x slower: the update
// then cost 8x its time (1.4 ms a dense AE step instead of 0.19 ms, measured). The change to an update
// is below stepSize 2^-100 / epsilon, far under float32's resolution of any weight.

import { flushed, flushedOne } from './flush';

export function adam(
  value: usize, first: usize, second: usize, gradient: usize,
  newValue: usize, newFirst: usize, newSecond: usize,
  beta1: f32, beta2: f32, stepSize: f32, shiftedEpsilon: f32,
  unitSize: i32, size: i32, firstUnit: i32, lastUnit: i32,
): void {
  const start = firstUnit * unitSize;
  const end = min(lastUnit * unitSize, size);
  const b1 = f32x4.splat(beta1), b2 = f32x4.splat(beta2);
  const k1 = f32x4.splat(1 - beta1), k2 = f32x4.splat(1 - beta2);
  const step = f32x4.splat(stepSize), eps = f32x4.splat(shiftedEpsilon);
  let i = start;
  for (; i + 4 <= end; i += 4) {
    const at = <usize>i << 2;
    const g = v128.load(gradient + at);
    const m = flushed(f32x4.add(f32x4.mul(b1, v128.load(first + at)), f32x4.mul(k1, g)));
    const v = flushed(f32x4.add(f32x4.mul(b2, v128.load(second + at)), f32x4.mul(k2, f32x4.mul(g, g))));
    v128.store(newFirst + at, m);
    v128.store(newSecond + at, v);
    const update = f32x4.div(f32x4.mul(step, m), f32x4.add(f32x4.sqrt(v), eps));
    v128.store(newValue + at, f32x4.sub(v128.load(value + at), update));
  }
  for (; i < end; i++) {
    const at = <usize>i << 2;
    const g = load<f32>(gradient + at);
    const m = flushedOne(beta1 * load<f32>(first + at) + (1 - beta1) * g);
    const v = flushedOne(beta2 * load<f32>(second + at) + (1 - beta2) * g * g);
    store<f32>(newFirst + at, m);
    store<f32>(newSecond + at, v);
    store<f32>(newValue + at, load<f32>(value + at) - (stepSize * m) / (Mathf.sqrt(v) + shiftedEpsilon));
  }
}
