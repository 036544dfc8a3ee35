import type { StateCreator } from 'zustand';
import { StepSeries } from '../core/series/stepSeries';
import type { LabState, RunSlice } from './labState';

/** An empty per-step loss series. */
export const emptyStepLosses = () => StepSeries.empty(1, (step, value) => ({ step, loss: value(0) }));

/** What a run leaves in this slice, empty: its part of the one reset. */
export function runReset(): Omit<RunSlice, 'status' | 'prepared' | 'preparedKey'> {
  return {
    epoch: 0,
    epochs: 0,
    stepLosses: emptyStepLosses(),
    epochLosses: [],
    reconstructions: null,
    noisyInputs: null,
    latent: null,
    decoded: null,
    field: null,
  };
}

/** The run's status, its split and what training has shown so far; the worker's events write it. */
export const runSlice: StateCreator<LabState, [], [], RunSlice> = () => ({
  status: 'idle',
  prepared: null,
  preparedKey: null,
  ...runReset(),
});
