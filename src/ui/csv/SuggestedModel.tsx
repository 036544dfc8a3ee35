import { modelIds, specOf, type ModelId } from '../../core/detectors/registry';
import { sourceOf } from '../../core/sources/registry';
import { updateConfig } from '../../store/trainingIntents';
import { useLab } from '../../store/labStore';
import { isRunning } from '../../store/selectors';
import { useT, useWords } from '../common/useT';

/**
 * The detector the tuning protocol chose for tables, offered while another one is selected: one
 * click selects it; the link's own choice is never overridden.
 */
export function SuggestedModel() {
  const t = useT();
  const words = useWords();
  const source = useLab((s) => sourceOf(s.config.dataset));
  const model = useLab((s) => s.config.model);
  const busy = useLab(isRunning);
  const suggested = source.kind === 'table' ? source.suggestedModel : undefined;
  if (!suggested || suggested === model || !(modelIds as readonly string[]).includes(suggested)) return null;
  const spec = specOf(suggested as ModelId);
  return (
    <p className="small muted" data-testid="suggested-model" data-model={suggested}>
      {t('plan.suggested', { detector: words.of(spec).label })}{' '}
      <button
        type="button"
        data-testid="use-suggested-model"
        disabled={busy}
        onClick={() => updateConfig({ model: suggested as ModelId })}
      >
        {t('plan.useSuggested', { detector: words.of(spec).label })}
      </button>
    </p>
  );
}
