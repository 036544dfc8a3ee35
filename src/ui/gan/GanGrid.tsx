import { pickForInterpolation } from '../../store/ganIntents';
import { useLab } from '../../store/labStore';
import { DigitCanvas } from '../grids/DigitCanvas';
import { useImageView } from '../grids/imageView';
import { useT } from '../common/useT';

const perRow = 8;

/** Bars of how many grid samples the classifier puts in each class: mode collapse at a glance. */
function ClassHistogram({ histogram }: { histogram: number[] }) {
  const t = useT();
  const top = Math.max(1, ...histogram);
  return (
    <div className="class-histogram" data-testid="class-histogram" aria-label={t('grid.classesLabel')}>
      {histogram.map((count, digit) => (
        <div
          key={digit}
          className="class-bar"
          title={t('grid.classTitle', { count, total: histogram.reduce((a, b) => a + b, 0), digit })}
        >
          <span style={{ height: `${(count / top) * 100}%` }} />
          <small>{digit}</small>
        </div>
      ))}
    </div>
  );
}

/**
 * The generator's output for a fixed batch of noise, refreshed every N steps, with a scrubber over
 * the snapshots kept so far and the classifier's read-out. Click two digits to interpolate.
 */
export function GanGrid() {
  const t = useT();
  const snapshots = useLab((s) => s.ganSnapshots);
  const index = useLab((s) => s.snapshotIndex);
  const setIndex = useLab((s) => s.setSnapshotIndex);
  const picks = useLab((s) => s.interpolationPicks);
  const side = useImageView()?.side ?? 28;
  const status = useLab((s) => s.status);
  const shownIndex = index === null ? snapshots.length - 1 : Math.min(index, snapshots.length - 1);
  const snapshot = snapshots[shownIndex];
  const size = side * side;

  return (
    <section className="card" data-testid="sample-grid" aria-label={t('grid.region')} data-step={snapshot?.step ?? ''}>
      <h2>
        {t('grid.title')} {snapshot ? <small className="muted">{t('grid.step', { step: snapshot.step })}</small> : null}
      </h2>
      {!snapshot ? (
        <p className="muted">{t('grid.empty')}</p>
      ) : (
        <div className="gan-grid-layout">
          <div>
            <div className="gan-grid" style={{ gridTemplateColumns: `repeat(${perRow}, minmax(0, 40px))` }}>
              {Array.from({ length: snapshot.images.length / size }, (_, i) => (
                <button
                  type="button"
                  key={i}
                  className={picks.includes(i) ? 'gan-cell picked' : 'gan-cell'}
                  onClick={() => void pickForInterpolation(i)}
                  disabled={status === 'training'}
                  title={t('grid.pickTitle')}
                  data-testid={`gan-cell-${i}`}
                >
                  <DigitCanvas
                    pixels={snapshot.images.subarray(i * size, (i + 1) * size)}
                    side={side}
                    scale={255}
                    size={38}
                    label={t('grid.sample', { n: i + 1 })}
                  />
                </button>
              ))}
            </div>
            <label className="scrubber">
              {t('grid.history', { n: shownIndex + 1, total: snapshots.length })}
              <input
                type="range"
                data-testid="snapshot-scrubber"
                min={0}
                max={Math.max(0, snapshots.length - 1)}
                value={shownIndex}
                onChange={(e) => {
                  const value = Number(e.target.value);
                  setIndex(value >= snapshots.length - 1 ? null : value);
                }}
              />
            </label>
          </div>
          <div className="likeness">
            <div
              className="metric"
              data-testid="classifier-score"
              data-value={snapshot.likeness?.score ?? ''}
              title={t('grid.scoreTitle')}
            >
              <span className="metric-label">{t('grid.score')}</span>
              <span className="metric-value">
                {snapshot.likeness ? snapshot.likeness.score.toFixed(2) : t('metric.none')}
              </span>
            </div>
            {snapshot.likeness && (
              <>
                <ClassHistogram histogram={snapshot.likeness.histogram} />
                <small className="muted">
                  {t('grid.reads', { percent: (snapshot.likeness.confidence * 100).toFixed(0) })}
                </small>
              </>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
