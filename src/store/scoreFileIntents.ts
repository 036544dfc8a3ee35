import * as Comlink from 'comlink';
import { scoreHistogram } from '../core/detect/histogram';
import { downloadBlob } from './download';
import { useLab } from './labStore';
import { isRunning } from './selectors';
import type { NewFileSlice } from './newFileSlice';
import { api, messageOf } from './workerConnection';
import { say } from './say';

/**
 * Scoring a new file with the model on screen: its columns are checked against the training
 * data first (problems are shown, and scoring goes on only where that is safe), then the worker
 * streams it through the model; the page keeps the scores and the highest-scoring rows.
 */
const set = (patch: Partial<NewFileSlice> & { errorMessage?: string | null }) => useLab.setState(patch);

export async function checkNewFile(file: File): Promise<void> {
  const state = useLab.getState();
  if (isRunning(state) || (!state.results && !state.modelOnly)) {
    return set({ errorMessage: say('err.scoreFirst') });
  }
  try {
    const check = await api().tables.checkFile(file);
    if (check.problems.length === 0) return scoreNewFile(file);
    set({ schemaCheck: { fileName: file.name, file, problems: check.problems }, errorMessage: null });
  } catch (error) {
    set({ errorMessage: `${file.name}: ${messageOf(error)}` });
  }
}

/** Scores the file whose problems were all safe ("Score anyway"). */
export function continueWithChecked(): Promise<void> {
  const check = useLab.getState().schemaCheck;
  return check ? scoreNewFile(check.file) : Promise.resolve();
}

async function scoreNewFile(file: File): Promise<void> {
  set({ schemaCheck: null, newFileProgress: { fileName: file.name, progress: 0 }, errorMessage: null });
  try {
    const onProgress = Comlink.proxy((progress: number) => set({ newFileProgress: { fileName: file.name, progress } }));
    const scored = await api().tables.scoreFile(file, onProgress, useLab.getState().config.rowscore);
    if (!scored) return; // cancelled: what was shown stays
    set({
      scoredFile: {
        fileName: file.name,
        rows: scored.rows,
        scores: scored.scores,
        top: scored.top,
        header: scored.header,
        histogram: scoreHistogram(scored.scores, null),
      },
    });
  } catch (error) {
    set({ errorMessage: say('err.scoreFile', { file: file.name, reason: messageOf(error) }) });
  } finally {
    set({ newFileProgress: null });
  }
}

export async function cancelNewFile(): Promise<void> {
  await api().tables.cancelScoreFile();
}

export async function exportNewFile(): Promise<void> {
  const { scoredFile, threshold } = useLab.getState();
  if (!scoredFile) return;
  try {
    const blob = await api().tables.exportScoredFile(threshold);
    downloadBlob(blob, `${scoredFile.fileName.replace(/\.[^.]*$/, '')}-scored.csv`);
  } catch (error) {
    set({ errorMessage: say('err.exportFailed', { reason: messageOf(error) }) });
  }
}
