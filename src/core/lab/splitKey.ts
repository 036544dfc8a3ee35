import { splitFieldNames, type LabConfig } from '../config';

/**
 * Which items train and which are tested, as one comparable value: what they are drawn from (an
 * image set, a table file with its column plan) and the split fields. The page's prepared split, the
 * worker's split tensors, the leaderboard's rows and the feedback marks all name their split by it.
 */
export function splitKey(config: LabConfig, drawnFrom: unknown): string {
  return JSON.stringify([drawnFrom, ...splitFieldNames.map((name) => config[name])]);
}
