import type { GanScorer } from '../../gan/scorers';
import type { FittedDetector } from '../fitted';
import { disposeGanState, ganScorer, interpolateGrid, scorersOf, type GanState } from './run';
import { saveGan } from './saved';

/** A trained GAN as the lab uses it; its state stays reachable for the family (reopening, the studio's views). */
export interface FittedGan extends FittedDetector {
  readonly state: GanState;
}

/**
 * A GAN's scores come from the scorer chosen (the discriminator's, or the f-AnoGAN encoder's once it
 * is trained); it steps while paused and interpolates between its grid's samples.
 */
export function fittedGan(id: string, state: GanState, scorer: GanScorer): FittedGan {
  let chosen = scorer;
  return {
    id,
    state,
    score: (x, batch) => ganScorer(state, chosen, batch)(x),
    save: () => saveGan(id, state),
    networks: () => ({ ...state.gan.networks(), ...(state.encoder ? { encoder: state.encoder.network } : {}) }),
    stepsWhilePaused: true,
    interpolate: (from, to, frames) => interpolateGrid(state, from, to, frames),
    chooseScorer: (name) => {
      chosen = name === 'encoder' ? 'encoder' : 'disc';
    },
    scoreEach: async (x, batch) => {
      const each: Record<string, Float32Array> = {};
      for (const name of scorersOf(state)) each[name] = await ganScorer(state, name, batch)(x);
      return each;
    },
    dispose: () => disposeGanState(state),
  };
}
