import { useMemo, useState, type PointerEvent } from 'react';
import { rocCurve, thinCurve, type RocPoint, type ThresholdMetrics } from '../../core/detect/metrics';
import { resultStages, useStagedResults } from '../common/useStagedResults';
import { useT } from '../common/useT';

const width = 640;
const height = 240;
const margin = { top: 10, right: 16, bottom: 34, left: 40 };
const plotWidth = width - margin.left - margin.right;
const plotHeight = height - margin.top - margin.bottom;
const ticks = [0, 0.2, 0.4, 0.6, 0.8, 1];
const xOf = (fpr: number) => margin.left + fpr * plotWidth;
const yOf = (tpr: number) => margin.top + (1 - tpr) * plotHeight;

/**
 * ROC curve of the test set, with the current threshold's operating point. Plain SVG (as the
 * histogram): a few hundred points and a grid draw in well under a frame, where a charting
 * library's mount took a long task of its own when a run ended.
 */
export function RocCurve({ metrics }: { metrics: ThresholdMetrics | null }) {
  const t = useT();
  const results = useStagedResults(resultStages.roc);
  // Computed here, in this view's own frame, not with the scores (400 points draw the same curve).
  const roc = useMemo(() => (results && !results.refusal ? thinCurve(rocCurve(results.index), 400) : []), [results]);
  const [hover, setHover] = useState<RocPoint | null>(null);
  if (!results) return null;

  const path = roc.map((p, i) => `${i ? 'L' : 'M'}${xOf(p.fpr).toFixed(1)},${yOf(p.tpr).toFixed(1)}`).join('');
  const onMove = (event: PointerEvent<SVGSVGElement>) => {
    if (roc.length === 0) return;
    const box = event.currentTarget.getBoundingClientRect();
    const fpr = ((event.clientX - box.left) / box.width) * width;
    const target = Math.min(1, Math.max(0, (fpr - margin.left) / plotWidth));
    // The highest point at or before this false positive rate (the curve's step there).
    let best = roc[0];
    for (const p of roc) if (p.fpr <= target) best = p;
    setHover(best);
  };
  return (
    <figure className="roc" data-testid="roc-curve" aria-label={t('roc.region')}>
      <figcaption>
        {t('roc.caption', { value: Number.isFinite(results.auroc) ? results.auroc.toFixed(3) : t('metric.none') })}
      </figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} onPointerMove={onMove} onPointerLeave={() => setHover(null)}>
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
        <path d={path} className="roc-line" data-testid="roc-line" data-points={roc.length} />
        {metrics && (
          <circle cx={xOf(metrics.falsePositiveRate)} cy={yOf(metrics.recall)} r={6} className="roc-operating-point" />
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
      {metrics && (
        <p className="chart-summary" data-testid="roc-summary">
          {t('roc.summary', {
            tpr: (metrics.recall * 100).toFixed(1),
            fpr: (metrics.falsePositiveRate * 100).toFixed(1),
          })}
        </p>
      )}
    </figure>
  );
}
