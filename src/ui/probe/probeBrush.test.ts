import { describe, expect, it } from 'vitest';
import { paintSegment } from './probeBrush';

describe('the probe brush', () => {
  it('inks a stroke about as wide as an MNIST pen, and leaves the input unchanged', () => {
    const blank = new Float32Array(28 * 28);
    const drawn = paintSegment(blank, 28, [5, 14], [22, 14], 'pen');
    expect(blank.every((v) => v === 0)).toBe(true);
    // Full ink along the line, none four pixels away, every column of the stroke touched (no gaps).
    for (let x = 6; x <= 21; x += 1) expect(drawn[14 * 28 + x]).toBeGreaterThan(0.9);
    for (let x = 0; x < 28; x += 1) expect(drawn[18 * 28 + x]).toBe(0);
    const inked = Array.from(drawn).filter((v) => v > 0.5).length;
    expect(inked).toBeGreaterThan(17 * 2);
    expect(inked).toBeLessThan(17 * 4);
  });

  it('erases what the pen drew, and clips at the edges', () => {
    const drawn = paintSegment(new Float32Array(28 * 28), 28, [0, 0], [27, 27], 'pen');
    expect(drawn[0]).toBeGreaterThan(0.9);
    expect(drawn[28 * 28 - 1]).toBeGreaterThan(0.9);
    const erased = paintSegment(drawn, 28, [0, 0], [27, 27], 'eraser');
    expect(Math.max(...erased)).toBeLessThan(0.05);
  });
});
