import * as Comlink from 'comlink';
import { messageInError } from '../core/messages';
import { messageText } from '../i18n/translate';
import { pageLanguage } from './say';
import type { LabApi } from '../worker/lab.worker';

/**
 * The page's one connection to the lab's worker. Only this module knows the worker exists; the
 * rest of the store calls `api()`, typed from the worker's own API object.
 */
let worker: Comlink.Remote<LabApi> | null = null;

export function api(): Comlink.Remote<LabApi> {
  if (!worker) {
    worker = Comlink.wrap<LabApi>(new Worker(new URL('../worker/lab.worker.ts', import.meta.url), { type: 'module' }));
  }
  return worker;
}

/** An error's words for the page: a core Message in the page's language, else the error's own text. */
export function messageOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const content = messageInError(text);
  return content ? messageText(pageLanguage(), content) : text;
}
