import type { IgnoredField, ValueProblem } from '../core/configQuery';
import { translate, type Language, type MessageKey } from './translate';

const problemKeys: Record<ValueProblem['id'], MessageKey> = {
  'one-of': 'value.oneOf',
  bool: 'value.bool',
  nan: 'value.nan',
  whole: 'value.whole',
  range: 'value.range',
  'whole-list': 'value.wholeList',
  count: 'value.count',
  groups: 'value.groups',
};

/** Why a configuration value was refused, in words ("expected 1 to 512"). */
export function problemText(language: Language, problem: ValueProblem): string {
  // Ranges are shown as written in the field's declaration, not locale-formatted (1e-6, 2147483647).
  const params = Object.fromEntries(
    Object.entries(problem)
      .filter(([name]) => name !== 'id')
      .map(([name, value]) => [name, String(value)]),
  );
  return translate(language, problemKeys[problem.id], params);
}

/** The notice for a URL field the lab ignored. */
export function ignoredText(language: Language, field: IgnoredField): string {
  return field.problem === null
    ? translate(language, 'notice.unknownSetting', { name: field.name, raw: field.raw })
    : translate(language, 'notice.badValue', {
        name: field.name,
        raw: field.raw,
        problem: problemText(language, field.problem),
      });
}
