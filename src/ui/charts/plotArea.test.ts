import type { PointerEvent } from 'react';
import { describe, expect, it } from 'vitest';
import { pathThrough, ticksOf, valueUnderPointer, xScaleOf, yScaleOf } from './plotArea';

const area = { width: 200, height: 100, margin: { top: 10, right: 10, bottom: 20, left: 40 } };

/** A pointer at `clientX` over a drawing shown `shownWidth` pixels wide from x = 100 on the page. */
const pointerAt = (clientX: number, shownWidth = 400) =>
  ({
    clientX,
    currentTarget: { getBoundingClientRect: () => ({ left: 100, width: shownWidth }) },
  }) as unknown as PointerEvent<SVGSVGElement>;

describe('plot area', () => {
  it('maps data to the plot inside the margins, larger y higher', () => {
    const x = xScaleOf(area, [0, 10]);
    const y = yScaleOf(area, [0, 1]);
    expect([x(0), x(10)]).toEqual([40, 190]);
    expect([y(0), y(1)]).toEqual([80, 10]);
    const log = yScaleOf(area, [0.01, 1], 'log');
    expect(log(0.1)).toBeCloseTo(45, 9);
  });

  it('reads the pointer back as a value in the drawing that is scaled on screen, held inside the domain', () => {
    const x = xScaleOf(area, [0, 10]);
    // Shown at twice its size: page x 100 + 2 * 115 is drawing x 115, halfway across the plot.
    expect(valueUnderPointer(pointerAt(330), area, x)).toBeCloseTo(5, 9);
    expect(valueUnderPointer(pointerAt(100), area, x)).toBe(0);
    expect(valueUnderPointer(pointerAt(900), area, x)).toBe(10);
  });

  it('keeps about as many ticks as asked on a log axis over a few decades', () => {
    const ticks = ticksOf(yScaleOf(area, [0.001, 0.5], 'log'), 4);
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    expect(ticks.length).toBeLessThanOrEqual(5);
    expect(ticks.every((t) => t >= 0.001 && t <= 0.5)).toBe(true);
  });

  it('breaks a path where a value cannot be placed', () => {
    const points = [1, 2, Number.NaN, 4, 5].map((value, index) => ({ index, value }));
    const path = pathThrough(
      points,
      (p) => p.index,
      (p) => p.value,
      (p) => Number.isFinite(p.value),
    );
    expect(path.match(/M/g)).toHaveLength(2);
    expect(
      pathThrough(
        [],
        () => 0,
        () => 0,
      ),
    ).toBe('');
  });
});
