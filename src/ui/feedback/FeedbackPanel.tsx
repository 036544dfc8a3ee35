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
import { isRunning, useLab } from '../../store/labStore';
import type { RunSummary } from '../../store/feedbackSlice';
import { DigitCanvas } from '../grids/DigitCanvas';
import { FeedbackButtons } from './FeedbackButtons';

const oddBatch = 40;
const pct = (v: number) => (Number.isFinite(v) ? v.toFixed(4) : '—');

/** Your marks, what they say about the detector, and what it can learn from them. */
export function FeedbackPanel() {
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
    <section className="card feedback" aria-label="Feedback">
      <h2>Your feedback</h2>
      <p className="small">
        Mark items in the ranked table and the galleries as a confirmed anomaly (✗) or actually normal (✓).{' '}
        <span data-testid="feedback-count" data-value={count}>
          <strong>{count}</strong> marked
        </span>{' '}
        ({summary.anomalies} anomalies, {summary.normals} normal).
      </p>
      {count > 0 && (
        <p className="small" data-testid="feedback-metrics" data-auroc={summary.auroc} data-f1={summary.atThreshold.f1}>
          On the marked items: AUROC {pct(summary.auroc)}
          {Number.isNaN(summary.auroc) && ' (mark both kinds to know it)'}, at the threshold precision{' '}
          {pct(summary.atThreshold.precision)}, recall {pct(summary.atThreshold.recall)}.
        </p>
      )}
      <div className="buttons">
        <button
          type="button"
          data-testid="threshold-from-feedback"
          disabled={busy || summary.anomalies === 0}
          title="The threshold with the best F1 on the marked items"
          onClick={applyThresholdFromFeedback}
        >
          Tune threshold from feedback
        </button>
        <button
          type="button"
          data-testid="retrain-with-feedback"
          disabled={busy || count === 0}
          title="Same settings; confirmed anomalies out of the training items, items marked normal in"
          onClick={() => void retrainWithFeedback()}
        >
          Retrain with feedback
        </button>
        <button type="button" data-testid="feedback-export" disabled={count === 0} onClick={exportFeedback}>
          Export marks
        </button>
        <button type="button" data-testid="feedback-clear" disabled={count === 0} onClick={clearMarks}>
          Clear marks
        </button>
      </div>
      {comparison && <Comparison before={comparison.before} after={comparison.after} />}
      {imageSet && <OddTraining />}
    </section>
  );
}

function Comparison({ before, after }: { before: RunSummary; after: RunSummary | null }) {
  const rows: [string, (s: RunSummary) => string][] = [
    ['AUROC (labels)', (s) => pct(s.auroc)],
    ['AUPRC (labels)', (s) => pct(s.auprc)],
    ['AUROC on marked test items', (s) => pct(s.feedbackAuroc)],
    ['share flagged', (s) => `${(s.flaggedShare * 100).toFixed(1)}%`],
    ['training items', (s) => String(s.trainingItems)],
  ];
  return (
    <table
      className="feedback-comparison"
      data-testid="feedback-comparison"
      data-auroc-before={before.auroc}
      data-auroc-after={after?.auroc ?? ''}
    >
      <caption className="small">Before and after retraining with feedback (same split, same settings)</caption>
      <thead>
        <tr>
          <th />
          <th>before</th>
          <th>after</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([name, value]) => (
          <tr key={name}>
            <th scope="row">{name}</th>
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
  const odd = useLab((s) => s.oddTraining);
  const trainScores = useLab((s) => s.results?.trainScores);
  const classNames = useLab((s) => {
    const source = sourceOf(s.config.dataset);
    return source.kind === 'image-set' ? source.classNames : [];
  });
  const side = useLab((s) => s.prepared?.side ?? 28);
  const shown = odd?.positions.length ?? 0;
  return (
    <div className="strip" data-testid="odd-training">
      <h3>Training items it finds oddest</h3>
      <button
        type="button"
        data-testid="show-odd-training"
        disabled={!trainScores || shown >= trainScores.length}
        onClick={() => void showOddTraining(shown + oddBatch)}
      >
        {shown ? `Show ${oddBatch} more` : `Show the ${oddBatch} oddest`}
      </button>
      {odd && trainScores && (
        <div className="strip-digits">
          {odd.positions.map((position, i) => {
            const label = classNames[odd.labels[i]] ?? String(odd.labels[i]);
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
                <FeedbackButtons itemKey={markKey('train', position)} label={`Training item ${label}`} />
              </figure>
            );
          })}
        </div>
      )}
    </div>
  );
}
