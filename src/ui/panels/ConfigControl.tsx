import { useState } from 'react';
import { fieldByName, type LabConfig } from '../../core/config';
import { updateConfig } from '../../store/labClient';
import { useLab } from '../../store/labStore';

type Editable = Exclude<keyof LabConfig, 'autostart' | 'dataset'>;
type Props = { name: Editable; disabled?: boolean; onCommitted?: () => void };

/** Parses typed text for a field, or undefined when it is out of range or malformed. */
function parseDraft(name: Editable, draft: string): unknown {
  const field = fieldByName(name);
  if (field.kind === 'intList') {
    const parts = draft.split(',').map((p) => p.trim()).filter(Boolean).map(Number);
    const ok = parts.every((v) => Number.isInteger(v) && v >= field.min && v <= field.max) &&
      parts.length >= field.minLength && parts.length <= field.maxLength;
    return ok ? parts : undefined;
  }
  if (field.kind === 'int' || field.kind === 'number') {
    const v = Number(draft);
    const ok = draft.trim() !== '' && Number.isFinite(v) && v >= field.min && v <= field.max && (field.kind === 'number' || Number.isInteger(v));
    return ok ? v : undefined;
  }
  return undefined;
}

/** A text field that commits on blur or Enter, and only when valid, so typing never half-applies. */
function TextControl({ name, disabled, onCommitted, shown }: Props & { shown: string }) {
  const field = fieldByName(name);
  const [draft, setDraft] = useState(shown);
  const [invalid, setInvalid] = useState(false);
  const range = 'min' in field ? `${field.min} to ${field.max}` : '';
  const commit = () => {
    const parsed = parseDraft(name, draft);
    setInvalid(parsed === undefined);
    if (parsed !== undefined && String(parsed) !== shown) {
      updateConfig({ [name]: parsed });
      onCommitted?.();
    }
  };
  return (
    <label htmlFor={`config-${name}`}>
      {field.label}
      <input
        id={`config-${name}`}
        data-testid={`config-${name}`}
        value={draft}
        disabled={disabled}
        aria-invalid={invalid}
        title={field.kind === 'intList' ? `comma-separated, each ${range}` : range}
        inputMode={field.kind === 'intList' ? 'text' : 'decimal'}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
      />
      {invalid && <small className="invalid">expected {range}</small>}
    </label>
  );
}

/**
 * One control for one configuration field, derived from its declaration in core/config.ts
 * (kind, range, default), so adding a field needs no hand-written form.
 */
export function ConfigControl(props: Props) {
  const { name, disabled, onCommitted } = props;
  const field = fieldByName(name);
  const value = useLab((s) => s.config[name]);
  const shown = Array.isArray(value) ? value.join(',') : String(value);

  if (field.kind === 'enum') {
    return (
      <label htmlFor={`config-${name}`}>
        {field.label}
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
            <option key={v}>{v}</option>
          ))}
        </select>
      </label>
    );
  }
  // Keyed by the stored value: an outside change (URL, reset) starts a fresh draft.
  return <TextControl key={shown} {...props} shown={shown} />;
}
