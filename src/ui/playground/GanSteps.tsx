import { setSlowMotion, stepOnce } from '../../store/ganIntents';
import { useLab } from '../../store/labStore';
import { useT } from '../common/useT';

/**
 * GAN Lab's teaching device on the playground: while the run is paused, a step of the discriminator
 * alone or of the generator alone, each with its own count of updates; and slow motion, one D + G
 * step at a time, a few a second.
 */
export function GanSteps() {
  const t = useT();
  const paused = useLab((s) => s.status === 'paused');
  const running = useLab((s) => s.status === 'training' || s.status === 'paused');
  const updates = useLab((s) => s.ganSnapshots.at(-1)?.updates) ?? { discriminator: 0, generator: 0 };
  const slow = useLab((s) => s.ganSlowMotion);
  return (
    <fieldset className="gan-steps">
      <legend>{t('playground.ganLegend')}</legend>
      <p className="small muted">{t('playground.ganAbout')}</p>
      <div className="row">
        <button
          type="button"
          data-testid="gan-step-d"
          data-count={updates.discriminator}
          disabled={!paused || slow}
          onClick={() => void stepOnce('discriminator')}
        >
          {t('playground.stepD', { count: updates.discriminator })}
        </button>
        <button
          type="button"
          data-testid="gan-step-g"
          data-count={updates.generator}
          disabled={!paused || slow}
          onClick={() => void stepOnce('generator')}
        >
          {t('playground.stepG', { count: updates.generator })}
        </button>
        <button
          type="button"
          data-testid="gan-slow"
          aria-pressed={slow}
          disabled={!running}
          onClick={() => void setSlowMotion(!slow)}
        >
          {t('playground.slowMotion')}
        </button>
      </div>
    </fieldset>
  );
}
