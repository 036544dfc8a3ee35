import { sourceOf } from '../../core/sources/registry';
import { metricsAt, type ThresholdMetrics } from '../../core/detect/metrics';
import { setScorer } from '../../store/ganIntents';
import { useLab } from '../../store/labStore';
import { activeViews, hasLabels, isRunning } from '../../store/selectors';
import { ErrorHistogram } from '../charts/ErrorHistogram';
import { RocCurve } from '../charts/RocCurve';
import { ThresholdControls } from './ThresholdControls';
import { Metric } from './Metric';
import { KnownClassMetrics } from './KnownClassMetrics';
import { PerClassDetection } from './PerClassDetection';
import { SmoothingControls } from './SmoothingControls';
import { MonitorStart } from '../monitor/MonitorStart';
import { PanelTitle } from '../teach/HelpNote';
import { useT, useWords } from '../common/useT';

function ConfusionMatrix({ m }: { m: ThresholdMetrics }) {
  const t = useT();
  return (
    <table className="confusion" data-testid="confusion-matrix">
      <thead>
        <tr>
          <th />
          <th>{t('confusion.flagged')}</th>
          <th>{t('confusion.passed')}</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <th>{t('confusion.anomaly')}</th>
          <td className="good" data-testid="confusion-tp">
            {m.tp}
          </td>
          <td className="bad" data-testid="confusion-fn">
            {m.fn}
          </td>
        </tr>
        <tr>
          <th>{t('confusion.normal')}</th>
          <td className="bad" data-testid="confusion-fp">
            {m.fp}
          </td>
          <td className="good" data-testid="confusion-tn">
            {m.tn}
          </td>
        </tr>
      </tbody>
    </table>
  );
}

/** Histogram + threshold + everything the threshold implies. */
export function DetectPanel() {
  const t = useT();
  const results = useLab((s) => s.results);
  const threshold = useLab((s) => s.threshold);
  const logCounts = useLab((s) => s.logCounts);
  const setLogCounts = useLab((s) => s.setLogCounts);
  const perClassShare = useLab((s) => s.perClassShare);
  const setPerClassShare = useLab((s) => s.setPerClassShare);
  const labelled = useLab(hasLabels);
  const source = useLab((s) => sourceOf(s.config.dataset));
  const words = useWords();
  const unit =
    source.kind === 'table' ? t('detect.unitRows') : t('detect.unitTest', { items: words.of(source).itemNoun.many });
  const scorerChoice = useLab((s) => activeViews(s).includes('scorer-choice'));
  const scorer = useLab((s) => s.config.scorer);
  const byScorer = useLab((s) => s.byScorer);
  const available = Object.keys(byScorer ?? {});
  const busy = useLab(isRunning);
  const scorerSelect = scorerChoice && (
    <label className="inline scorer">
      {t('detect.ganScorer')}
      <select
        data-testid="config-scorer"
        value={scorer}
        disabled={busy}
        onChange={(e) => setScorer(e.target.value as 'disc' | 'encoder')}
      >
        <option value="disc">{t('detect.scorer.disc')}</option>
        <option value="encoder" disabled={available.length > 0 && !available.includes('encoder')}>
          {t('detect.scorer.encoder')}
        </option>
      </select>
    </label>
  );

  if (!results) {
    return (
      <section className="card detect" aria-label={t('detect.title')}>
        <PanelTitle panel="detect">{t('detect.title')}</PanelTitle>
        {scorerSelect}
        <p className="muted">{t('detect.empty', { unit })}</p>
      </section>
    );
  }
  const metrics = metricsAt(results.index, threshold);
  // Metrics need labels, and scores the verdict accepts (finite, from items the detector never saw).
  const reportable = labelled && results.refusal === null;
  const shown = (value: number) => (reportable ? value : Number.NaN);

  return (
    <section className="card detect" aria-label={t('detect.title')}>
      <PanelTitle panel="detect">{t('detect.title')}</PanelTitle>
      {scorerSelect}
      <ErrorHistogram />
      <div className="threshold-row">
        <label className="inline">
          <input
            type="checkbox"
            checked={logCounts}
            onChange={(e) => setLogCounts(e.target.checked)}
            data-testid="histogram-log"
          />{' '}
          {t('detect.logCounts')}
        </label>
        <label className="inline" title={t('detect.shareOfClassTitle')}>
          <input
            type="checkbox"
            checked={perClassShare}
            onChange={(e) => setPerClassShare(e.target.checked)}
            data-testid="histogram-per-class"
          />{' '}
          {t('detect.shareOfClass')}
        </label>
      </div>
      <ThresholdControls results={results} labelled={reportable} />
      <SmoothingControls />
      <MonitorStart />
      <div className="metrics-layout">
        <div className="metrics">
          <Metric id="precision" label={t('metric.precision')} value={shown(metrics.precision)} />
          <Metric id="recall" label={t('metric.recall')} value={shown(metrics.recall)} />
          <Metric id="f1" label={t('metric.f1')} value={shown(metrics.f1)} />
          <Metric id="accuracy" label={t('metric.accuracy')} value={shown(metrics.accuracy)} />
          <Metric id="auroc" label={t('metric.auroc')} value={shown(results.auroc)} hint={t('metric.thresholdFree')} />
          <Metric
            id="auprc"
            label={t('metric.auprc')}
            value={shown(results.auprc)}
            hint={t('metric.thresholdFreeAp')}
          />
          {reportable && <KnownClassMetrics results={results} />}
          {reportable && <ConfusionMatrix m={metrics} />}
          {results.refusal && (
            <p className="small warning" data-testid="metrics-refused">
              {t(`refusal.${results.refusal.id}`, results.refusal)}{' '}
              {t('detect.refusedFlagged', { flagged: metrics.tp + metrics.fp, total: results.index.total, unit })}
            </p>
          )}
          {results.leftOut > 0 && (
            <p className="small muted" data-testid="metrics-left-out" data-count={results.leftOut}>
              {t('detect.leftOut', { count: results.leftOut })}
            </p>
          )}
          {!labelled && !results.refusal && (
            <p className="small muted no-labels" data-testid="metrics-unavailable">
              {t('detect.noLabels', { flagged: metrics.tp + metrics.fp, total: results.index.total })}
            </p>
          )}
        </div>
        {reportable && <RocCurve metrics={metrics} />}
      </div>
      <PerClassDetection reportable={reportable} />
    </section>
  );
}
