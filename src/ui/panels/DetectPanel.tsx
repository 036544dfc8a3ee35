import { useState } from 'react';
import { metricsAt, type ThresholdMetrics } from '../../core/detect/metrics';
import { meanPlusKStdThreshold, percentileThreshold } from '../../core/detect/thresholds';
import { isGan } from '../../core/models/ids';
import { setScorer } from '../../store/labClient';
import { hasLabels, isRunning, useLab } from '../../store/labStore';
import { ErrorHistogram } from '../charts/ErrorHistogram';
import { RocCurve } from '../charts/RocCurve';

const sliderSteps = 1000;

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
        <tr><th /><th>flagged</th><th>passed</th></tr>
      </thead>
      <tbody>
        <tr><th>anomaly</th><td className="good" data-testid="confusion-tp">{m.tp}</td><td className="bad" data-testid="confusion-fn">{m.fn}</td></tr>
        <tr><th>normal</th><td className="bad" data-testid="confusion-fp">{m.fp}</td><td className="good" data-testid="confusion-tn">{m.tn}</td></tr>
      </tbody>
    </table>
  );
}

/** Histogram + threshold + everything the threshold implies. */
export function DetectPanel() {
  const results = useLab((s) => s.results);
  const threshold = useLab((s) => s.threshold);
  const setThreshold = useLab((s) => s.setThreshold);
  const logCounts = useLab((s) => s.logCounts);
  const setLogCounts = useLab((s) => s.setLogCounts);
  const perClassShare = useLab((s) => s.perClassShare);
  const setPerClassShare = useLab((s) => s.setPerClassShare);
  const [k, setK] = useState(2);
  const [percentile, setPercentile] = useState(95);
  const [contamination, setContamination] = useState(5);
  const labelled = useLab(hasLabels);
  const dataset = useLab((s) => s.config.dataset);
  const unit = dataset === 'csv' ? 'rows' : 'test digits';
  const gan = useLab((s) => isGan(s.config.model) && s.config.dataset === 'mnist');
  const scorer = useLab((s) => s.config.scorer);
  const byScorer = useLab((s) => s.byScorer);
  const available = Object.keys(byScorer ?? {});
  const busy = useLab(isRunning);
  const scorerSelect = gan && (
    <label className="inline scorer">
      GAN scorer
      <select data-testid="config-scorer" value={scorer} disabled={busy} onChange={(e) => setScorer(e.target.value as 'disc' | 'encoder')}>
        <option value="disc">discriminator: −logit D(x)</option>
        <option value="encoder" disabled={available.length > 0 && !available.includes('encoder')}>encoder (f-AnoGAN): residual + feature loss</option>
      </select>
    </label>
  );

  if (!results) {
    return (
      <section className="card detect" aria-label="Detection">
        <h2>Detection</h2>
        {scorerSelect}
        <p className="muted">Train a model to score the {unit}; the histogram, threshold and metrics appear here.</p>
      </section>
    );
  }
  const metrics = metricsAt(results.index, threshold);
  const needLabels = (value: number) => (labelled ? value : Number.NaN);
  const lowest = results.index.sorted[0];
  const highest = results.index.sorted[results.index.total - 1];
  const step = (highest - lowest) / sliderSteps || 1e-6;

  return (
    <section className="card detect" aria-label="Detection">
      <h2>Detection</h2>
      {scorerSelect}
      <ErrorHistogram />
      <div className="threshold-row">
        <label>
          Threshold <strong data-testid="threshold-value">{threshold.toPrecision(4)}</strong>
          <input
            type="range"
            data-testid="threshold-slider"
            min={lowest}
            max={highest}
            step={step}
            value={Math.min(Math.max(threshold, lowest), highest)}
            onChange={(e) => setThreshold(Number(e.target.value))}
          />
        </label>
        <label className="inline">
          <input type="checkbox" checked={logCounts} onChange={(e) => setLogCounts(e.target.checked)} data-testid="histogram-log" /> log counts
        </label>
        <label className="inline" title="Scale each class to its own total, so a small normal class stays visible beside many anomalies">
          <input type="checkbox" checked={perClassShare} onChange={(e) => setPerClassShare(e.target.checked)} data-testid="histogram-per-class" /> share of class
        </label>
      </div>
      <div className="auto-thresholds">
        <span>Auto threshold:</span>
        <button type="button" data-testid="threshold-meanstd" onClick={() => setThreshold(meanPlusKStdThreshold(results.trainScores, k))}>
          mean + k·std
        </button>
        <label className="inline">
          k <input type="number" value={k} step={0.5} min={0} max={10} onChange={(e) => setK(Number(e.target.value))} data-testid="threshold-k" />
        </label>
        <button type="button" data-testid="threshold-percentile" onClick={() => setThreshold(percentileThreshold(results.trainScores, percentile))}>
          percentile
        </button>
        <label className="inline">
          p <input type="number" value={percentile} step={0.5} min={0} max={100} onChange={(e) => setPercentile(Number(e.target.value))} data-testid="threshold-p" />
        </label>
        <button type="button" data-testid="threshold-contamination" title="Flag this share of the scored rows"
          onClick={() => setThreshold(percentileThreshold(results.testScores, 100 - contamination))}>
          expected contamination
        </button>
        <label className="inline">
          % <input type="number" value={contamination} step={0.5} min={0} max={50} onChange={(e) => setContamination(Number(e.target.value))} data-testid="threshold-c" />
        </label>
        {labelled && (
          <button type="button" data-testid="threshold-bestf1" onClick={() => setThreshold(results.bestF1.threshold)} title="Peeks at the test labels: an upper bound, not a deployable choice">
            best F1 (uses labels)
          </button>
        )}
        <small className="muted">mean + k·std and percentile use the training errors only.</small>
      </div>
      <div className="metrics-layout">
        <div className="metrics">
          <Metric id="precision" label="Precision" value={needLabels(metrics.precision)} />
          <Metric id="recall" label="Recall" value={needLabels(metrics.recall)} />
          <Metric id="f1" label="F1" value={needLabels(metrics.f1)} />
          <Metric id="accuracy" label="Accuracy" value={needLabels(metrics.accuracy)} />
          <Metric id="auroc" label="AUROC" value={needLabels(results.auroc)} hint="threshold-free" />
          <Metric id="auprc" label="AUPRC" value={needLabels(results.auprc)} hint="threshold-free (average precision)" />
          {labelled ? (
            <ConfusionMatrix m={metrics} />
          ) : (
            <p className="small muted no-labels" data-testid="metrics-unavailable">
              No label column, so precision, recall, F1, accuracy, AUROC and AUPRC are unavailable. Pick a label column to see them;
              {' '}{metrics.tp + metrics.fp} of {results.index.total} rows are flagged at this threshold.
            </p>
          )}
        </div>
        {labelled && <RocCurve metrics={metrics} />}
      </div>
    </section>
  );
}
