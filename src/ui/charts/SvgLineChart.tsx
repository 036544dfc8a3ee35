import { useState, type PointerEvent } from 'react';
import { pathThrough, ticksOf, valueUnderPointer, xScaleOf, yScaleOf } from './plotArea';

export interface ChartSeries {
  key: string;
  name: string;
  colour: string;
}

const width = 480;
const margin = { top: 8, right: 10, bottom: 20, left: 52 };

/** How values map to height: log (losses over orders of magnitude) or linear (probabilities). */
type Scale = 'log' | 'linear';
/** A value the scale can place: finite, and above 0 on a log axis. */
const placeable = (scale: Scale, v: number | undefined): v is number =>
  v !== undefined && Number.isFinite(v) && (scale === 'linear' || v > 0);

/**
 * Lines over a shared x, in plain SVG on the shared plot area (plotArea.ts): the loss and GAN charts
 * redraw at every batch of losses, and recharts drawing the same data held 1-6 long tasks a run
 * while stepping where this holds none (`npm run bench:charts`, bench/README.md). A value the scale
 * cannot place (not finite; not > 0 on a log axis) breaks its line. Hovering reads the values at the
 * nearest x.
 */
export function SvgLineChart({
  data,
  xKey,
  xName,
  series,
  height,
  format,
  testId,
  scale = 'log',
  domain,
}: {
  data: readonly Record<string, number | undefined>[];
  xKey: string;
  /** The x axis's unit in words, for the hover read-out ("epoch", "step"). */
  xName: string;
  series: ChartSeries[];
  height: number;
  format: (value: number) => string;
  testId: string;
  scale?: Scale;
  /** A fixed y range (e.g. [0, 1] for probabilities); otherwise the data's. */
  domain?: [number, number];
}) {
  const [hover, setHover] = useState<number | null>(null);
  const area = { width, height, margin };
  const xs = data.map((d) => d[xKey] ?? Number.NaN);
  const xMin = Math.min(1, ...xs.filter(Number.isFinite));
  const xMax = Math.max(xMin + 1, ...xs.filter(Number.isFinite));
  let yMin = Number.POSITIVE_INFINITY;
  let yMax = Number.NEGATIVE_INFINITY;
  for (const d of data) {
    for (const s of series) {
      const v = d[s.key];
      if (placeable(scale, v)) [yMin, yMax] = [Math.min(yMin, v), Math.max(yMax, v)];
    }
  }
  const empty = !(yMax >= yMin);
  if (domain) [yMin, yMax] = domain;
  else if (empty) [yMin, yMax] = scale === 'log' ? [0.1, 1] : [0, 1];
  else if (scale === 'log' && yMax / yMin < 1.2) [yMin, yMax] = [yMin / 1.1, yMax * 1.1];
  else if (scale === 'linear' && yMax - yMin < 1e-9) [yMin, yMax] = [yMin - 0.5, yMax + 0.5];
  const x = xScaleOf(area, [xMin, xMax]);
  const y = yScaleOf(area, [yMin, yMax], scale);
  const [plotLeft, plotRight] = x.range();
  const [plotBottom, plotTop] = y.range();
  const pathOf = (key: string) =>
    pathThrough(
      data.map((d, i) => [xs[i], d[key]] as const),
      ([px]) => x(px),
      ([, v]) => y(v!),
      ([px, v]) => placeable(scale, v) && Number.isFinite(px),
    );
  const onMove = (event: PointerEvent<SVGSVGElement>) => {
    if (data.length === 0) return;
    const at = valueUnderPointer(event, area, x);
    let nearest = 0;
    xs.forEach((v, i) => {
      if (Math.abs(v - at) < Math.abs(xs[nearest] - at)) nearest = i;
    });
    setHover(nearest);
  };
  const hovered = hover !== null && hover < data.length ? data[hover] : null;
  const xTicks = [...new Set([xMin, Math.round((xMin + xMax) / 2), Math.round(xMax)])];
  return (
    <svg
      className="line-chart"
      viewBox={`0 0 ${width} ${height}`}
      onPointerMove={onMove}
      onPointerLeave={() => setHover(null)}
    >
      {!empty &&
        ticksOf(y, 4).map((tick) => (
          <g key={tick} className="grid">
            <line x1={plotLeft} x2={plotRight} y1={y(tick)} y2={y(tick)} />
            <text x={plotLeft - 4} y={y(tick) + 4} textAnchor="end" className="tick">
              {format(tick)}
            </text>
          </g>
        ))}
      {xTicks.map((tick, i) => (
        <text
          key={tick}
          x={x(tick)}
          y={height - 6}
          textAnchor={i === 0 ? 'start' : i === xTicks.length - 1 ? 'end' : 'middle'}
          className="tick"
        >
          {tick}
        </text>
      ))}
      <line x1={plotLeft} x2={plotRight} y1={plotBottom} y2={plotBottom} className="axis" />
      {series.map((s) => (
        <path
          key={s.key}
          d={pathOf(s.key)}
          stroke={s.colour}
          className="chart-line"
          data-testid={`${testId}-${s.key}`}
          data-points={data.filter((d) => placeable(scale, d[s.key])).length}
        />
      ))}
      {hovered && (
        <g className="chart-hover">
          <line x1={x(xs[hover!])} x2={x(xs[hover!])} y1={plotTop} y2={plotBottom} className="axis" />
          <text x={plotLeft + 6} y={plotTop + 12} className="tick">
            {`${xName} ${xs[hover!]}: `}
            {series
              .filter((s) => hovered[s.key] !== undefined)
              .map((s) => `${s.name} ${format(hovered[s.key]!)}`)
              .join(', ')}
          </text>
        </g>
      )}
    </svg>
  );
}
