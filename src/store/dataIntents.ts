import type { LabConfig } from '../core/config';
import { sourceOf } from '../core/sources/registry';
import type { SourceSpec } from '../core/sources/spec';
import { useLab } from './labStore';
import { loadImageSet, prepareSplit } from './imageSetIntents';
import { prepareTableRun, reloadTableFile } from './tableIntents';
import { preparePoints } from './pointsIntents';

/**
 * The page's side of the worker's source hosts (worker/sourceHost.ts): one way to prepare the data
 * in view, to load a source switched to, and to read it again into a fresh worker, whatever the
 * source's kind. Each kind's steps are listed here once, as the worker lists a host per kind.
 */
interface PageSourceSteps {
  /** Splits the data for the configuration (once per split); false when it cannot be trained as it stands. */
  prepare(): Promise<boolean>;
  /** Makes a source just switched to the worker's data: an image set is fetched, a table waits for its file. */
  load(): Promise<void>;
  /** Reads the source again into a fresh worker after a fault. */
  reload(): Promise<void>;
}

const steps: { [K in SourceSpec['kind']]: PageSourceSteps } = {
  'image-set': {
    async prepare() {
      // An image set is always there to split; the worker splits it again itself should the page not have.
      await prepareSplit();
      return true;
    },
    async load() {
      // The lab is still starting: it loads the chosen set itself.
      if (!useLab.getState().dataReady) return;
      useLab.setState({ status: 'loading', loadProgress: 0 });
      await loadImageSet();
      useLab.setState({ status: 'idle', loadProgress: 1 });
      await prepareSplit();
    },
    // Starting the lab again loads the image set in view.
    reload: async () => undefined,
  },
  table: {
    prepare: async () => (await prepareTableRun()) !== null,
    load: async () => void (await prepareTableRun()),
    reload: async () => void (await reloadTableFile()),
  },
  points: {
    async prepare() {
      await preparePoints();
      return true;
    },
    load: preparePoints,
    // A fresh worker holds no split: the next prepare generates the points again.
    reload: async () => undefined,
  },
};

const stepsFor = (dataset: LabConfig['dataset']) => steps[sourceOf(dataset).kind];

/** Prepares the data in view for the configuration; false when it cannot be trained as it stands. */
export const prepareData = (): Promise<boolean> => stepsFor(useLab.getState().config.dataset).prepare();

/** Loads the source in view after a switch to it. */
export const loadData = (): Promise<void> => stepsFor(useLab.getState().config.dataset).load();

/** Reads the source in view again into a fresh worker. */
export const reloadData = (): Promise<void> => stepsFor(useLab.getState().config.dataset).reload();
