import type { MessageKey, MessageParams } from '../i18n/translate';

/**
 * Words the core has for the page, as a catalog key and its values: the page says them in its
 * language (i18n/translate.ts messageText). The core stays free of any one language.
 */
export interface Message {
  key: MessageKey;
  params?: MessageParams;
}

export const message = (key: MessageKey, params?: MessageParams): Message => (params ? { key, params } : { key });
