import { useState, type ReactNode } from 'react';
import type { MessageKey } from '../../i18n/translate';
import { useT } from '../common/useT';
import { helpPanels, type GlossaryTerm, type HelpPanel } from './glossary';

const storageKey = (panel: HelpPanel) => `anomaly-lab:help:${panel}`;

function remembered(panel: HelpPanel): boolean {
  try {
    return localStorage.getItem(storageKey(panel)) === '1';
  } catch {
    return false;
  }
}

/** One glossary term: a button that unfolds its one-paragraph explanation in place. */
export function Term({ term }: { term: GlossaryTerm }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <span className="glossary-term">
      <button
        type="button"
        className="link"
        data-testid={`glossary-${term}`}
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        {t(`glossary.${term}.term` as MessageKey)}
      </button>
      {open && (
        <span className="glossary-text" role="note" data-testid={`glossary-text-${term}`}>
          {t(`glossary.${term}.text` as MessageKey)}
        </span>
      )}
    </span>
  );
}

/**
 * A panel's title with its "?": what am I looking at, and something to try, in plain words, with
 * links to the glossary. Open or closed is remembered per panel in this browser.
 */
export function PanelTitle({ panel, children }: { panel: HelpPanel; children: ReactNode }) {
  const t = useT();
  const [open, setOpen] = useState(() => remembered(panel));
  const toggle = () => {
    setOpen(!open);
    try {
      localStorage.setItem(storageKey(panel), open ? '0' : '1');
    } catch {
      // Storage refused (private window): the note still opens, it is just not remembered.
    }
  };
  const terms: readonly GlossaryTerm[] = helpPanels[panel];
  return (
    <>
      <h2 className="panel-title">
        {children}
        <button
          type="button"
          className="help-toggle"
          data-testid={`help-${panel}`}
          aria-expanded={open}
          aria-label={open ? t('help.hide') : t('help.show')}
          title={open ? t('help.hide') : t('help.show')}
          onClick={toggle}
        >
          ?
        </button>
      </h2>
      {open && (
        <div className="help-note" data-testid={`help-note-${panel}`}>
          <p>
            <strong>{t('help.whatLabel')}: </strong>
            {t(`help.${panel}.what` as MessageKey)}
          </p>
          <p>
            <strong>{t('help.tryLabel')}: </strong>
            {t(`help.${panel}.try` as MessageKey)}
          </p>
          {terms.length > 0 && (
            <p className="terms">
              {t('help.terms')}:{' '}
              {terms.map((term) => (
                <Term key={term} term={term} />
              ))}
            </p>
          )}
        </div>
      )}
    </>
  );
}
