import { useMemo } from 'react';
import { rocCurve, thinCurve, type ThresholdMetrics } from '../../core/detect/metrics';
import { resultStages, useStagedResults } from '../common/useStagedResults';
import { useT } from '../common/useT';
import { RocPlot } from './RocPlot';

/** ROC curve of the test set, with the current threshold's operating point. */
export function RocCurve({ metrics }: { metrics: ThresholdMetrics | null }) {
  const t = useT();
  const results = useStagedResults(resultStages.roc);
  // Computed here, in this view's own frame, not with the scores (400 points draw the same curve).
  const roc = useMemo(() => (results && !results.refusal ? thinCurve(rocCurve(results.index), 400) : []), [results]);
  if (!results) return null;
  return (
    <figure className="roc" data-testid="roc-curve" aria-label={t('roc.region')}>
      <figcaption>
        {t('roc.caption', { value: Number.isFinite(results.auroc) ? results.auroc.toFixed(3) : t('metric.none') })}
      </figcaption>
      <RocPlot
        width={380}
        height={280}
        lines={[{ id: 'test', points: roc, colour: '#7c3aed', testId: 'roc-line' }]}
        operatingPoint={metrics && { fpr: metrics.falsePositiveRate, tpr: metrics.recall }}
      />
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
