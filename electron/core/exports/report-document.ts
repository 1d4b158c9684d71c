// The consolidated report as a pdfmake document definition in Party document format. Pure and
// plain JSON (no functions): page numbers and fonts are added by the renderer.
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { DocumentSettings, Plan, Round, StatusResult } from '../../../shared/domain';
import { formatPartyDateLine } from '../../../shared/dates';
import { LAYOUT, lineWidth } from './layout-settings';
import { nfcDeep } from './nfc';
import { KEEP_WITH_NEXT, splitForClosing } from './page-keeping';
import type { AppendixInput } from './appendix-model';
import { buildAppendices, type AppendixOptions, type UnitFigures } from './report-appendix';
import { aboutPhrase, type DraftSection } from './report-draft';
import type { TextMeasure } from './text-measure';

export type ReportDocumentInput = {
  settings: DocumentSettings;
  plan: Plan;
  round: Round;
  status: StatusResult;
  body: DraftSection[];
  /** "125-BC/TU" (printed "Số 125-BC/TU"); empty leaves room to write the number by hand. */
  number: string;
  /** ISO date of issue. */
  issueDate: string;
  /** Figures per unit for appendix 1; without them the appendix shows the totals only. */
  unitFigures?: UnitFigures[] | null;
};

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV'];

/** Names in the header and signature block are printed in capitals (HD 36, Phụ lục 3). */
export function upper(s: string): string {
  return s.trim().toLocaleUpperCase('vi');
}

/**
 * A header name as one or two lines: past `max` letters, broken at the space that best balances
 * the lines, before "VÀ" when there is one near the middle.
 */
export function nameLines(name: string, max: number): string[] {
  const s = upper(name);
  if (s.length <= max || !s.includes(' ')) return [s];
  let best: { at: number; cost: number } | null = null;
  for (let i = s.indexOf(' '); i > 0; i = s.indexOf(' ', i + 1)) {
    const cost = Math.max(i, s.length - i - 1) - (s.startsWith('VÀ ', i + 1) ? 3 : 0);
    if (!best || cost < best.cost) best = { at: i, cost };
  }
  return best ? [s.slice(0, best.at), s.slice(best.at + 1)] : [s];
}

/** "I", "II", … for the body's section headings. */
export function sectionNumeral(index: number): string {
  return ROMAN[index] ?? String(index + 1);
}

/** "Đồng Nai, ngày 08 tháng 02 năm 2026". */
export function placeDateLine(settings: DocumentSettings, issueDate: string): string {
  const place = settings.place.trim();
  return `${place ? `${place}, ` : ''}${formatPartyDateLine(issueDate)}`;
}

/** "Số 125-BC/TU"; a blank number keeps the gap a clerk fills in ("Số      -BC/TU"). */
export function numberLine(number: string, prefix: string): string {
  const n = number.trim().replace(/^số\s*:?\s*/i, '');
  if (n) return `Số ${n}`;
  const p = prefix.trim().replace(/^-/, '');
  return `Số\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0-${p}`;
}

/** Trích yếu: "Kết quả thực hiện Kế hoạch số 31-KH/BTGTU về …, kỳ 6 tháng đầu năm 2024". */
export function reportSummary(plan: Plan, round: Round): string {
  const type = plan.docType?.trim() || 'Kế hoạch';
  const ref = plan.number ? `${type} số ${plan.number}` : type;
  const about = aboutPhrase(plan.title);
  return `Kết quả thực hiện ${ref}${about ? ` ${about}` : ''}, kỳ ${round.label}`;
}

export type HeaderInput = Pick<ReportDocumentInput, 'settings' | 'number' | 'issueDate'> & {
  /** Under the number on the left: a Công văn's "V/v …" summary line. */
  subject?: string;
};

/** The two-column Party header shared by every document the app issues. */
export function headerBlock(input: HeaderInput): Content {
  const h = LAYOUT.header;
  const { settings } = input;
  const left: Content[] = [];
  if (settings.superiorIssuer.trim()) {
    left.push({ text: nameLines(settings.superiorIssuer, h.nameLineChars.superiorIssuer).join('\n'), fontSize: h.superiorIssuer.fontSize, bold: false });
  }
  left.push({ text: nameLines(settings.issuer, h.nameLineChars.issuer).join('\n'), fontSize: h.issuer.fontSize, bold: true });
  left.push({ text: h.star.text, fontSize: h.star.fontSize });
  left.push({ text: numberLine(input.number, settings.numberPrefix), fontSize: h.number.fontSize });
  if (input.subject) left.push({ text: input.subject, fontSize: LAYOUT.reminder.subjectFontSize, italics: true, margin: [0, 2, 0, 0] });
  const dateLine = placeDateLine(settings, input.issueDate);
  const right: Content[] = [
    { text: 'ĐẢNG CỘNG SẢN VIỆT NAM', fontSize: h.partyTitle.fontSize, bold: true, decoration: 'underline' },
    { text: dateLine, fontSize: h.placeDate.fontSize, italics: true, margin: [0, h.placeDateGap, 0, 0] },
  ];
  return {
    columns: [
      { width: `${h.leftColumnShare * 100}%`, stack: left, alignment: 'center' },
      { width: '*', stack: right, alignment: 'center' },
    ],
    columnGap: 6,
  };
}

function titleBlock(input: ReportDocumentInput): Content[] {
  const t = LAYOUT.title;
  return [
    { text: 'BÁO CÁO', fontSize: t.docType.fontSize, bold: true, alignment: 'center', margin: [0, t.docType.marginTop, 0, 0] },
    { text: reportSummary(input.plan, input.round), fontSize: t.summary.fontSize, bold: true, alignment: 'center', margin: [30, 0, 30, 0] },
    { text: t.rule.text, fontSize: t.rule.fontSize, alignment: 'center', margin: [0, 0, 0, t.rule.marginBottom] },
  ];
}

/** "1. Kết quả …" with no closing stop is a sub-heading inside a section; everything else is prose. */
export function isSubHeading(p: string): boolean {
  return /^\d+(\.\d+)*\.\s/.test(p) && !/[.:;,…”]$/.test(p.trim()) && p.length < 160;
}

/**
 * Keeps document numbers ("31-KH/BTGTU") on one line: pdfmake may break after a hyphen, and in
 * justified text it widens the gap at every break opportunity, so "31-" would stand apart. The
 * whole word with its punctuation and following space becomes one unbreakable run.
 */
export function keepNumbersWhole(text: string): string | Array<string | { text: string; noWrap: true }> {
  const re = /\S*[\p{L}\p{N}]-[\p{L}\p{N}]\S*\s?/gu;
  const out: Array<string | { text: string; noWrap: true }> = [];
  let last = 0;
  for (const m of text.matchAll(re)) {
    if (m.index > last) out.push(text.slice(last, m.index));
    out.push({ text: m[0], noWrap: true });
    last = m.index + m[0].length;
  }
  if (out.length === 0) return text;
  if (last < text.length) out.push(text.slice(last));
  return out;
}

type BodyLine = { text: string; heading: boolean };

/** The body's lines in order: "I. TÌNH HÌNH …" headings, then paragraphs ("1. Kết quả …" sub-headings among them). */
function bodyLines(sections: readonly DraftSection[]): BodyLine[] {
  const out: BodyLine[] = [];
  let n = 0;
  for (const section of sections) {
    const heading = section.heading.trim();
    if (heading) out.push({ text: `${sectionNumeral(n++)}. ${heading}`, heading: true });
    for (const p of section.paragraphs) {
      const text = p.trim();
      if (text) out.push({ text, heading: false });
    }
  }
  return out;
}

function bodyNode(line: BodyLine): Content {
  const b = LAYOUT.body;
  if (line.heading) {
    return {
      text: line.text,
      bold: true,
      fontSize: b.heading.fontSize,
      leadingIndent: b.firstLineIndent,
      alignment: 'left',
      lineHeight: b.lineHeight,
      margin: [0, b.heading.marginTop, 0, b.paragraphSpacing],
      headlineLevel: KEEP_WITH_NEXT,
    };
  }
  return {
    text: keepNumbersWhole(line.text),
    bold: isSubHeading(line.text),
    fontSize: b.fontSize,
    alignment: 'justify',
    leadingIndent: b.firstLineIndent,
    lineHeight: b.lineHeight,
    margin: [0, 0, 0, b.paragraphSpacing],
  };
}

export function bodyBlock(sections: DraftSection[]): Content[] {
  return bodyLines(sections).map(bodyNode);
}

/** "- Ban Thường vụ Tỉnh ủy," one per line, the last one ending with a full stop. */
export function recipientLines(recipients: readonly string[]): string[] {
  const clean = recipients.map((r) => r.trim().replace(/^[-–•+]\s*/, '').replace(/[,.;]+$/, '')).filter(Boolean);
  return clean.map((r, i) => `- ${r}${i === clean.length - 1 ? '.' : ','}`);
}

export function closingBlock(settings: DocumentSettings): Content {
  const s = LAYOUT.signature;
  const r = LAYOUT.recipients;
  const recipients: Content[] = [
    { text: [{ text: 'Nơi nhận', decoration: 'underline' }, ':'], fontSize: r.label.fontSize },
    ...recipientLines(settings.recipients).map((line): Content => ({ text: line, fontSize: r.list.fontSize, lineHeight: r.list.lineHeight })),
  ];
  const signature: Content[] = [
    { text: upper(settings.signerCapacity), fontSize: s.capacity.fontSize, bold: true },
    { text: upper(settings.signerTitle), fontSize: s.title.fontSize, bold: true },
    { text: ' ', fontSize: s.name.fontSize, margin: [0, 0, 0, s.signatureSpace] },
    { text: settings.signerName.trim(), fontSize: s.name.fontSize, bold: true },
  ];
  return {
    columns: [
      { width: `${(1 - s.columnShare) * 100}%`, stack: recipients },
      { width: '*', stack: signature, alignment: 'center' },
    ],
    columnGap: 10,
    unbreakable: true,
    margin: [0, s.marginTop, 0, 0],
  };
}

/** What the appendices are built from, the same for the PDF, the Word document and the workbook. */
export function appendixInputOf(input: ReportDocumentInput): AppendixInput {
  return {
    status: input.status,
    numberLine: numberLine(input.number, input.settings.numberPrefix),
    issueDate: input.issueDate,
    unitFigures: input.unitFigures ?? null,
    planIndicatorKeys: input.plan.indicators.map((i) => i.key),
  };
}

/**
 * The body, then Nơi nhận and the signature block together with the body's last paragraph (or its
 * last sentences, when it is too long to move whole), so the signature never stands alone on a page.
 */
function bodyAndClosing(input: ReportDocumentInput, measure: TextMeasure): Content[] {
  const lines = bodyLines(input.body);
  const last = lines.pop();
  const closing = closingBlock(input.settings);
  if (!last) return [closing];
  const b = LAYOUT.body;
  const box = {
    size: last.heading ? b.heading.fontSize : b.fontSize,
    bold: last.heading || isSubHeading(last.text),
    width: lineWidth('portrait'),
    indent: b.firstLineIndent,
    maxLines: LAYOUT.signature.keepLastParagraphLines,
  };
  const { before, kept } = splitForClosing(last.text, measure, box);
  const keptLines = kept ? [{ ...last, text: kept }] : [];
  // A heading right above the moved paragraph moves with it (pdfmake cannot tell a heading that
  // an unbreakable block after it went to the next page).
  if (!before) while (lines.length && lines[lines.length - 1]?.heading) keptLines.unshift(lines.pop()!);
  const flow = [...lines, ...(before ? [{ ...last, text: before }] : [])].map(bodyNode);
  return [...flow, { stack: [...keptLines.map(bodyNode), closing], unbreakable: true }];
}

/**
 * The whole report: header, title, numbered body, Nơi nhận and signature, then the appendices.
 * `measure` sizes the appendix columns from their text (text-measure.ts).
 */
export function buildReportDocument(input: ReportDocumentInput, measure: TextMeasure, appendixOptions: AppendixOptions = {}): TDocumentDefinitions {
  const m = LAYOUT.margins;
  const numberText = numberLine(input.number, input.settings.numberPrefix);
  const def: TDocumentDefinitions = {
    pageSize: LAYOUT.pageSize,
    pageOrientation: 'portrait',
    pageMargins: [m.left, m.top, m.right, m.bottom],
    info: {
      title: `Báo cáo ${numberText.replace(/^Số\s*/, 'số ')}`,
      author: input.settings.issuer.trim(),
      subject: reportSummary(input.plan, input.round),
      creator: 'Tổng hợp báo cáo',
      producer: 'Tổng hợp báo cáo (pdfmake)',
    },
    defaultStyle: { font: LAYOUT.font, fontSize: LAYOUT.body.fontSize },
    content: [
      headerBlock(input),
      ...titleBlock(input),
      ...bodyAndClosing(input, measure),
      ...buildAppendices(appendixInputOf(input), measure, appendixOptions),
    ],
  };
  return nfcDeep(def);
}
