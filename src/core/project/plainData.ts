/**
 * A detector's saved state is plain data: numbers, strings, booleans, null, arrays, objects and
 * typed arrays (weights, trees, centroids). JSON has no typed arrays, so they travel as
 * `{ $typed: kind, base64 }` with their exact bytes (no decimal round trip: a float64 comes back
 * bit for bit, which the "identical scores after reopening" promise rests on).
 */
export type TypedArray = Float32Array | Float64Array | Int32Array | Uint8Array | Uint32Array | Int8Array;
export type PlainData = null | boolean | number | string | TypedArray | PlainData[] | { [key: string]: PlainData };

const typedKinds = {
  Float32Array,
  Float64Array,
  Int32Array,
  Uint8Array,
  Uint32Array,
  Int8Array,
} as const;
type TypedKind = keyof typeof typedKinds;

interface EncodedTyped {
  $typed: TypedKind;
  base64: string;
}

function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  // Chunks keep String.fromCharCode's argument list short.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function base64ToBytes(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function kindOf(value: unknown): TypedKind | null {
  for (const kind of Object.keys(typedKinds) as TypedKind[]) if (value instanceof typedKinds[kind]) return kind;
  return null;
}

/** Plain data -> a JSON-safe value (typed arrays as base64 of their bytes; non-finite numbers as strings). */
export function encodePlain(value: PlainData): unknown {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : { $number: String(value) };
  const kind = kindOf(value);
  if (kind) {
    const typed = value as TypedArray;
    return { $typed: kind, base64: bytesToBase64(new Uint8Array(typed.buffer, typed.byteOffset, typed.byteLength)) };
  }
  if (Array.isArray(value)) return value.map(encodePlain);
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, encodePlain(v)]));
  }
  throw new Error(`Cannot save a value of type ${typeof value}.`);
}

/** The inverse of encodePlain; throws on anything it did not write (a damaged file). */
export function decodePlain(value: unknown): PlainData {
  if (value === null || typeof value === 'boolean' || typeof value === 'string' || typeof value === 'number')
    return value;
  if (Array.isArray(value)) return value.map(decodePlain);
  if (typeof value !== 'object') throw new Error('Unexpected value in the saved state.');
  const record = value as Record<string, unknown>;
  if (typeof record.$typed === 'string') {
    const { $typed: kind, base64 } = record as unknown as EncodedTyped;
    const Type = typedKinds[kind];
    if (!Type || typeof base64 !== 'string') throw new Error('Unexpected array in the saved state.');
    const bytes = base64ToBytes(base64);
    if (bytes.length % Type.BYTES_PER_ELEMENT) throw new Error(`A ${kind} in the saved state has a partial element.`);
    // A fresh buffer is aligned for any element size.
    return new Type(bytes.buffer as ArrayBuffer, 0, bytes.length / Type.BYTES_PER_ELEMENT);
  }
  if (typeof record.$number === 'string') return Number(record.$number);
  return Object.fromEntries(Object.entries(record).map(([key, v]) => [key, decodePlain(v)]));
}
