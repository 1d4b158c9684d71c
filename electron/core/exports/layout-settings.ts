// Every layout number of the consolidated report, in one place.
// Sources: Quy định 399-QĐ/TW (01/2026, replaced Quy định 66-QĐ/TW) on Party document format and
// Hướng dẫn 36-HD/VPTW (03/4/2018) on its presentation, Phụ lục 3 "Mẫu trình bày thể thức" (the
// table of letter case, size and style per element) and Phụ lục 1 (layout of the first page).
// Where the guidance gives a range, the value chosen is noted.

/** Points per millimetre (1 pt = 1/72 inch, 1 inch = 25.4 mm). */
const PT_PER_MM = 72 / 25.4;

export function mm(value: number): number {
  return Math.round(value * PT_PER_MM * 100) / 100;
}

/** HD 36 §II.2: khổ giấy A4, in millimetres. */
export const A4_MM = { width: 210, height: 297 } as const;

export type Orientation = 'portrait' | 'landscape';

export const LAYOUT = {
  /** Name of the embedded font family (Tinos: metric-compatible with Times New Roman, which HD 36 illustrates with). */
  font: 'Tinos',
  /** HD 36 §II.2: khổ giấy A4 (210 × 297 mm). */
  pageSize: 'A4',
  /** HD 36 §II.3 "định lề trang": top 20–25, bottom 20–25, left 30–35, right 15–20 mm; the minimums are used. */
  margins: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) },

  header: {
    /** Width share of the left column (issuer block, ô số 2–3) vs the right (tiêu đề, ô số 1 và 4), as on Phụ lục 1. */
    leftColumnShare: 0.45,
    /** Tiêu đề "ĐẢNG CỘNG SẢN VIỆT NAM": in hoa, 15, đứng, đậm, with a rule of the same length below it (underline). */
    partyTitle: { fontSize: 15, bold: true },
    /** Tên cơ quan cấp trên trực tiếp: in hoa, 14, đứng. */
    superiorIssuer: { fontSize: 14, bold: false },
    /** Tên cơ quan ban hành: in hoa, 14, đứng, đậm; below it a star "*" (HD 36 §III.2). */
    issuer: { fontSize: 14, bold: true },
    star: { fontSize: 14, text: '*' },
    /** Letters of a capitalised name that fit the left column on one line; a longer name is broken
     * into two balanced lines ("BAN TUYÊN GIÁO" / "VÀ DÂN VẬN") instead of leaving one word alone. */
    nameLineChars: { issuer: 22, superiorIssuer: 26 },
    /** Số và ký hiệu: in thường, 14, đứng; "Số 125-BC/TU" with no colon (HD 36 §III.3). */
    number: { fontSize: 14 },
    /** Địa danh, ngày tháng năm: in thường, 14, nghiêng. */
    placeDate: { fontSize: 14, italics: true },
    /** Space between the party title and the place/date line, as the rule leaves on the model page. */
    placeDateGap: 8,
  },

  title: {
    /** Tên loại văn bản: in hoa, 15–16, đứng, đậm; 16 is used. Space above separates it from the header block. */
    docType: { fontSize: 16, bold: true, marginTop: 24 },
    /** Trích yếu: in thường, 14–15, đứng, đậm; 14 is used. */
    summary: { fontSize: 14, bold: true },
    /** Below the trích yếu, a short centred dash rule, as on the Party model page. */
    rule: { text: '-----', fontSize: 14, marginBottom: 12 },
  },

  body: {
    /** Nội dung: in thường, 14–15, đứng; 14 is used. */
    fontSize: 14,
    /** HD 36: line spacing from single (1 line) to 1.5 lines. Tinos' natural line is 1.15 em, so 1.1 ≈ 1.27 em. */
    lineHeight: 1.1,
    /** HD 36: first line indented 1–1.27 cm; 1 cm is used. */
    firstLineIndent: mm(10),
    /** HD 36: space between paragraphs at least 6 pt. */
    paragraphSpacing: 6,
    /** Section headings (I., II., …): in hoa, 14, đứng, đậm, indented like paragraphs. */
    heading: { fontSize: 14, bold: true, marginTop: 6 },
  },

  signature: {
    /** Quyền hạn người ký (T/M BAN THƯỜNG VỤ): in hoa, 14, đứng, đậm. */
    capacity: { fontSize: 14, bold: true },
    /** Chức vụ người ký (BÍ THƯ, PHÓ BÍ THƯ): in hoa, 14, đứng, đậm. */
    title: { fontSize: 14, bold: true },
    /** Room for the hand or digital signature and the seal (about 3 cm on model documents). */
    signatureSpace: mm(28),
    /** Họ tên người ký: in thường, 14, đứng, đậm. */
    name: { fontSize: 14, bold: true },
    /** Share of the width taken by the signature column (right); Nơi nhận takes the rest. */
    columnShare: 0.5,
    marginTop: 12,
    /**
     * The body's last paragraph moves with Nơi nhận and the signature to their page, so the block
     * never stands alone; a paragraph longer than this many lines moves only its last sentences.
     */
    keepLastParagraphLines: 10,
  },

  recipients: {
    /** Từ "Nơi nhận": in thường, 14, đứng, gạch chân, with a colon (Party format; the state format's 12 pt bold italic differs). */
    label: { fontSize: 14, underline: true },
    /** Danh sách nơi nhận: in thường, 12, đứng; one per line starting with "- ", ending with "," and the last with ".". */
    list: { fontSize: 12, lineHeight: 1 },
  },

  pageNumber: {
    /** Số trang: chữ số Ả Rập, 14, đứng, căn giữa lề trên; not printed on the first page (HD 36 §II.4). */
    fontSize: 14,
    /** Distance from the top edge of the page to the number. */
    top: mm(10),
  },

  appendix: {
    /** "PHỤ LỤC" heading: in hoa, 14, đậm; the subtitle line names the report it is attached to (in italics). */
    heading: { fontSize: 14, bold: true },
    title: { fontSize: 14, bold: true },
    attachedTo: { fontSize: 13, italics: true },
    /** Table text on a portrait page, and the size Word's table style carries. */
    tableFontSize: 12,
    /**
     * Page shapes and table text sizes an appendix table may take, in order of preference. The
     * first one that holds all its columns with most unit names on one line wins, else the first
     * that holds them with names wrapped; a table too wide even for the last is split into parts
     * that repeat the TT and Đơn vị columns, on the landscape shape that needs the fewest parts.
     * HD 36 allows landscape pages for appendices; 10 pt is the smallest a printed table keeps legible.
     */
    fits: [
      { orientation: 'portrait', fontSize: 12 },
      { orientation: 'landscape', fontSize: 12 },
      { orientation: 'landscape', fontSize: 11 },
      { orientation: 'landscape', fontSize: 10 },
    ],
    cellPadding: 3,
    /** Width of the table rules, in points (0.5 pt hairlines, as ruled Party tables print). */
    ruleWidth: 0.5,
    headerFill: '#eeeeee',
    legendFontSize: 11,
    /** Column widths come from the text; these bound them. Sizes in em are multiples of the table font. */
    columns: {
      /** A unit name may wrap to this many lines when the page is short of room, never more. */
      nameMaxLines: 2,
      /**
       * Share of the unit names a table keeps on one line before it takes a landscape page or a
       * smaller font: the few longest names (a "Đảng ủy Mặt trận Tổ quốc và các đoàn thể tỉnh") wrap.
       */
      nameOneLineShare: 0.9,
      /** The Đơn vị column is at least this wide even for short names (so "Tổng cộng" rows read well). */
      nameMinEm: 7,
      /** …and at most this share of the line, so a freak long name cannot squeeze out the figures. */
      nameMaxShare: 0.45,
      /** A figure or item header wraps to at most this many lines; with spare room, to idealLines. */
      headerMaxLines: 5,
      headerIdealLines: 2,
      /** A figure or item column is never narrower than this (room for "CBC", "1.450"). */
      dataMinEm: 2.6,
      /** Points added to every column's measured width: pdfmake and Word place glyphs a hair differently. */
      slack: 2,
    },
    /** The italic caption over each part of a split table ("Phần 2/2 (chỉ tiêu 9–16)"). */
    partCaptionFontSize: 12,
    /** Rows (the last units and the totals) moved together when the totals or the legend would start a page alone. */
    legendKeepsRows: 3,
  },

  /** The same report as an editable Word document: the numbers above apply; these are Word's own. */
  word: {
    /** Word ships Times New Roman, the face HD 36 illustrates with (the PDF embeds its metric twin Tinos). */
    font: 'Times New Roman',
    /** Word measures "single" spacing as 240 units; Times New Roman's single line is 1.15 em like Tinos', so body.lineHeight carries over. */
    lineUnit: 240,
    /** Gap between the header columns and between Nơi nhận and the signature, in points (the PDF's columnGap). */
    headerColumnGap: 6,
    closingColumnGap: 10,
    /** Indent of the trích yếu on both sides, in points, so a long summary wraps as a centred block. */
    summaryIndent: 30,
    /** Space under the appendix dash rule, in points. */
    appendixRuleSpaceAfter: 8,
    /** Space under the caption of a table part ("Phần 2/2 …"), in points. */
    partCaptionSpaceAfter: 4,
    /** Space around the legend under the status matrix, in points. */
    legendSpaceBefore: 6,
    /** The legend's item list: bullet "•" hanging in a left indent, in points. */
    legendBullet: { text: '•', indent: 18, hanging: 12 },
  },

  /** The appendices as a workbook. Widths are Excel character units; fonts in points. */
  xlsx: {
    font: 'Times New Roman',
    fontSize: 12,
    titleFontSize: 14,
    noteFontSize: 11,
    columnWidths: { number: 5, unit: 38, figure: 16, status: 15, state: 22, note: 22 },
    /** Thousands separator and no decimals; Excel shows it with the reader's locale ('.' on a Vietnamese Windows). */
    numberFormat: '#,##0',
    headerFill: 'FFEEEEEE',
    /** Header and footer distance in inches (Excel's unit); the page margins are LAYOUT.margins. */
    printHeaderFooter: 0.3,
  },
  /** Công văn đôn đốc: "V/v …" under the number (12 pt italic), "Kính gửi:" 14 pt. */
  reminder: { subjectFontSize: 12, addresseeFontSize: 14, addresseeIndent: 60 },
} as const;

export type LayoutSettings = typeof LAYOUT;

/** Width of the text line between the margins, in points; a landscape page keeps the same margins (pdfmake 0.2). */
export function lineWidth(orientation: Orientation): number {
  const side = orientation === 'portrait' ? A4_MM.width : A4_MM.height;
  return mm(side) - LAYOUT.margins.left - LAYOUT.margins.right;
}
