import { decodePlain, encodePlain, type PlainData } from './plainData';

/**
 * The project file: one JSON document holding a trained run, so it can be reopened, handed out or
 * kept in the browser. Documented in docs/project-format.md. Its envelope names the format and
 * version first (readable even from a truncated file) and carries a checksum of the content, so a
 * cut-short or damaged file is told apart from a good one before anything is restored.
 */
export const projectFormat = 'anomaly-lab-project';
export const projectVersion = 1;

/** What a run needs to come back: everything is plain data (typed arrays allowed). */
export interface ProjectContent {
  /** As the user named it (My models). */
  name: string;
  /** ISO date and time of saving. */
  savedAt: string;
  /** Every configuration field of the run (not only those that differ from today's defaults). */
  config: { [field: string]: PlainData };
  /** Where the rows came from and how they were prepared. */
  data: ProjectDataPlan;
  detector: SavedDetector;
  threshold: { value: number; method: string };
  /** Metrics as shown when saved (null where they could not be known, e.g. no labels). */
  metrics: { auroc: number | null; auprc: number | null; bestF1: number | null };
  /** Training curves: per-epoch rows (train, validation, loss terms) and per-step losses. */
  curves: {
    epochs: { [series: string]: PlainData }[];
    steps: Float32Array;
    /** A GAN's steps: d loss, g loss, mean D(x), mean D(G(z)), four values per step. */
    gan?: Float32Array;
  };
  /** The scores of the run's test and training items, to compare a rescore against. */
  scores: { test: Float32Array; train: Float32Array };
  /** Items marked by the user, by key: `test:<position>` or `train:<position>` in the saved scores. */
  feedback: { anomaly: string[]; normal: string[] };
}

export interface ProjectDataPlan {
  source: string;
  /**
   * How a record becomes the detector's input, without the training data: an image's pixels / 255,
   * or a table's fitted encoder by column name (data/csv/portableEncoder.ts). Absent for series windows.
   */
  preprocessing?: { kind: 'image'; side: number } | { kind: 'table'; encoder: PlainData };
  /** A table's file name, column plan and shape (to recognise the same file when it is dropped again). */
  table?: { fileName: string; plan: PlainData; header: string[]; rows: number };
  counts: { [name: string]: number };
}

/** A detector's learned state: an autoencoder's weights, or a classical detector's fitted parameters. */
export interface SavedDetector {
  id: string;
  family: 'autoencoder' | 'classical' | 'ensemble' | 'gan';
  state: PlainData;
  /** Features per input, and an autoencoder's output range (sigmoid for pixels, linear for tables). */
  inputSize?: number;
  outputActivation?: 'sigmoid' | 'linear';
  /** Sequence models: the steps and channels of the items they were built for. */
  sequence?: { steps: number; channels: number };
}

/** Why a project cannot be opened, as data for the page to word (catalogs' `project.<id>`). */
export type ProjectProblem =
  | { id: 'not-project' | 'checksum' }
  | { id: 'newer'; version: number; supported: number }
  | { id: 'incomplete'; length: number }
  | { id: 'invalid'; detail: string };
/** The project, or why not: `reason` in English (the exported scorer's error), `problem` for the page. */
export type ProjectRead =
  { ok: true; project: ProjectContent } | { ok: false; reason: string; problem: ProjectProblem };

/** FNV-1a over the UTF-16 code units: cheap, and any flipped character changes it. */
export function checksumOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** The project as file text. */
export function writeProject(project: ProjectContent): string {
  const content = JSON.stringify(encodePlain(project as unknown as PlainData));
  const head = JSON.stringify({ format: projectFormat, version: projectVersion });
  return `${head.slice(0, -1)},"length":${content.length},"checksum":"${checksumOf(content)}","content":${content}}`;
}

const headPattern = /^\s*\{"format":"([^"]*)","version":(\d+)/;

/** File text -> the project, or why it cannot be opened (in words for the page). */
export function readProject(text: string): ProjectRead {
  const head = headPattern.exec(text.slice(0, 200));
  if (!head || head[1] !== projectFormat)
    return {
      ok: false,
      reason: 'This is not an anomaly lab project file (it does not start as one does).',
      problem: { id: 'not-project' },
    };
  const version = Number(head[2]);
  if (version > projectVersion) {
    return {
      ok: false,
      reason:
        `This project was saved by a newer version of the lab (format ${version}); this one reads format ` +
        `${projectVersion}. Open it in the newer lab.`,
      problem: { id: 'newer', version, supported: projectVersion },
    };
  }
  let envelope: { length?: unknown; checksum?: unknown; content?: unknown };
  try {
    envelope = JSON.parse(text);
  } catch {
    return {
      ok: false,
      reason:
        `The project file is incomplete or damaged (${text.length.toLocaleString('en')} characters could not be ` +
        'read as a project); was its download cut short? Save it again.',
      problem: { id: 'incomplete', length: text.length },
    };
  }
  const content = JSON.stringify(envelope.content ?? null);
  if (content.length !== envelope.length || checksumOf(content) !== envelope.checksum)
    return {
      ok: false,
      reason: 'The project file is damaged: its content does not match its checksum. Save it again.',
      problem: { id: 'checksum' },
    };
  try {
    return { ok: true, project: validProject(decodePlain(envelope.content)) };
  } catch (error) {
    const detail = (error as Error).message;
    return { ok: false, reason: `The project file is damaged: ${detail}`, problem: { id: 'invalid', detail } };
  }
}

function validProject(value: PlainData): ProjectContent {
  const p = value as unknown as ProjectContent;
  const missing = ['name', 'config', 'data', 'detector', 'threshold', 'scores'].find(
    (key) => (p as unknown as Record<string, unknown>)?.[key] === undefined,
  );
  if (missing) throw new Error(`it has no ${missing}.`);
  if (!(p.scores.test instanceof Float32Array) || !(p.scores.train instanceof Float32Array))
    throw new Error('its scores are not arrays of numbers.');
  return p;
}
