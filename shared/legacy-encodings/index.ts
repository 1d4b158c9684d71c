// Legacy Vietnamese 8-bit encodings (TCVN3/ABC and VNI Windows) → Unicode NFC.
// Pure: no Node or DOM imports; used by the importers on the Node side and by the renderer.
// Prefer the font name (encodingFromFontName) when the file has one; detectLegacyEncoding is
// the fallback for plain text and cells with no font information.

import { tcvn3ToUnicode, vniToUnicode } from './convert';
import type { LegacyEncoding } from './types';

export { tcvn3ToUnicode, unicodeToTcvn3, unicodeToVni, vniToUnicode } from './convert';
export type { Tcvn3DecodeOptions, Tcvn3EncodeOptions } from './convert';
export { detectLegacyEncoding, DETECTION_THRESHOLD } from './detect';
export { encodingFromFontName } from './fonts';
export type { LegacyDetection, LegacyEncoding } from './types';

/** Convert text in the given legacy encoding to Unicode NFC; null means "already Unicode". */
export function convertLegacy(s: string, encoding: LegacyEncoding | null): string {
  switch (encoding) {
    case 'tcvn3':
      return tcvn3ToUnicode(s);
    case 'tcvn3-caps':
      return tcvn3ToUnicode(s, { capitalsOnly: true });
    case 'vni':
      return vniToUnicode(s);
    default:
      return s.normalize('NFC');
  }
}
