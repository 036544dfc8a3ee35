import { useEffect, useRef } from 'react';

export type PixelMode = 'gray' | 'heat';

/** Paints one or more square images (values 0-1 or 0-255) into a canvas, side by side. */
export function DigitCanvas(props: {
  pixels: ArrayLike<number>;
  side: number;
  mode?: PixelMode;
  /** Divide raw values by this (255 for uint8 images). */
  scale?: number;
  size?: number;
  label?: string;
  testId?: string;
}) {
  const { pixels, side, mode = 'gray', scale = 1, size = 56, label, testId } = props;
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const context = ref.current?.getContext('2d');
    if (!context) return;
    const image = context.createImageData(side, side);
    for (let p = 0; p < side * side; p += 1) {
      const v = Math.min(1, Math.max(0, (pixels[p] ?? 0) / scale));
      const o = p * 4;
      if (mode === 'heat') {
        // black -> red -> yellow: where the reconstruction missed.
        image.data[o] = Math.round(255 * Math.min(1, v * 2));
        image.data[o + 1] = Math.round(255 * Math.max(0, v * 2 - 1));
        image.data[o + 2] = 0;
      } else {
        image.data[o] = image.data[o + 1] = image.data[o + 2] = Math.round(255 * v);
      }
      image.data[o + 3] = 255;
    }
    context.putImageData(image, 0, 0);
  }, [pixels, side, mode, scale]);
  return (
    <canvas
      ref={ref}
      width={side}
      height={side}
      style={{ width: size, maxWidth: '100%', height: 'auto', aspectRatio: '1' }}
      className="digit"
      aria-label={label}
      title={label}
      data-testid={testId}
    />
  );
}
