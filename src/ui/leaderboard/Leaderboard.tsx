import { useDeferredValue, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { detectorsOf } from '../../core/detectors/registry';
import { sourceOf } from '../../core/sources/registry';
import { useLab } from '../../store/labStore';
import { activeTestIsAnomaly, hasLabels, isRunning } from '../../store/selectors';
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
import { useT, useWords } from '../common/useT';
import type { MessageKey } from '../../i18n/translate';

/** The detectors Run all classical fits. */
const classical = detectorsOf('classical');

const columns: { key: LeaderboardColumn; label: MessageKey; title?: MessageKey }[] = [
  { key: 'detector', label: 'board.col.detector' },
  { key: 'auroc', label: 'metric.auroc' },
  { key: 'auprc', label: 'metric.auprc' },
  { key: 'f1', label: 'board.col.f1', title: 'board.col.f1Title' },
  { key: 'fitMs', label: 'board.col.fit' },
  { key: 'scoreMs', label: 'board.col.score' },
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
  const t = useT();
  const words = useWords();
  // A new row (a run just ended) renders after the run's own views, in a background render React can split.
  const rows = useDeferredValue(useLab(useShallow((s) => recordsOnSplit(s))));
  const { column, descending } = useLab((s) => s.leaderboardSort);
  const picks = useLab((s) => s.leaderboardPicks);
  const progress = useLab((s) => s.classicalProgress);
  const busy = useLab(isRunning);
  const dataReady = useLab((s) => s.dataReady);
  const labelled = useLab(hasLabels);
  const isAnomaly = useLab(activeTestIsAnomaly);
  const results = useLab((s) => s.results);
  const model = useLab((s) => s.config.model);
  const scorer = useLab((s) => s.config.scorer);
  const shown = useLab((s) => s.shownRecord);
  const source = words.of(useLab((s) => sourceOf(s.config.dataset)));
  const items =
    source.kind === 'table' ? t('board.itemsTable') : t('board.itemsImages', { items: source.itemNoun.many });
  const classicalLabels = classical.map((d) => words.of(d).label).join(', ');
  const sorted = useMemo(() => sortRecords(rows, column, descending), [rows, column, descending]);
  // A GAN's rows are one per scorer: the current one is the scorer the view shows.
  const currentId = shown ?? rows.find((r) => r.id === model || r.id === `${model}·${scorer}`)?.id ?? null;
  const comparable = rows.filter((r) => r.unavailable === null);
  const best = comparable.length ? Math.max(...comparable.map((r) => r.auroc)) : Number.NaN;
  const overlay = picks.length ? rows.filter((r) => picks.includes(r.id)) : rows;
  // The detector's own scores, as the rows keep theirs.
  const reference = useDeferredValue(results ? (results.rawScores ?? results.testScores) : null);
  // Each ρ sorts two score lists: once per new row or new scores, not on every progress update.
  const rhos = useMemo(
    () => new Map(rows.map((r) => [r.id, reference ? rankCorrelation(r.scores.testScores, reference) : Number.NaN])),
    [rows, reference],
  );
  const memberNames = (ids: string[]) => ids.map((id) => rows.find((r) => r.id === id)?.detector ?? id).join(', ');

  return (
    <section className="card" aria-label={t('board.region')} data-testid="leaderboard">
      <PanelTitle panel="leaderboard">{t('board.title')}</PanelTitle>
      <div className="buttons">
        <button
          type="button"
          data-testid="run-classical"
          disabled={!dataReady || busy || progress !== null}
          onClick={() => void runAllClassical()}
          title={t('board.runAllTitle', { list: classicalLabels })}
        >
          {t('board.runAll')}
        </button>
        <button
          type="button"
          data-testid="add-ensemble"
          disabled={rows.filter((r) => !r.members).length < 2 || progress !== null}
          onClick={addEnsemble}
          title={t('board.ensembleTitle')}
        >
          {picks.length >= 2 ? t('board.ensemblePicked', { n: picks.length }) : t('board.ensemble')}
        </button>
        {progress && (
          <>
            <span className="small" data-testid="classical-progress" data-total={progress.total} aria-live="polite">
              {t('board.fitting', {
                detector: progress.detector,
                n: progress.done + 1,
                total: progress.total,
                percent: progress.percent,
              })}
            </span>
            <button type="button" onClick={stopClassical}>
              {t('board.stop')}
            </button>
          </>
        )}
      </div>
      {rows.length === 0 ? (
        <p className="small muted">{t('board.empty', { items })}</p>
      ) : (
        <div className="table-scroll">
          <table className="comparison leaderboard" data-testid="detector-comparison">
            <thead>
              <tr>
                <th title={t('board.pickTitle')}>{t('board.pick')}</th>
                {columns.map((c) => (
                  <th
                    key={c.key}
                    title={c.title && t(c.title)}
                    aria-sort={column === c.key ? (descending ? 'descending' : 'ascending') : undefined}
                  >
                    <button
                      type="button"
                      className="link"
                      data-testid={`sort-${c.key}`}
                      onClick={() => sortLeaderboard(c.key)}
                    >
                      {t(c.label)}
                      {column === c.key ? (descending ? ' ▼' : ' ▲') : ''}
                    </button>
                  </th>
                ))}
                <th title={t('board.flaggedTitle')}>{t('board.flagged')}</th>
                <th title={t('board.rhoTitle')}>{t('board.rho')}</th>
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
                        aria-label={t('board.pickRow', { detector: r.detector })}
                        checked={picks.includes(r.id)}
                        onChange={() => togglePick(r.id)}
                      />
                    </td>
                    <td title={r.members ? t('board.members', { list: memberNames(r.members) }) : undefined}>
                      {r.detector}
                    </td>
                    {r.unavailable === null ? (
                      <>
                        <td>{r.auroc.toFixed(4)}</td>
                        <td>{r.auprc.toFixed(4)}</td>
                        <td>{Number.isFinite(r.f1) ? r.f1.toFixed(3) : t('metric.none')}</td>
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
                        title={t('board.showTitle')}
                      >
                        {current ? t('board.shown') : t('board.show')}
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
          {t('board.unlabelled')}
        </p>
      )}
      {rows.length > 0 && labelled && isAnomaly && comparable.length > 0 && (
        <RocOverlay rows={overlay.filter((r) => r.unavailable === null)} isAnomaly={isAnomaly} />
      )}
      <p className="small muted">{t('board.about', { items })}</p>
    </section>
  );
}
