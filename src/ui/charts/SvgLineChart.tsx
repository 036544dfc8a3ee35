import { useState, type PointerEvent } from 'react';
import { viewBoxX } from './viewBox';

export interface ChartSeries {
  key: string;
  name: string;
  colour: string;
}

const width = 480;
const margin = { top: 8, right: 10, bottom: 20, left: 52 };

/** How values map to height: log (losses over orders of magnitude) or linear (probabilities). */
type Scale = 'log' | 'linear';
const transform = (scale: Scale) => (scale === 'log' ? Math.log10 : (v: number) => v);
const inverse = (scale: Scale) => (scale === 'log' ? (v: number) => 10 ** v : (v: number) => v);
/** A value the scale can place: finite, and above 0 on a log axis. */
const placeable = (scale: Scale, v: number | undefined): v is number =>
  v !== undefined && Number.isFinite(v) && (scale === 'linear' || v > 0);

/** `count` ticks spread evenly in the scale's space between lo and hi. */
function ticksOf(scale: Scale, lo: number, hi: number, count: number): number[] {
  const [f, g] = [transform(scale), inverse(scale)];
  const [a, b] = [f(lo), f(hi)];
  return Array.from({ length: count }, (_, i) => g(a + ((b - a) * i) / (count - 1)));
}

/**
 * Lines over a shared x, in plain SVG: the loss and GAN charts redraw at every batch of losses, and
 * a charting library's render of them was a long task of its own on this machine. A value the
 * scale cannot place (not finite; not > 0 on a log axis) breaks its line. Hovering reads the values
 * at the nearest x.
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
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
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
  const f = transform(scale);
  const xOf = (x: number) => margin.left + ((x - xMin) / (xMax - xMin)) * plotWidth;
  const yOf = (y: number) => margin.top + (1 - (f(y) - f(yMin)) / (f(yMax) - f(yMin))) * plotHeight;
  const pathOf = (key: string) => {
    let path = '';
    let open = false;
    data.forEach((d, i) => {
      const v = d[key];
      if (!placeable(scale, v) || !Number.isFinite(xs[i])) {
        open = false;
        return;
      }
      path += `${open ? 'L' : 'M'}${xOf(xs[i]).toFixed(1)},${yOf(v).toFixed(1)}`;
      open = true;
    });
    return path;
  };
  const onMove = (event: PointerEvent<SVGSVGElement>) => {
    if (data.length === 0) return;
    const x = xMin + ((viewBoxX(event, width) - margin.left) / plotWidth) * (xMax - xMin);
    let nearest = 0;
    xs.forEach((v, i) => {
      if (Math.abs(v - x) < Math.abs(xs[nearest] - x)) nearest = i;
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
        ticksOf(scale, yMin, yMax, 4).map((tick) => (
          <g key={tick} className="grid">
            <line x1={margin.left} x2={margin.left + plotWidth} y1={yOf(tick)} y2={yOf(tick)} />
            <text x={margin.left - 4} y={yOf(tick) + 4} textAnchor="end" className="tick">
              {format(tick)}
            </text>
          </g>
        ))}
      {xTicks.map((tick, i) => (
        <text
          key={tick}
          x={xOf(tick)}
          y={height - 6}
          textAnchor={i === 0 ? 'start' : i === xTicks.length - 1 ? 'end' : 'middle'}
          className="tick"
        >
          {tick}
        </text>
      ))}
      <line
        x1={margin.left}
        x2={margin.left + plotWidth}
        y1={margin.top + plotHeight}
        y2={margin.top + plotHeight}
        className="axis"
      />
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
          <line
            x1={xOf(xs[hover!])}
            x2={xOf(xs[hover!])}
            y1={margin.top}
            y2={margin.top + plotHeight}
            className="axis"
          />
          <text x={margin.left + 6} y={margin.top + 12} className="tick">
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
