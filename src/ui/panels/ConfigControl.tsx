import { useEffect, useState } from 'react';
import { fieldByName, type LabConfig } from '../../core/config';
import { updateConfig } from '../../store/labClient';
import { useLab } from '../../store/labStore';

type Editable = Exclude<keyof LabConfig, 'autostart' | 'dataset'>;

/**
 * One control for one configuration field, derived from its declaration in core/config.ts
 * (kind, range, default), so adding a field needs no hand-written form.
 */
export function ConfigControl({ name, disabled, onCommitted }: { name: Editable; disabled?: boolean; onCommitted?: () => void }) {
  const field = fieldByName(name);
  const value = useLab((s) => s.config[name]);
  const shown = Array.isArray(value) ? value.join(',') : String(value);
  const [draft, setDraft] = useState(shown);
  const [invalid, setInvalid] = useState(false);
  useEffect(() => setDraft(shown), [shown]);
  const id = `config-${name}`;

  if (field.kind === 'enum') {
    return (
      <label htmlFor={id}>
        {field.label}
        <select id={id} data-testid={id} value={shown} disabled={disabled} onChange={(e) => {
          updateConfig({ [name]: e.target.value });
          onCommitted?.();
        }}>
          {field.values.map((v) => (
            <option key={v}>{v}</option>
          ))}
        </select>
      </label>
    );
  }

  // Text-like fields commit on blur or Enter, and only when valid, so typing never half-applies.
  const commit = () => {
    let parsed: unknown;
    if (field.kind === 'intList') {
      const parts = draft.split(',').map((p) => p.trim()).filter(Boolean).map(Number);
      const ok = parts.every((v) => Number.isInteger(v) && v >= field.min && v <= field.max) &&
        parts.length >= field.minLength && parts.length <= field.maxLength;
      parsed = ok ? parts : undefined;
    } else if (field.kind === 'int' || field.kind === 'number') {
      const v = Number(draft);
      const ok = draft.trim() !== '' && Number.isFinite(v) && v >= field.min && v <= field.max && (field.kind === 'number' || Number.isInteger(v));
      parsed = ok ? v : undefined;
    }
    setInvalid(parsed === undefined);
    if (parsed !== undefined && String(parsed) !== String(value)) {
      updateConfig({ [name]: parsed });
      onCommitted?.();
    }
  };
  const range = 'min' in field ? `${field.min} to ${field.max}` : '';
  return (
    <label htmlFor={id}>
      {field.label}
      <input
        id={id}
        data-testid={id}
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
