import type { LabConfig } from '../core/config';
import { toBytes } from './ganSlice';
import { pauseTraining, updateConfig } from './trainingIntents';
import type { StepPart } from '../core/lab/runControl';
import { useLab } from './labStore';
import { api, messageOf } from './workerConnection';
import { say } from './say';

// Intents of the GAN studio: scorer switch, single steps, latent interpolation.

/** Between two steps in slow motion. */
const slowMotionMs = 300;

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

/** One D+G round while paused; or a step of the discriminator alone, or of the generator alone (GAN Lab's). */
export async function stepOnce(part: StepPart = 'both'): Promise<void> {
  await api().gan.step(part);
}

/**
 * Slow motion: the run pauses and takes one D + G step at a time, a few a second, each shown (its
 * snapshot and, on the playground, the field) before the next is asked for; off again, it stays
 * paused for Resume or single steps.
 */
export async function setSlowMotion(on: boolean): Promise<void> {
  // One loop at a time: turning it off and on again ends the older one.
  const loop = (slowMotionLoop += 1);
  useLab.setState({ ganSlowMotion: on });
  if (!on) return;
  if (useLab.getState().status === 'training') await pauseTraining();
  const going = () =>
    loop === slowMotionLoop && useLab.getState().ganSlowMotion && useLab.getState().status === 'paused';
  while (going()) {
    const shown = useLab.getState().ganSnapshots.at(-1);
    await stepOnce();
    // The step's snapshot closes it; the next waits for it (a slow device never piles steps up).
    await new Promise<void>((resolve) => {
      const stop = useLab.subscribe((s) => {
        if (s.ganSnapshots.at(-1) !== shown || !going()) {
          stop();
          resolve();
        }
      });
    });
    await new Promise((resolve) => setTimeout(resolve, slowMotionMs));
  }
  if (loop === slowMotionLoop && useLab.getState().status !== 'paused') useLab.setState({ ganSlowMotion: false });
}

let slowMotionLoop = 0;

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
