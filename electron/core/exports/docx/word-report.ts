// The report itself as Word content: the two-column header, BÁO CÁO and the trích yếu, the numbered
// body, and the Nơi nhận / signature block. Layout numbers come from LAYOUT; the look from the styles.
import {
  Paragraph,
  PageNumber,
  Header,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  UnderlineType,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { DocumentSettings } from '../../../../shared/domain';
import { LAYOUT } from '../layout-settings';
import {
  isSubHeading,
  nameLines,
  numberLine,
  placeDateLine,
  recipientLines,
  reportSummary,
  sectionNumeral,
  upper,
  type ReportDocumentInput,
} from '../report-document';
import type { DraftSection } from '../report-draft';
import { contentWidth, halfPoints, twip } from './word-geometry';
import { STYLE } from './word-styles';
import { NO_BORDERS, run, styled } from './word-text';

/** A borderless two-cell table: the Party layout puts blocks side by side. */
function sideBySide(leftShare: number, gapPt: number, left: Paragraph[], right: Paragraph[], cantSplit: boolean): Table {
  const total = contentWidth(false);
  const leftWidth = Math.round(total * leftShare);
  const margins = { left: twip(gapPt / 2), right: twip(gapPt / 2), top: 0, bottom: 0 };
  const cell = (children: Paragraph[], width: number) =>
    new TableCell({ children, width: { size: width, type: WidthType.DXA }, verticalAlign: VerticalAlign.TOP, margins, borders: NO_BORDERS });
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: [leftWidth, total - leftWidth],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [new TableRow({ cantSplit, children: [cell(left, leftWidth), cell(right, total - leftWidth)] })],
  });
}

/** The two-column Party header; `subject` is a Công văn's "V/v …" line under the number. */
export function headerTable(input: Pick<ReportDocumentInput, 'settings' | 'number' | 'issueDate'> & { subject?: string }): Table {
  const h = LAYOUT.header;
  const { settings } = input;
  const left: Paragraph[] = [];
  if (settings.superiorIssuer.trim()) {
    for (const line of nameLines(settings.superiorIssuer, h.nameLineChars.superiorIssuer)) left.push(styled(STYLE.header, line, { bold: false }));
  }
  for (const line of nameLines(settings.issuer, h.nameLineChars.issuer)) left.push(styled(STYLE.header, line, { bold: h.issuer.bold }));
  left.push(styled(STYLE.header, h.star.text));
  left.push(styled(STYLE.header, numberLine(input.number, settings.numberPrefix)));
  if (input.subject) left.push(styled(STYLE.header, input.subject, { italics: true, size: halfPoints(LAYOUT.reminder.subjectFontSize) }));
  const right = [
    styled(STYLE.header, 'ĐẢNG CỘNG SẢN VIỆT NAM', {
      bold: h.partyTitle.bold,
      size: halfPoints(h.partyTitle.fontSize),
      underline: { type: UnderlineType.SINGLE },
    }),
    new Paragraph({
      style: STYLE.header,
      spacing: { before: twip(h.placeDateGap) },
      children: [run(placeDateLine(settings, input.issueDate), { italics: h.placeDate.italics })],
    }),
  ];
  return sideBySide(h.leftColumnShare, LAYOUT.word.headerColumnGap, left, right, true);
}

function titleBlock(input: ReportDocumentInput): Paragraph[] {
  return [
    styled(STYLE.docType, 'BÁO CÁO'),
    styled(STYLE.summary, reportSummary(input.plan, input.round)),
    styled(STYLE.rule, LAYOUT.title.rule.text),
  ];
}

/**
 * "I. TÌNH HÌNH …" headings, "1. Kết quả …" sub-headings and justified prose, as in the PDF.
 * `keepLastWithNext` keeps the last paragraph whole and on the page of what follows it (the
 * Nơi nhận and signature table), as the PDF does.
 */
export function bodyParagraphs(sections: readonly DraftSection[], opts: { keepLastWithNext?: boolean } = {}): Paragraph[] {
  const texts: Array<{ style: string; text: string }> = [];
  let n = 0;
  for (const section of sections) {
    const heading = section.heading.trim();
    if (heading) texts.push({ style: STYLE.heading, text: `${sectionNumeral(n++)}. ${heading}` });
    for (const p of section.paragraphs) {
      const text = p.trim();
      if (text) texts.push({ style: isSubHeading(text) ? STYLE.subHeading : STYLE.body, text });
    }
  }
  return texts.map((t, i) =>
    opts.keepLastWithNext && i === texts.length - 1
      ? new Paragraph({ style: t.style, keepNext: true, keepLines: true, children: [run(t.text)] })
      : styled(t.style, t.text),
  );
}

export function closingTable(settings: DocumentSettings): Table {
  const s = LAYOUT.signature;
  const before = { before: twip(s.marginTop) };
  const recipients = [
    new Paragraph({
      style: STYLE.recipientsLabel,
      spacing: before,
      children: [run('Nơi nhận', { underline: { type: UnderlineType.SINGLE } }), run(':')],
    }),
    ...recipientLines(settings.recipients).map((line) => styled(STYLE.recipientsList, line)),
  ];
  const signature = [
    new Paragraph({ style: STYLE.signature, spacing: before, children: [run(upper(settings.signerCapacity))] }),
    styled(STYLE.signature, upper(settings.signerTitle)),
    // The blank room for the hand or digital signature and the seal.
    new Paragraph({ style: STYLE.signature, spacing: { after: twip(s.signatureSpace) }, children: [] }),
    styled(STYLE.signature, settings.signerName.trim()),
  ];
  // cantSplit keeps Nơi nhận and the signature on one page, as the PDF's unbreakable block does.
  return sideBySide(1 - s.columnShare, LAYOUT.word.closingColumnGap, recipients, signature, true);
}

/** Header, title, body and closing of the report: the first section's content. */
export function reportContent(input: ReportDocumentInput): Array<Paragraph | Table> {
  return [headerTable(input), ...titleBlock(input), ...bodyParagraphs(input.body, { keepLastWithNext: true }), closingTable(input.settings)];
}

/** HD 36: Arabic page numbers centred in the top margin, from page 2 on (the first page gets an empty header). */
export function pageNumberHeaders(): { default: Header; first: Header } {
  return {
    default: new Header({
      children: [new Paragraph({ style: STYLE.pageNumber, children: [new TextRun({ children: [PageNumber.CURRENT] })] })],
    }),
    first: new Header({ children: [new Paragraph({ style: STYLE.pageNumber, children: [] })] }),
  };
}
