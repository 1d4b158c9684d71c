// Tell a file's format by its bytes, not its name.
export type SniffedFormat = 'zip' | 'cfb' | 'pdf' | 'image' | 'text' | 'empty' | 'binary';
export type ImageFormat = 'jpeg' | 'png' | 'tiff';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

// Pictures of a page: a phone photo (JPEG), a screenshot or copier output (PNG, TIFF).
const IMAGES: [ImageFormat, number[]][] = [
  ['jpeg', [0xff, 0xd8, 0xff]],
  ['png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['tiff', [0x49, 0x49, 0x2a, 0x00]],
  ['tiff', [0x4d, 0x4d, 0x00, 0x2a]],
];

export function imageFormat(bytes: Uint8Array): ImageFormat | null {
  return IMAGES.find(([, sig]) => startsWith(bytes, sig))?.[0] ?? null;
}

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);
}

export function sniff(bytes: Uint8Array): SniffedFormat {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, ZIP) || startsWith(bytes, ZIP_EMPTY)) return 'zip';
  if (startsWith(bytes, CFB)) return 'cfb';
  if (imageFormat(bytes)) return 'image';
  // %PDF may follow a little junk; readers accept it within the first KiB.
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (head.includes('%PDF-')) return 'pdf';
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) if (b === 0 || (b < 9 && b !== 0)) control++;
  return control === 0 ? 'text' : 'binary';
}
