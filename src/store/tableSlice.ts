import type { StateCreator } from 'zustand';
import type { LabState, TableSlice } from './labState';

/** A table's summary, column plan and split, and the rows looked at closely; tableIntents writes it. */
export const tableSlice: StateCreator<LabState, [], [], TableSlice> = () => ({
  tableSummary: null,
  tablePlan: null,
  tableLoad: null,
  planProblem: null,
  restoredFrom: null,
  attributions: new Map(),
  rowDetail: null,
  sequenceDetail: null,
  whatIf: null,
  sequenceDrawing: null,
});
