import fc from 'fast-check';

/**
 * Files an analyst might drop, drawn at random for the CSV fuzz tests (csv.fuzz.test.ts and
 * `npm run fuzz`): any delimiter, quoting, line ending, byte-order mark and text encoding; ragged
 * rows, empty cells, huge and tiny numbers, words, and plain random bytes.
 */
const numberCell = fc.oneof(
  fc.integer({ min: -1_000_000, max: 1_000_000 }).map(String),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((v) => String(v)),
  fc.constantFrom('1e308', '-1e308', '1e-308', '4.9e-324', '0', '-0', '1.7976931348623157e308', '9'.repeat(400)),
  fc.constantFrom('NaN', 'nan', 'Infinity', '-inf', 'inf', '1,5', '1.234,5', ' 3 ', '+7', '0x1F', '1_000'),
);
const textCell = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('a', 'b', 'yes', 'no', 'ok', 'odd', 'é', '中文', 'naïve', 'Ωmega', '😀', 'NULL', 'NA', '-', '?'),
);
const cell = fc.oneof(
  { weight: 5, arbitrary: numberCell },
  { weight: 3, arbitrary: textCell },
  { weight: 2, arbitrary: fc.constant('') },
);

export interface CsvCase {
  bytes: Uint8Array;
  /** How it was made, shown when a case fails. */
  description: string;
}

function quoted(value: string, delimiter: string, always: boolean): string {
  const needs = always || value.includes(delimiter) || /["\r\n]/.test(value);
  return needs ? `"${value.replace(/"/g, '""')}"` : value;
}

function encode(text: string, encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'latin-1'): Uint8Array {
  if (encoding === 'utf-16le') {
    const out = new Uint8Array(2 + text.length * 2);
    out.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i += 1) {
      out[2 + 2 * i] = text.charCodeAt(i) & 0xff;
      out[3 + 2 * i] = text.charCodeAt(i) >> 8;
    }
    return out;
  }
  if (encoding === 'latin-1') return Uint8Array.from(text, (c) => Math.min(c.charCodeAt(0), 0xff));
  const utf8 = new TextEncoder().encode(text);
  return encoding === 'utf-8-bom' ? Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]) : utf8;
}

const table = fc
  .record({
    delimiter: fc.constantFrom(',', ';', '\t', '|', ' '),
    lineEnding: fc.constantFrom('\n', '\r\n', '\r'),
    header: fc.boolean(),
    quoteAll: fc.boolean(),
    encoding: fc.constantFrom<'utf-8' | 'utf-8-bom' | 'utf-16le' | 'latin-1'>(
      'utf-8',
      'utf-8-bom',
      'utf-16le',
      'latin-1',
    ),
    // Each column mostly numbers, mostly words, or anything; a few rows ragged.
    kinds: fc.array(fc.constantFrom('number', 'number', 'text', 'any'), { minLength: 1, maxLength: 8 }),
    rows: fc.array(
      fc.record({
        numbers: fc.array(numberCell, { minLength: 8, maxLength: 8 }),
        words: fc.array(textCell, { minLength: 8, maxLength: 8 }),
        anything: fc.array(cell, { minLength: 8, maxLength: 8 }),
        empty: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
        ragged: fc.oneof(
          { weight: 15, arbitrary: fc.constant(null) },
          { weight: 1, arbitrary: fc.integer({ min: 0, max: 10 }) },
        ),
      }),
      { minLength: 0, maxLength: 40 },
    ),
    trailingNewline: fc.boolean(),
  })
  .map((t) => {
    const rows = t.rows.map((r) => {
      const cells = t.kinds.map((kind, c) =>
        r.empty[c] && c % 3 === 0
          ? ''
          : kind === 'number'
            ? r.numbers[c]
            : kind === 'text'
              ? r.words[c]
              : r.anything[c],
      );
      // A ragged row: cut short or run long.
      return r.ragged === null ? cells : [...cells, ...r.anything].slice(0, r.ragged);
    });
    const lines = rows.map((row) => row.map((v) => quoted(v, t.delimiter, t.quoteAll)).join(t.delimiter));
    if (t.header) lines.unshift(t.kinds.map((kind, i) => `${kind} ${i}`).join(t.delimiter));
    const text = lines.join(t.lineEnding) + (t.trailingNewline ? t.lineEnding : '');
    return {
      bytes: encode(text, t.encoding),
      description: `${t.encoding}, delimiter ${JSON.stringify(t.delimiter)}, ${t.rows.length} rows: ${JSON.stringify(text.slice(0, 300))}`,
    };
  });

/** Mostly table-like text, sometimes raw bytes. */
export const csvCases: fc.Arbitrary<CsvCase> = fc.oneof(
  { weight: 9, arbitrary: table },
  {
    weight: 1,
    arbitrary: fc
      .uint8Array({ maxLength: 400 })
      .map((bytes) => ({ bytes, description: `${bytes.length} random bytes` })),
  },
);
