import * as Comlink from 'comlink';
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

export const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
