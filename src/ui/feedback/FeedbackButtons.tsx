import type { Mark, MarkKey } from '../../core/detect/feedback';
import { activeMarks, toggleMark } from '../../store/feedbackIntents';
import { useLab } from '../../store/labStore';

const kinds: { mark: Mark; symbol: string; words: string }[] = [
  { mark: 'anomaly', symbol: '✗', words: 'confirmed anomaly' },
  { mark: 'normal', symbol: '✓', words: 'actually normal' },
];

/** "Confirmed anomaly" / "actually normal" for one item; pressing a pressed one takes the mark off. */
export function FeedbackButtons({ itemKey, label }: { itemKey: MarkKey; label: string }) {
  const current = useLab((s) => activeMarks(s).get(itemKey));
  return (
    <span className="feedback-buttons" data-mark={current ?? ''}>
      {kinds.map(({ mark, symbol, words }) => (
        <button
          key={mark}
          type="button"
          data-testid={`feedback-${mark}`}
          aria-pressed={current === mark}
          aria-label={`${label}: ${words}`}
          title={words[0].toUpperCase() + words.slice(1)}
          onClick={() => toggleMark(itemKey, mark)}
        >
          {symbol}
        </button>
      ))}
    </span>
  );
}
