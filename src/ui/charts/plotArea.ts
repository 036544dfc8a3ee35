import { scaleLinear, scaleLog, type ScaleContinuousNumeric } from 'd3-scale';
import { line } from 'd3-shape';
import type { PointerEvent } from 'react';

/**
 * What every SVG chart of the lab shares: a drawing of a fixed size in its own units (viewBox) with
 * a plot inside its margins, scales from data to that plot (d3-scale: linear or log, their ticks
 * and their inverse), paths through the data (d3-shape, broken where a value cannot be placed) and
 * the pointer read back as a value.
 */
export interface PlotArea {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

export type NumberScale = ScaleContinuousNumeric<number, number>;

/** Data x to the plot's left..right. */
export const xScaleOf = (area: PlotArea, domain: [number, number]): NumberScale =>
  scaleLinear()
    .domain(domain)
    .range([area.margin.left, area.width - area.margin.right]);

/** Data y to the plot's bottom..top (larger values higher), on a linear or a log axis. */
export function yScaleOf(area: PlotArea, domain: [number, number], kind: 'linear' | 'log' = 'linear'): NumberScale {
  const scale: NumberScale = kind === 'log' ? scaleLog() : scaleLinear();
  return scale.domain(domain).range([area.height - area.margin.bottom, area.margin.top]);
}

/**
 * About `count` ticks of a scale. A log axis over less than a few decades would otherwise tick every
 * 1..9 multiple: every k-th of them is kept.
 */
export function ticksOf(scale: NumberScale, count: number): number[] {
  const ticks = scale.ticks(count);
  const step = Math.ceil(ticks.length / (count + 1));
  return step > 1 ? ticks.filter((_, i) => i % step === 0) : ticks;
}

/** The pointer's x in the drawing's own units (the charts scale with their container). */
export function pointerX(event: PointerEvent<SVGSVGElement>, area: PlotArea): number {
  const box = event.currentTarget.getBoundingClientRect();
  return ((event.clientX - box.left) / box.width) * area.width;
}

/** The x value under the pointer, held inside the scale's domain. */
export function valueUnderPointer(event: PointerEvent<SVGSVGElement>, area: PlotArea, x: NumberScale): number {
  const [low, high] = x.domain();
  return Math.min(Math.max(x.invert(pointerX(event, area)), Math.min(low, high)), Math.max(low, high));
}

/** An SVG path through the points, with a gap wherever `placed` is false. */
export function pathThrough<P>(
  points: readonly P[],
  x: (point: P) => number,
  y: (point: P) => number,
  placed: (point: P) => boolean = () => true,
): string {
  return (
    line<P>()
      .x(x)
      .y(y)
      .defined(placed)
      // A tenth of a unit is finer than any screen shows the drawing; shorter paths, smaller DOM.
      .digits(1)(points as P[]) ?? ''
  );
}
