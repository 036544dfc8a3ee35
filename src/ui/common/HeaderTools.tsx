import { useEffect, useState } from 'react';
import { localeOf } from '../../i18n/translate';
import { updateConfig } from '../../store/trainingIntents';
import { useLab } from '../../store/labStore';
import { LessonsMenu } from '../teach/Lessons';
import { Tour } from '../teach/Tour';
import { useLanguage, useT } from './useT';

/** One click to the other language; the choice goes into the URL (`lang`) and `<html lang>` follows. */
function LanguageSwitch() {
  const t = useT();
  const language = useLanguage();
  useEffect(() => {
    document.documentElement.lang = localeOf(language);
  }, [language]);
  return (
    <button
      type="button"
      data-testid="lang-switch"
      data-lang={language}
      title={t('header.switchToLabel')}
      lang={language === 'en' ? 'zh-CN' : 'en'}
      onClick={() => updateConfig({ lang: language === 'en' ? 'zh' : 'en' })}
    >
      {t('header.switchTo')}
    </button>
  );
}

/**
 * The Clipboard API where the page is a secure context; a selected text field and the copy command
 * where it is not (a workshop served over plain http on the room's network).
 */
async function copyText(text: string): Promise<void> {
  if (navigator.clipboard) return navigator.clipboard.writeText(text);
  const field = document.createElement('textarea');
  field.value = text;
  field.setAttribute('readonly', '');
  field.style.position = 'fixed';
  field.style.opacity = '0';
  document.body.append(field);
  field.select();
  const copied = document.execCommand('copy');
  field.remove();
  if (!copied) throw new Error(); // refused: the caller says so in words
}

/** Copies the address, which always reproduces what is shown (the URL mirrors the configuration). */
function CopyLink() {
  const t = useT();
  const [copied, setCopied] = useState<'copied' | 'failed' | null>(null);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(null), 2500);
    return () => clearTimeout(timer);
  }, [copied]);
  return (
    <span className="copy-link">
      <button
        type="button"
        data-testid="copy-link"
        title={t('header.copyLinkTitle')}
        onClick={() =>
          copyText(location.href)
            .then(() => setCopied('copied'))
            .catch(() => setCopied('failed'))
        }
      >
        {t('header.copyLink')}
      </button>
      <span role="status" data-testid="copy-link-status" className="small">
        {copied === 'copied' ? t('header.copied') : copied === 'failed' ? t('header.copyFailed') : ''}
      </span>
    </span>
  );
}

function PresenterToggle() {
  const t = useT();
  const present = useLab((s) => s.config.present);
  return (
    <button
      type="button"
      data-testid="present-toggle"
      aria-pressed={present}
      onClick={() => updateConfig({ present: !present })}
    >
      {present ? t('header.presentOff') : t('header.present')}
    </button>
  );
}

/** The header's tools: lessons, tour, language, presenter mode and the shareable link. */
export function HeaderTools() {
  return (
    <div className="header-tools" data-tour="lessons">
      <LessonsMenu />
      <Tour />
      <LanguageSwitch />
      <PresenterToggle />
      <CopyLink />
    </div>
  );
}
