import { configFields, defaultConfig, fieldByName, serialise, type LabConfig } from './config';
import type { Field } from './fields';
import { defaultModelId, modelIds, type ModelId } from './detectors/registry';

/**
 * The configuration as a URL query and back, field by field with each field's declared rules: a
 * link reproduces what is on screen, and a value the lab cannot take is named, never guessed.
 */

/** Why a value was refused, as data: the page words it in its language (i18n/configMessages.ts). */
export type ValueProblem =
  | { id: 'one-of'; values: string }
  | { id: 'bool' }
  | { id: 'nan' }
  | { id: 'whole' }
  | { id: 'range'; min: number; max: number }
  | { id: 'whole-list'; min: number; max: number }
  | { id: 'count'; min: number; max: number }
  | { id: 'groups'; size: number };
export type ParsedValue = { ok: true; value: unknown } | { ok: false; problem: ValueProblem };
/** A URL field the lab did not take: unknown (no problem) or with a value it refused. */
export interface IgnoredField {
  name: string;
  raw: string;
  problem: ValueProblem | null;
}

/** Parses the text of one field (from the URL or a form control) with its declared rules. */
export function parseConfigValue(name: keyof LabConfig, raw: string): ParsedValue {
  return parseField(fieldByName(name), raw);
}

function parseField(field: Field, raw: string): ParsedValue {
  switch (field.kind) {
    case 'enum':
      return field.values.includes(raw)
        ? { ok: true, value: raw }
        : { ok: false, problem: { id: 'one-of', values: field.values.join(', ') } };
    case 'bool':
      if (['1', 'true', 'yes'].includes(raw)) return { ok: true, value: true };
      if (['0', 'false', 'no'].includes(raw)) return { ok: true, value: false };
      return { ok: false, problem: { id: 'bool' } };
    case 'int':
    case 'number': {
      const value = Number(raw);
      if (raw.trim() === '' || !Number.isFinite(value)) return { ok: false, problem: { id: 'nan' } };
      if (field.kind === 'int' && !Number.isInteger(value)) return { ok: false, problem: { id: 'whole' } };
      if (value < field.min || value > field.max)
        return { ok: false, problem: { id: 'range', min: field.min, max: field.max } };
      return { ok: true, value };
    }
    case 'intList': {
      const parts = raw
        .split(',')
        .map((p) => p.trim())
        .filter((p) => p !== '');
      const values = parts.map(Number);
      if (values.some((v) => !Number.isInteger(v) || v < field.min || v > field.max)) {
        return { ok: false, problem: { id: 'whole-list', min: field.min, max: field.max } };
      }
      if (values.length < field.minLength || values.length > field.maxLength) {
        return { ok: false, problem: { id: 'count', min: field.minLength, max: field.maxLength } };
      }
      if (field.groupSize && values.length % field.groupSize !== 0) {
        return { ok: false, problem: { id: 'groups', size: field.groupSize } };
      }
      return { ok: true, value: field.unique ? [...new Set(values)].sort((a, b) => a - b) : values };
    }
  }
}

/** Reads the configuration from a URL query; invalid values keep their default and are listed as ignored. */
export function configFromQuery(query: URLSearchParams): { config: LabConfig; ignored: IgnoredField[] } {
  const ignored: IgnoredField[] = [];
  // The detector first: its defaults are the ones a link without a field means.
  const modelRaw = query.get('model');
  const model =
    modelRaw !== null && (modelIds as readonly string[]).includes(modelRaw) ? (modelRaw as ModelId) : undefined;
  const config = defaultConfig(model) as unknown as Record<string, unknown>;
  const known = new Set<string>(configFields.map((f) => f.name));
  for (const [name, raw] of query) {
    if (!known.has(name)) ignored.push({ name, raw, problem: null });
  }
  for (const field of configFields) {
    const raw = query.get(field.name);
    if (raw === null) continue;
    const parsed = parseField(field, raw);
    if (parsed.ok) config[field.name] = parsed.value;
    else ignored.push({ name: field.name, raw, problem: parsed.problem });
  }
  const typed = config as unknown as LabConfig;
  return { config: typed, ignored };
}

/** The query string for a configuration: only fields that differ from its detector's defaults. */
export function configToQuery(config: LabConfig): string {
  const query = new URLSearchParams();
  const defaults = defaultConfig(config.model) as unknown as Record<string, unknown>;
  for (const field of configFields) {
    const value = serialise(config[field.name as keyof LabConfig]);
    if (field.name === 'model' ? value !== defaultModelId : value !== serialise(defaults[field.name])) {
      query.set(field.name, value);
    }
  }
  return query.toString();
}
