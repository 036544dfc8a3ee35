import type { Message } from '../core/messages';
import { messageText } from '../i18n/translate';
import { useLab } from './labStore';
import { isRunning } from './selectors';
import { startTraining } from './trainingIntents';
import { forgetStart, initLab, watchDeviceLoss } from './labIntents';
import { clearRun, runToken } from './currentRun';
import { checkpointOf } from './checkpoint';
import { configToQuery } from '../core/configQuery';
import { pageLanguage, say } from './say';
import { reloadData } from './dataIntents';
import { api, restartWorker, watchWorkerCrashes } from './workerConnection';

/**
 * Faults the worker cannot survive: its GPU device lost (driver reset, a backgrounded tab on some
 * systems), or the worker itself failing (an exception in a kernel, out of memory). The page
 * starts a fresh worker, picks the backend again (a fresh worker gets a fresh device, or the next
 * backend), loads the data again, keeps the settings and everything saved (the model library and
 * projects live in IndexedDB, the leaderboard on the page), says what happened, and runs the
 * interrupted training again with the same settings: an autoencoder's from its last epoch's
 * checkpoint, any other from the start.
 */
let recovering = false;
/** Faults recovered from since the page loaded: a fault that keeps coming back stops the retries. */
let recoveries = 0;
const maxRecoveries = 3;

async function recover(what: string): Promise<void> {
  if (recovering) return;
  recovering = true;
  recoveries += 1;
  const state = useLab.getState();
  const wasTraining = isRunning(state);
  // The interrupted run's last checkpoint, if it is an autoencoder's and reached an epoch's end.
  const checkpoint = wasTraining ? checkpointOf(runToken()) : null;
  const sameRun = checkpoint && state.runConfig && configToQuery(state.runConfig) === configToQuery(state.config);
  const resume = sameRun ? checkpoint : undefined;
  restartWorker();
  forgetStart();
  clearRun({ status: 'loading' });
  if (recoveries > maxRecoveries) {
    useLab.setState({ status: 'error', errorMessage: say('recovery.gaveUp', { what }) });
    recovering = false;
    return;
  }
  try {
    await initLab();
    await reloadData();
    const backend = useLab.getState().backend?.active ?? '';
    const did = !wasTraining ? 'recovery.ready' : resume ? 'recovery.resumed' : 'recovery.restarted';
    useLab.setState({
      recoveryNotice: say(did, { what, backend, epoch: resume?.epoch ?? 0 }),
      errorMessage: null,
    });
    recovering = false;
    if (wasTraining) await startTraining(undefined, resume);
  } catch (error) {
    recovering = false;
    useLab.setState({ status: 'error', errorMessage: say('recovery.failed', { what, reason: String(error) }) });
  }
}

/** The heartbeat: while a run is on, a worker that has not answered a ping for this long is gone. */
const silentLimitMs = 30_000;
let pingSentAt: number | null = null;

function heartbeat(): void {
  if (recovering || !isRunning(useLab.getState())) {
    pingSentAt = null;
    return;
  }
  if (pingSentAt !== null) {
    if (performance.now() - pingSentAt > silentLimitMs) {
      pingSentAt = null;
      void recover(say('recovery.silent', { seconds: String(silentLimitMs / 1000) }));
    }
    return;
  }
  const sent = performance.now();
  pingSentAt = sent;
  void api()
    .ping()
    .then(() => {
      if (pingSentAt === sent) pingSentAt = null;
    });
}

let started = false;

/** Starts watching for faults (once, when the lab starts). */
export function watchFaults(): void {
  if (started) return;
  started = true;
  watchWorkerCrashes((reason) => void recover(say('recovery.crashed', { reason })));
  watchDeviceLoss((message: Message) => void recover(messageText(pageLanguage(), message)));
  setInterval(heartbeat, 2000);
}
