// pdfkit turns every drawing operator into its own small Buffer ("0 0 0 rg\n", "BT\n", …) and
// concatenates them when the object ends. A 200 × 80 appendix draws about 300,000 operators, so the
// export spent a fifth of its time making, copying and collecting those Buffers. Here an object keeps
// the operators written to it as text and encodes them a few hundred at a time, in order (and before
// any Buffer written to it): the same bytes ('binary' is one byte per UTF-16 unit, so encoding the
// whole equals joining the encoded parts), without the small Buffers.
import { pdfmakesPdfkit } from './pdfkit-modules';

type RefData = { Length?: number; Filter?: string };
/** The part of pdfkit's PDFReference this relies on; checked before anything is changed. */
type Ref = {
  buffer: Buffer[];
  data: RefData;
  compress: boolean;
  uncompressedLength: number;
  write(chunk: unknown): unknown;
  finalize(): unknown;
  /** Ours: operators written since the last Buffer, and how many. */
  pendingText?: string;
  pendingCount?: number;
};
type PdfDocumentClass = new (options: { autoFirstPage: boolean }) => { ref(data?: object): Ref };

let installed: boolean | null = null;

/**
 * Operators are encoded a few hundred at a time: one long string built by appending is slow to
 * flatten, and joining an array of 300,000 strings was slower than the small Buffers it replaced.
 */
const OPERATORS_PER_BUFFER = 512;

function flush(ref: Ref): void {
  if (!ref.pendingText) return;
  ref.buffer.push(Buffer.from(ref.pendingText, 'binary'));
  ref.pendingText = '';
  ref.pendingCount = 0;
}

/** True when pdfkit's reference object still has the shape the change relies on. */
function looksLikePdfkitRef(ref: Partial<Ref>, proto: Partial<Ref>): proto is Ref {
  return Array.isArray(ref.buffer) && typeof ref.uncompressedLength === 'number' && typeof proto.write === 'function' && typeof proto.finalize === 'function';
}

/**
 * Makes pdfkit keep each object's operators as text until the object ends. Idempotent; true when in
 * effect. Only a saving: if pdfkit's objects ever look different, nothing is changed and exports run
 * as they are (a test says so).
 */
export function keepContentAsText(): boolean {
  if (installed === null) installed = install();
  return installed;
}

function install(): boolean {
  let proto: Partial<Ref>;
  let sample: Partial<Ref>;
  try {
    const PDFDocument = pdfmakesPdfkit() as PdfDocumentClass;
    // A document never ended holds no file or timer; only its reference class is wanted.
    sample = new PDFDocument({ autoFirstPage: false }).ref();
    proto = Object.getPrototypeOf(sample) as Partial<Ref>;
  } catch {
    return false;
  }
  if (!looksLikePdfkitRef(sample, proto)) return false;
  const write = proto.write;
  const finalize = proto.finalize;
  proto.write = function (this: Ref, chunk: unknown): unknown {
    if (Buffer.isBuffer(chunk)) {
      flush(this);
      return write.call(this, chunk);
    }
    const text = (chunk as string) + '\n';
    this.pendingText = (this.pendingText ?? '') + text;
    this.pendingCount = (this.pendingCount ?? 0) + 1;
    if (this.pendingCount >= OPERATORS_PER_BUFFER) flush(this);
    this.uncompressedLength += text.length;
    this.data.Length = (this.data.Length ?? 0) + text.length;
    if (this.compress) this.data.Filter = 'FlateDecode';
    return undefined;
  };
  proto.finalize = function (this: Ref): unknown {
    flush(this);
    return finalize.call(this);
  };
  return true;
}
