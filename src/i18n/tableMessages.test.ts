import { describe, expect, it } from 'vitest';
import { schemaProblems, type PortableEncoder } from '../core/data/csv/portableEncoder';
import { schemaProblemText } from './tableMessages';

/** A model of two columns: a number and a category seen as "a" or "b" in training. */
const encoder: PortableEncoder = {
  columns: [
    { name: 'size', kind: 'numeric' },
    { name: 'colour', kind: 'categorical' },
  ],
  features: [
    { kind: 'numeric', column: 'size', median: 0, prescale: 1, center: 0, spread: 1 },
    { kind: 'onehot', column: 'colour', value: 'a' },
    { kind: 'onehot', column: 'colour', value: 'b' },
  ],
  hadHeader: true,
  positions: [0, 1],
  decimalComma: false,
};

describe('schema problems in words', () => {
  it('the page words each kind as the core says it in English, and in Chinese', () => {
    const header = ['size', 'colour', 'extra'];
    const records = [
      ['big', 'c'],
      ['1', 'd'],
      ['2', 'e'],
      ['3', 'f'],
      ['4', 'a'],
    ];
    const problems = schemaProblems(encoder, header, records);
    expect(problems.map((p) => p.kind).sort()).toEqual(['extra-column', 'new-category', 'type-change']);
    for (const problem of problems) expect(schemaProblemText('en', problem)).toBe(problem.message);
    const categories = problems.find((p) => p.kind === 'new-category')!;
    expect(schemaProblemText('zh', categories)).toBe(
      '列"colour"有训练数据中从未出现过的取值（"c", "d", "e"，另有 1 个）；它们被编码为不属于任何已知类别。',
    );
    const missing = schemaProblems(encoder, ['colour'], [['a']]).find((p) => p.kind === 'missing-column')!;
    expect(schemaProblemText('en', missing)).toBe(missing.message);
  });
});
