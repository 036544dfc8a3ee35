import { resultStages, useStagedResults } from '../common/useStagedResults';
import { useMemo } from 'react';
import { preparedTable } from '../../store/selectors';
import { useLab } from '../../store/labStore';
import { useT } from '../common/useT';

const width = 900;
const height = 220;
const margin = { top: 10, right: 10, bottom: 20, left: 36 };
const plotWidth = width - margin.left - margin.right;
const plotHeight = height - margin.top - margin.bottom;
const colours = ['#2563eb', '#16a34a', '#9333ea', '#0891b2', '#ca8a04', '#db2777'];
const maxLines = 6;
const maxSpans = 300;

/**
 * The series in model order (scaled values, each pixel column showing the min and max of its
 * rows, so a one-row spike stays visible), with the rows above the threshold shaded.
 */
export function SeriesChart() {
  const t = useT();
  const prepared = useLab(preparedTable);
  const results = useStagedResults(resultStages.series);
  const threshold = useLab((s) => s.threshold);
  const series = prepared?.series ?? null;

  const spans = useMemo(() => {
    if (!series || !results || !prepared) return [];
    // Each test unit stands for the row its window ends at: those rows are shaded.
    const starts = Array.from(results.testScores.keys())
      .filter((r) => results.testScores[r] > threshold)
      .map((r) => series.testStarts[r] + prepared.window - 1)
      .sort((a, b) => a - b);
    const merged: [number, number][] = [];
    for (const start of starts) {
      const end = start + 1;
      const last = merged[merged.length - 1];
      if (last && start <= last[1]) last[1] = Math.max(last[1], end);
      else merged.push([start, end]);
    }
    return merged;
  }, [series, results, threshold, prepared]);

  if (!series || !prepared) return null;
  const lines = series.columns.slice(0, maxLines);
  const stride = series.columns.length;
  let low = Infinity;
  let high = -Infinity;
  for (let b = 0; b < series.buckets; b += 1) {
    for (let f = 0; f < lines.length; f += 1) {
      low = Math.min(low, series.low[b * stride + f]);
      high = Math.max(high, series.high[b * stride + f]);
    }
  }
  // Standardised values: a few extreme points must not flatten everything else.
  low = Math.max(low, -6);
  high = Math.min(high, 6);
  if (!(high > low)) high = low + 1;
  const x = (position: number) => margin.left + (position / series.length) * plotWidth;
  const y = (value: number) =>
    margin.top + plotHeight - ((Math.min(Math.max(value, low), high) - low) / (high - low)) * plotHeight;
  const bucketX = (b: number) => margin.left + ((b + 0.5) / series.buckets) * plotWidth;
  const path = (f: number) => {
    const points: string[] = [];
    for (let b = 0; b < series.buckets; b += 1) {
      points.push(
        `${bucketX(b).toFixed(1)},${y(series.low[b * stride + f]).toFixed(1)}`,
        `${bucketX(b).toFixed(1)},${y(series.high[b * stride + f]).toFixed(1)}`,
      );
    }
    return `M${points.join('L')}`;
  };

  return (
    <section className="card" aria-label={t('series.region')}>
      <figure className="series" data-testid="series-chart" data-flagged-spans={spans.length}>
        <figcaption>
          {t('series.caption', {
            window: prepared.window,
            stride: prepared.stride > 1 ? t('series.stride', { n: prepared.stride }) : '',
            capped: spans.length > maxSpans ? t('series.capped', { n: maxSpans, total: spans.length }) : '',
          })}{' '}
          {lines.map((name, f) => (
            <span key={name} className="legend-item">
              <span className="swatch" style={{ background: colours[f] }} /> {name}
            </span>
          ))}
          {series.columns.length > maxLines ? t('series.more', { n: series.columns.length - maxLines }) : ''}
        </figcaption>
        <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={t('series.chartLabel')}>
          {spans.slice(0, maxSpans).map(([start, end]) => (
            <rect
              key={start}
              className="flagged-span"
              x={x(start)}
              width={Math.max(1.5, x(end) - x(start))}
              y={margin.top}
              height={plotHeight}
            />
          ))}
          {lines.map((name, f) => (
            <path key={name} d={path(f)} fill="none" stroke={colours[f]} strokeWidth={1} opacity={0.85} />
          ))}
          <line
            className="axis"
            x1={margin.left}
            x2={width - margin.right}
            y1={margin.top + plotHeight}
            y2={margin.top + plotHeight}
          />
          <text className="tick" x={4} y={margin.top + 10}>
            {high.toFixed(1)}
          </text>
          <text className="tick" x={4} y={margin.top + plotHeight}>
            {low.toFixed(1)}
          </text>
          <text className="tick" x={margin.left} y={height - 4}>
            1
          </text>
          <text className="tick" x={width - margin.right} y={height - 4} textAnchor="end">
            {series.length.toLocaleString()}
          </text>
        </svg>
      </figure>
    </section>
  );
}
