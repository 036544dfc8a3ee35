import { useState } from 'react';
import { specOf } from '../../core/detectors/registry';
import { forgetChoice } from '../../store/backendMemory';
import { useLab } from '../../store/labStore';
import { useLocale, useT, useWords } from '../common/useT';

/**
 * The active backend; click for why: each backend's measured training rate (`auto`), the WASM
 * threads, and why a backend was skipped.
 */
export function BackendBadge() {
  const t = useT();
  const words = useWords();
  const locale = useLocale();
  const backend = useLab((s) => s.backend);
  const model = useLab((s) => s.config.model);
  const [open, setOpen] = useState(false);
  const skipped = (backend?.skipped ?? []).map((s) => t('badge.skipped', { name: s.name, reason: s.reason }));
  const rates = backend?.rates ?? [];
  const rateText = (samplesPerSecond: number) =>
    Math.round(samplesPerSecond).toLocaleString(locale, { maximumFractionDigits: 0 });
  const rateLines = rates.map((r) => {
    const software = backend?.devices[r.name]?.software ? ` ${t('badge.software')}` : '';
    return `${r.name}: ${t('badge.rate', { rate: rateText(r.samplesPerSecond) })}${software}`;
  });
  const threads =
    backend?.wasmThreads === undefined
      ? null
      : backend.wasmThreads > 1
        ? t('badge.threads', { count: String(backend.wasmThreads) })
        : t('badge.oneThread');
  const heading = !backend
    ? t('badge.choosing')
    : backend.measurement
      ? t(backend.measurement === 'measured' ? 'badge.measured' : 'badge.remembered', {
          name: backend.active,
          detector: words.of(specOf(model)).label,
        })
      : skipped.length
        ? null
        : t('badge.first', { name: backend.active });
  const explanation = [heading, ...rateLines, ...skipped, threads].filter(Boolean).join('\n');
  const remeasure = () => {
    if (!backend) return;
    forgetChoice(model, backend.deviceKey);
    location.reload();
  };
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
          {heading && <span>{heading}</span>}
          {rates.length > 0 && (
            <ul className="badge-rates" data-testid="backend-rates">
              {rates.map((r, i) => (
                <li
                  key={r.name}
                  data-backend={r.name}
                  data-rate={r.samplesPerSecond.toFixed(1)}
                  aria-current={r.name === backend?.active ? 'true' : undefined}
                >
                  {rateLines[i]}
                </li>
              ))}
            </ul>
          )}
          {skipped.map((line) => (
            <span key={line}>{line}</span>
          ))}
          {threads && (
            <span data-testid="wasm-threads" data-threads={backend?.wasmThreads}>
              {threads}
            </span>
          )}
          {backend?.measurement && (
            <button type="button" className="badge-remeasure" data-testid="backend-remeasure" onClick={remeasure}>
              {t('badge.remeasure')}
            </button>
          )}
        </span>
      )}
    </span>
  );
}
