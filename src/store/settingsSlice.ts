import type { StateCreator } from 'zustand';
import { configFromQuery } from '../core/configQuery';
import { ignoredText } from '../i18n/configMessages';
import { resolveLanguage } from '../i18n/translate';
import type { LabState, SettingsSlice } from './labState';

// Read once, when the store is made: the page's address is the configuration it opens with.
const initialQuery = configFromQuery(new URLSearchParams(globalThis.location?.search ?? ''));

/** The configuration (from the URL at first) and the notices about fields the URL could not set. */
export const settingsSlice: StateCreator<LabState, [], [], SettingsSlice> = (set) => ({
  config: initialQuery.config,
  notices: initialQuery.ignored.map((field) =>
    ignoredText(resolveLanguage(initialQuery.config.lang, globalThis.navigator?.languages ?? []), field),
  ),
  setConfig: (patch) => set((s) => ({ config: { ...s.config, ...patch } })),
  dismissNotice: (index) => set((s) => ({ notices: s.notices.filter((_, i) => i !== index) })),
});
