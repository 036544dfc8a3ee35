// Matrix products for the lab's WASM engine, in AssemblyScript (compiled by scripts/build-kernels.mjs).
// Operands are read where TensorFlow.js's WASM backend keeps them (its own memory, imported), in any
// layout the backward pass asks for, so nothing is transposed or re-packed first: that re-packing
// ran on one thread and was most of a small product's time. Work is cut into units (a block of rows
// by eight columns) that several threads claim, each calling these functions on its own units.

/** Columns in a unit: eight panels of eight, so a block of A is reused across them from cache. */
const unitColumns = 64;
/** Depth of one pass over a unit: a 256 x 8 slice of B (8 KiB) stays in the first-level cache. */
const depthBlock = 256;

/** Rows in a unit of a product of depth k: about 256k multiply-adds a unit, 4 to 64 rows. */
export function rowsPerUnit(m: i32, k: i32, n: i32): i32 {
  const columns = min(n, unitColumns);
  let rows = (262144 / max(1, k * columns)) & ~3;
  rows = max(4, min(64, rows));
  return min(rows, (m + 3) & ~3);
}

/** How many units a product of m x k by k x n has. */
export function unitCount(m: i32, k: i32, n: i32): i32 {
  const rows = rowsPerUnit(m, k, n);
  return ((m + rows - 1) / rows) * ((n + unitColumns - 1) / unitColumns);
}

// @ts-ignore: decorator
@inline function finish(v: v128, bias: usize, col: i32, relu: bool): v128 {
  if (bias) v = f32x4.add(v, v128.load(bias + (<usize>col << 2)));
  if (relu) v = f32x4.max(v, f32x4.splat(0));
  return v;
}

// @ts-ignore: decorator
@inline function finishOne(x: f32, bias: usize, col: i32, relu: bool): f32 {
  if (bias) x += load<f32>(bias + (<usize>col << 2));
  if (relu && x < 0) x = 0;
  return x;
}

/**
 * Four rows by eight columns of C = A B (+ bias, relu), where B is k x n row-major and A[i][p] lies
 * at a + 4 (i rowStride + p colStride): plain A and transposed A alike. Each step of p broadcasts one
 * A value per row against eight contiguous B values.
 */
function tile4x8(
  a: usize, b: usize, c: usize, n: i32, rowStride: i32, colStride: i32,
  row: i32, col: i32, from: i32, to: i32, depth: i32, bias: usize, relu: bool,
): void {
  let a0 = a + (<usize>(row * rowStride + from * colStride) << 2);
  let a1 = a0 + (<usize>rowStride << 2);
  let a2 = a1 + (<usize>rowStride << 2);
  let a3 = a2 + (<usize>rowStride << 2);
  const aStep = <usize>colStride << 2;
  let bp = b + (<usize>(from * n + col) << 2);
  const bStep = <usize>n << 2;
  const out = c + (<usize>(row * n + col) << 2);
  const rowBytes = <usize>n << 2;
  // A later slice of the depth adds to what the earlier ones left in C.
  let c00 = f32x4.splat(0), c01 = f32x4.splat(0), c10 = f32x4.splat(0), c11 = f32x4.splat(0);
  let c20 = f32x4.splat(0), c21 = f32x4.splat(0), c30 = f32x4.splat(0), c31 = f32x4.splat(0);
  if (from > 0) {
    c00 = v128.load(out); c01 = v128.load(out, 16);
    c10 = v128.load(out + rowBytes); c11 = v128.load(out + rowBytes, 16);
    c20 = v128.load(out + 2 * rowBytes); c21 = v128.load(out + 2 * rowBytes, 16);
    c30 = v128.load(out + 3 * rowBytes); c31 = v128.load(out + 3 * rowBytes, 16);
  }
  for (let p = from; p < to; p++) {
    const b0 = v128.load(bp);
    const b1 = v128.load(bp, 16);
    let x = f32x4.splat(load<f32>(a0));
    c00 = f32x4.add(c00, f32x4.mul(x, b0));
    c01 = f32x4.add(c01, f32x4.mul(x, b1));
    x = f32x4.splat(load<f32>(a1));
    c10 = f32x4.add(c10, f32x4.mul(x, b0));
    c11 = f32x4.add(c11, f32x4.mul(x, b1));
    x = f32x4.splat(load<f32>(a2));
    c20 = f32x4.add(c20, f32x4.mul(x, b0));
    c21 = f32x4.add(c21, f32x4.mul(x, b1));
    x = f32x4.splat(load<f32>(a3));
    c30 = f32x4.add(c30, f32x4.mul(x, b0));
    c31 = f32x4.add(c31, f32x4.mul(x, b1));
    a0 += aStep; a1 += aStep; a2 += aStep; a3 += aStep;
    bp += bStep;
  }
  if (to < depth) {
    v128.store(out, c00); v128.store(out, c01, 16);
    v128.store(out + rowBytes, c10); v128.store(out + rowBytes, c11, 16);
    v128.store(out + 2 * rowBytes, c20); v128.store(out + 2 * rowBytes, c21, 16);
    v128.store(out + 3 * rowBytes, c30); v128.store(out + 3 * rowBytes, c31, 16);
    return;
  }
  v128.store(out, finish(c00, bias, col, relu));
  v128.store(out, finish(c01, bias, col + 4, relu), 16);
  v128.store(out + rowBytes, finish(c10, bias, col, relu));
  v128.store(out + rowBytes, finish(c11, bias, col + 4, relu), 16);
  v128.store(out + 2 * rowBytes, finish(c20, bias, col, relu));
  v128.store(out + 2 * rowBytes, finish(c21, bias, col + 4, relu), 16);
  v128.store(out + 3 * rowBytes, finish(c30, bias, col, relu));
  v128.store(out + 3 * rowBytes, finish(c31, bias, col + 4, relu), 16);
}

/** One element of C = A B at (row, col), for the edges a full tile does not cover. */
function element(
  a: usize, b: usize, c: usize, k: i32, n: i32, rowStride: i32, colStride: i32,
  row: i32, col: i32, bias: usize, relu: bool,
): void {
  let sum: f32 = 0;
  let ap = a + (<usize>(row * rowStride) << 2);
  let bp = b + (<usize>col << 2);
  for (let p = 0; p < k; p++) {
    sum += load<f32>(ap) * load<f32>(bp);
    ap += <usize>colStride << 2;
    bp += <usize>n << 2;
  }
  store<f32>(c + (<usize>(row * n + col) << 2), finishOne(sum, bias, col, relu));
}

/**
 * Units [first, last) of C (m x n) = A B (+ bias, relu) with B k x n row-major; A read through its
 * strides (plain: k, 1; transposed: 1, m). A unit is a block of rows by up to 64 columns, computed
 * slice of depth by slice, so its slices of A and B are read from cache, not memory, many times.
 */
export function gemm(
  a: usize, b: usize, c: usize, m: i32, k: i32, n: i32, rowStride: i32, colStride: i32,
  bias: usize, relu: bool, first: i32, last: i32,
): void {
  gemmUnits(a, b, c, m, k, n, rowStride, colStride, bias, relu, rowsPerUnit(m, k, n), first, last);
}

/**
 * Units [first, last) of the partial products of A B over slices of the depth, sliceDepth deep:
 * slice s of the depth gives an m x n product at c + s m n (the caller sums them). For a deep,
 * narrow product (a filter gradient: the depth is every output position of the batch), which
 * otherwise has too few units to share between threads.
 */
export function gemmSlices(
  a: usize, b: usize, c: usize, m: i32, k: i32, n: i32, rowStride: i32, colStride: i32,
  sliceDepth: i32, first: i32, last: i32,
): void {
  const rows = rowsPerUnit(m, sliceDepth, n);
  const perSlice = ((m + rows - 1) / rows) * ((n + unitColumns - 1) / unitColumns);
  for (let unit = first; unit < last; unit++) {
    const slice = unit / perSlice;
    const from = slice * sliceDepth;
    const depth = min(sliceDepth, k - from);
    const inner = unit % perSlice;
    const sliceA = a + (<usize>from * <usize>colStride << 2);
    const sliceB = b + (<usize>from * <usize>n << 2);
    const sliceC = c + (<usize>slice * <usize>m * <usize>n << 2);
    gemmUnits(sliceA, sliceB, sliceC, m, depth, n, rowStride, colStride, 0, false, rows, inner, inner + 1);
  }
}

/** How many units gemmSlices has. */
export function sliceUnitCount(m: i32, k: i32, n: i32, sliceDepth: i32): i32 {
  const rows = rowsPerUnit(m, sliceDepth, n);
  return ((m + rows - 1) / rows) * ((n + unitColumns - 1) / unitColumns) * ((k + sliceDepth - 1) / sliceDepth);
}

function gemmUnits(
  a: usize, b: usize, c: usize, m: i32, k: i32, n: i32, rowStride: i32, colStride: i32,
  bias: usize, relu: bool, rows: i32, first: i32, last: i32,
): void {
  const rowBlocks = (m + rows - 1) / rows;
  for (let unit = first; unit < last; unit++) {
    const colStart = (unit / rowBlocks) * unitColumns;
    const rowStart = (unit % rowBlocks) * rows;
    const rowEnd = min(rowStart + rows, m);
    const colEnd = min(colStart + unitColumns, n);
    const fullRowEnd = rowStart + ((rowEnd - rowStart) & ~3);
    const fullColEnd = colStart + ((colEnd - colStart) & ~7);
    for (let from = 0; from < k; from += depthBlock) {
      const to = min(from + depthBlock, k);
      for (let col = colStart; col < fullColEnd; col += 8) {
        for (let row = rowStart; row < fullRowEnd; row += 4) {
          tile4x8(a, b, c, n, rowStride, colStride, row, col, from, to, k, bias, relu);
        }
      }
    }
    // Edges (fewer than four rows or eight columns left), whole depth at once.
    for (let row = rowStart; row < rowEnd; row++) {
      const colFrom = row < fullRowEnd ? fullColEnd : colStart;
      for (let col = colFrom; col < colEnd; col++) {
        element(a, b, c, k, n, rowStride, colStride, row, col, bias, relu);
      }
    }
    if (k == 0) {
      for (let row = rowStart; row < fullRowEnd; row++) {
        for (let col = colStart; col < fullColEnd; col++) {
          element(a, b, c, k, n, rowStride, colStride, row, col, bias, relu);
        }
      }
    }
  }
}

// @ts-ignore: decorator
@inline function lanes(v: v128): f32 {
  return f32x4.extract_lane(v, 0) + f32x4.extract_lane(v, 1) + f32x4.extract_lane(v, 2) + f32x4.extract_lane(v, 3);
}

/**
 * Two rows by four columns of C = A B^T where A is m x k and B is n x k, both row-major: both
 * operands run contiguously along k, four products a step, summed across lanes at the end.
 */
function tile2x4Transposed(
  a: usize, b: usize, c: usize, k: i32, n: i32, row: i32, col: i32, bias: usize, relu: bool,
): void {
  const rowBytes = <usize>k << 2;
  const a0 = a + <usize>row * rowBytes;
  const a1 = a0 + rowBytes;
  const b0 = b + <usize>col * rowBytes;
  const b1 = b0 + rowBytes;
  const b2 = b1 + rowBytes;
  const b3 = b2 + rowBytes;
  let c00 = f32x4.splat(0), c01 = f32x4.splat(0), c02 = f32x4.splat(0), c03 = f32x4.splat(0);
  let c10 = f32x4.splat(0), c11 = f32x4.splat(0), c12 = f32x4.splat(0), c13 = f32x4.splat(0);
  const vectorEnd = <usize>(k & ~3) << 2;
  let offset: usize = 0;
  for (; offset < vectorEnd; offset += 16) {
    const x0 = v128.load(a0 + offset);
    const x1 = v128.load(a1 + offset);
    let y = v128.load(b0 + offset);
    c00 = f32x4.add(c00, f32x4.mul(x0, y));
    c10 = f32x4.add(c10, f32x4.mul(x1, y));
    y = v128.load(b1 + offset);
    c01 = f32x4.add(c01, f32x4.mul(x0, y));
    c11 = f32x4.add(c11, f32x4.mul(x1, y));
    y = v128.load(b2 + offset);
    c02 = f32x4.add(c02, f32x4.mul(x0, y));
    c12 = f32x4.add(c12, f32x4.mul(x1, y));
    y = v128.load(b3 + offset);
    c03 = f32x4.add(c03, f32x4.mul(x0, y));
    c13 = f32x4.add(c13, f32x4.mul(x1, y));
  }
  let s00 = lanes(c00), s01 = lanes(c01), s02 = lanes(c02), s03 = lanes(c03);
  let s10 = lanes(c10), s11 = lanes(c11), s12 = lanes(c12), s13 = lanes(c13);
  for (; offset < rowBytes; offset += 4) {
    const x0 = load<f32>(a0 + offset);
    const x1 = load<f32>(a1 + offset);
    const y0 = load<f32>(b0 + offset), y1 = load<f32>(b1 + offset);
    const y2 = load<f32>(b2 + offset), y3 = load<f32>(b3 + offset);
    s00 += x0 * y0; s01 += x0 * y1; s02 += x0 * y2; s03 += x0 * y3;
    s10 += x1 * y0; s11 += x1 * y1; s12 += x1 * y2; s13 += x1 * y3;
  }
  const out = c + (<usize>(row * n + col) << 2);
  const outRow = <usize>n << 2;
  store<f32>(out, finishOne(s00, bias, col, relu));
  store<f32>(out, finishOne(s01, bias, col + 1, relu), 4);
  store<f32>(out, finishOne(s02, bias, col + 2, relu), 8);
  store<f32>(out, finishOne(s03, bias, col + 3, relu), 12);
  store<f32>(out + outRow, finishOne(s10, bias, col, relu));
  store<f32>(out + outRow, finishOne(s11, bias, col + 1, relu), 4);
  store<f32>(out + outRow, finishOne(s12, bias, col + 2, relu), 8);
  store<f32>(out + outRow, finishOne(s13, bias, col + 3, relu), 12);
}

/** One element of C = A B^T, for the edges. */
function elementTransposed(
  a: usize, b: usize, c: usize, k: i32, n: i32, row: i32, col: i32, bias: usize, relu: bool,
): void {
  const ap = a + (<usize>(row * k) << 2);
  const bp = b + (<usize>(col * k) << 2);
  let sum: f32 = 0;
  for (let p = 0; p < k; p++) sum += load<f32>(ap + (<usize>p << 2)) * load<f32>(bp + (<usize>p << 2));
  store<f32>(c + (<usize>(row * n + col) << 2), finishOne(sum, bias, col, relu));
}

/**
 * Units [first, last) of C (m x n) = A B^T (+ bias, relu), A m x k and B n x k row-major (the same
 * unit grid as gemm).
 */
export function gemmTransposedRight(
  a: usize, b: usize, c: usize, m: i32, k: i32, n: i32, bias: usize, relu: bool, first: i32, last: i32,
): void {
  const rows = rowsPerUnit(m, k, n);
  const rowBlocks = (m + rows - 1) / rows;
  for (let unit = first; unit < last; unit++) {
    const col = (unit / rowBlocks) * unitColumns;
    const rowStart = (unit % rowBlocks) * rows;
    const rowEnd = min(rowStart + rows, m);
    const colEnd = min(col + unitColumns, n);
    let row = rowStart;
    for (; row + 2 <= rowEnd; row += 2) {
      let j = col;
      for (; j + 4 <= colEnd; j += 4) tile2x4Transposed(a, b, c, k, n, row, j, bias, relu);
      for (; j < colEnd; j++) {
        elementTransposed(a, b, c, k, n, row, j, bias, relu);
        elementTransposed(a, b, c, k, n, row + 1, j, bias, relu);
      }
    }
    for (; row < rowEnd; row++) {
      for (let j = col; j < colEnd; j++) elementTransposed(a, b, c, k, n, row, j, bias, relu);
    }
  }
}
