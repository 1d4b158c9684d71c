// Windows-1252 puts printable characters on bytes 0x80–0x9F, where Latin-1 has C1 controls.
// Legacy text that went through a cp1252 decoder (Word, Excel, most Windows tools) carries
// e.g. U+2019 where the TCVN3 byte 0x92 ("Ò") was; text read as Latin-1 carries U+0092.
// Decoders map both back to the byte before the table look-up. Bytes 0x81 0x8D 0x8F 0x90 0x9D
// are undefined in cp1252 and usually survive as U+0081 … themselves.

const CP1252_HIGH: readonly (readonly [number, number])[] = [
  [0x80, 0x20ac], [0x82, 0x201a], [0x83, 0x0192], [0x84, 0x201e], [0x85, 0x2026],
  [0x86, 0x2020], [0x87, 0x2021], [0x88, 0x02c6], [0x89, 0x2030], [0x8a, 0x0160],
  [0x8b, 0x2039], [0x8c, 0x0152], [0x8e, 0x017d], [0x91, 0x2018], [0x92, 0x2019],
  [0x93, 0x201c], [0x94, 0x201d], [0x95, 0x2022], [0x96, 0x2013], [0x97, 0x2014],
  [0x98, 0x02dc], [0x99, 0x2122], [0x9a, 0x0161], [0x9b, 0x203a], [0x9c, 0x0153],
  [0x9e, 0x017e], [0x9f, 0x0178],
];

const UNICODE_TO_BYTE: ReadonlyMap<number, number> = new Map(CP1252_HIGH.map(([byte, cp]) => [cp, byte]));
const BYTE_TO_UNICODE: ReadonlyMap<number, number> = new Map(CP1252_HIGH);

/** The 8-bit code a character stands for in legacy text, or undefined if it is not one. */
export function legacyByte(ch: string): number | undefined {
  const cp = ch.codePointAt(0);
  if (cp === undefined) return undefined;
  if (cp <= 0xff) return cp;
  return UNICODE_TO_BYTE.get(cp);
}

/** The character a cp1252 decoder produces for a byte (undefined bytes stay as U+0081 …). */
export function cp1252Char(byte: number): string {
  return String.fromCodePoint(BYTE_TO_UNICODE.get(byte) ?? byte);
}
