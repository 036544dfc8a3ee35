import { useState, type PointerEvent } from 'react';
import type { RocPoint } from '../../core/detect/metrics';
import { useT } from '../common/useT';
import { pathThrough, valueUnderPointer, xScaleOf, yScaleOf } from './plotArea';

const margin = { top: 10, right: 16, bottom: 34, left: 40 };

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
  const area = { width, height, margin };
  const x = xScaleOf(area, [0, 1]);
  const y = yScaleOf(area, [0, 1]);
  const [plotLeft, plotRight] = x.range();
  const [plotBottom, plotTop] = y.range();
  const ticks = x.ticks(5);
  const pathOf = (points: RocPoint[]) =>
    pathThrough(
      points,
      (p) => x(p.fpr),
      (p) => y(p.tpr),
    );
  const first = lines[0]?.points ?? [];
  const onMove = (event: PointerEvent<SVGSVGElement>) => {
    if (first.length === 0) return;
    const target = valueUnderPointer(event, area, x);
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
          <line x1={x(tick)} x2={x(tick)} y1={plotTop} y2={plotBottom} />
          <line x1={plotLeft} x2={plotRight} y1={y(tick)} y2={y(tick)} />
          <text x={x(tick)} y={plotBottom + 14} textAnchor="middle" className="tick">
            {tick}
          </text>
          <text x={plotLeft - 6} y={y(tick) + 4} textAnchor="end" className="tick">
            {tick}
          </text>
        </g>
      ))}
      <text x={(plotLeft + plotRight) / 2} y={height - 4} textAnchor="middle" className="tick">
        {t('roc.fpr')}
      </text>
      <line x1={x(0)} y1={y(0)} x2={x(1)} y2={y(1)} className="roc-chance" />
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
        <circle cx={x(operatingPoint.fpr)} cy={y(operatingPoint.tpr)} r={6} className="roc-operating-point" />
      )}
      {hover && (
        <g className="roc-hover">
          <circle cx={x(hover.fpr)} cy={y(hover.tpr)} r={4} />
          <text x={plotRight - 6} y={plotBottom - 8} textAnchor="end" className="tick">
            {t('roc.hover', { fpr: hover.fpr.toFixed(3), tpr: hover.tpr.toFixed(3) })}
          </text>
        </g>
      )}
    </svg>
  );
}
