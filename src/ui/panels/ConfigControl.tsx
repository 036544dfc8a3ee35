import { useState } from 'react';
import { fieldByName, type LabConfig } from '../../core/config';
import { parseConfigValue } from '../../core/configQuery';
import { updateConfig } from '../../store/trainingIntents';
import { useLab } from '../../store/labStore';
import { useLanguage, useT, useWords } from '../common/useT';
import { problemText } from '../../i18n/configMessages';
import { specOf, type ModelId } from '../../core/detectors/registry';

type Editable = Exclude<keyof LabConfig, 'autostart' | 'dataset'>;
type Props = {
  name: Editable;
  disabled?: boolean;
  onCommitted?: () => void;
  /** The value a run will use instead of the stored default (a table sizes its own model). */
  sized?: string;
};

/** A text field that commits on blur or Enter, and only when valid, so typing never half-applies. */
function TextControl({ name, disabled, onCommitted, shown, sized }: Props & { shown: string }) {
  const t = useT();
  const language = useLanguage();
  const words = useWords();
  const field = fieldByName(name);
  const [draft, setDraft] = useState(shown);
  // The same rules as the URL (core/config.ts), so a value valid in one is valid in the other.
  const [invalidReason, setInvalidReason] = useState<string | null>(null);
  const range = 'min' in field ? t('config.range', { min: field.min, max: field.max }) : '';
  const commit = () => {
    const parsed = parseConfigValue(name, draft);
    setInvalidReason(parsed.ok ? null : problemText(language, parsed.problem));
    if (parsed.ok && String(parsed.value) !== shown) {
      updateConfig({ [name]: parsed.value });
      onCommitted?.();
    }
  };
  return (
    <label htmlFor={`config-${name}`}>
      {words.field(field)}
      {sized !== undefined && (
        <small className="sized-mark" data-testid={`sized-${name}`} title={t('config.sizedTitle')}>
          {' '}
          {t('config.sizedMark')}
        </small>
      )}
      <input
        id={`config-${name}`}
        data-testid={`config-${name}`}
        value={draft}
        disabled={disabled}
        aria-invalid={invalidReason !== null}
        title={field.kind === 'intList' ? t('config.listTitle', { range }) : range}
        inputMode={field.kind === 'intList' ? 'text' : 'decimal'}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
      />
      {invalidReason && <small className="invalid">{invalidReason}</small>}
    </label>
  );
}

/**
 * One control for one configuration field, derived from its declaration in core/config.ts
 * (kind, range, default), so adding a field needs no hand-written form.
 */
export function ConfigControl(props: Props) {
  const words = useWords();
  const { name, disabled, onCommitted } = props;
  const field = fieldByName(name);
  const value = useLab((s) => s.config[name]);
  const shown = props.sized ?? (Array.isArray(value) ? value.join(',') : String(value));
  if (field.kind === 'enum') {
    // The model picker names detectors in the page's language; other enums show their values.
    const optionLabel = (v: string) =>
      name === 'model' ? words.of(specOf(v as ModelId)).label : words.option(field, v);
    return (
      <label htmlFor={`config-${name}`}>
        {words.field(field)}
        <select
          id={`config-${name}`}
          data-testid={`config-${name}`}
          value={shown}
          disabled={disabled}
          onChange={(e) => {
            updateConfig({ [name]: e.target.value });
            onCommitted?.();
          }}
        >
          {field.values.map((v) => (
            <option key={v} value={v}>
              {optionLabel(v)}
            </option>
          ))}
        </select>
      </label>
    );
  }
  // Keyed by the stored value: an outside change (URL, reset) starts a fresh draft.
  return <TextControl key={shown} {...props} shown={shown} />;
}
