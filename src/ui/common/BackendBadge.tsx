import { useState } from 'react';
import { useLab } from '../../store/labStore';
import { useT } from '../common/useT';

/** The active backend; hover or click to see why faster ones were skipped. */
export function BackendBadge() {
  const t = useT();
  const backend = useLab((s) => s.backend);
  const [open, setOpen] = useState(false);
  const skipped = backend?.skipped ?? [];
  const explanation = skipped.length
    ? skipped.map((s) => t('badge.skipped', { name: s.name, reason: s.reason })).join('\n')
    : backend
      ? t('badge.first', { name: backend.active })
      : t('badge.choosing');
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
        {backend ? backend.active : t('badge.starting')}
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
