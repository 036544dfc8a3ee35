import type { EncodingChoice } from '../core/data/csv/encoding';
import { tableSourceId } from '../core/sources/registry';
import * as Comlink from 'comlink';
import { get, set as idbSet } from 'idb-keyval';
import { downloadBlob } from './download';
import { sequenceColumns, type TablePlan } from '../core/data/csv/plan';
import type { PreparedTable } from '../core/lab/tableSet';
import { applyConfig, initLab, resetLab } from './labIntents';
import { clearRun } from './currentRun';
import { api, messageOf } from './workerConnection';
import { useLab } from './labStore';
import { isRunning, tableInView } from './selectors';
import { pageLanguage, say } from './say';
import { planProblemText } from '../i18n/tableMessages';
import { pageSplitKey } from './splitSelectors';
import { messagesText } from '../i18n/translate';

/**
 * Intents of the CSV view: load a file or text, cancel, change the column plan, export. The
 * table stays in the worker; the store gets its summary and what the current plan implies.
 */
let decimalComma = false;
/** The text encoding to read tables in ('auto': the one the file's bytes suggest). */
let encoding: EncodingChoice = 'auto';
let lastSource: { blob: Blob; name: string; preset?: TablePreset } | null = null;

const planKey = (fingerprint: string) => `anomaly-lab:plan:${fingerprint}`;

interface RememberedPlan {
  plan: TablePlan;
  savedAt: string;
  fileName: string;
}

/** A sample's documented set-up: its label column and the values that count as normal. */
export interface TablePreset {
  label: string;
  normal: string[];
}

export async function loadTableFile(blob: Blob, fileName: string, preset?: TablePreset): Promise<void> {
  const set = useLab.setState;
  if (!tableInView(useLab.getState())) applyConfig({ dataset: tableSourceId });
  if (isRunning(useLab.getState())) await resetLab();
  set({ tableLoad: { fileName, progress: 0 }, errorMessage: null });
  try {
    await initLab().catch(() => undefined);
    const outcome = await api().loadSource(
      { kind: 'table', file: blob, fileName, options: { decimalComma, encoding } },
      Comlink.proxy((progress: number) => {
        const load = useLab.getState().tableLoad;
        if (load) set({ tableLoad: { ...load, progress } });
      }),
    );
    if (!outcome.ok) {
      set({
        errorMessage: 'cancelled' in outcome ? null : `${fileName}: ${messagesText(pageLanguage(), outcome.reason)}`,
      });
      if ('cancelled' in outcome)
        set((s) => ({ notices: [...s.notices, say('notice.loadCancelled', { file: fileName })] }));
      return;
    }
    if (outcome.kind !== 'table') return;
    lastSource = { blob, name: fileName, preset };
    const { summary } = outcome;
    const presetColumn = preset ? summary.header.indexOf(preset.label) : -1;
    // A sample opens as documented; any other file gets back the settings it had last time.
    const remembered =
      presetColumn >= 0 ? undefined : await get<RememberedPlan>(planKey(summary.fingerprint)).catch(() => undefined);
    let plan = remembered ? { ...summary.plan, ...remembered.plan } : summary.plan;
    if (preset && presetColumn >= 0) {
      plan = {
        ...plan,
        labelColumn: presetColumn,
        normalValues: preset.normal,
        features: plan.features.filter((c) => c !== presetColumn),
      };
    }
    // The link's `rowseq` overrides the suggestion (rows of numbered columns read as sequences).
    const { rowseq } = useLab.getState().config;
    if (rowseq !== '' && sequenceColumns(summary)) {
      const on = rowseq === '1';
      plan = { ...plan, rowSequences: on, ...(on ? { timeSeries: false, asImages: false } : {}) };
    }
    clearRun();
    set({
      tableSummary: summary,
      tablePlan: plan,
      prepared: null,
      preparedKey: null,
      restoredFrom: remembered ? `${remembered.fileName}, ${new Date(remembered.savedAt).toLocaleString()}` : null,
      // Warnings do not stop the load, but the user must see them.
      errorMessage: summary.warnings.length
        ? say('err.loadedWithWarnings', { file: fileName, warnings: messagesText(pageLanguage(), summary.warnings) })
        : null,
    });
    await prepareTableRun();
  } catch (error) {
    set({ errorMessage: say('err.tableLoad', { file: fileName, reason: messageOf(error) }) });
  } finally {
    set({ tableLoad: null });
  }
}

export function cancelTableLoad(): void {
  void api().cancelLoad();
}

/** Decimal commas change how every cell reads, so the file is parsed again. */
export async function setDecimalComma(on: boolean): Promise<void> {
  decimalComma = on;
  if (lastSource) await loadTableFile(lastSource.blob, lastSource.name, lastSource.preset);
}

export const decimalCommaOn = () => decimalComma;

/** Another encoding changes every character read, so the file is read again. */
export async function setEncoding(choice: EncodingChoice): Promise<void> {
  encoding = choice;
  if (lastSource) await loadTableFile(lastSource.blob, lastSource.name, lastSource.preset);
}

export const encodingChoice = () => encoding;

/** The file in view, read into a fresh worker again (after a fault); false when none was loaded. */
export async function reloadTableFile(): Promise<boolean> {
  if (!lastSource) return false;
  await loadTableFile(lastSource.blob, lastSource.name, lastSource.preset);
  return true;
}

export function updatePlan(patch: Partial<TablePlan>): void {
  const plan = useLab.getState().tablePlan;
  if (!plan) return;
  useLab.setState({ tablePlan: { ...plan, ...patch } });
  if (!isRunning(useLab.getState())) void prepareTableRun();
}

/**
 * Asks the worker to split and encode for the current plan, once per split; returns what the page
 * shows, or null.
 */
export async function prepareTableRun(): Promise<PreparedTable | null> {
  const state = useLab.getState();
  const { tablePlan, config } = state;
  if (!tablePlan) return null;
  const key = pageSplitKey(state, config);
  if (state.prepared?.kind === 'table' && state.preparedKey === key) {
    clearRun();
    return state.prepared.prepared;
  }
  try {
    await initLab().catch(() => undefined);
    const result = await api().prepare({ kind: 'table', config, plan: tablePlan });
    if (!result.ok || result.kind !== 'table') {
      const problem = result.ok ? ({ id: 'no-table' } as const) : result.problem;
      const text = problem.id === 'no-table' ? say('plan.problem.no-table') : planProblemText(pageLanguage(), problem);
      clearRun({ planProblem: text, prepared: null, preparedKey: null });
      return null;
    }
    clearRun({ planProblem: null, prepared: result, preparedKey: key });
    return result.prepared;
  } catch (error) {
    useLab.setState({ errorMessage: messageOf(error) });
    return null;
  }
}

/** Keeps the column settings for this file (by header and row count) in IndexedDB. */
export async function rememberTablePlan(): Promise<void> {
  const { tableSummary, tablePlan } = useLab.getState();
  if (!tableSummary || !tablePlan) return;
  const entry: RememberedPlan = { plan: tablePlan, savedAt: new Date().toISOString(), fileName: tableSummary.fileName };
  await idbSet(planKey(tableSummary.fingerprint), entry).catch(() => undefined);
}

/** Downloads the original rows plus score and is_anomaly at the current threshold. */
export async function exportScoredTable(): Promise<void> {
  const { tableSummary, threshold, results } = useLab.getState();
  try {
    const blob = await api().tables.export(threshold, { test: results?.testScores, train: results?.trainScores });
    await rememberTablePlan();
    downloadBlob(blob, `${(tableSummary?.fileName ?? 'table').replace(/\.[^.]*$/, '')}-scored.csv`);
  } catch (error) {
    useLab.setState({ errorMessage: say('err.exportFailed', { reason: messageOf(error) }) });
  }
}
