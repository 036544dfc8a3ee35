import type { LabConfig } from '../core/config';
import type { ModelEntry } from './modelLibrary';

/** Saving and reopening runs: My models, and what the last opened project was. */
export interface ProjectSlice {
  /** The configuration the last run really trained with (a table run sizes its layers to the table). */
  runConfig: LabConfig | null;
  savedModels: ModelEntry[];
  /** While a project is being saved or opened (its buttons wait). */
  projectBusy: boolean;
  /** The project on screen: its name, when it was saved, and how far rescored test scores are from the saved ones. */
  openedProject: { name: string; savedAt: string; maxDifference: number; start?: PretrainedStart } | null;
  /**
   * A table model opened without the file it was trained on: it scores new files; its split's
   * scores and metrics come back when that file is loaded and the model opened again.
   */
  modelOnly: {
    name: string;
    savedAt: string;
    detector: string;
    fileName: string;
    rows: number;
    metrics: { auroc: number | null; auprc: number | null; bestF1: number | null };
  } | null;
}

/** A start shipped with the app (public/pretrained/index.json, written by scripts/build-pretrained.mjs). */
export interface PretrainedStart {
  id: string;
  dataset: string;
  model: string;
  file: string;
  backend: string;
  minutes: number;
  auroc: number | null;
  classifierScore: number | null;
  date: string;
}

export function projectSlice(): ProjectSlice {
  return { runConfig: null, savedModels: [], projectBusy: false, openedProject: null, modelOnly: null };
}
