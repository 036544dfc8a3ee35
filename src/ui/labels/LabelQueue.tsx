import { useMemo } from 'react';
import { markKey, parseMarkKey } from '../../core/detect/feedback';
import { queueItems, type QueryStrategy } from '../../core/detect/labelQueue';
import { measuredPositions } from '../../core/detect/verdict';
import { specOf } from '../../core/detectors/registry';
import { activeMarks } from '../../store/feedbackIntents';
import { curveKey, retrainWithLabels, setCurveWithRandom } from '../../store/labelIntents';
import { useLab } from '../../store/labStore';
import { isRunning, preparedImages, preparedTable } from '../../store/selectors';
import { DigitCanvas } from '../grids/DigitCanvas';
import { FeedbackButtons } from '../feedback/FeedbackButtons';
import { ConfigControl } from '../panels/ConfigControl';
import { useT } from '../common/useT';
import { LearningCurve } from './LearningCurve';

const queueLength = 10;

/**
 * What to label next: ten test items the query strategy picks from the ones not yet marked, each
 * with ✗ / ✓; a marked item leaves the queue and the next takes its place. Retrain with labels
 * teaches the marks to a detector that learns from them and adds to the learning curve.
 */
export function LabelQueue() {
  const t = useT();
  const results = useLab((s) => s.results);
  const marks = useLab((s) => activeMarks(s));
  const threshold = useLab((s) => s.threshold);
  const strategy = useLab((s) => s.config.querystrategy) as QueryStrategy;
  const latent = useLab((s) => s.latent);
  const images = useLab(preparedImages);
  const table = useLab(preparedTable);
  const busy = useLab(isRunning);
  const learnsLabels = useLab((s) => (specOf(s.config.model).labels ?? 'ignores') !== 'ignores');
  const curve = useLab((s) => (s.learningCurve?.split === curveKey(s) ? s.learningCurve.points : null));
  const withRandom = useLab((s) => s.curveWithRandom);
  const queue = useMemo(() => {
    if (!results) return [];
    const excluded = new Set<number>();
    for (const key of marks.keys()) {
      const parsed = parseMarkKey(key);
      if (parsed?.set === 'test') excluded.add(parsed.position);
    }
    const measured = measuredPositions(results.testScores.length, results.provenance);
    if (measured) {
      const kept = new Set(measured);
      results.testScores.forEach((_, p) => !kept.has(p) && excluded.add(p));
    }
    // The diverse strategy spreads over the latent view where there is one, else over the pixels.
    const points = latent
      ? { values: latent.points, width: 2, positions: latent.rows }
      : images
        ? {
            values: images.testImages,
            width: images.side * images.side,
            positions: Int32Array.from(images.testLabels.keys()),
          }
        : null;
    return queueItems(strategy, { testScores: results.testScores, threshold, excluded, points }, queueLength);
  }, [results, marks, threshold, strategy, latent, images]);
  if (!results) return null;
  const side = images?.side ?? 28;
  return (
    <section className="card label-queue-card" aria-label={t('labels.title')}>
      <h2>{t('labels.title')}</h2>
      <p className="small">{t('labels.intro')}</p>
      <div className="row">
        <ConfigControl name="querystrategy" disabled={busy} />
      </div>
      <ol className="label-queue" data-testid="label-queue" data-strategy={strategy}>
        {queue.map((position) => {
          const label = images
            ? String(images.testLabels[position])
            : table
              ? `${t('labels.row', { row: table.testRowNumbers[position] })} ${table.testLabels[position]}`
              : String(position);
          return (
            <li key={position} data-testid="label-queue-item" data-item={position} data-label={label}>
              {images && (
                <DigitCanvas
                  pixels={images.testImages.subarray(position * side * side, (position + 1) * side * side)}
                  side={side}
                  scale={255}
                  size={40}
                />
              )}
              <span className="small">
                {label} · {results.testScores[position].toFixed(4)}
              </span>
              <FeedbackButtons itemKey={markKey('test', position)} label={t('labels.item', { label })} />
            </li>
          );
        })}
      </ol>
      <div className="buttons">
        <button
          type="button"
          data-testid="retrain-with-labels"
          disabled={busy || marks.size === 0}
          title={learnsLabels ? t('labels.retrainTitle') : t('labels.retrainNeedsAware')}
          onClick={() => void retrainWithLabels()}
        >
          {t('labels.retrain', { count: marks.size })}
        </button>
        <label className="inline small">
          <input
            type="checkbox"
            checked={withRandom}
            data-testid="curve-random"
            onChange={(e) => setCurveWithRandom(e.target.checked)}
          />{' '}
          {t('labels.withRandom')}
        </label>
      </div>
      {curve && curve.length > 0 && <LearningCurve points={curve} />}
    </section>
  );
}
