import { useState } from 'react';
import { specOf, type ModelId } from '../../core/detectors/registry';
import { sourceOf } from '../../core/sources/registry';
import { compareFields, moveHandPoint, placePoint } from '../../store/playgroundIntents';
import { fromModelSpace } from '../../core/toy/toySources';
import { GanSteps } from './GanSteps';
import { useLab } from '../../store/labStore';
import { activeViews, isRunning } from '../../store/selectors';
import { useT, useWords } from '../common/useT';
import { FieldView } from './FieldView';

/**
 * The 2-D playground: the chosen detector's score field over the plane, updating as it trains, with
 * the points on top (click to place one); and every one-pass detector's field side by side on the
 * same points (scikit-learn's comparison figure, with AUROC under each).
 */
export function PlaygroundPanel() {
  const t = useT();
  const words = useWords();
  const source = useLab((s) => sourceOf(s.config.dataset));
  const prepared = useLab((s) => (s.prepared?.kind === 'points' ? s.prepared.prepared : null));
  const field = useLab((s) => s.field);
  const results = useLab((s) => s.results);
  const threshold = useLab((s) => s.threshold);
  const model = useLab((s) => s.config.model);
  const playground = useLab((s) => s.playground);
  const busy = useLab((s) => isRunning(s) || s.classicalProgress !== null);
  const [placeAnomaly, setPlaceAnomaly] = useState(true);
  // A GAN: its latest generated samples move over the plane, and the field is its discriminator's.
  const adversarial = useLab((s) => activeViews(s).includes('adversarial-charts'));
  const latest = useLab((s) => s.ganSnapshots.at(-1) ?? null);
  if (source.kind !== 'points' || !prepared) return null;
  const side = prepared.fieldSide;
  const points = { xy: prepared.xy, isAnomaly: prepared.testIsAnomaly, byHand: prepared.byHand };
  const scores = results && results.testScores.length === points.isAnomaly.length ? results.testScores : null;
  const label = (id: string) => words.of(specOf(id as ModelId)).label;
  const place = busy ? undefined : (p: { x: number; y: number }) => placePoint({ ...p, anomaly: placeAnomaly });
  const progress = playground?.progress;
  const generated = adversarial && latest ? fromModelSpace(Array.from(latest.images, (v) => v / 255)) : null;
  // The chosen detector's own field: large to place points on, and first among the small multiples.
  const current = {
    detector: model,
    label: label(model),
    field,
    side,
    // No threshold before the run has scores: a field while training shows no contour of an older run's.
    threshold: scores ? threshold : Number.POSITIVE_INFINITY,
    points,
    scores,
    auroc: results?.auroc ?? Number.NaN,
  };
  return (
    <section className="card playground" aria-label={t('playground.title')} data-testid="playground">
      <h2>{t('playground.title')}</h2>
      <p className="small muted">{t('playground.about')}</p>
      <div className="playground-main">
        <FieldView
          {...current}
          size={320}
          onPlace={place}
          onMove={busy ? undefined : moveHandPoint}
          generated={generated}
        />
        <div className="playground-controls">
          <fieldset data-testid="playground-place-mode">
            <legend>{t('playground.placeLegend')}</legend>
            <label className="inline">
              <input type="radio" checked={placeAnomaly} onChange={() => setPlaceAnomaly(true)} />{' '}
              {t('playground.placeAnomaly')}
            </label>
            <label className="inline">
              <input type="radio" checked={!placeAnomaly} onChange={() => setPlaceAnomaly(false)} />{' '}
              {t('playground.placeNormal')}
            </label>
          </fieldset>
          <p className="small muted">{t('playground.keys')}</p>
          {adversarial && <GanSteps />}
          <button type="button" data-testid="playground-compare" disabled={busy} onClick={() => void compareFields()}>
            {t('playground.compare')}
          </button>
          {progress && (
            <p className="small" role="status">
              {t('playground.progress', {
                detector: label(progress.id),
                percent: progress.percent,
                done: playground.results.length,
                total: playground.ids.length,
              })}
            </p>
          )}
        </div>
      </div>
      {playground && (
        <div className="playground-grid" data-testid="playground-grid" data-status={playground.status}>
          {field && scores && <FieldView {...current} size={150} />}
          {playground.results.map((r) => (
            <FieldView
              key={r.id}
              detector={r.id}
              label={label(r.id)}
              field={r.field}
              side={side}
              threshold={r.threshold}
              points={points}
              scores={r.testScores}
              auroc={r.auroc}
              size={150}
            />
          ))}
        </div>
      )}
    </section>
  );
}
