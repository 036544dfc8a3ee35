import { perClassDetection, type ClassDetection } from '../core/detect/perClass';
import { measuredPositions } from '../core/detect/verdict';
import { sourceOf } from '../core/sources/registry';
import type { LabState, Results } from './labState';
import { preparedImages, preparedTable } from './selectors';

/** One anomalous class as the per-class view shows it: its name and how the detector finds it. */
export interface ClassFigure {
  name: string;
  detection: ClassDetection;
}

/**
 * Per anomalous class of the split in view, its AUROC against the normal items and its sorted
 * scores (recall at any threshold), on the results' measured items: an image set's classes, or the
 * label values of a table's anomalous rows. Null with fewer than two anomalous classes (one class is
 * the whole-set figure already) or without labels.
 */
export function classFigures(state: Pick<LabState, 'config' | 'prepared'>, results: Results): ClassFigure[] | null {
  const positions = measuredPositions(results.testScores.length, results.provenance);
  const images = preparedImages(state);
  const source = sourceOf(state.config.dataset);
  let classOf: ArrayLike<number>;
  let names: readonly string[];
  let isAnomaly: Uint8Array;
  if (images && source.kind === 'image-set') {
    ({ testLabels: classOf, testIsAnomaly: isAnomaly } = images);
    names = source.classNames;
  } else {
    const table = preparedTable(state);
    if (!table?.labelled) return null;
    const values = [...new Set(table.testLabels.filter((_, p) => table.testIsAnomaly[p]))].sort();
    classOf = Int32Array.from(table.testLabels, (label) => values.indexOf(label));
    names = values;
    isAnomaly = table.testIsAnomaly;
  }
  if (isAnomaly.length !== results.testScores.length) return null;
  const found = perClassDetection(results.testScores, isAnomaly, classOf, positions);
  if (found.length < 2) return null;
  return found.map((detection) => ({ name: names[detection.cls] ?? String(detection.cls), detection }));
}
