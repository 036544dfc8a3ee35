import type { PlanProblem, PlanWarning } from '../core/data/csv/plan';
import type { SchemaProblem } from '../core/data/csv/portableEncoder';
import type { SizeWarning } from '../core/lab/tableSizing';
import { translate, type Language } from './translate';

/** Why a table's column plan cannot be trained, in words. */
export function planProblemText(language: Language, problem: PlanProblem): string {
  switch (problem.id) {
    case 'single-label':
      return translate(language, 'plan.problem.single-label', { column: problem.column, value: problem.value });
    case 'no-normal':
    case 'all-normal':
      return translate(language, `plan.problem.${problem.id}`, { column: problem.column });
    case 'too-wide':
      // Counts as the limits are written elsewhere (2048, not 2,048).
      return translate(language, 'plan.problem.too-wide', {
        width: String(problem.width),
        max: String(problem.max),
        window: problem.series ? translate(language, 'plan.problem.orShortenWindow') : '',
      });
    case 'series-too-short':
      return translate(language, 'plan.problem.series-too-short', {
        rows: String(problem.rows),
        window: String(problem.window),
      });
    case 'series-missing-time':
      return translate(language, 'plan.problem.series-missing-time', { ...problem });
    default:
      return translate(language, `plan.problem.${problem.id}`);
  }
}

/** What to expect from a plan that can run, in words. */
export function planWarningText(language: Language, warning: PlanWarning | SizeWarning): string {
  if (warning.id === 'unique-text')
    return translate(language, 'plan.warning.unique-text', { columns: warning.columns });
  if (warning.id === 'series-gaps') return translate(language, 'plan.warning.series-gaps', { ...warning });
  if (warning.id === 'series-unsorted' || warning.id === 'series-repeated-time')
    return translate(language, `plan.warning.${warning.id}`, { ...warning });
  const rows = translate(language, warning.rows === 1 ? 'size.trainingRow' : 'size.trainingRows', { n: warning.rows });
  return translate(language, 'size.warning', { weights: warning.weights, rows, values: warning.values });
}

/** How a new file differs from the training data, in words (the core's `message` is the English). */
export function schemaProblemText(language: Language, problem: SchemaProblem): string {
  const { detail } = problem;
  const more =
    detail && 'more' in detail && detail.more > 0 ? translate(language, 'schema.more', { n: detail.more }) : '';
  return translate(language, `schema.${problem.kind}`, { column: problem.column, ...detail, more });
}
