/**
 * One point of a learning curve: the test AUROC (all anomalies, those of known classes, those of
 * unknown ones) of a real retrain that learned from this many labels, chosen by the active
 * strategy, at random (the baseline), or none yet beyond the split's budget (the start).
 */
export interface LearningPoint {
  strategy: 'start' | 'active' | 'random';
  labels: number;
  auroc: number;
  known: number;
  unknown: number;
}
