import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { escapeFormula, exportScoredCsv } from './export';
import { parseCsvTable } from './parse';

describe('export', () => {
  it('escapes cells a spreadsheet would run, but not plain numbers', () => {
    for (const cell of ['=SUM(A1)', '+1+2', '-2+3', '@cmd', '\tx', '\rx', '=1'])
      expect(escapeFormula(cell)).toBe(`'${cell}`);
    for (const cell of ['-3.5', '+4', 'plain', '', '1e5']) expect(escapeFormula(cell)).toBe(cell);
  });

  it('writes the kept rows with their score and flag, skipping ragged rows, quoting what needs it', async () => {
    const text = 'name,x,y\n"Smith, J",1,2\nbad\n=HYPERLINK("x"),3,4\nplain,5,6\n';
    const parsed = await parseCsvTable(text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.reason));
    const t = parsed.table;
    const csv = exportScoredCsv({
      text,
      delimiter: t.delimiter,
      hadHeader: t.hadHeader,
      header: t.header,
      rowNumbers: t.rowNumbers,
      scores: Float32Array.of(0.1, 0.9, 0.2),
      threshold: 0.5,
    });
    const rows = Papa.parse<string[]>(csv.trim()).data;
    expect(rows).toEqual([
      ['name', 'x', 'y', 'score', 'is_anomaly'],
      ['Smith, J', '1', '2', String(Math.fround(0.1)), '0'],
      ['\'=HYPERLINK("x")', '3', '4', String(Math.fround(0.9)), '1'],
      ['plain', '5', '6', String(Math.fround(0.2)), '0'],
    ]);
  });
});
