// Sums over the leading axis of a rows x columns matrix (a bias gradient: dy summed over the batch
// and every position), four columns at a time, row after row (the order of the lab's JavaScript sum,
// so the same float32 result). A unit is a block of 64 columns.

/** Columns [64 first, 64 last) of out (columns long) = the sum of x's rows. */
export function sumRows(x: usize, out: usize, rows: i32, columns: i32, first: i32, last: i32): void {
  const rowBytes = <usize>columns << 2;
  for (let unit = first; unit < last; unit++) {
    const from = unit << 6;
    const to = min(from + 64, columns);
    let col = from;
    for (; col + 4 <= to; col += 4) {
      let sum = f32x4.splat(0);
      let at = x + (<usize>col << 2);
      for (let r = 0; r < rows; r++) {
        sum = f32x4.add(sum, v128.load(at));
        at += rowBytes;
      }
      v128.store(out + (<usize>col << 2), sum);
    }
    for (; col < to; col++) {
      let sum: f32 = 0;
      let at = x + (<usize>col << 2);
      for (let r = 0; r < rows; r++) {
        sum += load<f32>(at);
        at += rowBytes;
      }
      store<f32>(out + (<usize>col << 2), sum);
    }
  }
}
