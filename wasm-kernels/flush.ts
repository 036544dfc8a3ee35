// Values below 2^-100 in magnitude stored as 0: what flush-to-zero does on a CPU, done where training
// makes such values (Adam's moments, the elementwise kernels' results). WASM keeps subnormal floats and
// x86 computes on them ~100x slower; 2^-100 rather than 2^-126 so that a value just above it, times any
// weight above 2^-26, still gives a normal product (see adam.ts and elementwise.ts for what was measured).

export const tinyValue: f32 = 7.888609052210118e-31; // 2^-100

/** x with every lane below tinyValue in magnitude set to 0. */
// @ts-ignore: decorator
@inline export function flushed(x: v128): v128 {
  return v128.bitselect(f32x4.splat(0), x, f32x4.lt(f32x4.abs(x), f32x4.splat(tinyValue)));
}

/** x, or 0 below tinyValue in magnitude. */
// @ts-ignore: decorator
@inline export function flushedOne(x: f32): f32 {
  return Mathf.abs(x) < tinyValue ? 0 : x;
}
