import type { StateCreator } from 'zustand';
import type { EnvironmentSlice, LabState } from './labState';

/** The backend, the data's loading and the errors and recoveries the page reports. */
export const environmentSlice: StateCreator<LabState, [], [], EnvironmentSlice> = (set) => ({
  backend: null,
  dataReady: false,
  loadProgress: 0,
  errorMessage: null,
  setError: (errorMessage) => set({ errorMessage }),
  recoveryNotice: null,
  dismissRecovery: () => set({ recoveryNotice: null }),
});
