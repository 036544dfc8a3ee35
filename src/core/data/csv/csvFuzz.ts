import { message } from '../../messages';
import { buildTableRun } from '../../lab/tableSet';
import { loadTable } from './load';
import { defaultPlan, planProblem } from './plan';

export type FuzzOutcome = 'table' | 'refused' | 'plan-problem';

/**
 * One dropped file through the whole CSV pipeline (decode, parse, profile, default plan, split,
 * encode): it must give a table whose every encoded feature is finite, or a clear refusal (at least
 * one catalog message), and never throw. Throws with what went wrong otherwise.
 */
export async function dropFile(bytes: Uint8Array): Promise<FuzzOutcome> {
  const loaded = await loadTable(new Blob([bytes as Uint8Array<ArrayBuffer>]), {});
  if (!loaded.ok) {
    if (!loaded.reason.length || loaded.reason.some((m) => typeof m.key !== 'string')) {
      throw new Error(`refused without a message: ${JSON.stringify(loaded.reason)}`);
    }
    return 'refused';
  }
  const { table } = loaded;
  const plan = defaultPlan(table);
  if (planProblem(table, plan)) return 'plan-problem';
  const run = buildTableRun(table, plan, { seed: 1, contamination: 0, limit: 0 }, 'fuzz');
  for (const [part, values] of Object.entries({
    fit: run.set.fit,
    validation: run.set.validation,
    test: run.set.test,
  })) {
    const bad = values.findIndex((v) => !Number.isFinite(v));
    if (bad >= 0) throw new Error(`${part} feature ${bad} is ${values[bad]}`);
  }
  if (run.set.fit.length === 0) throw new Error(`${JSON.stringify(message('load.fewRows'))}: no training rows`);
  return 'table';
}
