// Renders a pdfmake definition to PDF bytes with the embedded Tinos fonts. The definitions stay
// plain JSON; what needs functions (page numbers, table rules) is added here.
import PdfPrinter from 'pdfmake';
import type { Content, CustomTableLayout, DynamicContent, TDocumentDefinitions } from 'pdfmake/interfaces';
import { tinosFonts } from './fonts';
import { LAYOUT } from './layout-settings';
import { nfcDeep } from './nfc';
import { keepTogether, startsPage } from './page-keeping';
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

export function renderPdf(def: TDocumentDefinitions, opts: RenderOptions): Promise<Uint8Array> {
  const printer = new PdfPrinter(tinosFonts(opts.resourcesDir));
  const prepared: TDocumentDefinitions = {
    ...nfcDeep(def),
    defaultStyle: { font: LAYOUT.font, ...def.defaultStyle },
  };
  if (opts.pageNumbers !== false && prepared.header === undefined) prepared.header = pageNumberHeader;
  // Headings with their text (see page-keeping.ts); pdfmake calls this once per node, in its final place.
  if (prepared.pageBreakBefore === undefined) {
    const onPlaced = opts.onPlaced;
    prepared.pageBreakBefore = (node, followingOnPage) => {
      const moved = keepTogether(node, followingOnPage);
      if (!moved && node.id && onPlaced) onPlaced(node.id, { page: node.pageNumbers[0] ?? 0, startsPage: startsPage(node) });
      return moved;
    };
  }
  if (opts.creationDate) prepared.info = { ...prepared.info, creationDate: opts.creationDate };
  return new Promise((resolve, reject) => {
    try {
      const doc = printer.createPdfKitDocument(prepared, { tableLayouts: TABLE_LAYOUTS });
      const chunks: Buffer[] = [];
      doc.on('data', (chunk: Buffer) => chunks.push(chunk));
      doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
      doc.on('error', reject);
      doc.end();
    } catch (err) {
      reject(err instanceof Error ? err : new Error(String(err)));
    }
  });
}
