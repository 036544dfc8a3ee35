import { resolveLanguage, translate, type MessageKey, type MessageParams } from '../i18n/translate';
import { useLab } from './labStore';

/** A message in the page's language, for text the store puts on screen (notices, errors). */
export function say(key: MessageKey, params?: MessageParams): string {
  const language = resolveLanguage(useLab.getState().config.lang, globalThis.navigator?.languages ?? []);
  return translate(language, key, params);
}

/** A plug-in spec with its words in the page's language (its `zh` overlay on a Chinese page). */
export function localised<T extends { zh: object }>(spec: T): T {
  const language = resolveLanguage(useLab.getState().config.lang, globalThis.navigator?.languages ?? []);
  return language === 'zh' ? { ...spec, ...spec.zh } : spec;
}
