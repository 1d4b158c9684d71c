// Renders a pdfmake definition to PDF bytes with the embedded Tinos fonts. The definitions stay
// plain JSON; what needs functions (page numbers, table rules) is added here.
import PdfPrinter from 'pdfmake';
import type { Content, CustomTableLayout, DynamicContent, Node, TDocumentDefinitions } from 'pdfmake/interfaces';
import { tinosFonts } from './fonts';
import { LAYOUT } from './layout-settings';
import { nfcDeep } from './nfc';
import { keepTogether, startsPage } from './page-keeping';
import { keepParsedFonts } from './parsed-fonts';
import { keepContentAsText } from './content-as-text';
import { TABLE_LAYOUT_NAME } from './report-appendix';

export type RenderOptions = {
  /** The app's resources folder, as the door's InstallLayout says (fonts/ is read from it). */
  resourcesDir: string;
  /** Written as the PDF creation date; fixing it makes the output byte-for-byte repeatable. */
  creationDate?: Date;
  /** Page numbers at the top centre from page 2 (HD 36); on unless the definition has its own header. */
  pageNumbers?: boolean;
  /** Told where each node with an id landed, once, in its final place (before the bytes are written). */
  onPlaced?: (id: string, place: { page: number; startsPage: boolean }) => void;
};

const TABLE_LAYOUTS: Record<string, CustomTableLayout> = {
  [TABLE_LAYOUT_NAME]: {
    hLineWidth: () => LAYOUT.appendix.ruleWidth,
    vLineWidth: () => LAYOUT.appendix.ruleWidth,
    hLineColor: () => '#000000',
    vLineColor: () => '#000000',
    paddingLeft: () => LAYOUT.appendix.cellPadding,
    paddingRight: () => LAYOUT.appendix.cellPadding,
    paddingTop: () => LAYOUT.appendix.cellPadding,
    paddingBottom: () => LAYOUT.appendix.cellPadding,
  },
};

/** HD 36: no number on the first page; from page 2, Arabic numerals centred in the top margin. */
export const pageNumberHeader: DynamicContent = (currentPage: number): Content | null =>
  currentPage > 1
    ? {
        text: String(currentPage),
        alignment: 'center',
        font: LAYOUT.font,
        fontSize: LAYOUT.pageNumber.fontSize,
        margin: [0, LAYOUT.pageNumber.top, 0, 0],
      }
    : null;

/** Headings moved to the next page, one per layout; past this many the rest stay where they fell. */
const MAX_MOVES = 40;
/** Ids given to kept nodes that carry none, so a later layout can find them again. */
const KEEP_ID = 'keep-with-next-';

/** Every plain object of a definition, depth first (content, stacks, columns, table cells, lists). */
function* nodesOf(value: unknown): Generator<Record<string, unknown>> {
  if (Array.isArray(value)) for (const v of value) yield* nodesOf(v);
  else if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    yield value as Record<string, unknown>;
    for (const v of Object.values(value)) yield* nodesOf(v);
  }
}

/**
 * The first heading (after those already moved) that pdfmake left last on its page, or null. The
 * same test pdfmake would make through a pageBreakBefore taking the nodes after each one, but asked
 * only of the headings: pdfmake collects those lists for every node, which is quadratic in the
 * nodes and took seconds on a 200 × 80 appendix.
 */
function firstToMove(placed: readonly Node[], moved: ReadonlySet<string>): string | null {
  for (let i = 0; i < placed.length; i++) {
    const node = placed[i] as Node;
    if (node.headlineLevel === undefined || node.id === undefined || moved.has(node.id)) continue;
    const page = node.pageNumbers[0];
    const following: Node[] = [];
    for (let j = i + 1; j < placed.length && following.length === 0; j++) if ((placed[j] as Node).pageNumbers.includes(page ?? -1)) following.push(placed[j] as Node);
    if (keepTogether(node, following)) return node.id;
  }
  return null;
}

export async function renderPdf(def: TDocumentDefinitions, opts: RenderOptions): Promise<Uint8Array> {
  keepParsedFonts();
  keepContentAsText();
  const printer = new PdfPrinter(tinosFonts(opts.resourcesDir));
  // Headings stay with their text (see page-keeping.ts): after each layout the first heading left
  // alone at a page's foot gets a page break before it, and the document is laid out again.
  const moved = new Set<string>();
  for (;;) {
    const placed: Node[] = [];
    const doc = layout(printer, def, opts, moved, placed);
    const next = moved.size < MAX_MOVES && def.pageBreakBefore === undefined ? firstToMove(placed, moved) : null;
    if (next === null) {
      for (const node of placed) if (node.id && !node.id.startsWith(KEEP_ID)) opts.onPlaced?.(node.id, { page: node.pageNumbers[0] ?? 0, startsPage: startsPage(node) });
      return bytesOf(doc);
    }
    moved.add(next);
  }
}

/** One layout of the definition (pdfmake lays out and draws as it builds the document). */
function layout(printer: PdfPrinter, def: TDocumentDefinitions, opts: RenderOptions, moved: ReadonlySet<string>, placed: Node[]): PDFKit.PDFDocument {
  const prepared: TDocumentDefinitions = {
    ...nfcDeep(def),
    defaultStyle: { font: LAYOUT.font, ...def.defaultStyle },
  };
  if (opts.pageNumbers !== false && prepared.header === undefined) prepared.header = pageNumberHeader;
  let kept = 0;
  for (const node of nodesOf(prepared.content)) {
    if (node.headlineLevel === undefined) continue;
    node.id ??= `${KEEP_ID}${kept++}`;
    if (moved.has(node.id as string)) node.pageBreak = 'before';
  }
  // One argument: pdfmake then hands each node in order and builds no lists of the nodes after it.
  prepared.pageBreakBefore ??= (node: Node) => {
    placed.push(node);
    return false;
  };
  if (opts.creationDate) prepared.info = { ...prepared.info, creationDate: opts.creationDate };
  return printer.createPdfKitDocument(prepared, { tableLayouts: TABLE_LAYOUTS });
}

function bytesOf(doc: PDFKit.PDFDocument): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
    doc.end();
  });
}
