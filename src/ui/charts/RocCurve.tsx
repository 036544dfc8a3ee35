import { CartesianGrid, Line, LineChart, ReferenceDot, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ThresholdMetrics } from '../../core/detect/metrics';
import { useLab } from '../../store/labStore';
import { useT } from '../common/useT';

/** ROC curve of the test set, with the current threshold's operating point. */
export function RocCurve({ metrics }: { metrics: ThresholdMetrics | null }) {
  const t = useT();
  const results = useLab((s) => s.results);
  if (!results) return null;
  return (
    <figure className="roc" data-testid="roc-curve" aria-label={t('roc.region')}>
      <figcaption>
        {t('roc.caption', { value: Number.isFinite(results.auroc) ? results.auroc.toFixed(3) : t('metric.none') })}
      </figcaption>
      <ResponsiveContainer width="100%" height={240}>
        <LineChart data={results.roc} margin={{ top: 8, right: 16, bottom: 16, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            dataKey="fpr"
            type="number"
            domain={[0, 1]}
            tickCount={6}
            label={{ value: t('roc.fpr'), position: 'insideBottom', offset: -8 }}
          />
          <YAxis dataKey="tpr" type="number" domain={[0, 1]} tickCount={6} width={40} />
          <Tooltip formatter={(v) => Number(v).toFixed(3)} labelFormatter={(v) => `FPR ${Number(v).toFixed(3)}`} />
          <Line type="linear" dataKey="tpr" stroke="#7c3aed" dot={false} isAnimationActive={false} />
          <Line
            data={[
              { fpr: 0, tpr: 0 },
              { fpr: 1, tpr: 1 },
            ]}
            dataKey="tpr"
            stroke="#cbd5e1"
            strokeDasharray="4 4"
            dot={false}
            isAnimationActive={false}
          />
          {metrics && (
            <ReferenceDot
              x={metrics.falsePositiveRate}
              y={metrics.recall}
              r={6}
              fill="#dc2626"
              stroke="white"
              ifOverflow="visible"
            />
          )}
        </LineChart>
      </ResponsiveContainer>
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
