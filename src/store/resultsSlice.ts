import type { StateCreator } from 'zustand';
import type { LabState, ResultsSlice } from './labState';
import { placedThreshold, viewResults } from './scoreResults';
import { activeTestIsAnomaly } from './selectors';

/** The scores of the last run as the view ranks them, the threshold and how the histogram is drawn. */
export const resultsSlice: StateCreator<LabState, [], [], ResultsSlice> = (set, get) => ({
  results: null,
  threshold: 0,
  logCounts: false,
  perClassShare: false,
  setLogCounts: (logCounts) => set({ logCounts }),
  setPerClassShare: (perClassShare) => set({ perClassShare }),
  galleryClass: null,
  setGalleryClass: (galleryClass) => set({ galleryClass }),
  setScores: (testScores, trainScores, contributions, provenance) => {
    const isAnomaly = activeTestIsAnomaly(get());
    if (!isAnomaly) return;
    const results = viewResults(get(), testScores, trainScores, isAnomaly, contributions ?? null, provenance);
    // The configured method (mean + 2 std of training errors unless the URL or the user chose
    // another) places the threshold on every fresh set of scores; a manual value stays put.
    set({ results, threshold: placedThreshold(get(), results) });
  },
});
