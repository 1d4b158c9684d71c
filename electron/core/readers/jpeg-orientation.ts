// Pure: which way up a phone photo was taken, from its EXIF Orientation tag (1–8; 1 when absent or
// unreadable). Phones store the pixels as the sensor saw them and this tag says how to turn them.
const APP1 = 0xe1;
const ORIENTATION_TAG = 0x0112;

export function jpegOrientation(b: Uint8Array): number {
  if (b[0] !== 0xff || b[1] !== 0xd8) return 1;
  let at = 2;
  while (at + 4 <= b.length && b[at] === 0xff) {
    const marker = b[at + 1] ?? 0;
    const len = ((b[at + 2] ?? 0) << 8) | (b[at + 3] ?? 0);
    // Start of scan: the metadata segments are all before it.
    if (marker === 0xda || len < 2) return 1;
    if (marker === APP1 && String.fromCharCode(...b.subarray(at + 4, at + 10)) === 'Exif\0\0') return fromTiff(b.subarray(at + 10, at + 2 + len));
    at += 2 + len;
  }
  return 1;
}

function fromTiff(t: Uint8Array): number {
  const little = t[0] === 0x49 && t[1] === 0x49;
  if (!little && !(t[0] === 0x4d && t[1] === 0x4d)) return 1;
  const u16 = (o: number): number => (little ? (t[o] ?? 0) | ((t[o + 1] ?? 0) << 8) : ((t[o] ?? 0) << 8) | (t[o + 1] ?? 0));
  const u32 = (o: number): number => (little ? u16(o) + u16(o + 2) * 65536 : u16(o) * 65536 + u16(o + 2));
  const ifd = u32(4);
  const count = u16(ifd);
  for (let i = 0; i < count; i++) {
    const e = ifd + 2 + i * 12;
    if (e + 12 > t.length) return 1;
    if (u16(e) === ORIENTATION_TAG) {
      const v = u16(e + 8);
      return v >= 1 && v <= 8 ? v : 1;
    }
  }
  return 1;
}

/**
 * The canvas transform that draws a w×h picture (as stored) upright, and the upright size.
 * Orientations 5–8 swap width and height.
 */
export function orientationTransform(o: number, w: number, h: number): { width: number; height: number; m: [number, number, number, number, number, number] } {
  switch (o) {
    case 2:
      return { width: w, height: h, m: [-1, 0, 0, 1, w, 0] };
    case 3:
      return { width: w, height: h, m: [-1, 0, 0, -1, w, h] };
    case 4:
      return { width: w, height: h, m: [1, 0, 0, -1, 0, h] };
    case 5:
      return { width: h, height: w, m: [0, 1, 1, 0, 0, 0] };
    case 6:
      return { width: h, height: w, m: [0, 1, -1, 0, h, 0] };
    case 7:
      return { width: h, height: w, m: [0, -1, -1, 0, h, w] };
    case 8:
      return { width: h, height: w, m: [0, -1, 1, 0, 0, w] };
    default:
      return { width: w, height: h, m: [1, 0, 0, 1, 0, 0] };
  }
}
