// Convolutions as matrix products (NHWC): im2col lays out, for every output position, the input
// values its filter taps read (the rows of a product with the filter); col2im adds such rows back
// onto an input-shaped gradient. Both run on the lab's threads, a unit being one output row
// (im2col) or one image (col2im: images never share a gradient value, so threads never collide).

/** Units [first, last) of cols (N*OH*OW rows of KH*KW*C values) from x (N x H x W x C). */
export function im2col(
  x: usize, cols: usize, height: i32, width: i32, channels: i32, outHeight: i32, outWidth: i32,
  filterHeight: i32, filterWidth: i32, strideHeight: i32, strideWidth: i32,
  dilationHeight: i32, dilationWidth: i32, padTop: i32, padLeft: i32, first: i32, last: i32,
): void {
  const tapBytes = <usize>channels << 2;
  for (let unit = first; unit < last; unit++) {
    const image = unit / outHeight;
    const outRow = unit % outHeight;
    let dst = cols + <usize>unit * <usize>outWidth * <usize>filterHeight * <usize>filterWidth * tapBytes;
    for (let outCol = 0; outCol < outWidth; outCol++) {
      for (let i = 0; i < filterHeight; i++) {
        const inRow = outRow * strideHeight - padTop + i * dilationHeight;
        const rowInside = inRow >= 0 && inRow < height;
        for (let j = 0; j < filterWidth; j++) {
          const inCol = outCol * strideWidth - padLeft + j * dilationWidth;
          if (rowInside && inCol >= 0 && inCol < width) {
            const src = x + (<usize>((image * height + inRow) * width + inCol) * tapBytes);
            if (channels == 1) store<f32>(dst, load<f32>(src));
            else memory.copy(dst, src, tapBytes);
          } else {
            memory.fill(dst, 0, tapBytes);
          }
          dst += tapBytes;
        }
      }
    }
  }
}

/** Adds count floats at src onto dst, four at a time. */
// @ts-ignore: decorator
@inline function addInto(dst: usize, src: usize, count: i32): void {
  let i = 0;
  for (; i + 4 <= count; i += 4) {
    const at = <usize>i << 2;
    v128.store(dst + at, f32x4.add(v128.load(dst + at), v128.load(src + at)));
  }
  for (; i < count; i++) {
    const at = <usize>i << 2;
    store<f32>(dst + at, load<f32>(dst + at) + load<f32>(src + at));
  }
}

/** Images [first, last) of dx (N x H x W x C): the sum of every cols value read from each input value. */
export function col2im(
  cols: usize, dx: usize, height: i32, width: i32, channels: i32, outHeight: i32, outWidth: i32,
  filterHeight: i32, filterWidth: i32, strideHeight: i32, strideWidth: i32,
  dilationHeight: i32, dilationWidth: i32, padTop: i32, padLeft: i32, first: i32, last: i32,
): void {
  const tapBytes = <usize>channels << 2;
  const imageBytes = <usize>height * <usize>width * tapBytes;
  for (let image = first; image < last; image++) {
    const out = dx + <usize>image * imageBytes;
    memory.fill(out, 0, imageBytes);
    const rowsPerImage = <usize>outHeight * <usize>outWidth;
    let src = cols + <usize>image * rowsPerImage * <usize>filterHeight * <usize>filterWidth * tapBytes;
    for (let outRow = 0; outRow < outHeight; outRow++) {
      for (let outCol = 0; outCol < outWidth; outCol++) {
        for (let i = 0; i < filterHeight; i++) {
          const inRow = outRow * strideHeight - padTop + i * dilationHeight;
          const rowInside = inRow >= 0 && inRow < height;
          for (let j = 0; j < filterWidth; j++) {
            const inCol = outCol * strideWidth - padLeft + j * dilationWidth;
            if (rowInside && inCol >= 0 && inCol < width) {
              addInto(out + <usize>(inRow * width + inCol) * tapBytes, src, channels);
            }
            src += tapBytes;
          }
        }
      }
    }
  }
}
