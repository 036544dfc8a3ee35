// Elementwise kernels of training (a gradient times an activation's mask, a residual, a sum of
// gradients) over same-shape float32 tensors, four values at a time; a unit is 16,384 values.

import { flushed, flushedOne } from './flush';

const unitSize = 16384;

// Results below 2^-100 in magnitude are stored as 0 (flush.ts: what a CPU with flush-to-zero, as
// TensorFlow sets it, does to the products that follow). A gradient through a saturated sigmoid (an always-blank
// pixel's reconstruction) shrinks toward 0 over training; once it multiplies weights into subnormals,
// which x86 computes ~100x slower and WASM may not flush, the products behind it ran 5-20x slower (a
// dense AE step of 13 ms instead of 3.5 on a fixed binary batch, measured). 2^-100 leaves products
// with any weight above 2^-26 normal; no update of a float32 weight can tell the difference.

/** Units [first, last) of out = a (op) b over size values: op 0 adds, 1 subtracts, 2 multiplies. */
export function binary(op: i32, a: usize, b: usize, out: usize, size: i32, first: i32, last: i32): void {
  for (let unit = first; unit < last; unit++) {
    const from = unit * unitSize;
    const to = min(from + unitSize, size);
    let i = from;
    for (; i + 4 <= to; i += 4) {
      const at = <usize>i << 2;
      const x = v128.load(a + at);
      const y = v128.load(b + at);
      const z = op == 0 ? f32x4.add(x, y) : op == 1 ? f32x4.sub(x, y) : f32x4.mul(x, y);
      v128.store(out + at, flushed(z));
    }
    for (; i < to; i++) {
      const at = <usize>i << 2;
      const x = load<f32>(a + at);
      const y = load<f32>(b + at);
      const z = op == 0 ? x + y : op == 1 ? x - y : x * y;
      store<f32>(out + at, flushedOne(z));
    }
  }
}

/** Units [first, last) of TensorFlow.js's Step: 1 where x > 0, alpha elsewhere, NaN stays NaN. */
export function step(x: usize, out: usize, alpha: f32, size: i32, first: i32, last: i32): void {
  const one = f32x4.splat(1);
  const otherwise = f32x4.splat(alpha);
  for (let unit = first; unit < last; unit++) {
    const from = unit * unitSize;
    const to = min(from + unitSize, size);
    let i = from;
    // Selected by masks, not branches: the signs of a layer's activations are a coin toss.
    for (; i + 4 <= to; i += 4) {
      const at = <usize>i << 2;
      const v = v128.load(x + at);
      const stepped = v128.bitselect(one, otherwise, f32x4.gt(v, f32x4.splat(0)));
      v128.store(out + at, v128.bitselect(v, stepped, f32x4.ne(v, v)));
    }
    for (; i < to; i++) {
      const at = <usize>i << 2;
      const v = load<f32>(x + at);
      store<f32>(out + at, v > 0 ? 1 : v != v ? v : alpha);
    }
  }
}
