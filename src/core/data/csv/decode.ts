/**
 * Turns the bytes of a dropped file into text, or says plainly why it cannot: an empty file,
 * binary data, or UTF-16 (which spreadsheets export and which papaparse would read as garbage).
 */
export type DecodeTextResult = { ok: true; text: string } | { ok: false; reason: string };

export function decodeCsvBytes(bytes: Uint8Array): DecodeTextResult {
  if (bytes.length === 0) return { ok: false, reason: 'The file is empty.' };
  const utf16Bom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096));
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
    return { ok: false, reason: 'The file is encoded as UTF-16. Save it as CSV UTF-8 (in Excel: "CSV UTF-8 (Comma delimited)") and drop it again.' };
  }
  if (zeros > 0 || control > sample.length / 20) {
    return { ok: false, reason: 'The file looks like binary data, not text. Drop a .csv or .tsv file.' };
  }
  let text = new TextDecoder('utf-8').decode(bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return { ok: false, reason: 'The file holds only blank lines.' };
  return { ok: true, text };
}
