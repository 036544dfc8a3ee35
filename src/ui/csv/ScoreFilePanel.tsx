import { isRunning, useLab } from '../../store/labStore';
import { cancelNewFile, checkNewFile, continueWithChecked, exportNewFile } from '../../store/scoreFileIntents';
import type { HistogramBin } from '../../core/detect/histogram';

const shownRows = 50;

/** Score a new file with the model on screen: its column check, progress, histogram, top rows and export. */
export function ScoreFilePanel() {
  const ready = useLab((s) => (s.results !== null && s.status === 'done') || (s.modelOnly !== null && !isRunning(s)));
  const check = useLab((s) => s.schemaCheck);
  const progress = useLab((s) => s.newFileProgress);
  const scored = useLab((s) => s.scoredFile);
  const threshold = useLab((s) => s.threshold);
  const window = useLab((s) => (s.modelOnly ? 1 : (s.preparedTable?.window ?? 1)));
  if (!ready) return null;
  const flagged = scored ? scored.scores.reduce((n, v) => n + (v > threshold || Number.isNaN(v) ? 1 : 0), 0) : 0;
  return (
    <section className="card score-file" aria-label="Score a new file">
      <h2>Score a new file with this model</h2>
      <p className="muted small">
        The file is read a slice at a time through the training data's preprocessing and this detector, without
        retraining; only the scores and the highest-scoring rows are kept, so any size works.
        {window > 1 &&
          ` This model reads windows of ${window} rows: the file's rows are read in their order as one series` +
            ' (sort it by time first), and each row gets the highest score of the windows covering it.'}
      </p>
      <label className="file-pick">
        CSV file to score{' '}
        <input
          type="file"
          accept=".csv,.tsv,.txt,text/csv"
          data-testid="score-file"
          disabled={progress !== null}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void checkNewFile(file);
          }}
        />
      </label>
      {progress && (
        <div className="row">
          <progress
            data-testid="score-file-progress"
            max={1}
            value={progress.progress}
            aria-label="Share of the file scored"
          />{' '}
          {Math.round(progress.progress * 100)}%{' '}
          <button type="button" data-testid="score-file-cancel" onClick={() => void cancelNewFile()}>
            Cancel
          </button>
        </div>
      )}
      {check && (
        <div data-testid="schema-problems" role="status">
          <p>
            <strong>{check.fileName}</strong> differs from the training data:
          </p>
          <ul>
            {check.problems.map((p) => (
              <li key={`${p.kind}-${p.column}`} data-testid="schema-problem" data-kind={p.kind} data-safe={p.safe}>
                {p.message}
              </li>
            ))}
          </ul>
          {check.problems.every((p) => p.safe) ? (
            <button type="button" data-testid="score-file-continue" onClick={() => void continueWithChecked()}>
              Score it anyway
            </button>
          ) : (
            <p className="small">Fix the file (or train a model on these columns) to score it.</p>
          )}
        </div>
      )}
      {scored && (
        <div data-testid="scored-file" data-rows={scored.rows} data-flagged={flagged}>
          <p>
            <strong>{scored.fileName}</strong>: {scored.rows.toLocaleString('en')} rows scored,{' '}
            <strong>{flagged.toLocaleString('en')}</strong> above the threshold {threshold.toPrecision(4)} (the
            threshold of the detection view above applies).{' '}
            <button type="button" data-testid="score-file-export" onClick={() => void exportNewFile()}>
              Export scores as CSV
            </button>
          </p>
          <MiniHistogram bins={scored.histogram} threshold={threshold} />
          <div className="table-scroll">
            <table className="scored-top" data-testid="scored-top">
              <caption className="small">Highest scores first (top {Math.min(shownRows, scored.top.length)})</caption>
              <thead>
                <tr>
                  <th>row</th>
                  <th>score</th>
                  {scored.header.map((h, i) => (
                    <th key={i}>{h}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {scored.top.slice(0, shownRows).map((r) => (
                  <tr key={r.row} data-testid="scored-row" data-row={r.row} data-score={r.score}>
                    <td>{r.row}</td>
                    <td>{r.score.toPrecision(4)}</td>
                    {r.cells.map((c, i) => (
                      <td key={i}>{c}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </section>
  );
}

/** The new file's scores as bars, with the threshold as a line (no labels: one colour). */
function MiniHistogram({ bins, threshold }: { bins: HistogramBin[]; threshold: number }) {
  if (bins.length === 0) return null;
  const width = 480;
  const height = 90;
  const low = bins[0].x0;
  const high = bins[bins.length - 1].x1;
  const most = Math.max(...bins.map((b) => b.normal + b.anomalous), 1);
  const x = (v: number) => ((v - low) / (high - low || 1)) * width;
  return (
    <svg
      className="mini-histogram"
      data-testid="scored-histogram"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label="Histogram of the new file's scores with the threshold"
    >
      {bins.map((b, i) => {
        const h = ((b.normal + b.anomalous) / most) * (height - 4);
        return <rect key={i} x={x(b.x0)} y={height - h} width={Math.max(1, x(b.x1) - x(b.x0) - 1)} height={h} />;
      })}
      {threshold >= low && threshold <= high && (
        <line x1={x(threshold)} x2={x(threshold)} y1={0} y2={height} className="threshold-line" />
      )}
    </svg>
  );
}
