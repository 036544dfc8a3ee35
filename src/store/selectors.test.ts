import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../core/config';
import type { PreparedTable } from '../core/lab/tableSet';
import type { LabState } from './labState';
import { tinyImageSplit } from './preparedSplit.testing';
import { activeTestIsAnomaly, hasLabels, preparedImages, preparedInView, preparedTable } from './selectors';

const split = tinyImageSplit();
const table = { labelled: true, testIsAnomaly: Uint8Array.from([1, 0, 0]) } as unknown as PreparedTable;

const stateOf = (dataset: 'mnist' | 'csv', prepared: LabState['prepared']) =>
  ({ config: { ...defaultConfig(), dataset }, prepared, tablePlan: null }) as unknown as LabState;

describe('the prepared split the page reads (one slot, as the worker holds one)', () => {
  it('is the image split while an image set is in view', () => {
    const state = stateOf('mnist', { ok: true, kind: 'image-set', prepared: split });
    expect(preparedInView(state)?.kind).toBe('image-set');
    expect(preparedImages(state)).toBe(split);
    expect(preparedTable(state)).toBeNull();
    expect(activeTestIsAnomaly(state)).toBe(split.testIsAnomaly);
  });

  it('is the table split while a table is in view', () => {
    const state = stateOf('csv', { ok: true, kind: 'table', prepared: table });
    expect(preparedTable(state)).toBe(table);
    expect(preparedImages(state)).toBeNull();
    expect(activeTestIsAnomaly(state)).toBe(table.testIsAnomaly);
    expect(hasLabels(state)).toBe(true);
  });

  it('is nothing while the last source of another kind is still held (a table view before its file is split)', () => {
    const state = stateOf('csv', { ok: true, kind: 'image-set', prepared: split });
    expect(preparedInView(state)).toBeNull();
    expect(preparedImages(state)).toBeNull();
    expect(activeTestIsAnomaly(state)).toBeNull();
    // No table split: its labels are unknown, so metrics that need them are not offered.
    expect(hasLabels(state)).toBe(false);
  });
});
