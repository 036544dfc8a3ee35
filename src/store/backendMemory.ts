import type { BackendSelection, RememberedChoice } from '../core/backend';
import type { ModelId } from '../core/detectors/registry';

/**
 * Measured backend choices, kept in this browser (localStorage) per detector and device, so a
 * later visit starts on the fastest backend at once. A private window or a full storage simply
 * measures again.
 */
const storageKey = 'anomaly-lab:measured-backends';
type Memory = Partial<Record<ModelId, Record<string, RememberedChoice>>>;

function read(): Memory {
  try {
    const parsed: unknown = JSON.parse(globalThis.localStorage?.getItem(storageKey) ?? '{}');
    return parsed && typeof parsed === 'object' ? (parsed as Memory) : {};
  } catch {
    return {};
  }
}

function write(memory: Memory): void {
  try {
    globalThis.localStorage?.setItem(storageKey, JSON.stringify(memory));
  } catch {
    // Storage refused (private mode, quota): the next visit measures again.
  }
}

/** This detector's remembered choices, by device key (the worker picks its own device's). */
export function rememberedChoices(model: ModelId): Record<string, RememberedChoice> {
  return read()[model] ?? {};
}

/** Keeps a choice just measured for this detector on this device. */
export function rememberChoice(model: ModelId, selection: BackendSelection): void {
  if (selection.measurement !== 'measured' || !selection.rates) return;
  const memory = read();
  memory[model] = { ...memory[model], [selection.deviceKey]: { active: selection.active, rates: selection.rates } };
  write(memory);
}

/** Forgets this device's choice for the detector, so the next start measures again. */
export function forgetChoice(model: ModelId, deviceKey: string): void {
  const memory = read();
  if (!memory[model]) return;
  delete memory[model][deviceKey];
  write(memory);
}
