import { messagesText } from '../../../i18n/translate';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectEncoding } from './encoding';
import { loadTable } from './load';

/** Tables as Excel saves "CSV" on Chinese, Taiwanese, Japanese and Western Windows (scripts/make-encoding-fixtures.py). */
const folder = join(__dirname, '../../../../fixtures/csv/encodings');
const expected = JSON.parse(readFileSync(join(folder, 'expected.json'), 'utf8')) as Record<
  string,
  { encoding: string; header: string[]; cities: string[]; weather: string[] }
>;

describe('reading CSVs in the encodings spreadsheets save', () => {
  it.each(Object.entries(expected))('%s: detected, decoded, headers and categories intact', async (file, want) => {
    const bytes = readFileSync(join(folder, file));
    expect(detectEncoding(bytes)).toBe(want.encoding);
    const loaded = await loadTable(new Blob([bytes]));
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.reason));
    const { table } = loaded;
    expect(table.encoding).toEqual({ name: want.encoding, detected: true });
    expect(table.header).toEqual(want.header);
    expect([...table.columns[0].values].sort()).toEqual([...want.cities].sort());
    expect([...table.columns[4].values].sort()).toEqual([...want.weather].sort());
    expect(messagesText('en', table.warnings)).not.toContain('not valid UTF-8');
  });

  it('keeps UTF-8 (with or without a byte-order mark) and plain ASCII as UTF-8, and obeys an override', async () => {
    const text = 'city,temp\n北京,1\n上海,2\n';
    expect(detectEncoding(new TextEncoder().encode(text))).toBe('utf-8');
    expect(detectEncoding(new TextEncoder().encode('a,b\n1,2\n'))).toBe('utf-8');
    // A multi-byte character cut at the end of the sample does not make valid UTF-8 look invalid.
    const bytes = new TextEncoder().encode(`${text}广州,3`);
    expect(detectEncoding(bytes.subarray(0, bytes.length - 4))).toBe('utf-8');
    const gb = readFileSync(join(folder, 'gb18030.csv'));
    const forced = await loadTable(new Blob([gb]), { encoding: 'windows-1252' });
    if (!forced.ok) throw new Error(JSON.stringify(forced.reason));
    expect(forced.table.encoding).toEqual({ name: 'windows-1252', detected: false });
    expect(forced.table.header[0]).not.toBe('城市');
  });
});
