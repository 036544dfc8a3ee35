import type { LabConfig } from '../core/config';
import { toBytes } from './ganSlice';
import { updateConfig } from './trainingIntents';
import { useLab } from './labStore';
import { api, messageOf } from './workerConnection';
import { say } from './say';

// Intents of the GAN studio: scorer switch, single steps, latent interpolation.

/** Switches the GAN scorer; with both scorers' results at hand this needs no retraining. */
export function setScorer(scorer: LabConfig['scorer']): void {
  updateConfig({ scorer });
  // The run's scores are now this scorer's: a save, a new file and an export use it too.
  useLab.setState((s) => ({ runConfig: s.runConfig && { ...s.runConfig, scorer } }));
  void api().gan.setScorer(scorer);
  const { byScorer } = useLab.getState();
  const chosen = byScorer?.[scorer];
  if (chosen)
    useLab
      .getState()
      .setScores(chosen.testScores, chosen.trainScores, undefined, useLab.getState().results?.provenance);
}

/** One D+G round while paused. */
export async function stepOnce(): Promise<void> {
  await api().gan.step();
}

/** Picks a grid sample; with two picked, the frames between them are generated. */
export async function pickForInterpolation(index: number): Promise<void> {
  const picks = [...useLab.getState().interpolationPicks.filter((p) => p !== index), index].slice(-2);
  useLab.setState({ interpolationPicks: picks });
  if (picks.length < 2) return;
  try {
    const frames = await api().gan.interpolate(picks[0], picks[1], 12);
    useLab.setState({ interpolation: { from: picks[0], to: picks[1], frames: toBytes(frames) } });
  } catch (error) {
    useLab.setState({ errorMessage: say('err.interpolation', { reason: messageOf(error) }) });
  }
}
