// The Word paragraph styles of the report. Text gets its look from these named styles (Vietnamese
// names in Word's style gallery) rather than from direct formatting, so a specialist who edits the
// report keeps the Party format by picking a style, and can restyle the whole report at once.
import {
  AlignmentType,
  LevelFormat,
  LineRuleType,
  type INumberingOptions,
  type IParagraphStyleOptions,
  type IRunStylePropertiesOptions,
  type IStylesOptions,
} from 'docx';
import { LAYOUT } from '../layout-settings';
import { halfPoints, lineSpacing, twip } from './word-geometry';

export const STYLE = {
  header: 'PartyHeader',
  docType: 'DocType',
  summary: 'Summary',
  rule: 'DashRule',
  body: 'ReportBody',
  heading: 'ReportHeading',
  subHeading: 'ReportSubheading',
  recipientsLabel: 'RecipientsLabel',
  recipientsList: 'RecipientsList',
  signature: 'Signature',
  pageNumber: 'PageNumberText',
  appendixHeading: 'AppendixHeading',
  appendixNote: 'AppendixNote',
  tableText: 'TableText',
  tableHeading: 'TableHeading',
  legend: 'AppendixLegend',
} as const;

/** The bullet list of the legend (docx's own `bullet` option would add a second pStyle to the paragraph). */
export const LEGEND_BULLETS = 'legend-bullets';

const B = LAYOUT.body;
const single = { line: lineSpacing(1), lineRule: LineRuleType.AUTO } as const;

function style(id: string, name: string, rest: Omit<IParagraphStyleOptions, 'id' | 'name'>): IParagraphStyleOptions {
  return { id, name, basedOn: 'Normal', quickFormat: true, ...rest };
}

/** A centred, single-spaced paragraph; `keepNext` holds headings to what follows them. */
function centred(size: number, run: IRunStylePropertiesOptions = {}, keepNext = false): Omit<IParagraphStyleOptions, 'id' | 'name'> {
  return {
    paragraph: { alignment: AlignmentType.CENTER, keepNext, spacing: { ...single, before: 0, after: 0 } },
    run: { size: halfPoints(size), ...run },
  };
}

export function reportStyles(): IStylesOptions {
  const a = LAYOUT.appendix;
  const bodyParagraph = {
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: twip(B.firstLineIndent) },
    spacing: { before: 0, after: twip(B.paragraphSpacing), line: lineSpacing(B.lineHeight), lineRule: LineRuleType.AUTO },
  };
  return {
    default: {
      document: {
        run: { font: LAYOUT.word.font, size: halfPoints(B.fontSize), language: { value: 'vi-VN' } },
        paragraph: { spacing: { ...single, before: 0, after: 0 } },
      },
    },
    paragraphStyles: [
      style(STYLE.header, 'Đầu văn bản', centred(LAYOUT.header.issuer.fontSize)),
      style(STYLE.docType, 'Tên loại văn bản', {
        paragraph: { alignment: AlignmentType.CENTER, keepNext: true, spacing: { ...single, before: twip(LAYOUT.title.docType.marginTop), after: 0 } },
        run: { size: halfPoints(LAYOUT.title.docType.fontSize), bold: true },
      }),
      style(STYLE.summary, 'Trích yếu', {
        paragraph: {
          alignment: AlignmentType.CENTER,
          keepNext: true,
          indent: { left: twip(LAYOUT.word.summaryIndent), right: twip(LAYOUT.word.summaryIndent) },
          spacing: { ...single, before: 0, after: 0 },
        },
        run: { size: halfPoints(LAYOUT.title.summary.fontSize), bold: true },
      }),
      style(STYLE.rule, 'Gạch dưới trích yếu', {
        paragraph: { alignment: AlignmentType.CENTER, spacing: { ...single, before: 0, after: twip(LAYOUT.title.rule.marginBottom) } },
        run: { size: halfPoints(LAYOUT.title.rule.fontSize) },
      }),
      style(STYLE.body, 'Nội dung báo cáo', { next: STYLE.body, paragraph: bodyParagraph, run: { size: halfPoints(B.fontSize) } }),
      style(STYLE.heading, 'Đề mục báo cáo', {
        basedOn: STYLE.body,
        next: STYLE.body,
        paragraph: {
          alignment: AlignmentType.LEFT,
          keepNext: true,
          outlineLevel: 0,
          spacing: { ...bodyParagraph.spacing, before: twip(B.heading.marginTop) },
        },
        run: { size: halfPoints(B.heading.fontSize), bold: true },
      }),
      style(STYLE.subHeading, 'Đề mục nhỏ', {
        basedOn: STYLE.body,
        next: STYLE.body,
        paragraph: { keepNext: true, outlineLevel: 1 },
        run: { bold: true },
      }),
      style(STYLE.recipientsLabel, 'Nơi nhận', {
        paragraph: { keepNext: true, spacing: { ...single, before: 0, after: 0 } },
        run: { size: halfPoints(LAYOUT.recipients.label.fontSize) },
      }),
      style(STYLE.recipientsList, 'Danh sách nơi nhận', {
        paragraph: { spacing: { before: 0, after: 0, line: lineSpacing(LAYOUT.recipients.list.lineHeight), lineRule: LineRuleType.AUTO } },
        run: { size: halfPoints(LAYOUT.recipients.list.fontSize) },
      }),
      style(STYLE.signature, 'Khối chữ ký', centred(LAYOUT.signature.capacity.fontSize, { bold: true })),
      style(STYLE.pageNumber, 'Số trang', centred(LAYOUT.pageNumber.fontSize)),
      style(STYLE.appendixHeading, 'Tiêu đề phụ lục', centred(a.heading.fontSize, { bold: true }, true)),
      style(STYLE.appendixNote, 'Kèm theo báo cáo', centred(a.attachedTo.fontSize, { italics: true }, true)),
      style(STYLE.tableText, 'Chữ trong bảng', {
        paragraph: { alignment: AlignmentType.LEFT, spacing: { ...single, before: 0, after: 0 } },
        run: { size: halfPoints(a.tableFontSize) },
      }),
      style(STYLE.tableHeading, 'Đầu bảng', {
        basedOn: STYLE.tableText,
        paragraph: { alignment: AlignmentType.CENTER, keepNext: true },
        run: { bold: true },
      }),
      style(STYLE.legend, 'Ghi chú phụ lục', {
        paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: { ...single, before: 0, after: 0 } },
        run: { size: halfPoints(a.legendFontSize) },
      }),
    ],
  };
}

export function reportNumbering(): INumberingOptions {
  const b = LAYOUT.word.legendBullet;
  return {
    config: [
      {
        reference: LEGEND_BULLETS,
        levels: [
          {
            level: 0,
            format: LevelFormat.BULLET,
            text: b.text,
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent: { left: twip(b.indent), hanging: twip(b.hanging) } } },
          },
        ],
      },
    ],
  };
}
