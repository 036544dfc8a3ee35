import { specOf } from '../../core/detectors/registry';
import { sourceOf, sources } from '../../core/sources/registry';
import { stepOnce } from '../../store/ganIntents';
import { pauseTraining, resumeTraining, startTraining, stopTraining } from '../../store/labClient';
import { resetLab } from '../../store/runState';
import { isRunning, useLab } from '../../store/labStore';

const statusText = {
  idle: 'Ready',
  loading: 'Loading',
  training: 'Training',
  paused: 'Paused',
  done: 'Done',
  error: 'Stopped with an error',
} as const;

/** Play / Pause / Resume / Stop / Reset, the run's status and its progress. */
export function TrainPanel() {
  const status = useLab((s) => s.status);
  const epoch = useLab((s) => s.epoch);
  const epochs = useLab((s) => s.epochs);
  const dataReady = useLab((s) => s.dataReady);
  const loadProgress = useLab((s) => s.loadProgress);
  const lastLoss = useLab((s) => s.stepLosses[s.stepLosses.length - 1]?.loss);
  const running = isRunning({ status });
  const spec = useLab((s) => specOf(s.config.model));
  const lastGan = useLab((s) => s.ganStats[s.ganStats.length - 1]);
  const unit = spec.progress;
  // What is loading: the chosen image set (a table view keeps the first image set loaded).
  const loading = useLab((s) => {
    const source = sourceOf(s.config.dataset);
    return source.kind === 'image-set' ? source.shortName : sources.find((x) => x.kind === 'image-set')!.shortName;
  });
  const adversarial = spec.views.includes('adversarial-charts');

  return (
    <section className="card train" aria-label="Training">
      <div className="buttons">
        <button
          type="button"
          className="primary"
          data-testid="train-button"
          disabled={status === 'loading' || running}
          onClick={() => void startTraining()}
        >
          {dataReady || status !== 'error' ? '▶ Train' : '↻ Retry'}
        </button>
        <button
          type="button"
          data-testid="pause-button"
          disabled={!running}
          onClick={() => void (status === 'paused' ? resumeTraining() : pauseTraining())}
        >
          {status === 'paused' ? '▶ Resume' : '❚❚ Pause'}
        </button>
        {spec.views.includes('single-step') && (
          <button
            type="button"
            data-testid="step-button"
            disabled={status !== 'paused'}
            onClick={() => void stepOnce()}
            title="One discriminator + generator round, then paused again"
          >
            ⏭ Step
          </button>
        )}
        <button type="button" data-testid="stop-button" disabled={!running} onClick={() => void stopTraining()}>
          ■ Stop
        </button>
        <button
          type="button"
          data-testid="reset-button"
          disabled={!dataReady || status === 'loading'}
          onClick={() => void resetLab()}
        >
          ↺ Reset
        </button>
      </div>
      <div className="status" data-testid="train-status" data-status={status} aria-live="polite">
        <strong>{statusText[status]}</strong>
        {status === 'loading' && (
          <span>
            {' '}
            {loading} {Math.round(loadProgress * 100)}%
          </span>
        )}
        {(running || status === 'done') && (
          <span>
            {' '}
            {unit === 'percent' ? `fitted ${epoch}%` : `${unit} ${epoch}/${epochs}`}
            {!adversarial && lastLoss !== undefined && <> · loss {lastLoss.toFixed(5)}</>}
            {adversarial && lastGan && (
              <>
                {' '}
                · D {lastGan.dLoss.toFixed(3)} · G {lastGan.gLoss.toFixed(3)}
              </>
            )}
          </span>
        )}
      </div>
      {status === 'loading' ? (
        <progress data-testid="load-progress" max={1} value={loadProgress} aria-label={`Loading ${loading}`} />
      ) : (
        <progress
          data-testid="epoch-progress"
          max={Math.max(epochs, 1)}
          value={epoch}
          aria-label={{ step: 'Steps completed', epoch: 'Epochs completed', percent: 'Share of the fit done' }[unit]}
        />
      )}
    </section>
  );
}
