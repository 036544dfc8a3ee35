import { useState } from 'react';
import { useLab } from '../../store/labStore';

/** The active backend; hover or click to see why faster ones were skipped. */
export function BackendBadge() {
  const backend = useLab((s) => s.backend);
  const [open, setOpen] = useState(false);
  const skipped = backend?.skipped ?? [];
  const explanation = skipped.length
    ? skipped.map((s) => `${s.name} skipped: ${s.reason}`).join('\n')
    : backend
      ? `${backend.active} is the first choice and works here.`
      : 'Choosing a backend…';
  return (
    <span className="badge-wrap">
      <button
        type="button"
        className={`badge badge-${backend?.active ?? 'pending'}`}
        data-testid="backend-badge"
        title={explanation}
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        {backend ? backend.active : 'starting…'}
      </button>
      {open && (
        <span className="badge-popover" role="tooltip">
          {explanation.split('\n').map((line) => (
            <span key={line}>{line}</span>
          ))}
        </span>
      )}
    </span>
  );
}
