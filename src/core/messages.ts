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

const marker = 'lab-message:';

/**
 * An error whose words are a Message. Comlink carries only an error's text across the worker
 * boundary, so the Message travels inside it; the page finds it (messageInError) and words it.
 */
export class MessageError extends Error {
  constructor(readonly content: Message) {
    super(`${marker}${JSON.stringify(content)}`);
    this.name = 'MessageError';
  }
}

/** The Message an error's text carries, or null for a plain error. */
export function messageInError(text: string): Message | null {
  if (!text.startsWith(marker)) return null;
  try {
    return JSON.parse(text.slice(marker.length)) as Message;
  } catch {
    return null;
  }
}
