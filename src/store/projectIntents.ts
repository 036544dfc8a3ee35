import * as Comlink from 'comlink';
import { defaultConfig, pageFieldNames, type LabConfig } from '../core/config';
import { configFromQuery, configToQuery } from '../core/configQuery';
import { specOf } from '../core/detectors/registry';
import { readProject, writeProject, type ProjectContent } from '../core/project/format';
import type { PlainData } from '../core/project/plainData';
import { sourceOf } from '../core/sources/registry';
import { downloadBlob } from './download';
import { runEvents, switchDataset } from './trainingIntents';
import { useLab } from './labStore';
import { emptyStepLosses } from './runSlice';
import { isRunning, preparedImages, preparedInView, workInFlight } from './selectors';
import { emptyGanStats } from './ganSlice';
import { recordRun, splitKey } from './leaderboardIntents';
import { activeMarks } from './feedbackIntents';
import type { Mark } from '../core/detect/feedback';
import type { PretrainedStart } from './projectSlice';
import { deleteModel, listModels, putModel, readModel, renameModel, type ModelEntry } from './modelLibrary';
import { applyConfig, initLab, writeUrl } from './labIntents';
import { clearRun, runToken } from './currentRun';
import { prepareSplit } from './imageSetIntents';
import { prepareTableRun } from './tableIntents';
import { api, messageOf } from './workerConnection';
import { localised, say } from './say';

/**
 * Keeping what was trained: Save makes a project file of the run (configuration, data plan,
 * detector state, threshold, metrics, curves, scores), keeps it in My models and downloads it;
 * Open brings one back from My models or a dropped file. Any failure leaves the screen as it was.
 */
const fail = (message: string) => useLab.setState({ errorMessage: message });

/** The name Save suggests: the detector and the data. */
export function suggestedName(): string {
  const { config, tableSummary } = useLab.getState();
  return say('models.suggested', {
    detector: localised(specOf(config.model)).label,
    data: dataLabel(config, tableSummary?.fileName),
  });
}

function dataLabel(config: LabConfig, fileName?: string): string {
  const source = sourceOf(config.dataset);
  if (source.kind !== 'image-set') return fileName ?? say('models.aTable');
  return say('models.imageData', { set: source.shortName, classes: config.normal.join('+') });
}

/** The current run as a project (the worker gives the detector's learned state). */
export async function currentProject(name: string): Promise<ProjectContent> {
  const state = useLab.getState();
  const { results, threshold, tableSummary, tablePlan } = state;
  const prepared = preparedInView(state);
  const images = preparedImages(state);
  const config = state.runConfig ?? state.config;
  if (!results || state.status !== 'done') throw new Error(say('err.saveUntrained'));
  const detector = await api().detector.save();
  const marks = activeMarks(state);
  // A table run's records are encoded by the table's fitted encoder; an image set's are pixels / 255.
  const encoder = prepared?.kind === 'table' ? await api().tables.preprocessing() : null;
  const preprocessing = encoder
    ? { kind: 'table' as const, encoder: encoder as unknown as PlainData }
    : images
      ? { kind: 'image' as const, side: images.side }
      : undefined;
  const finite = (v: number) => (Number.isFinite(v) ? v : null);
  const table = prepared?.kind === 'table' && tableSummary && tablePlan;
  return {
    name,
    savedAt: new Date().toISOString(),
    config: { ...config } as unknown as { [field: string]: PlainData },
    data: {
      source: config.dataset,
      ...(preprocessing ? { preprocessing } : {}),
      ...(table
        ? {
            table: {
              fileName: tableSummary.fileName,
              plan: tablePlan as unknown as PlainData,
              header: tableSummary.header,
              rows: tableSummary.rowCount,
            },
          }
        : {}),
      counts: { ...(prepared?.prepared.counts ?? {}) },
    },
    detector,
    threshold: { value: threshold, method: config.thresholdmethod },
    metrics: { auroc: finite(results.auroc), auprc: finite(results.auprc), bestF1: finite(results.bestF1.f1) },
    curves: {
      epochs: state.epochLosses as unknown as { [series: string]: PlainData }[],
      steps: state.stepLosses.column(0),
      ...(state.ganStats.length ? { gan: state.ganStats.values() } : {}),
    },
    scores: { test: results.testScores, train: results.trainScores },
    feedback: {
      anomaly: [...marks].flatMap(([key, mark]) => (mark === 'anomaly' ? [key] : [])),
      normal: [...marks].flatMap(([key, mark]) => (mark === 'normal' ? [key] : [])),
    },
  };
}

export const fileNameFor = (name: string) =>
  `${name.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '') || 'model'}.anomaly-lab.json`;

/** Saves the run in My models under a name and downloads its project file. */
export async function saveProject(name: string): Promise<void> {
  useLab.setState({ projectBusy: true });
  try {
    const project = await currentProject(name.trim() || suggestedName());
    const text = writeProject(project);
    const entry: ModelEntry = {
      id: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
      name: project.name,
      detector: localised(specOf(project.config.model as LabConfig['model'])).label,
      data: dataLabel(project.config as unknown as LabConfig, project.data.table?.fileName),
      savedAt: project.savedAt,
      size: text.length,
    };
    await putModel(entry, text).catch((error) => fail(say('err.savedDownloadOnly', { reason: messageOf(error) })));
    downloadBlob(new Blob([text], { type: 'application/json' }), fileNameFor(project.name));
    await refreshModels();
  } catch (error) {
    fail(say('err.save', { reason: messageOf(error) }));
  } finally {
    useLab.setState({ projectBusy: false });
  }
}

export async function refreshModels(): Promise<void> {
  try {
    useLab.setState({ savedModels: await listModels() });
  } catch {
    // No IndexedDB (a private window in some browsers): My models stays empty; files still work.
  }
}

export async function openSavedModel(id: string): Promise<void> {
  const entry = useLab.getState().savedModels.find((e) => e.id === id);
  const text = await readModel(id).catch(() => undefined);
  if (!text) return fail(say('err.modelGone'));
  await openProjectText(text, { listedName: entry?.name });
}

export async function deleteSavedModel(id: string): Promise<void> {
  await deleteModel(id).catch((error) => fail(say('err.delete', { reason: messageOf(error) })));
  await refreshModels();
}

export async function renameSavedModel(id: string, name: string): Promise<void> {
  if (!name.trim()) return;
  await renameModel(id, name.trim()).catch((error) => fail(say('err.rename', { reason: messageOf(error) })));
  await refreshModels();
}

export async function downloadSavedModel(id: string): Promise<void> {
  const entry = useLab.getState().savedModels.find((e) => e.id === id);
  const text = await readModel(id).catch(() => undefined);
  if (!text || !entry) return fail(say('err.modelGone'));
  downloadBlob(new Blob([text], { type: 'application/json' }), fileNameFor(entry.name));
}

/** A project file picked or dropped on the page. */
export async function openProjectFile(file: File): Promise<void> {
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    return fail(say('err.fileUnreadable', { file: file.name, reason: messageOf(error) }));
  }
  await openProjectText(text, { fileName: file.name });
}

/** The saved configuration, checked field by field as a link's would be (unknown or invalid values drop out). */
function savedConfig(project: ProjectContent): LabConfig {
  const merged = { ...defaultConfig(), ...project.config } as unknown as LabConfig;
  return configFromQuery(new URLSearchParams(configToQuery(merged))).config;
}

const thresholdFieldNames = ['thresholdmethod', 'threshold', 'thresholdk', 'thresholdp', 'thresholdc'] as const;

/** How a project is opened: from My models, a file, or a start shipped with the lab. */
export interface OpenOptions {
  listedName?: string;
  fileName?: string;
  start?: PretrainedStart;
}

export async function openProjectText(text: string, options: OpenOptions = {}): Promise<void> {
  const { listedName, fileName } = options;
  const read = readProject(text);
  const from = fileName ? `${fileName}: ` : '';
  if (!read.ok) return fail(`${from}${say(`project.${read.problem.id}`, read.problem)}`);
  if (isRunning(useLab.getState())) return fail(say('err.stopFirst'));
  useLab.setState({ projectBusy: true });
  try {
    await openProject(read.project, listedName ?? read.project.name, options);
  } catch (error) {
    // A shipped start is an offer: work the visitor started while it opened (the worker then refuses
    // to open beside it) wins, with nothing to say.
    if (options.start && workInFlight(useLab.getState())) return;
    fail(say('err.open', { from, reason: messageOf(error) }));
  } finally {
    useLab.setState({ projectBusy: false });
  }
}

async function openProject(project: ProjectContent, name: string, options: OpenOptions): Promise<void> {
  // The page keeps its own backend, language and mode; an opened run does not start itself again.
  const page = useLab.getState().config;
  // A shipped start also takes the link's threshold method (a lesson's), and places its threshold by it.
  const keptNames = options.start ? [...pageFieldNames, ...thresholdFieldNames] : pageFieldNames;
  const kept = Object.fromEntries(keptNames.map((name) => [name, page[name]]));
  const config = { ...savedConfig(project), ...kept, autostart: false } as LabConfig;
  await initLab();
  const table = project.data.table;
  if (table) {
    // A table's rows stay with the analyst: the project names its file. Without that file loaded,
    // the model still opens to score new files with its saved preprocessing.
    const summary = useLab.getState().tableSummary;
    const same =
      summary && summary.rowCount === table.rows && summary.header.join('\u0000') === table.header.join('\u0000');
    const inView = useLab.getState().config.dataset === config.dataset;
    if (!same || !inView) return openModelOnly(project, name, config);
    useLab.setState({ tablePlan: table.plan as never });
    applyConfig(config);
    if (!(await prepareTableRun())) throw new Error(useLab.getState().planProblem ?? say('plan.problem.savedPlan'));
  } else {
    if (useLab.getState().config.dataset !== config.dataset) await switchDataset(config.dataset);
    applyConfig(config);
    await prepareSplit();
  }
  // A start yields to work the visitor began while it was preparing (its reset would clear that work's view).
  if (options.start && workInFlight(useLab.getState())) return;
  clearRun({ errorMessage: null, runConfig: config });
  const run = runToken();
  const { events } = runEvents(config, run);
  await api().detector.open(config, project.detector, Comlink.proxy(events));
  const epochs = project.curves.epochs as unknown as ({ epoch: number } & Record<string, number | null>)[];
  const results = useLab.getState().results;
  const maxDifference = results ? largestDifference(results.testScores, project.scores.test) : Number.NaN;
  useLab.setState({
    status: 'done',
    epochLosses: epochs,
    stepLosses: emptyStepLosses().append(project.curves.steps, 1),
    ...progressOf(config, epochs.length, project.curves.gan),
    ...(options.start ? {} : { threshold: project.threshold.value }),
    openedProject: { name, savedAt: project.savedAt, maxDifference, start: options.start },
    marks: new Map<string, Mark>([
      ...(project.feedback?.anomaly ?? []).map((key) => [key, 'anomaly'] as const),
      ...(project.feedback?.normal ?? []).map((key) => [key, 'normal'] as const),
    ]),
    marksSplit: splitKey(useLab.getState().config),
  });
  recordRun(config, null);
  writeUrl();
}

/** A table model without its training file: the detector and its preprocessing, for scoring new files. */
async function openModelOnly(project: ProjectContent, name: string, config: LabConfig): Promise<void> {
  const table = project.data.table!;
  const preprocessing = project.data.preprocessing;
  if (preprocessing?.kind !== 'table') {
    throw new Error(say('err.noPreprocessing', { file: table.fileName, rows: table.rows }));
  }
  await switchDataset(config.dataset);
  clearRun({ errorMessage: null });
  await api().detector.openModelOnly(config, project.detector, preprocessing.encoder as never, table.header);
  clearRun({
    errorMessage: null,
    threshold: project.threshold.value,
    modelOnly: {
      name,
      savedAt: project.savedAt,
      detector: specOf(config.model).label,
      fileName: table.fileName,
      rows: table.rows,
      metrics: project.metrics,
    },
  });
}

/** Where the progress bar and curves of a reopened run stand: finished, as saved. */
function progressOf(config: LabConfig, epochCount: number, gan: Float32Array | undefined) {
  const spec = specOf(config.model);
  if (spec.progress === 'percent') return { epoch: 100, epochs: 100 };
  if (spec.progress === 'epoch') return { epoch: epochCount, epochs: config.epochs };
  const ganStats = emptyGanStats().append(gan ?? [], 1);
  return { epoch: ganStats.length, epochs: config.steps, ganStats };
}

/** Largest absolute difference between rescored and saved scores (Infinity when their counts differ). */
function largestDifference(a: Float32Array, b: Float32Array): number {
  if (a.length !== b.length) return Number.POSITIVE_INFINITY;
  let most = 0;
  for (let i = 0; i < a.length; i += 1) {
    if (Number.isNaN(a[i]) && Number.isNaN(b[i])) continue;
    const d = Math.abs(a[i] - b[i]);
    if (!(d <= most)) most = Number.isNaN(d) ? Number.POSITIVE_INFINITY : d;
  }
  return most;
}
