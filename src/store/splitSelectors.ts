import type { LabConfig } from '../core/config';
import { specOf } from '../core/detectors/registry';
import { splitKey } from '../core/lab/splitKey';
import { isTableSource } from '../core/sources/registry';
import type { LabState } from './labState';

/**
 * The split a configuration draws on the page's data (core's splitKey): an image set by its name, a
 * table by its file's fingerprint and column plan.
 */
export function pageSplitKey(state: Pick<LabState, 'tableSummary' | 'tablePlan'>, config: LabConfig): string {
  const { dataset } = config;
  const drawnFrom = isTableSource(dataset) ? [dataset, state.tableSummary?.fingerprint, state.tablePlan] : [dataset];
  return splitKey(config, drawnFrom);
}

/**
 * The training and test sets a result belongs to, so the leaderboard and the feedback marks only
 * compare like with like: the split, and which of its items the detector trains on (a GAN on all
 * digits trains on another set than one on the normal digits).
 */
export function recordSplitKey(state: Pick<LabState, 'tableSummary' | 'tablePlan'>, config: LabConfig): string {
  const trainsOn = specOf(config.model).trainsOn?.(config) ?? 'normal';
  return JSON.stringify([pageSplitKey(state, config), trainsOn]);
}

/** Whether the page holds the split the configuration asks for (prepared once, kept until it changes). */
export function splitPrepared(state: Pick<LabState, 'tableSummary' | 'tablePlan' | 'config' | 'preparedKey'>): boolean {
  return state.preparedKey !== null && state.preparedKey === pageSplitKey(state, state.config);
}
