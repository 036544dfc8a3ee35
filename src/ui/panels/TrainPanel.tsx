import { specOf } from '../../core/detectors/registry';
import { sourceOf, sources } from '../../core/sources/registry';
import { stepOnce } from '../../store/ganIntents';
import { pauseTraining, resumeTraining, startTraining, stopTraining } from '../../store/trainingIntents';
import { resetLab } from '../../store/labIntents';
import { stopSearch } from '../../store/searchIntents';
import { useLab } from '../../store/labStore';
import { isRunning } from '../../store/selectors';
import { useT } from '../common/useT';
import { PanelTitle } from '../teach/HelpNote';

/** Play / Pause / Resume / Stop / Reset, the run's status and its progress. */
export function TrainPanel() {
  const t = useT();
  const status = useLab((s) => s.status);
  const epoch = useLab((s) => s.epoch);
  const epochs = useLab((s) => s.epochs);
  const dataReady = useLab((s) => s.dataReady);
  const loadProgress = useLab((s) => s.loadProgress);
  const lastLoss = useLab((s) => s.stepLosses.last()?.loss);
  const running = isRunning({ status });
  // A settings search keeps the worker busy: its own panel pauses it; Stop here stops it.
  const searching = useLab((s) => s.search?.status === 'running' || s.search?.status === 'paused');
  const spec = useLab((s) => specOf(s.config.model));
  // The series, not its last row: a selector must return a stable value (a fresh object each call loops).
  const lastGan = useLab((s) => s.ganStats).last();
  const unit = spec.progress;
  // What is loading: the chosen image set (a table view keeps the first image set loaded).
  const loading = useLab((s) => {
    const source = sourceOf(s.config.dataset);
    return source.kind === 'image-set' ? source.shortName : sources.find((x) => x.kind === 'image-set')!.shortName;
  });
  const adversarial = spec.views.includes('adversarial-charts');

  return (
    <section className="card train" aria-label={t('train.region')}>
      <PanelTitle panel="train">{t('train.region')}</PanelTitle>
      <div className="buttons">
        <button
          type="button"
          className="primary"
          data-testid="train-button"
          disabled={status === 'loading' || running}
          onClick={() => void startTraining()}
        >
          {dataReady || status !== 'error' ? t('train.train') : t('train.retry')}
        </button>
        <button
          type="button"
          data-testid="pause-button"
          disabled={!running || searching}
          onClick={() => void (status === 'paused' ? resumeTraining() : pauseTraining())}
        >
          {status === 'paused' ? t('train.resume') : t('train.pause')}
        </button>
        {spec.views.includes('single-step') && (
          <button
            type="button"
            data-testid="step-button"
            disabled={status !== 'paused'}
            onClick={() => void stepOnce()}
            title={t('train.stepTitle')}
          >
            {t('train.step')}
          </button>
        )}
        <button
          type="button"
          data-testid="stop-button"
          disabled={!running}
          onClick={() => void (searching ? stopSearch() : stopTraining())}
        >
          {t('train.stop')}
        </button>
        <button
          type="button"
          data-testid="reset-button"
          disabled={!dataReady || status === 'loading'}
          onClick={() => void resetLab()}
        >
          {t('train.reset')}
        </button>
      </div>
      <div className="status" data-testid="train-status" data-status={status} aria-live="polite">
        <strong>{t(`status.${status}`)}</strong>
        {status === 'loading' && (
          <span>
            {' '}
            {t('train.loading', { name: loading })} {Math.round(loadProgress * 100)}%
          </span>
        )}
        {(running || status === 'done') && (
          <span>
            {' '}
            {unit === 'percent'
              ? t('train.fitted', { percent: epoch })
              : t(`train.progress.${unit}`, { done: epoch, total: epochs })}
            {!adversarial && lastLoss !== undefined && <> · {t('train.loss', { value: lastLoss.toFixed(5) })}</>}
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
        <progress
          data-testid="load-progress"
          max={1}
          value={loadProgress}
          aria-label={t('train.loading', { name: loading })}
        />
      ) : (
        <progress
          data-testid="epoch-progress"
          max={Math.max(epochs, 1)}
          value={epoch}
          aria-label={t(`train.progressLabel.${unit}`)}
        />
      )}
    </section>
  );
}
