import { useLab } from '../../store/labStore';
import { isRunning, preparedTable } from '../../store/selectors';
import { cancelNewFile, checkNewFile, continueWithChecked, exportNewFile } from '../../store/scoreFileIntents';
import type { HistogramBin } from '../../core/detect/histogram';
import { useLanguage, useLocale, useT } from '../common/useT';
import { schemaProblemText } from '../../i18n/tableMessages';

const shownRows = 50;

/** Score a new file with the model on screen: its column check, progress, histogram, top rows and export. */
export function ScoreFilePanel() {
  const t = useT();
  const language = useLanguage();
  const locale = useLocale();
  const ready = useLab((s) => (s.results !== null && s.status === 'done') || (s.modelOnly !== null && !isRunning(s)));
  const check = useLab((s) => s.schemaCheck);
  const progress = useLab((s) => s.newFileProgress);
  const scored = useLab((s) => s.scoredFile);
  const threshold = useLab((s) => s.threshold);
  const window = useLab((s) => (s.modelOnly ? 1 : (preparedTable(s)?.window ?? 1)));
  if (!ready) return null;
  const flagged = scored ? scored.scores.reduce((n, v) => n + (v > threshold || Number.isNaN(v) ? 1 : 0), 0) : 0;
  return (
    <section className="card score-file" aria-label={t('newFile.region')}>
      <h2>{t('newFile.title')}</h2>
      <p className="muted small">
        {t('newFile.about')}
        {window > 1 && t('newFile.windows', { window })}
      </p>
      <label className="file-pick">
        {t('newFile.pick')}{' '}
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
            aria-label={t('newFile.progressLabel')}
          />{' '}
          {Math.round(progress.progress * 100)}%{' '}
          <button type="button" data-testid="score-file-cancel" onClick={() => void cancelNewFile()}>
            {t('newFile.cancel')}
          </button>
        </div>
      )}
      {check && (
        <div data-testid="schema-problems" role="status">
          <p>
            <strong>{check.fileName}</strong> {t('newFile.differs')}
          </p>
          <ul>
            {check.problems.map((p) => (
              <li key={`${p.kind}-${p.column}`} data-testid="schema-problem" data-kind={p.kind} data-safe={p.safe}>
                {schemaProblemText(language, p)}
              </li>
            ))}
          </ul>
          {check.problems.every((p) => p.safe) ? (
            <button type="button" data-testid="score-file-continue" onClick={() => void continueWithChecked()}>
              {t('newFile.anyway')}
            </button>
          ) : (
            <p className="small">{t('newFile.fix')}</p>
          )}
        </div>
      )}
      {scored && (
        <div data-testid="scored-file" data-rows={scored.rows} data-flagged={flagged}>
          <p>
            <strong>{scored.fileName}</strong>: {t('newFile.scored', { rows: scored.rows })}{' '}
            <strong>{flagged.toLocaleString(locale)}</strong>{' '}
            {t('newFile.above', { threshold: threshold.toPrecision(4) })}{' '}
            <button type="button" data-testid="score-file-export" onClick={() => void exportNewFile()}>
              {t('newFile.export')}
            </button>
          </p>
          <MiniHistogram bins={scored.histogram} threshold={threshold} />
          <div className="table-scroll">
            <table className="scored-top" data-testid="scored-top">
              <caption className="small">{t('newFile.top', { n: Math.min(shownRows, scored.top.length) })}</caption>
              <thead>
                <tr>
                  <th>{t('newFile.row')}</th>
                  <th>{t('newFile.score')}</th>
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
  const t = useT();
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
      aria-label={t('newFile.histogramLabel')}
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
