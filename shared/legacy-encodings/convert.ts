// Table-driven converters between Unicode (NFC) and the TCVN3 / VNI legacy encodings.
// Legacy text is handled as a JS string whose characters stand for bytes: either the raw
// Latin-1 code points or their cp1252 equivalents (see cp1252.ts). Characters that are not
// part of the encoding pass through untouched, so mixed or already-Unicode text survives.

import { cp1252Char, legacyByte } from './cp1252';
import { TCVN3_DECODE, TCVN3_ENCODE } from './tcvn3';
import { VNI_DECODE_PAIR, VNI_DECODE_SINGLE, VNI_ENCODE } from './vni';

export interface Tcvn3DecodeOptions {
  /** Text set in a capitals-only ".VnXxxH" font: every letter is drawn as a capital. */
  capitalsOnly?: boolean;
}

export interface Tcvn3EncodeOptions {
  /** Target a capitals-only ".VnXxxH" font: capitals are written as the lowercase codes. */
  capitalsOnly?: boolean;
  /** Emit bytes 0x80–0x9F as their cp1252 characters (U+2019 …), as Word/Excel would show them. */
  cp1252?: boolean;
}

export function tcvn3ToUnicode(s: string, opts: Tcvn3DecodeOptions = {}): string {
  let out = '';
  for (const ch of s) {
    const byte = legacyByte(ch);
    out += (byte === undefined ? undefined : TCVN3_DECODE.get(byte)) ?? ch;
  }
  out = out.normalize('NFC');
  // An H font draws ASCII and every TCVN3 code as a capital, so upper-casing the decoded
  // text reproduces what the reader saw.
  return opts.capitalsOnly ? out.toUpperCase() : out;
}

export function unicodeToTcvn3(s: string, opts: Tcvn3EncodeOptions = {}): string {
  let out = '';
  for (const original of s.normalize('NFC')) {
    const ch = opts.capitalsOnly ? original.toLowerCase() : original;
    // Capitals the normal fonts lack fall back to the lowercase code, as the keyboard
    // drivers (Unikey, VietKey) did when typing them into a .VnTime run.
    const code = TCVN3_ENCODE.get(ch) ?? TCVN3_ENCODE.get(ch.toLowerCase());
    if (code === undefined) out += ch;
    else out += opts.cp1252 ? cp1252Char(code) : String.fromCharCode(code);
  }
  return out;
}

export function vniToUnicode(s: string): string {
  let out = '';
  let i = 0;
  while (i < s.length) {
    const pair = VNI_DECODE_PAIR.get(s.slice(i, i + 2));
    if (pair !== undefined) {
      out += pair;
      i += 2;
      continue;
    }
    const ch = s.charAt(i);
    out += VNI_DECODE_SINGLE.get(ch) ?? ch;
    i += 1;
  }
  return out.normalize('NFC');
}

export function unicodeToVni(s: string): string {
  let out = '';
  for (const ch of s.normalize('NFC')) out += VNI_ENCODE.get(ch) ?? ch;
  return out;
}
