import { sourceOf } from '../../core/sources/registry';
import { metricsAt, type ThresholdMetrics } from '../../core/detect/metrics';
import { setScorer } from '../../store/ganIntents';
import { activeViews, hasLabels, isRunning, useLab } from '../../store/labStore';
import { ErrorHistogram } from '../charts/ErrorHistogram';
import { RocCurve } from '../charts/RocCurve';
import { ThresholdControls } from './ThresholdControls';
import { PanelTitle } from '../teach/HelpNote';

function Metric({ id, label, value, hint }: { id: string; label: string; value: number; hint?: string }) {
  return (
    <div className="metric" data-testid={`metric-${id}`} data-value={Number.isFinite(value) ? value : ''} title={hint}>
      <span className="metric-label">{label}</span>
      <span className="metric-value">{Number.isFinite(value) ? value.toFixed(3) : 'n/a'}</span>
    </div>
  );
}

function ConfusionMatrix({ m }: { m: ThresholdMetrics }) {
  return (
    <table className="confusion" data-testid="confusion-matrix">
      <thead>
        <tr>
          <th />
          <th>flagged</th>
          <th>passed</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <th>anomaly</th>
          <td className="good" data-testid="confusion-tp">
            {m.tp}
          </td>
          <td className="bad" data-testid="confusion-fn">
            {m.fn}
          </td>
        </tr>
        <tr>
          <th>normal</th>
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
  const results = useLab((s) => s.results);
  const threshold = useLab((s) => s.threshold);
  const logCounts = useLab((s) => s.logCounts);
  const setLogCounts = useLab((s) => s.setLogCounts);
  const perClassShare = useLab((s) => s.perClassShare);
  const setPerClassShare = useLab((s) => s.setPerClassShare);
  const labelled = useLab(hasLabels);
  const source = useLab((s) => sourceOf(s.config.dataset));
  const unit = source.kind === 'table' ? 'rows' : `test ${source.itemNoun.many}`;
  const scorerChoice = useLab((s) => activeViews(s).includes('scorer-choice'));
  const scorer = useLab((s) => s.config.scorer);
  const byScorer = useLab((s) => s.byScorer);
  const available = Object.keys(byScorer ?? {});
  const busy = useLab(isRunning);
  const scorerSelect = scorerChoice && (
    <label className="inline scorer">
      GAN scorer
      <select
        data-testid="config-scorer"
        value={scorer}
        disabled={busy}
        onChange={(e) => setScorer(e.target.value as 'disc' | 'encoder')}
      >
        <option value="disc">discriminator: −logit D(x)</option>
        <option value="encoder" disabled={available.length > 0 && !available.includes('encoder')}>
          encoder (f-AnoGAN): residual + feature loss
        </option>
      </select>
    </label>
  );

  if (!results) {
    return (
      <section className="card detect" aria-label="Detection">
        <PanelTitle panel="detect">Detection</PanelTitle>
        {scorerSelect}
        <p className="muted">Train a model to score the {unit}; the histogram, threshold and metrics appear here.</p>
      </section>
    );
  }
  const metrics = metricsAt(results.index, threshold);
  // Metrics need labels, and scores the verdict accepts (finite, from items the detector never saw).
  const reportable = labelled && results.refusal === null;
  const shown = (value: number) => (reportable ? value : Number.NaN);

  return (
    <section className="card detect" aria-label="Detection">
      <PanelTitle panel="detect">Detection</PanelTitle>
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
          log counts
        </label>
        <label
          className="inline"
          title="Scale each class to its own total, so a small normal class stays visible beside many anomalies"
        >
          <input
            type="checkbox"
            checked={perClassShare}
            onChange={(e) => setPerClassShare(e.target.checked)}
            data-testid="histogram-per-class"
          />{' '}
          share of class
        </label>
      </div>
      <ThresholdControls results={results} labelled={reportable} />
      <div className="metrics-layout">
        <div className="metrics">
          <Metric id="precision" label="Precision" value={shown(metrics.precision)} />
          <Metric id="recall" label="Recall" value={shown(metrics.recall)} />
          <Metric id="f1" label="F1" value={shown(metrics.f1)} />
          <Metric id="accuracy" label="Accuracy" value={shown(metrics.accuracy)} />
          <Metric id="auroc" label="AUROC" value={shown(results.auroc)} hint="threshold-free" />
          <Metric id="auprc" label="AUPRC" value={shown(results.auprc)} hint="threshold-free (average precision)" />
          {reportable && <ConfusionMatrix m={metrics} />}
          {results.refusal && (
            <p className="small warning" data-testid="metrics-refused">
              {results.refusal} {metrics.tp + metrics.fp} of {results.index.total} {unit} are flagged at this threshold.
            </p>
          )}
          {!labelled && !results.refusal && (
            <p className="small muted no-labels" data-testid="metrics-unavailable">
              No label column, so precision, recall, F1, accuracy, AUROC and AUPRC are unavailable. Pick a label column
              to see them; {metrics.tp + metrics.fp} of {results.index.total} rows are flagged at this threshold.
            </p>
          )}
        </div>
        {reportable && <RocCurve metrics={metrics} />}
      </div>
    </section>
  );
}
