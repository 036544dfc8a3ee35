import { useCallback } from 'react';
import { useLab } from '../../store/labStore';
import {
  localise,
  localeOf,
  resolveLanguage,
  translate,
  type Language,
  type MessageKey,
  type MessageParams,
} from '../../i18n/translate';

/** The interface language: the URL's `lang`, else the browser's preference. */
export function useLanguage(): Language {
  return useLab((s) => resolveLanguage(s.config.lang, globalThis.navigator?.languages ?? []));
}

/** The message function for the current language; components call t('key', { params }). */
export function useT(): (key: MessageKey, params?: MessageParams) => string {
  const language = useLanguage();
  return useCallback((key: MessageKey, params?: MessageParams) => translate(language, key, params), [language]);
}

/**
 * A plug-in's own words (a source's label and nouns, a detector's label, a field's label) in the
 * page's language: specs carry their Chinese beside the English, so adding one stays one folder.
 */
export function useWords() {
  const language = useLanguage();
  return {
    of: <T extends { zh: object }>(spec: T): T => localise(spec, language),
    field: (field: { label: string; zh?: string }): string => (language === 'zh' && field.zh) || field.label,
    /** A choice's label in a picker: the field's own words for it in the language, else the value. */
    option: (
      field: { labels?: Readonly<Record<string, string>>; zhLabels?: Readonly<Record<string, string>> },
      value: string,
    ): string => (language === 'zh' && field.zhLabels?.[value]) || field.labels?.[value] || value,
  };
}

/** The locale tag for dates and numbers formatted in components. */
export function useLocale(): string {
  return localeOf(useLanguage());
}
