import { messageText } from '../../../i18n/translate';
import { describe, expect, it } from 'vitest';
import { decodeCsvBytes } from './decode';

const utf8 = (text: string) => new TextEncoder().encode(text);

function utf16le(text: string, bom = true): Uint8Array {
  const out = new Uint8Array((bom ? 2 : 0) + text.length * 2);
  if (bom) out.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i += 1) out[(bom ? 2 : 0) + i * 2] = text.charCodeAt(i);
  return out;
}

describe('decoding a dropped file', () => {
  it('reads UTF-8 and drops a byte-order mark', () => {
    const result = decodeCsvBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('a,b\n1,2\n')]));
    expect(result).toEqual({ ok: true, text: 'a,b\n1,2\n' });
  });

  it.each([
    ['an empty file', new Uint8Array(0), /empty/],
    ['blank lines only', utf8('\n\n  \n'), /only blank lines/],
    ['UTF-16 with a BOM', utf16le('a,b\n1,2\n'), /UTF-16/],
    ['UTF-16 without a BOM', utf16le('name,value\n1,2\n3,4\n', false), /UTF-16/],
    ['binary data', Uint8Array.from({ length: 600 }, (_, i) => (i * 37) % 256), /binary/],
  ])('explains %s', (_name, bytes, message) => {
    const result = decodeCsvBytes(bytes);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(messageText('en', result.reason)).toMatch(message);
  });
});
