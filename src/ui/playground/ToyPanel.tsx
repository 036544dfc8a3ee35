import { sourceOf } from '../../core/sources/registry';
import { handPointsFromList } from '../../core/toy/toySources';
import { clearHandPoints } from '../../store/playgroundIntents';
import { useLab } from '../../store/labStore';
import { workInFlight } from '../../store/selectors';
import { ConfigControl } from '../panels/ConfigControl';
import { useT, useWords } from '../common/useT';

/** The playground's data: which point set, how many outliers, the seed, and the points placed by hand. */
export function ToyPanel() {
  const t = useT();
  const words = useWords();
  const source = words.of(useLab((s) => sourceOf(s.config.dataset)));
  // A comparison under way fits on these points: they stay as they are until it ends.
  const busy = useLab(workInFlight);
  const byHand = handPointsFromList(useLab((s) => s.config.points));
  const counts = useLab((s) => (s.prepared?.kind === 'points' ? s.prepared.prepared.counts : null));
  if (source.kind !== 'points') return null;
  const anomalies = byHand.filter((p) => p.anomaly).length;
  return (
    <section className="card" aria-label={source.label}>
      <h2>{source.label}</h2>
      <div className="row">
        <ConfigControl name="toy" disabled={busy} />
        <ConfigControl name="outliers" disabled={busy} />
        <ConfigControl name="seed" disabled={busy} />
      </div>
      {counts && (
        <p
          className="small"
          data-testid="toy-counts"
          data-normal={counts.testNormal}
          data-anomalous={counts.testAnomalous}
        >
          {t('toy.counts', { normal: counts.testNormal, anomalous: counts.testAnomalous })}
        </p>
      )}
      <p className="small muted">{t('toy.protocol')}</p>
      <p className="small">
        {t('toy.byHand', { count: byHand.length, anomalies })}{' '}
        {byHand.length > 0 && (
          <button
            type="button"
            className="link"
            disabled={busy}
            onClick={clearHandPoints}
            data-testid="toy-clear-points"
          >
            {t('toy.clearPoints')}
          </button>
        )}
      </p>
    </section>
  );
}
