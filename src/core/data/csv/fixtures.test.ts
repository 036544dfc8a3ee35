import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTable } from './load';
import { defaultPlan, planProblem } from './plan';
import { defaultConfig } from '../../config';
import { buildTableRun } from '../../lab/tableSet';
import { modelSizeWarning, tableRunConfig } from '../../lab/tableSizing';
import { planProblemText, planWarningText } from '../../../i18n/tableMessages';
import { messagesText } from '../../../i18n/translate';

/**
 * Every malformed file we keep in fixtures/csv/bad gets its expected message, through the same
 * path the worker takes (read -> parse -> plan check).
 */
const folder = join(__dirname, '../../../../fixtures/csv/bad');
const expected = JSON.parse(readFileSync(join(folder, 'expected.json'), 'utf8')) as Record<
  string,
  { expect: string; label?: string; normal?: string[] }
>;

async function messageFor(file: string, spec: { label?: string; normal?: string[] }): Promise<string> {
  const result = await loadTable(new Blob([readFileSync(join(folder, file))]));
  if (!result.ok) return messagesText('en', result.reason);
  const { table } = result;
  const plan = defaultPlan(table);
  if (spec.label) {
    plan.labelColumn = table.header.indexOf(spec.label);
    plan.features = plan.features.filter((c) => c !== plan.labelColumn);
    plan.normalValues = spec.normal ?? [table.columns[plan.labelColumn].values[0]];
  }
  const problem = planProblem(table, plan);
  if (problem) return [messagesText('en', table.warnings), planProblemText('en', problem)].join(' ');
  // A plan that can run may still deserve a word: the same warnings the page shows before training.
  const { prepared } = buildTableRun(table, plan, defaultConfig(), 'fixture');
  const inputs = prepared.featureNames.length * prepared.window;
  const size = modelSizeWarning(
    tableRunConfig(defaultConfig(), inputs, prepared.counts.fit),
    inputs,
    prepared.counts.train,
  );
  const warnings = [...prepared.warnings, ...(size ? [size] : [])].map((w) => planWarningText('en', w));
  return [messagesText('en', table.warnings), ...warnings].join(' ');
}

describe('bad CSV fixtures', () => {
  it('keeps at least 25 of them', () => {
    expect(Object.keys(expected).length).toBeGreaterThanOrEqual(25);
  });

  it.each(Object.entries(expected))('%s gets its message', async (file, spec) => {
    expect(await messageFor(file, spec)).toMatch(new RegExp(spec.expect));
  });
});
