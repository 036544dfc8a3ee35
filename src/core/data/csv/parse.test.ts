import { describe, expect, it } from 'vitest';
import { parseCsvText } from './parse';

function table(text: string, decimalComma = false) {
  const result = parseCsvText(text, { decimalComma });
  if (!result.ok) throw new Error(result.reason);
  return result.table;
}

describe('CSV parsing', () => {
  it.each([
    [',', 'a,b\n1,2\n3,4\n'],
    [';', 'a;b\n1;2\n3;4\n'],
    ['\t', 'a\tb\n1\t2\n3\t4\n'],
    ['|', 'a|b\n1|2\n3|4\n'],
  ])('detects the %j delimiter', (delimiter, text) => {
    const t = table(text);
    expect(t.delimiter).toBe(delimiter);
    expect(t.header).toEqual(['a', 'b']);
    expect(t.rows).toEqual([['1', '2'], ['3', '4']]);
  });

  it('keeps quoted fields with delimiters and newlines', () => {
    const t = table('name,note\n"Smith, J","line one\nline two"\nDoe,plain\n');
    expect(t.rows[0]).toEqual(['Smith, J', 'line one\nline two']);
    expect(t.rows).toHaveLength(2);
  });

  it('reads decimal commas in semicolon files', () => {
    const t = table('x;y\n1,5;2,25\n3,0;4,75\n', true);
    expect(t.delimiter).toBe(';');
    expect(t.rows[0]).toEqual(['1,5', '2,25']);
  });

  it('makes up names when the first row is data', () => {
    const t = table('1,2\n3,4\n');
    expect(t.hadHeader).toBe(false);
    expect(t.header).toEqual(['column_1', 'column_2']);
    expect(t.rows).toHaveLength(2);
    expect(t.warnings.join(' ')).toMatch(/No header row/);
  });

  it('renames empty and repeated header names, and says so', () => {
    const t = table('a,,a,b\n1,2,3,4\n');
    expect(t.header).toEqual(['a', 'column_2', 'a_2', 'b']);
    expect(t.warnings).toHaveLength(2);
  });

  it('skips a few ragged rows with a warning', () => {
    const t = table('a,b,c\n1,2,3\n4,5\n6,7,8\n9,10,11\n');
    expect(t.rows).toHaveLength(3);
    expect(t.warnings.join(' ')).toMatch(/1 row\(s\).*first at row 3/);
  });

  it.each([
    ['a header and no data', 'a,b,c\n', /header row but no data/],
    ['a single column', 'value\n1\n2\n3\n', /Only one column/],
    ['mostly ragged rows', 'a,b,c\n1\n2\n3,4,5\n6\n', /not a regular table/],
  ])('rejects %s with a clear reason', (_name, text, message) => {
    const result = parseCsvText(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(message);
  });
});
