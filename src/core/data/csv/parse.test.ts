import { messagesText, messageText } from '../../../i18n/translate';
import { describe, expect, it } from 'vitest';
import { textAt } from './columnStore';
import { CancelledError } from './decode';
import { parseCsvTable, type CsvTable } from './parse';

async function table(text: string, options: { decimalComma?: boolean; chunkSize?: number } = {}): Promise<CsvTable> {
  const result = await parseCsvTable(text, options);
  if (!result.ok) throw new Error(JSON.stringify(result.reason));
  return result.table;
}

const cells = (t: CsvTable) => Array.from({ length: t.rowCount }, (_, r) => t.columns.map((c) => textAt(c, r)));

describe('CSV parsing', () => {
  it.each([
    [',', 'a,b\n1,2\n3,4\n'],
    [';', 'a;b\n1;2\n3;4\n'],
    ['\t', 'a\tb\n1\t2\n3\t4\n'],
    ['|', 'a|b\n1|2\n3|4\n'],
  ])('detects the %j delimiter', async (delimiter, text) => {
    const t = await table(text);
    expect(t.delimiter).toBe(delimiter);
    expect(t.header).toEqual(['a', 'b']);
    expect(cells(t)).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('keeps quoted fields with delimiters and newlines, also across chunk boundaries', async () => {
    const text = 'name,note\n"Smith, J","line one\nline two"\nDoe,plain\n'.repeat(1) + 'Roe,"x\ny"\n';
    for (const chunkSize of [7, 13, 1 << 20]) {
      const t = await table(text, { chunkSize });
      expect(t.rowCount).toBe(3);
      expect(cells(t)[0]).toEqual(['Smith, J', 'line one\nline two']);
      expect(cells(t)[2]).toEqual(['Roe', 'x\ny']);
    }
  });

  it('streams a table in many chunks with progress and gets the same columns', async () => {
    const text =
      'x,y,label\n' +
      Array.from({ length: 3000 }, (_, i) => `${i % 17},${(i * 7) % 13}.5,${i % 3 ? 'a' : 'b'}`).join('\n');
    const progress: number[] = [];
    const t = await parseCsvTable(text, { chunkSize: 4096 }, { onProgress: (f) => progress.push(f) });
    if (!t.ok) throw new Error(JSON.stringify(t.reason));
    expect(t.table.rowCount).toBe(3000);
    expect(progress.length).toBeGreaterThan(5);
    expect(progress[progress.length - 1]).toBe(1);
    expect(t.table.profiles.map((p) => p.kind)).toEqual(['numeric', 'numeric', 'categorical']);
  });

  it('stops when cancelled', async () => {
    const text = 'x,y\n' + '1,2\n'.repeat(20000);
    let chunks = 0;
    await expect(
      parseCsvTable(text, { chunkSize: 1000 }, { onProgress: () => (chunks += 1), isCancelled: () => chunks >= 3 }),
    ).rejects.toBeInstanceOf(CancelledError);
    expect(chunks).toBeLessThan(6);
  });

  it('reads decimal commas in semicolon files when asked', async () => {
    const t = await table('x;y\n1,5;2,25\n3,0;4,75\n', { decimalComma: true });
    expect(t.delimiter).toBe(';');
    expect(t.profiles[0]).toMatchObject({ kind: 'numeric', min: 1.5, max: 3 });
  });

  it('makes up names when the first row is data', async () => {
    const t = await table('1,2\n3,4\n');
    expect(t.hadHeader).toBe(false);
    expect(t.header).toEqual(['column_1', 'column_2']);
    expect(t.rowCount).toBe(2);
    expect(messagesText('en', t.warnings)).toMatch(/No header row/);
  });

  it('strips a byte-order mark from the first header name', async () => {
    const t = await table('\ufeffa,b\n1,2\n3,4\n');
    expect(t.header).toEqual(['a', 'b']);
  });

  it('renames empty and repeated header names, and says so', async () => {
    const t = await table('a,,a,b\n1,2,3,4\n5,6,7,8\n');
    expect(t.header).toEqual(['a', 'column_2', 'a_2', 'b']);
    expect(t.warnings).toHaveLength(2);
  });

  it('skips a few ragged rows with a warning, keeping file row numbers', async () => {
    const t = await table('a,b,c\n1,2,3\n4,5\n6,7,8\n9,10,11\n');
    expect(t.rowCount).toBe(3);
    expect(Array.from(t.rowNumbers)).toEqual([1, 3, 4]);
    expect(messagesText('en', t.warnings)).toMatch(/1 row\(s\).*first at row 3/);
  });

  it.each([
    ['a header and no data', 'a,b,c\n', /header row but no data/],
    ['a single column', 'value\n1\n2\n3\n', /Only one column/],
    ['mostly ragged rows', 'a,b,c\n1\n2\n3,4,5\n6\n', /not a regular table/],
  ])('rejects %s with a clear reason', async (_name, text, message) => {
    const result = await parseCsvTable(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(messageText('en', result.reason)).toMatch(message);
  });
});
