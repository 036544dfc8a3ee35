import { detectionBytes, resolveEncoding, type EncodingChoice } from './encoding';
import Papa from 'papaparse';
import { CancelledError } from './decode';
import { papaDelimiters } from './parse';

/**
 * A CSV file read a slice at a time, as batches of records, so a file of any size is scored in
 * bounded memory: each slice is cut after its last line break outside quotes (a quoted field may
 * hold line breaks), and the rest carries over to the next slice.
 */
export interface RecordBatch {
  records: string[][];
  /** 1-based position among the file's data rows of the batch's first record. */
  firstRow: number;
  /** Bytes of the file read so far, of `total`. */
  bytesRead: number;
  total: number;
}

/** Index just past the last newline that is outside quotes, given the quote state at the start. */
function cutPoint(text: string): number {
  let inQuotes = false;
  let cut = -1;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 34)
      inQuotes = !inQuotes; // "" inside quotes toggles twice: no change
    else if (code === 10 && !inQuotes) cut = i + 1;
  }
  return cut;
}

export async function* readRecords(
  blob: Blob,
  options: {
    delimiter?: string;
    header: boolean;
    sliceBytes?: number;
    isCancelled?: () => boolean;
    /** The file's text encoding; by default the one its first bytes suggest (encoding.ts). */
    encoding?: EncodingChoice;
  },
): AsyncGenerator<RecordBatch & { header: string[] | null; delimiter: string }> {
  const sliceBytes = options.sliceBytes ?? 4 << 20;
  const sample = new Uint8Array(await blob.slice(0, detectionBytes).arrayBuffer());
  const decoder = new TextDecoder(resolveEncoding(options.encoding, sample));
  let carry = '';
  let offset = 0;
  let delimiter = options.delimiter ?? '';
  let header: string[] | null = null;
  let needHeader = options.header;
  let row = 1;
  let first = true;
  while (offset < blob.size || carry.length > 0) {
    if (options.isCancelled?.()) throw new CancelledError();
    const end = Math.min(offset + sliceBytes, blob.size);
    const bytes = new Uint8Array(await blob.slice(offset, end).arrayBuffer());
    offset = end;
    const done = offset >= blob.size;
    let text = carry + decoder.decode(bytes, { stream: !done });
    if (first) text = text.replace(/^\uFEFF/, '');
    first = false;
    const cut = done ? text.length : cutPoint(text);
    if (cut <= 0 && !done) {
      carry = text; // one record longer than a slice: read on
      continue;
    }
    carry = text.slice(cut);
    const piece = text.slice(0, cut);
    if (!delimiter) delimiter = guessDelimiter(piece);
    const parsed = Papa.parse<string[]>(piece, { delimiter, skipEmptyLines: true });
    let records = parsed.data;
    if (needHeader && records.length > 0) {
      header = records[0];
      records = records.slice(1);
      needHeader = false;
    }
    yield { records, firstRow: row, bytesRead: offset, total: blob.size, header, delimiter };
    row += records.length;
    if (done) break;
  }
}

function guessDelimiter(sample: string): string {
  const guessed = Papa.parse<string[]>(sample.slice(0, 64_000), { preview: 20, delimitersToGuess: papaDelimiters });
  return guessed.meta.delimiter || ',';
}
