import { specOf } from '../../core/detectors/registry';
import type { ModelId } from '../../core/detectors/registry';
import { startTraining } from '../../store/trainingIntents';
import { useLab } from '../../store/labStore';
import { isRunning } from '../../store/selectors';
import { useT, useWords } from '../common/useT';

/** Says that the detector on screen is a shipped start, what it reached, and offers to train one's own. */
export function PretrainedBanner() {
  const t = useT();
  const words = useWords();
  const start = useLab((s) => s.openedProject?.start);
  const busy = useLab(isRunning);
  if (!start) return null;
  return (
    <section
      className="card pretrained"
      data-testid="pretrained-start"
      data-start={start.id}
      aria-labelledby="pretrained-title"
    >
      <h2 id="pretrained-title">{t('pretrained.title')}</h2>
      <p>
        {t('pretrained.body', {
          detector: words.of(specOf(start.model as ModelId)).label,
          minutes: start.minutes,
          backend: start.backend,
        })}{' '}
        {start.classifierScore !== null
          ? t('pretrained.classifierScore', { value: start.classifierScore.toFixed(2) })
          : start.auroc !== null && t('pretrained.auroc', { value: start.auroc.toFixed(4) })}
      </p>
      <button
        type="button"
        className="primary"
        data-testid="train-your-own"
        title={t('pretrained.trainYourOwnTitle')}
        disabled={busy}
        onClick={() => void startTraining()}
      >
        {t('pretrained.trainYourOwn')}
      </button>
    </section>
  );
}
