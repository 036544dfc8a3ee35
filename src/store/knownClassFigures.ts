import { aurocOnClasses, knownClassSplit } from '../core/detect/knownClasses';
import { measuredPositions } from '../core/detect/verdict';
import { sourceOf } from '../core/sources/registry';
import type { LabState, Results } from './labState';
import { preparedImages, preparedTable } from './selectors';

/**
 * AUROC on the anomalies of the known classes (those labelled anomalies come from) and of the
 * others, on the results' measured test items; null when the split has no label budget. A table's
 * label column has one anomalous kind: every tested anomaly is of the known kind.
 */
export function knownClassFigures(
  state: Pick<LabState, 'config' | 'prepared'>,
  results: Results,
  always = false,
): { known: number; unknown: number } | null {
  const images = preparedImages(state);
  const counts = images?.counts ?? preparedTable(state)?.counts;
  if (!counts || (!counts.labelledAnomalies && !always)) return null;
  const source = sourceOf(state.config.dataset);
  if (!images || source.kind !== 'image-set' || images.testLabels.length !== results.testScores.length) {
    return { known: results.auroc, unknown: Number.NaN };
  }
  const classes = knownClassSplit(source.classNames.length, state.config.normal, state.config.known);
  const positions = measuredPositions(results.testScores.length, results.provenance);
  const on = (kept: number[]) =>
    aurocOnClasses(results.testScores, images.testIsAnomaly, images.testLabels, (c) => kept.includes(c), positions);
  return { known: on(classes.known), unknown: on(classes.unknown) };
}
