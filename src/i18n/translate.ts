import { en, type MessageKey } from './en';
import { zh } from './zh';

/**
 * Message catalogs by language. English defines the keys; every other catalog must have each of
 * them (its type says so, and catalog.test.ts checks the placeholders too).
 */
export type Language = 'en' | 'zh';
export const catalogs: Record<Language, Record<MessageKey, string>> = { en, zh };
export type { MessageKey };

/** The locale tag for number and date formatting, and for `<html lang>`. */
export const localeOf = (language: Language): string => (language === 'zh' ? 'zh-CN' : 'en');

/** The language a page shows: the URL's choice, else the browser's first preference we have. */
export function resolveLanguage(choice: 'auto' | Language, preferred: readonly string[] = []): Language {
  if (choice !== 'auto') return choice;
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'zh') return 'zh';
    if (base === 'en') return 'en';
  }
  return 'en';
}

export type MessageParams = Readonly<Record<string, string | number>>;

/** A message with its `{name}` placeholders filled; numbers are formatted for the language. */
export function translate(language: Language, key: MessageKey, params: MessageParams = {}): string {
  const template = catalogs[language][key] ?? en[key];
  const format = new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: 4 });
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? format.format(value) : value;
  });
}

/** A plug-in spec (source, detector) with its own words in the language: its `zh` overlay on Chinese. */
export function localise<T extends { zh: object }>(spec: T, language: Language): T {
  return language === 'zh' ? { ...spec, ...spec.zh } : spec;
}

/** A message the core made (a key and its values), in the language. */
export function messageText(language: Language, message: { key: MessageKey; params?: MessageParams }): string {
  return translate(language, message.key, message.params);
}

/** Several of them, as one paragraph. */
export const messagesText = (language: Language, messages: readonly { key: MessageKey; params?: MessageParams }[]) =>
  messages.map((m) => messageText(language, m)).join(' ');
