import { useState, type PointerEvent } from 'react';
import type { RocPoint } from '../../core/detect/metrics';
import { useT } from '../common/useT';
import { viewBoxX } from './viewBox';

const margin = { top: 10, right: 16, bottom: 34, left: 40 };
const ticks = [0, 0.2, 0.4, 0.6, 0.8, 1];

export interface RocLine {
  id: string;
  points: RocPoint[];
  colour: string;
  testId?: string;
}

/**
 * ROC axes (false positive rate across, true positive rate up) with one or more curves and an
 * optional operating point, in plain SVG: a few hundred points per curve draw in well under a
 * frame. Hovering reads the first curve at that false positive rate.
 */
export function RocPlot({
  lines,
  operatingPoint,
  width = 640,
  height = 240,
}: {
  lines: RocLine[];
  operatingPoint?: { fpr: number; tpr: number } | null;
  /** The drawing's size in its own units: near its size on screen, so labels keep their size. */
  width?: number;
  height?: number;
}) {
  const t = useT();
  const [hover, setHover] = useState<RocPoint | null>(null);
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  const xOf = (fpr: number) => margin.left + fpr * plotWidth;
  const yOf = (tpr: number) => margin.top + (1 - tpr) * plotHeight;
  const pathOf = (points: RocPoint[]) =>
    points.map((p, i) => `${i ? 'L' : 'M'}${xOf(p.fpr).toFixed(1)},${yOf(p.tpr).toFixed(1)}`).join('');
  const first = lines[0]?.points ?? [];
  const onMove = (event: PointerEvent<SVGSVGElement>) => {
    if (first.length === 0) return;
    const target = Math.min(1, Math.max(0, (viewBoxX(event, width) - margin.left) / plotWidth));
    // The highest point at or before this false positive rate (the curve's step there).
    let best = first[0];
    for (const p of first) if (p.fpr <= target) best = p;
    setHover(best);
  };
  return (
    <svg
      className="roc-plot"
      viewBox={`0 0 ${width} ${height}`}
      onPointerMove={onMove}
      onPointerLeave={() => setHover(null)}
    >
      {ticks.map((tick) => (
        <g key={tick} className="grid">
          <line x1={xOf(tick)} x2={xOf(tick)} y1={margin.top} y2={margin.top + plotHeight} />
          <line x1={margin.left} x2={margin.left + plotWidth} y1={yOf(tick)} y2={yOf(tick)} />
          <text x={xOf(tick)} y={margin.top + plotHeight + 14} textAnchor="middle" className="tick">
            {tick}
          </text>
          <text x={margin.left - 6} y={yOf(tick) + 4} textAnchor="end" className="tick">
            {tick}
          </text>
        </g>
      ))}
      <text x={margin.left + plotWidth / 2} y={height - 4} textAnchor="middle" className="tick">
        {t('roc.fpr')}
      </text>
      <line x1={xOf(0)} y1={yOf(0)} x2={xOf(1)} y2={yOf(1)} className="roc-chance" />
      {lines.map((line) => (
        <path
          key={line.id}
          d={pathOf(line.points)}
          stroke={line.colour}
          className="roc-line"
          data-testid={line.testId}
          data-points={line.points.length}
        />
      ))}
      {operatingPoint && (
        <circle cx={xOf(operatingPoint.fpr)} cy={yOf(operatingPoint.tpr)} r={6} className="roc-operating-point" />
      )}
      {hover && (
        <g className="roc-hover">
          <circle cx={xOf(hover.fpr)} cy={yOf(hover.tpr)} r={4} />
          <text x={margin.left + plotWidth - 6} y={margin.top + plotHeight - 8} textAnchor="end" className="tick">
            {t('roc.hover', { fpr: hover.fpr.toFixed(3), tpr: hover.tpr.toFixed(3) })}
          </text>
        </g>
      )}
    </svg>
  );
}
