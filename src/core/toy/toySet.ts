import type { LabConfig } from '../config';
import type { PointsSource } from '../sources/spec';
import type { PreparedPoints, TrainingSet } from '../lab/sessionTypes';
import { fieldGrid, handPointsFromList, toModelSpace, toyPoints } from './toySources';

/**
 * The 2-D playground's run data: the toy's points and the hand-placed ones, every one fitted on and
 * scored (unsupervised outlier detection on a contaminated set, the protocol of scikit-learn's
 * comparison figure), with the field grid scored beside them. Every detector sees the plane mapped
 * onto [0, 1] x [0, 1] (toModelSpace): one affine map for all, so their fields compare, and a GAN's
 * sigmoid generator can reach every point of it.
 */
export function toySet(source: PointsSource, config: LabConfig): { set: TrainingSet; prepared: PreparedPoints } {
  const points = toyPoints(config.toy, {
    count: source.count,
    outlierPercent: config.outliers,
    seed: config.seed,
    byHand: handPointsFromList(config.points),
  });
  const total = points.isAnomaly.length;
  const rows = toModelSpace(points.xy);
  const anomalies = points.isAnomaly.reduce((sum, v) => sum + v, 0);
  const set: TrainingSet = {
    featureCount: 2,
    fit: rows,
    validation: new Float32Array(0),
    test: rows,
    samples: new Float32Array(0),
    outputActivation: 'sigmoid',
    featureGroups: { groups: Int32Array.of(0, 1), groupCount: 2 },
    testIsAnomaly: points.isAnomaly,
    field: toModelSpace(fieldGrid(source.fieldSide)),
    // The same item is trained on and scored: its training and test ids agree.
    itemIds: {
      train: Int32Array.from({ length: total }, (_, i) => i),
      test: Int32Array.from({ length: total }, (_, i) => i),
    },
  };
  const prepared: PreparedPoints = {
    counts: {
      train: total,
      fit: total,
      validation: 0,
      contamination: anomalies,
      testNormal: total - anomalies,
      testAnomalous: anomalies,
      labelledAnomalies: 0,
      labelledNormal: 0,
    },
    xy: points.xy,
    testIsAnomaly: points.isAnomaly,
    byHand: points.byHand,
    fieldSide: source.fieldSide,
  };
  return { set, prepared };
}
