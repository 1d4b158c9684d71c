// pdfmake draws whatever code points it gets: a decomposed "ế" (e + U+0302 + U+0301) prints as
// loose marks with Tinos. Every string of a definition goes through NFC before rendering.

/** A deep copy of `value` with every string NFC-normalised; functions and other objects are kept as they are. */
export function nfcDeep<T>(value: T): T {
  return walk(value) as T;
}

function walk(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map(walk);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = walk(v);
    return out;
  }
  return value;
}
