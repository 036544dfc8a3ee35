import type { Field } from '../fields';
import type { DetectorSpec, SearchRange } from '../detectors/spec';

/**
 * The automatic search of settings (the seeds' "超参数的自动搜索"): the space is what the detector's
 * spec declares in `search`; a field it does not name is searched around its default (numbers from
 * a quarter to four times it, on a log scale; every value of a choice), within the field's own range.
 */
export type SearchSpace = Record<string, SearchRange>;

export function searchSpace(
  spec: DetectorSpec,
  defaults: Readonly<Record<string, unknown>>,
  /** Judged by validation loss: fields that change the loss's scale are left out (they would win by scale). */
  labelFree = false,
): SearchSpace {
  const space: SearchSpace = {};
  for (const field of spec.params ?? []) {
    if (!spec.fields.includes(field.name)) continue;
    const declared = spec.search?.[field.name];
    if (labelFree && declared?.scalesObjective) continue;
    if (declared) space[field.name] = declared;
    else {
      const derived = aroundDefault(field, defaults[field.name]);
      if (derived) space[field.name] = derived;
    }
  }
  return space;
}

function aroundDefault(field: Field, value: unknown): SearchRange | null {
  if (field.kind === 'enum') return { values: field.values };
  if (field.kind === 'bool') return { values: [false, true] };
  if (field.kind === 'intList' || typeof value !== 'number' || value <= 0) return null;
  return {
    min: Math.max(field.min, value / 4),
    max: Math.min(field.max, value * 4),
    log: true,
    ...(field.kind === 'int' ? { int: true } : {}),
  };
}

/** One draw of settings from the space (a seeded `random` in [0, 1)). */
export function sampleSettings(space: SearchSpace, random: () => number): Record<string, unknown> {
  const settings: Record<string, unknown> = {};
  for (const [name, range] of Object.entries(space)) {
    if ('values' in range) {
      settings[name] = range.values[Math.floor(random() * range.values.length)];
      continue;
    }
    const u = random();
    const value = range.log
      ? Math.exp(Math.log(range.min) + u * (Math.log(range.max) - Math.log(range.min)))
      : range.min + u * (range.max - range.min);
    settings[name] = range.int ? Math.round(value) : Number(value.toPrecision(3));
  }
  return settings;
}
