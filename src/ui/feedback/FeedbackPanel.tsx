import { useMemo } from 'react';
import { feedbackSummary, markKey } from '../../core/detect/feedback';
import { sourceOf } from '../../core/sources/registry';
import {
  activeMarks,
  applyThresholdFromFeedback,
  clearMarks,
  exportFeedback,
  retrainWithFeedback,
  showOddTraining,
} from '../../store/feedbackIntents';
import { useLab } from '../../store/labStore';
import { isRunning, preparedImages } from '../../store/selectors';
import type { RunSummary } from '../../store/feedbackSlice';
import { DigitCanvas } from '../grids/DigitCanvas';
import { FeedbackButtons } from './FeedbackButtons';
import { useT, useWords } from '../common/useT';
import type { MessageKey } from '../../i18n/translate';

const oddBatch = 40;
const pct = (v: number) => (Number.isFinite(v) ? v.toFixed(4) : '—');

/** Your marks, what they say about the detector, and what it can learn from them. */
export function FeedbackPanel() {
  const t = useT();
  const results = useLab((s) => s.results);
  const marks = useLab((s) => activeMarks(s));
  const threshold = useLab((s) => s.threshold);
  const busy = useLab(isRunning);
  const comparison = useLab((s) => s.feedbackComparison);
  const imageSet = useLab((s) => sourceOf(s.config.dataset).kind === 'image-set');
  const summary = useMemo(
    () => results && feedbackSummary(marks, results.testScores, results.trainScores, threshold),
    [marks, results, threshold],
  );
  if (!results || !summary) return null;
  const count = marks.size;
  return (
    <section className="card feedback" aria-label={t('feedback.region')}>
      <h2>{t('feedback.title')}</h2>
      <p className="small">
        {t('feedback.intro')}{' '}
        <span data-testid="feedback-count" data-value={count}>
          <strong>{count}</strong> {t('feedback.marked')}
        </span>{' '}
        {t('feedback.kinds', { anomalies: summary.anomalies, normals: summary.normals })}
      </p>
      {count > 0 && (
        <p className="small" data-testid="feedback-metrics" data-auroc={summary.auroc} data-f1={summary.atThreshold.f1}>
          {t('feedback.metrics', {
            auroc: pct(summary.auroc),
            note: Number.isNaN(summary.auroc) ? t('feedback.bothKinds') : '',
            precision: pct(summary.atThreshold.precision),
            recall: pct(summary.atThreshold.recall),
          })}
        </p>
      )}
      <div className="buttons">
        <button
          type="button"
          data-testid="threshold-from-feedback"
          disabled={busy || summary.anomalies === 0}
          title={t('feedback.tuneTitle')}
          onClick={applyThresholdFromFeedback}
        >
          {t('feedback.tune')}
        </button>
        <button
          type="button"
          data-testid="retrain-with-feedback"
          disabled={busy || count === 0}
          title={t('feedback.retrainTitle')}
          onClick={() => void retrainWithFeedback()}
        >
          {t('feedback.retrain')}
        </button>
        <button type="button" data-testid="feedback-export" disabled={count === 0} onClick={exportFeedback}>
          {t('feedback.export')}
        </button>
        <button type="button" data-testid="feedback-clear" disabled={count === 0} onClick={clearMarks}>
          {t('feedback.clear')}
        </button>
      </div>
      {comparison && <Comparison before={comparison.before} after={comparison.after} moved={comparison.moved} />}
      {imageSet && <OddTraining />}
    </section>
  );
}

function Comparison({ before, after, moved }: { before: RunSummary; after: RunSummary | null; moved: number }) {
  const t = useT();
  const rows: [MessageKey, (s: RunSummary) => string][] = [
    ['feedback.row.auroc', (s) => pct(s.auroc)],
    ['feedback.row.auprc', (s) => pct(s.auprc)],
    ['feedback.row.markedAuroc', (s) => pct(s.feedbackAuroc)],
    ['feedback.row.flagged', (s) => `${(s.flaggedShare * 100).toFixed(1)}%`],
    ['feedback.row.training', (s) => String(s.trainingItems)],
  ];
  return (
    <table
      className="feedback-comparison"
      data-testid="feedback-comparison"
      data-auroc-before={before.auroc}
      data-auroc-after={after?.auroc ?? ''}
      data-moved={moved}
    >
      <caption className="small">
        {t('feedback.comparisonCaption')}
        {moved > 0 && <> {t('feedback.moved', { count: moved })}</>}
      </caption>
      <thead>
        <tr>
          <th />
          <th>{t('feedback.before')}</th>
          <th>{t('feedback.after')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([name, value]) => (
          <tr key={name}>
            <th scope="row">{t(name)}</th>
            <td>{value(before)}</td>
            <td>{after ? value(after) : '…'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The training items the detector finds oddest: contamination shows up here, to be marked and removed. */
function OddTraining() {
  const t = useT();
  const words = useWords();
  const odd = useLab((s) => s.oddTraining);
  const trainScores = useLab((s) => s.results?.trainScores);
  const imageSource = useLab((s) => {
    const source = sourceOf(s.config.dataset);
    return source.kind === 'image-set' ? source : null;
  });
  const side = useLab((s) => preparedImages(s)?.side ?? 28);
  const shown = odd?.positions.length ?? 0;
  return (
    <div className="strip" data-testid="odd-training">
      <h3>{t('feedback.oddTitle')}</h3>
      <button
        type="button"
        data-testid="show-odd-training"
        disabled={!trainScores || shown >= trainScores.length}
        onClick={() => void showOddTraining(shown + oddBatch)}
      >
        {shown ? t('feedback.showMore', { n: oddBatch }) : t('feedback.showOddest', { n: oddBatch })}
      </button>
      {odd && trainScores && (
        <div className="strip-digits">
          {odd.positions.map((position, i) => {
            const label = (imageSource && words.of(imageSource).classNames[odd.labels[i]]) ?? String(odd.labels[i]);
            return (
              <figure key={position} data-testid="gallery-item" data-label={label} data-position={position}>
                <DigitCanvas
                  pixels={odd.pixels.subarray(i * side * side, (i + 1) * side * side)}
                  side={side}
                  scale={255}
                  size={44}
                />
                <figcaption>
                  {label} · {trainScores[position].toFixed(4)}
                </figcaption>
                <FeedbackButtons itemKey={markKey('train', position)} label={t('feedback.trainingItem', { label })} />
              </figure>
            );
          })}
        </div>
      )}
    </div>
  );
}
