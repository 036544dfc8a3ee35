import type { DataKind, DetectorSpec, DetectorView } from '../core/detectors/spec';
import { detectors, specOf } from '../core/detectors/registry';
import { isTableSource, sourceOf } from '../core/sources/registry';
import type { PreparedSource, PreparedSplit } from '../core/lab/sessionTypes';
import type { PreparedTable } from '../core/lab/tableSet';
import type { LabState } from './labState';

/* What the page derives from its state: each a pure function of it, read by components and intents. */

/** A run is in progress (training or paused): settings that shape it are locked. */
export const isRunning = (state: Pick<LabState, 'status'>): boolean =>
  state.status === 'training' || state.status === 'paused';

/**
 * Work the visitor started is under way: a run, or Run all classical fitting its detectors. A
 * shipped start offered on a first visit yields to it (pretrainedIntents.ts).
 */
export const workInFlight = (state: Pick<LabState, 'status' | 'classicalProgress'>): boolean =>
  isRunning(state) || state.classicalProgress !== null;

/**
 * Whether the data in view is the user's table (its plan, columns and ranked rows) rather than a
 * shipped image set: the page's one question about the source's kind (its steps per kind are in
 * dataIntents.ts).
 */
export const tableInView = (state: Pick<LabState, 'config'>): boolean => isTableSource(state.config.dataset);

/** The prepared split of the source in view; null before it is prepared (or while the last source's is held). */
export function preparedInView(state: Pick<LabState, 'config' | 'prepared'>): PreparedSource | null {
  const { prepared } = state;
  return prepared?.kind === sourceOf(state.config.dataset).kind ? prepared : null;
}

/** The image set's split in view, if an image set is in view and split. */
export function preparedImages(state: Pick<LabState, 'config' | 'prepared'>): PreparedSplit | null {
  const prepared = preparedInView(state);
  return prepared?.kind === 'image-set' ? prepared.prepared : null;
}

/** The table's split in view (its rows, columns and counts), if a table is in view and split. */
export function preparedTable(state: Pick<LabState, 'config' | 'prepared'>): PreparedTable | null {
  const prepared = preparedInView(state);
  return prepared?.kind === 'table' ? prepared.prepared : null;
}

/** Labels of the test set in view: the image set's split's, or the table's. */
export function activeTestIsAnomaly(state: LabState): Uint8Array | null {
  return preparedInView(state)?.prepared.testIsAnomaly ?? null;
}

/** The kind of data in view, as detector specs name it: a table whose rows are square images is images. */
export function activeDataKind(state: LabState): DataKind {
  // The playground's points are rows of two numbers.
  if (sourceOf(state.config.dataset).kind === 'points') return 'row';
  if (!tableInView(state)) return 'image';
  const table = preparedTable(state);
  if (table?.image) return 'image';
  if (state.tablePlan?.timeSeries) return 'window';
  // Rows read as sequences: the prepared run says whether the plan's sequence columns were found.
  return table?.sequence ? 'sequence' : 'row';
}

/** The views the selected detector offers on the data in view (none when it cannot model it). */
export function activeViews(state: LabState): readonly DetectorView[] {
  const spec = specOf(state.config.model);
  const kind = activeDataKind(state);
  if (!spec.accepts.includes(kind)) return [];
  // Decoded items are drawn as images: of table rows they would say nothing.
  return kind === 'image' ? spec.views : spec.views.filter((v) => !imageOnlyViews.includes(v));
}

const imageOnlyViews: readonly DetectorView[] = ['prior-grid', 'manifold-grid', 'generated-grid', 'interpolation'];

/**
 * What the scores in view measure: those of a leaderboard row shown as the current detector, or
 * the selected model's (a picked ensemble's id starts with "ensemble:", a GAN scorer's with "<model>·").
 */
export function shownScoreSpec(state: LabState): DetectorSpec {
  const id = (state.shownRecord ?? state.config.model).split(/[·:]/)[0];
  return detectors.find((d) => d.id === id) ?? specOf(state.config.model);
}

/** Whether the data in view has labels (MNIST always; a table only with a label column). */
export function hasLabels(state: LabState): boolean {
  return !tableInView(state) || preparedTable(state)?.labelled === true;
}
