import { defaultConfig, pageFieldNames, splitFieldNames, type LabConfig } from '../core/config';
import { specOf } from '../core/detectors/registry';
import { useLab } from './labStore';
import { workInFlight } from './selectors';
import { openProjectText } from './projectIntents';
import type { PretrainedStart } from './projectSlice';
import { say } from './say';
import { messageOf } from './workerConnection';

/**
 * Pre-trained starts: a first visit opens a detector trained by scripts/build-pretrained.mjs, so
 * the histogram, threshold and metrics are live before anyone presses Train. Offered when the page
 * was opened without run settings (or with `pretrained=1`), and again when the visitor switches to
 * another detector that has a start while leaving its settings at their defaults.
 */
const pageFields = new Set<string>(pageFieldNames);

function offeredByLink(search: string): { offered: boolean; explicit: boolean } {
  const query = new URLSearchParams(search);
  const explicit = ['1', 'true', 'yes'].includes(query.get('pretrained') ?? '');
  const runFields = [...query.keys()].filter((name) => !pageFields.has(name));
  return { offered: explicit || runFields.length === 0, explicit };
}

const link = offeredByLink(globalThis.location?.search ?? '');
let index: Promise<PretrainedStart[]> | null = null;

/** The shipped starts (public/pretrained/index.json); an empty list when there are none. */
function startsIndex(): Promise<PretrainedStart[]> {
  index ??= fetch(new URL(`${import.meta.env.BASE_URL}pretrained/index.json`, document.baseURI))
    .then((response) => (response.ok ? response.json() : { starts: [] }))
    .then((body: { starts?: PretrainedStart[] }) => body.starts ?? [])
    .catch(() => []);
  return index;
}

/** True when the split and the detector's own settings are all at the detector's defaults. */
function untouched(config: LabConfig): boolean {
  const defaults = defaultConfig(config.model) as unknown as Record<string, unknown>;
  const values = config as unknown as Record<string, unknown>;
  return [...splitFieldNames, ...specOf(config.model).fields].every(
    (name) => JSON.stringify(values[name]) === JSON.stringify(defaults[name]),
  );
}

let firstOffer = true;

/** Opens the shipped start for the selected dataset and detector, where one is offered and exists. */
export async function openOfferedStart(): Promise<void> {
  const state = useLab.getState();
  const { config } = state;
  const explicitNow = firstOffer && link.explicit;
  firstOffer = false;
  if (!link.offered || !config.pretrained || config.autostart || workInFlight(state) || state.results) return;
  if (!explicitNow && !untouched(config)) return;
  const start = (await startsIndex()).find((s) => s.dataset === config.dataset && s.model === config.model);
  if (!start) return;
  try {
    const response = await fetch(new URL(`${import.meta.env.BASE_URL}pretrained/${start.file}`, document.baseURI));
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    // Whatever happened while it downloaded (a Train press, Run all classical, a switch) wins over the start.
    const now = useLab.getState();
    if (workInFlight(now) || now.results || now.config.model !== start.model || now.config.dataset !== start.dataset)
      return;
    await openProjectText(await response.text(), { start });
  } catch (error) {
    useLab.setState((s) => ({ notices: [...s.notices, say('pretrained.unavailable', { reason: messageOf(error) })] }));
  }
}
