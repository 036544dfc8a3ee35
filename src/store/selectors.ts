import type { DataKind, DetectorSpec, DetectorView } from '../core/detectors/spec';
import { detectors, specOf } from '../core/detectors/registry';
import { isTableSource } from '../core/sources/registry';
import type { LabState } from './labState';

/* What the page derives from its state: each a pure function of it, read by components and intents. */

/** A run is in progress (training or paused): settings that shape it are locked. */
export const isRunning = (state: Pick<LabState, 'status'>): boolean =>
  state.status === 'training' || state.status === 'paused';

/**
 * Whether the data in view is the user's table (its plan, columns and ranked rows) rather than a
 * shipped image set: the page's one question about the source's kind (its steps per kind are in
 * dataIntents.ts).
 */
export const tableInView = (state: Pick<LabState, 'config'>): boolean => isTableSource(state.config.dataset);

/** Labels of the test set in view: the image set's split's, or the table's. */
export function activeTestIsAnomaly(state: LabState): Uint8Array | null {
  return tableInView(state) ? (state.preparedTable?.testIsAnomaly ?? null) : (state.prepared?.testIsAnomaly ?? null);
}

/** The kind of data in view, as detector specs name it: a table whose rows are square images is images. */
export function activeDataKind(state: LabState): DataKind {
  if (!tableInView(state)) return 'image';
  if (state.preparedTable?.image) return 'image';
  if (state.tablePlan?.timeSeries) return 'window';
  // Rows read as sequences: the prepared run says whether the plan's sequence columns were found.
  return state.preparedTable?.sequence ? 'sequence' : 'row';
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
  return !tableInView(state) || state.preparedTable?.labelled === true;
}
