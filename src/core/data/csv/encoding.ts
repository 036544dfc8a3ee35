/**
 * Which text encoding a CSV's bytes are in. Spreadsheets on Chinese Windows save "CSV" as GBK /
 * GB18030, on Taiwanese Windows as Big5, on Japanese Windows as Shift_JIS, on Western Windows as
 * Windows-1252; read as UTF-8, their headers and categories come out garbled. The browser's own
 * TextDecoder reads them all; this decides which one from the first bytes, and the page lets the
 * user override it.
 */
export const textEncodings = ['utf-8', 'gb18030', 'big5', 'shift_jis', 'windows-1252'] as const;
export type TextEncoding = (typeof textEncodings)[number];
export type EncodingChoice = TextEncoding | 'auto';

/** How each encoding is named to a person. */
export const encodingLabels: Record<TextEncoding, string> = {
  'utf-8': 'UTF-8',
  gb18030: 'GB18030 / GBK (simplified Chinese)',
  big5: 'Big5 (traditional Chinese)',
  shift_jis: 'Shift_JIS (Japanese)',
  'windows-1252': 'Windows-1252 / Latin-1 (Western)',
};

/** Bytes looked at to decide: enough for a header and many rows. */
export const detectionBytes = 64 * 1024;

/** The sample up to its last line break, so no character is cut in two at its end. */
function wholeLines(sample: Uint8Array): Uint8Array {
  const lastBreak = sample.lastIndexOf(0x0a);
  return lastBreak > 0 ? sample.subarray(0, lastBreak + 1) : sample;
}

function decodesCleanly(bytes: Uint8Array, encoding: TextEncoding): boolean {
  try {
    new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Shares of the non-ASCII byte pairs (a high byte and the byte after it) whose first byte is below
 * 0xA1 (Shift_JIS kana and kanji start there; GB2312 and Big5 characters never do) and whose second
 * byte is in 0x40-0x7E (half of Big5's characters end there; GB2312's never do).
 */
function pairShares(bytes: Uint8Array): { pairs: number; lowLead: number; lowTrail: number } {
  let pairs = 0;
  let lowLead = 0;
  let lowTrail = 0;
  for (let i = 0; i < bytes.length - 1; i += 1) {
    const lead = bytes[i];
    if (lead < 0x80) continue;
    const trail = bytes[i + 1];
    pairs += 1;
    if (lead <= 0xa0) lowLead += 1;
    if (trail >= 0x40 && trail <= 0x7e) lowTrail += 1;
    i += 1;
  }
  return { pairs, lowLead: pairs ? lowLead / pairs : 0, lowTrail: pairs ? lowTrail / pairs : 0 };
}

/**
 * The encoding the bytes are most likely in: UTF-8 when they are valid UTF-8 (ASCII included);
 * otherwise the East Asian encoding that reads them cleanly and whose byte patterns they show;
 * Windows-1252 when none reads them (accented Latin letters next to commas and spaces).
 */
export function detectEncoding(sample: Uint8Array): TextEncoding {
  const bytes = wholeLines(sample.subarray(0, detectionBytes));
  if (decodesCleanly(bytes, 'utf-8')) return 'utf-8';
  const { lowLead, lowTrail } = pairShares(bytes);
  const clean = (encoding: TextEncoding) => decodesCleanly(bytes, encoding);
  if (lowLead > 0.3 && clean('shift_jis')) return 'shift_jis';
  if (lowTrail > 0.1 && lowLead <= 0.3 && clean('big5')) return 'big5';
  if (clean('gb18030')) return 'gb18030';
  if (clean('big5')) return 'big5';
  if (clean('shift_jis')) return 'shift_jis';
  return 'windows-1252';
}

/** The encoding to read with: the user's choice, or the one the first bytes suggest. */
export function resolveEncoding(choice: EncodingChoice | undefined, sample: Uint8Array): TextEncoding {
  return !choice || choice === 'auto' ? detectEncoding(sample) : choice;
}
