import {
  localise,
  resolveLanguage,
  translate,
  type Language,
  type MessageKey,
  type MessageParams,
} from '../i18n/translate';
import { useLab } from './labStore';

/** The language the page shows: the URL's `lang`, else the browser's preference. */
export const pageLanguage = (): Language =>
  resolveLanguage(useLab.getState().config.lang, globalThis.navigator?.languages ?? []);

/** A message in the page's language, for text the store puts on screen (notices, errors). */
export function say(key: MessageKey, params?: MessageParams): string {
  return translate(pageLanguage(), key, params);
}

/** A plug-in spec with its words in the page's language (its `zh` overlay on a Chinese page). */
export function localised<T extends { zh: object }>(spec: T): T {
  return localise(spec, pageLanguage());
}
