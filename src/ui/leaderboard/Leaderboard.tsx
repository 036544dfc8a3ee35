import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { detectors } from '../../core/detectors/registry';
import { sourceOf } from '../../core/sources/registry';
import { activeTestIsAnomaly, hasLabels, isRunning, useLab } from '../../store/labStore';
import {
  addEnsemble,
  recordsOnSplit,
  runAllClassical,
  showRecord,
  sortLeaderboard,
  stopClassical,
  togglePick,
} from '../../store/leaderboardIntents';
import type { DetectorRecord, LeaderboardColumn } from '../../store/leaderboardSlice';
import { formatMs, rankCorrelation } from './format';
import { RocOverlay } from './RocOverlay';
import { PanelTitle } from '../teach/HelpNote';

/** The detectors Run all classical fits, named as the registry names them. */
const classicalLabels = detectors
  .filter((d) => d.family === 'classical')
  .map((d) => d.label)
  .join(', ');

const columns: { key: LeaderboardColumn; label: string; title?: string }[] = [
  { key: 'detector', label: 'detector' },
  { key: 'auroc', label: 'AUROC' },
  { key: 'auprc', label: 'AUPRC' },
  { key: 'f1', label: 'F1 @ threshold', title: 'at mean + 2·std of its own training scores (no labels used)' },
  { key: 'fitMs', label: 'fit' },
  { key: 'scoreMs', label: 'score' },
];

/** Sorted copy: numbers with NaN / null last whichever the direction, names alphabetically. */
function sortRecords(rows: DetectorRecord[], column: LeaderboardColumn, descending: boolean): DetectorRecord[] {
  const value = (r: DetectorRecord) => (column === 'detector' ? r.detector : (r[column] ?? Number.NaN));
  return [...rows].sort((a, b) => {
    const [x, y] = [value(a), value(b)];
    if (typeof x === 'string' || typeof y === 'string') {
      return (descending ? -1 : 1) * String(x).localeCompare(String(y));
    }
    if (Number.isNaN(x) !== Number.isNaN(y)) return Number.isNaN(x) ? 1 : -1;
    return descending ? y - x : x - y;
  });
}

/**
 * Every detector run on the split in view, deep and classical, side by side: sortable metrics
 * and costs, Run all classical, an ensemble of the picked rows, ROC curves overlaid, and any row
 * shown as the current detector.
 */
export function Leaderboard() {
  const rows = useLab(useShallow((s) => recordsOnSplit(s)));
  const { column, descending } = useLab((s) => s.leaderboardSort);
  const picks = useLab((s) => s.leaderboardPicks);
  const progress = useLab((s) => s.classicalProgress);
  const busy = useLab(isRunning);
  const dataReady = useLab((s) => s.dataReady);
  const labelled = useLab(hasLabels);
  const isAnomaly = useLab(activeTestIsAnomaly);
  const results = useLab((s) => s.results);
  const model = useLab((s) => s.config.model);
  const shown = useLab((s) => s.shownRecord);
  const items = useLab((s) => {
    const source = sourceOf(s.config.dataset);
    return source.kind === 'table' ? 'rows, split and column settings' : `${source.itemNoun.many} and split`;
  });
  const sorted = useMemo(() => sortRecords(rows, column, descending), [rows, column, descending]);
  const currentId = shown ?? rows.find((r) => r.id === model || r.id.startsWith(`${model}·`))?.id ?? null;
  const comparable = rows.filter((r) => r.unavailable === null);
  const best = comparable.length ? Math.max(...comparable.map((r) => r.auroc)) : Number.NaN;
  const overlay = picks.length ? rows.filter((r) => picks.includes(r.id)) : rows;
  const reference = results?.testScores ?? null;
  // Each ρ sorts two score lists: once per new row or new scores, not on every progress update.
  const rhos = useMemo(
    () => new Map(rows.map((r) => [r.id, reference ? rankCorrelation(r.scores.testScores, reference) : Number.NaN])),
    [rows, reference],
  );
  const memberNames = (ids: string[]) => ids.map((id) => rows.find((r) => r.id === id)?.detector ?? id).join(', ');

  return (
    <section className="card" aria-label="Leaderboard" data-testid="leaderboard">
      <PanelTitle panel="leaderboard">Leaderboard: detectors on this split</PanelTitle>
      <div className="buttons">
        <button
          type="button"
          data-testid="run-classical"
          disabled={!dataReady || busy || progress !== null}
          onClick={() => void runAllClassical()}
          title={`Fit every classical detector on this split: ${classicalLabels}`}
        >
          Run all classical
        </button>
        <button
          type="button"
          data-testid="add-ensemble"
          disabled={rows.filter((r) => !r.members).length < 2 || progress !== null}
          onClick={addEnsemble}
          title="Mean rank of the picked rows (or of all rows when fewer than two are picked)"
        >
          Add ensemble{picks.length >= 2 ? ` of ${picks.length} picked` : ''}
        </button>
        {progress && (
          <>
            <span className="small" data-testid="classical-progress" aria-live="polite">
              Fitting {progress.detector} ({progress.done + 1}/{progress.total}) {progress.percent}%
            </span>
            <button type="button" onClick={stopClassical}>
              ■ Stop
            </button>
          </>
        )}
      </div>
      {rows.length === 0 ? (
        <p className="small muted">
          Train a model, or run all classical detectors, to fill this table for the {items} in view.
        </p>
      ) : (
        <div className="table-scroll">
          <table className="comparison leaderboard" data-testid="detector-comparison">
            <thead>
              <tr>
                <th title="Pick rows for the ROC overlay and the ensemble">pick</th>
                {columns.map((c) => (
                  <th
                    key={c.key}
                    title={c.title}
                    aria-sort={column === c.key ? (descending ? 'descending' : 'ascending') : undefined}
                  >
                    <button
                      type="button"
                      className="link"
                      data-testid={`sort-${c.key}`}
                      onClick={() => sortLeaderboard(c.key)}
                    >
                      {c.label}
                      {column === c.key ? (descending ? ' ▼' : ' ▲') : ''}
                    </button>
                  </th>
                ))}
                <th title="Share of test rows above its own threshold">flagged</th>
                <th title="Spearman rank correlation of its test scores with the scores shown below">ρ vs shown</th>
                <th />
              </tr>
            </thead>
            {sorted.map((r) => {
              const rho = rhos.get(r.id) ?? Number.NaN;
              const current = r.id === currentId;
              const classes = [current ? 'current' : '', r.unavailable === null && r.auroc === best ? 'best' : '']
                .filter(Boolean)
                .join(' ');
              return (
                // One tbody per row: `detector-row` (the comparison's rows) and `leaderboard-row` both stay.
                <tbody key={r.id} data-testid="detector-row">
                  <tr
                    data-testid="leaderboard-row"
                    data-detector={r.id}
                    data-auroc={r.unavailable === null ? r.auroc : ''}
                    data-auprc={r.unavailable === null ? r.auprc : ''}
                    data-f1={r.unavailable === null && Number.isFinite(r.f1) ? r.f1 : ''}
                    data-fit-ms={r.fitMs ?? ''}
                    data-flagged={r.flaggedShare}
                    className={classes || undefined}
                    aria-current={current || undefined}
                  >
                    <td>
                      <input
                        type="checkbox"
                        data-testid="leaderboard-pick"
                        aria-label={`Pick ${r.detector}`}
                        checked={picks.includes(r.id)}
                        onChange={() => togglePick(r.id)}
                      />
                    </td>
                    <td title={r.members ? `mean rank of: ${memberNames(r.members)}` : undefined}>{r.detector}</td>
                    {r.unavailable === null ? (
                      <>
                        <td>{r.auroc.toFixed(4)}</td>
                        <td>{r.auprc.toFixed(4)}</td>
                        <td>{Number.isFinite(r.f1) ? r.f1.toFixed(3) : 'n/a'}</td>
                      </>
                    ) : (
                      <td colSpan={3} className="muted" data-testid="detector-unavailable">
                        {r.unavailable}
                      </td>
                    )}
                    <td>{formatMs(r.fitMs)}</td>
                    <td>{formatMs(r.scoreMs)}</td>
                    <td>{(r.flaggedShare * 100).toFixed(1)}%</td>
                    <td>{Number.isFinite(rho) ? rho.toFixed(2) : '—'}</td>
                    <td>
                      <button
                        type="button"
                        className="link"
                        data-testid="show-record"
                        disabled={busy || current}
                        onClick={() => void showRecord(r.id)}
                        title="Show this detector's scores in the histogram, metrics and ranked table"
                      >
                        {current ? 'shown' : 'show'}
                      </button>
                    </td>
                  </tr>
                </tbody>
              );
            })}
          </table>
        </div>
      )}
      {rows.length > 0 && !labelled && (
        <p className="small" data-testid="leaderboard-unlabelled">
          Without a label column nothing says which rows are truly anomalous, so AUROC, AUPRC and F1 cannot be measured.
          What can be known: the share of rows each detector flags at its own threshold, and how closely its ranking
          agrees with the detector shown (ρ near 1: they flag the same rows).
        </p>
      )}
      {rows.length > 0 && labelled && isAnomaly && comparable.length > 0 && (
        <RocOverlay rows={overlay.filter((r) => r.unavailable === null)} isAnomaly={isAnomaly} />
      )}
      <p className="small muted">
        Each row is one detector on the same {items}; train another model or run the classical ones to add rows. Pick
        rows to overlay their ROC curves or average them into an ensemble; "show" puts a row's scores in the detection
        view.
      </p>
    </section>
  );
}
