import * as Comlink from 'comlink';
import type { LabConfig } from '../core/config';
import { metricsAt } from '../core/detect/metrics';
import { meanPlusKStdThreshold } from '../core/detect/thresholds';
import type { ScoreProvenance } from '../core/detect/verdict';
import { rankEnsemble, type SplitScores } from '../core/detectors/ensemble/combine';
import { detectorsOf, specOf } from '../core/detectors/registry';
import type { ClassicalScores } from '../core/lab/classicalRun';
import { useLab } from './labStore';
import type { Results } from './labState';
import { activeTestIsAnomaly, hasLabels, isRunning, preparedTable } from './selectors';
import { viewResults } from './scoreResults';
import type { DetectorRecord, LeaderboardColumn } from './leaderboardSlice';
import { initLab } from './labIntents';
import { prepareData } from './dataIntents';
import { api, messageOf } from './workerConnection';
import { localised, say } from './say';
import { recordSplitKey, splitPrepared } from './splitSelectors';

/** The split key of a result of this configuration on the data in view (splitSelectors.ts). */
export const splitKey = (config: LabConfig): string => recordSplitKey(useLab.getState(), config);

/** Adds (or replaces) a detector's row on the current split from its scores. */
export function recordScores(
  config: LabConfig,
  entry: {
    id: string;
    detector: string;
    scores: SplitScores;
    timing?: { fitMs: number; scoreMs: number } | null;
    provenance?: ScoreProvenance;
    members?: string[];
  },
  /** The view's results of these very scores, when the page has just derived them (not derived twice). */
  viewed?: Results,
): void {
  const state = useLab.getState();
  const isAnomaly = activeTestIsAnomaly(state);
  if (!isAnomaly || isAnomaly.length !== entry.scores.testScores.length) return;
  // As the view would show this detector's scores (a series' rows, smoothing), so rows compare with it.
  const derived =
    viewed ?? viewResults(state, entry.scores.testScores, entry.scores.trainScores, isAnomaly, null, entry.provenance);
  const threshold = meanPlusKStdThreshold(derived.trainScores, 2);
  const flagged = derived.testScores.reduce((n, s) => n + (s > threshold ? 1 : 0), 0);
  const labelled = hasLabels(state);
  const record: DetectorRecord = {
    splitKey: splitKey(config),
    id: entry.id,
    detector: entry.detector,
    auroc: derived.auroc,
    auprc: derived.auprc,
    f1: metricsAt(derived.index, threshold).f1,
    threshold,
    flaggedShare: entry.scores.testScores.length ? flagged / entry.scores.testScores.length : 0,
    unavailable: !labelled ? say('board.needsLabels') : derived.refusal ? say('board.notReported') : null,
    fitMs: entry.timing?.fitMs ?? null,
    scoreMs: entry.timing?.scoreMs ?? null,
    scores: entry.scores,
    ...(entry.members ? { members: entry.members } : {}),
  };
  useLab.setState((s) => ({
    detectorRecords: [
      ...s.detectorRecords.filter((r) => !(r.splitKey === record.splitKey && r.id === record.id)),
      record,
    ],
  }));
}

/** Adds a finished run's detector (each GAN scorer as its own row) to the leaderboard. */
export function recordRun(config: LabConfig, timing: { fitMs: number; scoreMs: number } | null): void {
  const { results, byScorer } = useLab.getState();
  if (!results) return;
  const label = localised(specOf(config.model)).label;
  // The run's provenance (e.g. trained on test items) refuses metrics for every scorer alike.
  const provenance = results.provenance;
  if (byScorer) {
    for (const [scorer, scores] of Object.entries(byScorer)) {
      const id = `${config.model}·${scorer}`;
      // Each scorer's own cost (the encoder's includes its training); the run's where a scorer has none.
      const own = scores.timing ?? timing;
      recordScores(config, { id, detector: `${label} · ${scorer}`, scores, timing: own, provenance });
    }
    return;
  }
  // The detector's own scores, as every row keeps them; the view's results of them are those on screen.
  const scores = {
    testScores: results.rawScores ?? results.testScores,
    trainScores: results.rawTrainScores ?? results.trainScores,
  };
  recordScores(config, { id: config.model, detector: label, scores, timing, provenance: results.provenance }, results);
}

/** The leaderboard's rows on the split in view. */
export function recordsOnSplit(state = useLab.getState()): DetectorRecord[] {
  const key = splitKey(state.config);
  return state.detectorRecords.filter((r) => r.splitKey === key);
}

const classicalIds = () => detectorsOf('classical').map((d) => d.id);

/** Fits and scores every classical detector on the split in view, each one a leaderboard row. */
export async function runAllClassical(): Promise<void> {
  const set = useLab.setState;
  if (isRunning(useLab.getState()) || useLab.getState().classicalProgress) return;
  try {
    await initLab();
    const config = useLab.getState().config;
    // Beside the run in view: its split is prepared already (preparing again would clear what is shown).
    if (!splitPrepared(useLab.getState()) && !(await prepareData())) {
      set({ errorMessage: useLab.getState().planProblem ?? say('err.dropCsv') });
      return;
    }
    const ids = classicalIds();
    let done = 0;
    set({
      classicalProgress: { detector: localised(specOf(ids[0])).label, percent: 0, done, total: ids.length },
      errorMessage: null,
    });
    await api().scoreClassical(
      ids,
      config,
      Comlink.proxy({
        onProgress: (id: string, percent: number) =>
          // Progress travels on the callbacks' own channel: one arriving after the run ended shows nothing.
          useLab.getState().classicalProgress &&
          set({
            classicalProgress: { detector: localised(specOf(id as never)).label, percent, done, total: ids.length },
          }),
        onResult: (result: ClassicalScores) => {
          done += 1;
          const spec = specOf(result.id as never);
          recordScores(config, {
            id: result.id,
            detector: localised(spec).label,
            scores: result,
            timing: { fitMs: result.fitMs, scoreMs: result.scoreMs },
          });
        },
      }),
    );
  } catch (error) {
    set({ errorMessage: say('err.classical', { reason: messageOf(error) }) });
  } finally {
    set({ classicalProgress: null });
  }
  // Nothing trained yet: the detection view shows the best of them (the first by score without labels).
  if (!useLab.getState().results) {
    const rows = recordsOnSplit();
    const best = [...rows].sort((a, b) => (b.unavailable ? -1 : b.auroc) - (a.unavailable ? -1 : a.auroc))[0];
    if (best) await showRecord(best.id);
  }
}

export function stopClassical(): void {
  void api().stop();
}

/** The mean rank of the picked rows (or of every non-ensemble row when fewer than two are picked), as a new row. */
export function addEnsemble(): void {
  const state = useLab.getState();
  const rows = recordsOnSplit(state).filter((r) => !r.members);
  const picked = rows.filter((r) => state.leaderboardPicks.includes(r.id));
  const members = picked.length >= 2 ? picked : rows;
  if (members.length < 2) {
    useLab.setState({ errorMessage: say('err.ensembleNeedsTwo') });
    return;
  }
  // The same set of members is the same ensemble, whatever order they were picked in.
  const ids = members.map((r) => r.id).sort();
  const sum = (key: 'fitMs' | 'scoreMs') =>
    members.every((r) => r[key] !== null) ? members.reduce((t, r) => t + r[key]!, 0) : null;
  const fitMs = sum('fitMs');
  const scoreMs = sum('scoreMs');
  recordScores(state.config, {
    id: `ensemble:${ids.join('+')}`,
    detector: say('board.ensembleOf', { n: members.length }),
    scores: rankEnsemble(members.map((r) => r.scores)),
    timing: fitMs !== null && scoreMs !== null ? { fitMs, scoreMs } : null,
    members: ids,
  });
}

/** Makes a row's scores the ones the detection view shows (histogram, threshold, metrics, ranked table, export). */
export async function showRecord(id: string): Promise<void> {
  const record = recordsOnSplit().find((r) => r.id === id);
  if (!record || isRunning(useLab.getState())) return;
  const { testScores, trainScores } = record.scores;
  useLab.getState().setScores(testScores, trainScores);
  // Attributions explain the trained model, not this row's detector.
  useLab.setState({ shownRecord: id, attributions: new Map(), rowDetail: null });
  // The worker exports a table with the scores it holds: these ones from now on.
  if (preparedTable(useLab.getState())) {
    await api()
      .tables.keepScores(testScores.slice(), trainScores.slice())
      .catch((error) => useLab.setState({ errorMessage: messageOf(error) }));
  }
}

export function togglePick(id: string): void {
  useLab.setState((s) => ({
    leaderboardPicks: s.leaderboardPicks.includes(id)
      ? s.leaderboardPicks.filter((p) => p !== id)
      : [...s.leaderboardPicks, id],
  }));
}

export function sortLeaderboard(column: LeaderboardColumn): void {
  useLab.setState((s) => ({
    leaderboardSort: {
      column,
      // A second click on the same column flips it; a new column starts best-first.
      descending: s.leaderboardSort.column === column ? !s.leaderboardSort.descending : column !== 'detector',
    },
  }));
}
