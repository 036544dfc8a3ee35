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
let thread: Worker | null = null;
let onCrash: ((reason: string) => void) | null = null;

export function api(): Comlink.Remote<LabApi> {
  if (!worker) {
    thread = new Worker(new URL('../worker/lab.worker.ts', import.meta.url), { type: 'module' });
    // An exception nothing in the worker caught: its state can no longer be trusted (recovery.ts).
    thread.addEventListener('error', (event) => {
      event.preventDefault();
      onCrash?.(event.message || 'an uncaught error');
    });
    worker = Comlink.wrap<LabApi>(thread);
  }
  return worker;
}

/** Who hears of a worker that failed with an uncaught error (the recovery). */
export function watchWorkerCrashes(handler: (reason: string) => void): void {
  onCrash = handler;
}

/** Ends the worker (what it held is gone); the next api() call starts a fresh one. */
export function restartWorker(): void {
  worker?.[Comlink.releaseProxy]();
  thread?.terminate();
  worker = null;
  thread = null;
}

/** An error's words for the page: a core Message in the page's language, else the error's own text. */
export function messageOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const content = messageInError(text);
  return content ? messageText(pageLanguage(), content) : text;
}
