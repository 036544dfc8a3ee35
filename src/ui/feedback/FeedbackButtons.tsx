import type { Mark, MarkKey } from '../../core/detect/feedback';
import { activeMarks, toggleMark } from '../../store/feedbackIntents';
import { useLab } from '../../store/labStore';
import { useT } from '../common/useT';
import type { MessageKey } from '../../i18n/translate';

const kinds: { mark: Mark; symbol: string; words: MessageKey }[] = [
  { mark: 'anomaly', symbol: '✗', words: 'feedbackButtons.anomaly' },
  { mark: 'normal', symbol: '✓', words: 'feedbackButtons.normal' },
];

/** "Confirmed anomaly" / "actually normal" for one item; pressing a pressed one takes the mark off. */
export function FeedbackButtons({ itemKey, label }: { itemKey: MarkKey; label: string }) {
  const t = useT();
  const current = useLab((s) => activeMarks(s).get(itemKey));
  return (
    <span className="feedback-buttons" data-mark={current ?? ''}>
      {kinds.map(({ mark, symbol, words }) => (
        <button
          key={mark}
          type="button"
          data-testid={`feedback-${mark}`}
          aria-pressed={current === mark}
          aria-label={`${label}: ${t(words)}`}
          title={t(words)}
          onClick={() => toggleMark(itemKey, mark)}
        >
          {symbol}
        </button>
      ))}
    </span>
  );
}
