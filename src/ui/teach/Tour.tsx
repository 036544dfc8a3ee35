import { useEffect, useRef, useState } from 'react';
import type { MessageKey } from '../../i18n/translate';
import { useT } from '../common/useT';

/** The tour's stops: the element each points at (`data-tour`), in reading order. */
const stops = ['header', 'data', 'model', 'train', 'detect', 'lessons'] as const;

/**
 * A skippable guided tour of the main view: one step at a time beside the part it explains, which is
 * outlined and scrolled into view. Keyboard: arrows or Enter move on, Escape leaves.
 */
export function Tour() {
  const t = useT();
  const [step, setStep] = useState<number | null>(null);
  const next = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (step === null) return;
    const target = document.querySelector<HTMLElement>(`[data-tour="${stops[step]}"]`);
    target?.setAttribute('data-tour-active', '');
    target?.scrollIntoView?.({ block: 'nearest' });
    next.current?.focus();
    return () => target?.removeAttribute('data-tour-active');
  }, [step]);
  // Back from the first step stays there; on from the last one ends the tour.
  const go = (to: number) => setStep(to >= stops.length ? null : Math.max(0, to));
  return (
    <>
      <button type="button" data-testid="tour-start" onClick={() => setStep(0)}>
        {t('header.tour')}
      </button>
      {step !== null && (
        <div
          className="tour-step"
          role="dialog"
          aria-modal="false"
          aria-labelledby="tour-title"
          data-testid="tour-step"
          data-step={step + 1}
          onKeyDown={(e) => {
            if (e.key === 'Escape') setStep(null);
            else if (e.key === 'ArrowRight') go(step + 1);
            else if (e.key === 'ArrowLeft') go(step - 1);
            else return;
            e.preventDefault();
          }}
        >
          <p className="muted small">{t('tour.progress', { n: step + 1, total: stops.length })}</p>
          <h2 id="tour-title">{t(`tour.${step + 1}.title` as MessageKey)}</h2>
          <p>{t(`tour.${step + 1}.text` as MessageKey)}</p>
          <div className="buttons">
            <button type="button" data-testid="tour-back" disabled={step === 0} onClick={() => go(step - 1)}>
              {t('tour.back')}
            </button>
            <button type="button" className="primary" data-testid="tour-next" ref={next} onClick={() => go(step + 1)}>
              {step === stops.length - 1 ? t('tour.done') : t('tour.next')}
            </button>
            <button type="button" className="link" data-testid="tour-skip" onClick={() => setStep(null)}>
              {t('tour.skip')}
            </button>
          </div>
        </div>
      )}
    </>
  );
}
