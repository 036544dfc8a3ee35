import type { LearningPoint } from '../../core/detect/learningCurve';
import { useT } from '../common/useT';

const width = 320;
const height = 180;
const pad = 32;

/**
 * Test AUROC against the number of labels: one line for labels the active strategy asked for, one
 * for as many random labels, both from the same start. Every point is a real retrain.
 */
export function LearningCurve({ points }: { points: readonly LearningPoint[] }) {
  const t = useT();
  const finite = points.filter((p) => Number.isFinite(p.auroc));
  const maxLabels = Math.max(1, ...finite.map((p) => p.labels));
  const minLabels = Math.min(maxLabels - 1, ...finite.map((p) => p.labels));
  const low = Math.min(0.5, ...finite.map((p) => p.auroc));
  const x = (labels: number) => pad + ((labels - minLabels) / (maxLabels - minLabels)) * (width - 2 * pad);
  const y = (auroc: number) => height - pad - ((auroc - low) / (1 - low)) * (height - 2 * pad);
  const line = (strategy: 'active' | 'random') =>
    finite
      .filter((p) => p.strategy === strategy || p.strategy === 'start')
      .map((p) => `${x(p.labels).toFixed(1)},${y(p.auroc).toFixed(1)}`)
      .join(' ');
  return (
    <figure className="learning-curve" data-testid="learning-curve" data-points={points.length}>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={t('labels.curveTitle')}>
        <line x1={pad} y1={height - pad} x2={width - pad} y2={height - pad} className="axis" />
        <line x1={pad} y1={pad} x2={pad} y2={height - pad} className="axis" />
        <text x={width / 2} y={height - 6} textAnchor="middle" className="axis-label">
          {t('labels.curveX')}
        </text>
        <text x={8} y={pad - 10} className="axis-label">
          {t('metric.auroc')}
        </text>
        <text x={pad - 4} y={y(1) + 4} textAnchor="end" className="tick">
          1
        </text>
        <text x={pad - 4} y={y(low) + 4} textAnchor="end" className="tick">
          {low.toFixed(2)}
        </text>
        <polyline points={line('random')} className="curve-random" fill="none" />
        <polyline points={line('active')} className="curve-active" fill="none" />
        {finite.map((p, i) => (
          <circle
            key={i}
            cx={x(p.labels)}
            cy={y(p.auroc)}
            r={3.5}
            className={`point-${p.strategy}`}
            data-strategy={p.strategy}
            data-labels={p.labels}
            data-auroc={p.auroc}
          >
            <title>
              {t(`labels.point.${p.strategy}`)}: {p.labels} · {t('metric.auroc')} {p.auroc.toFixed(3)}
              {Number.isFinite(p.unknown) ? ` · ${t('metric.aurocUnknown')} ${p.unknown.toFixed(3)}` : ''}
            </title>
          </circle>
        ))}
      </svg>
      <figcaption className="small muted">{t('labels.curveCaption')}</figcaption>
    </figure>
  );
}
