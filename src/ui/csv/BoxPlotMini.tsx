import type { BoxPlot } from '../../core/detect/boxPlot';
import { useT } from '../common/useT';

const width = 140;
const height = 22;
const pad = 4;

/** One column's training values as a box plot: box Q1-Q3 with the median, whiskers to the fences, outliers as dots. */
export function BoxPlotMini({ plot, column, name }: { plot: BoxPlot; column: number; name: string }) {
  const t = useT();
  const lowest = Math.min(plot.low, ...plot.outliers);
  const highest = Math.max(plot.high, ...plot.outliers);
  const span = highest - lowest || 1;
  const x = (v: number) => pad + ((v - lowest) / span) * (width - 2 * pad);
  const mid = height / 2;
  const fmt = (v: number) => v.toPrecision(4);
  const summary = t('box.summary', {
    name,
    median: fmt(plot.median),
    q1: fmt(plot.q1),
    q3: fmt(plot.q3),
    low: fmt(plot.low),
    high: fmt(plot.high),
    outliers: plot.outlierCount,
  });
  return (
    <svg
      className="box-plot"
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      role="img"
      aria-label={summary}
      data-testid={`box-plot-${column}`}
      data-q1={plot.q1}
      data-median={plot.median}
      data-q3={plot.q3}
      data-low={plot.low}
      data-high={plot.high}
      data-outliers={plot.outlierCount}
    >
      <title>{summary}</title>
      <line className="whisker" x1={x(plot.low)} x2={x(plot.q1)} y1={mid} y2={mid} />
      <line className="whisker" x1={x(plot.q3)} x2={x(plot.high)} y1={mid} y2={mid} />
      <line className="whisker" x1={x(plot.low)} x2={x(plot.low)} y1={mid - 4} y2={mid + 4} />
      <line className="whisker" x1={x(plot.high)} x2={x(plot.high)} y1={mid - 4} y2={mid + 4} />
      <rect className="box" x={x(plot.q1)} y={mid - 6} width={Math.max(x(plot.q3) - x(plot.q1), 1)} height={12} />
      <line className="median" x1={x(plot.median)} x2={x(plot.median)} y1={mid - 6} y2={mid + 6} />
      {plot.outliers.map((v, i) => (
        <circle key={i} className="outlier" cx={x(v)} cy={mid} r={2} />
      ))}
    </svg>
  );
}
