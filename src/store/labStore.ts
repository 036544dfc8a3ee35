import { create } from 'zustand';
import { ganSlice } from './ganSlice';
import { leaderboardSlice } from './leaderboardSlice';
import { projectSlice } from './projectSlice';
import { newFileSlice } from './newFileSlice';
import { feedbackSlice } from './feedbackSlice';
import { searchSlice } from './searchSlice';
import { probeSlice } from './probeSlice';
import { playgroundSlice } from './playgroundSlice';
import { monitorSlice } from './monitorSlice';
import type { LabState } from './labState';
import { settingsSlice } from './settingsSlice';
import { environmentSlice } from './environmentSlice';
import { runSlice } from './runSlice';
import { resultsSlice } from './resultsSlice';
import { tableSlice } from './tableSlice';

/**
 * The page's one store, composed from its slices (each in its own module, its types in labState.ts),
 * so a slice's fields and actions are read in one place and this module only puts them together.
 */
export const useLab = create<LabState>()((...a) => ({
  ...settingsSlice(...a),
  ...environmentSlice(...a),
  ...runSlice(...a),
  ...resultsSlice(...a),
  ...tableSlice(...a),
  ...ganSlice((patch) => a[0](patch)),
  ...leaderboardSlice(),
  ...projectSlice(),
  ...newFileSlice(),
  ...feedbackSlice(),
  ...searchSlice(),
  ...probeSlice(),
  ...playgroundSlice(),
  ...monitorSlice(),
}));
