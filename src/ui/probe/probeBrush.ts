/**
 * The probe's brush on a square image of values 0-1: a round soft pen about as wide as an MNIST
 * stroke (two to three pixels with soft edges), or an eraser of the same shape. Pure: returns a new
 * image, so each stroke is a new drawing the store can compare by identity.
 */
export type ProbeTool = 'pen' | 'eraser';

/**
 * Radius in pixels of full effect, and of the soft edge beyond it. The eraser's full radius reaches
 * as far as any ink of the pen, so one pass along a stroke removes it.
 */
const cores: Record<ProbeTool, number> = { pen: 0.6, eraser: 2 };
const edge = 1.4;

/** Paints a segment from (x0, y0) to (x1, y1), in pixel coordinates, with the tool. */
export function paintSegment(
  pixels: Float32Array,
  side: number,
  from: [number, number],
  to: [number, number],
  tool: ProbeTool,
): Float32Array {
  const out = pixels.slice();
  const core = cores[tool];
  const [x0, y0] = from;
  const [x1, y1] = to;
  const length = Math.hypot(x1 - x0, y1 - y0);
  // Dabs every half pixel along the segment, so a fast stroke leaves no gaps.
  const dabs = Math.max(1, Math.ceil(length / 0.5));
  for (let d = 0; d <= dabs; d += 1) {
    const cx = x0 + ((x1 - x0) * d) / dabs;
    const cy = y0 + ((y1 - y0) * d) / dabs;
    const reach = core + edge;
    for (let y = Math.max(0, Math.floor(cy - reach)); y <= Math.min(side - 1, Math.ceil(cy + reach)); y += 1) {
      for (let x = Math.max(0, Math.floor(cx - reach)); x <= Math.min(side - 1, Math.ceil(cx + reach)); x += 1) {
        // Distance from the dab's centre to the pixel's centre.
        const distance = Math.hypot(x + 0.5 - cx, y + 0.5 - cy);
        const ink = Math.min(1, Math.max(0, 1 - (distance - core) / edge));
        if (ink <= 0) continue;
        const p = y * side + x;
        out[p] = tool === 'pen' ? Math.max(out[p], ink) : Math.min(out[p], 1 - ink);
      }
    }
  }
  return out;
}
