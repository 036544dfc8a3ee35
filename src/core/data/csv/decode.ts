import { detectionBytes, encodingLabels, resolveEncoding, type EncodingChoice, type TextEncoding } from './encoding';
import { message, type Message } from '../../messages';

/**
 * Turns the bytes of a dropped file into text, or says plainly why it cannot: an empty file,
 * binary data, or UTF-16 (which spreadsheets export and which papaparse would read as garbage).
 */
export type DecodeTextResult = { ok: true; text: string } | { ok: false; reason: Message };

/** Text read from a file, with the encoding it was read in and whether that was detected or chosen. */
export type ReadTextResult =
  { ok: true; text: string; encoding: { name: TextEncoding; detected: boolean } } | { ok: false; reason: Message };

/** Why the first bytes of a file are not UTF-8 text, or null when they look fine. */
export function sniffBytes(sample: Uint8Array): Message | null {
  const utf16Bom = (sample[0] === 0xff && sample[1] === 0xfe) || (sample[0] === 0xfe && sample[1] === 0xff);
  let zeros = 0;
  let evenZeros = 0;
  let oddZeros = 0;
  let control = 0;
  sample.forEach((b, i) => {
    if (b === 0) {
      zeros += 1;
      if (i % 2 === 0) evenZeros += 1;
      else oddZeros += 1;
    } else if (b < 9 || (b > 13 && b < 32)) control += 1;
  });
  // UTF-16 text of Latin characters has a zero in every other byte.
  const looksUtf16 = utf16Bom || (zeros > sample.length / 4 && Math.min(evenZeros, oddZeros) < zeros / 10);
  if (looksUtf16) {
    return message('load.utf16');
  }
  if (zeros > 0 || control > sample.length / 20) return message('load.binary');
  return null;
}

const sniffLength = 4096;

export function decodeCsvBytes(bytes: Uint8Array): DecodeTextResult {
  if (bytes.length === 0) return { ok: false, reason: message('load.empty') };
  const problem = sniffBytes(bytes.subarray(0, sniffLength));
  if (problem) return { ok: false, reason: problem };
  let text = new TextDecoder('utf-8').decode(bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return { ok: false, reason: message('load.blank') };
  return { ok: true, text };
}

export class CancelledError extends Error {
  constructor() {
    super('Loading was cancelled.');
  }
}

/**
 * Reads a Blob (a dropped File, or pasted text wrapped in one) as text in chunks, in the encoding
 * given or the one its first bytes suggest (encoding.ts), reporting progress and stopping when
 * cancelled. Decoding is streamed, so a character split across two chunks is still read whole.
 */
export async function readBlobText(
  blob: Blob,
  hooks: { onProgress?(fraction: number): void; isCancelled?(): boolean } = {},
  encoding: EncodingChoice = 'auto',
): Promise<ReadTextResult> {
  if (blob.size === 0) return { ok: false, reason: message('load.empty') };
  const sample = new Uint8Array(await blob.slice(0, detectionBytes).arrayBuffer());
  const problem = sniffBytes(sample.subarray(0, sniffLength));
  if (problem) return { ok: false, reason: problem };
  const name = resolveEncoding(encoding, sample);
  const decoder = new TextDecoder(name);
  const reader = blob.stream().getReader();
  const parts: string[] = [];
  let loaded = 0;
  for (;;) {
    if (hooks.isCancelled?.()) {
      await reader.cancel();
      throw new CancelledError();
    }
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(decoder.decode(value, { stream: true }));
    loaded += value.length;
    hooks.onProgress?.(loaded / blob.size);
  }
  parts.push(decoder.decode());
  let text = parts.join('');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return { ok: false, reason: message('load.blank') };
  return { ok: true, text, encoding: { name, detected: encoding === 'auto' } };
}

/** Bytes the chosen encoding cannot read decode to U+FFFD: say where, and what to do. */
export function encodingWarning(text: string, encoding: TextEncoding = 'utf-8'): Message | null {
  const first = text.indexOf('\ufffd');
  if (first < 0) return null;
  const line = text.slice(0, first).split('\n').length;
  return message('load.badEncoding', { encoding: encodingLabels[encoding], line: String(line) });
}
