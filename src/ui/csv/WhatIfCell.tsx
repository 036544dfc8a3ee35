import { useLab } from '../../store/labStore';
import { editWhatIf } from '../../store/whatIfIntents';
import { useT } from '../common/useT';

/** Steps a numeric column's slider takes over its range. */
const sliderSteps = 200;

/**
 * One column of the open row, editable ("what if"): a number with a slider over the column's range
 * in the file, or a category from the values the model was trained with.
 */
export function WhatIfCell({ column, name }: { column: number; name: string }) {
  const t = useT();
  const whatIf = useLab((s) => s.whatIf);
  const profile = useLab((s) => s.tableSummary?.profiles[column]);
  if (!whatIf) return null;
  const text = whatIf.cells[column] ?? '';
  const choices = whatIf.choices[column];
  const label = t('whatIf.cellLabel', { column: name });
  if (choices) {
    const options = choices.includes(text) ? choices : [text, ...choices];
    return (
      <span className="whatif-cell" data-testid="whatif-cell" data-column={name}>
        <select aria-label={label} value={text} onChange={(e) => editWhatIf(column, e.target.value)}>
          {options.map((value) => (
            <option key={value} value={value}>
              {value === '' ? t('whatIf.missing') : value}
            </option>
          ))}
        </select>
      </span>
    );
  }
  const low = profile?.min ?? Number.NaN;
  const high = profile?.max ?? Number.NaN;
  const ranged = Number.isFinite(low) && Number.isFinite(high) && high > low;
  const value = Number(text);
  return (
    <span className="whatif-cell" data-testid="whatif-cell" data-column={name}>
      <input
        type="number"
        aria-label={label}
        value={text}
        step="any"
        onChange={(e) => editWhatIf(column, e.target.value)}
      />
      {ranged && (
        <input
          type="range"
          aria-label={t('whatIf.sliderLabel', { column: name })}
          min={low}
          max={high}
          step={(high - low) / sliderSteps}
          value={Number.isFinite(value) ? Math.min(Math.max(value, low), high) : low}
          onChange={(e) => editWhatIf(column, e.target.value)}
        />
      )}
    </span>
  );
}
