import type { Content, ContentColumns, ContentStack, ContentTable, ContentText, TDocumentDefinitions } from 'pdfmake/interfaces';
import { describe, expect, it } from 'vitest';
import { LAYOUT } from '../../../electron/core/exports/layout-settings';
import { nfcDeep } from '../../../electron/core/exports/nfc';
import { draftReportBody } from '../../../electron/core/exports/report-draft';
import { buildReportDocument, keepNumbersWhole, numberLine, recipientLines, reportSummary } from '../../../electron/core/exports/report-document';
import { BAN_SETTINGS, PLAN, ROUND, SETTINGS, STATUS, UNIT_FIGURES } from './fixture';
import { tinosMeasure } from '../../../electron/core/exports/text-measure';
import { RESOURCES } from '../../helpers/engine';

const MEASURE = tinosMeasure(RESOURCES);

function build(overrides: Partial<Parameters<typeof buildReportDocument>[0]> = {}): TDocumentDefinitions {
  return buildReportDocument({
    settings: SETTINGS,
    plan: PLAN,
    round: ROUND,
    status: STATUS,
    body: draftReportBody({ plan: PLAN, round: ROUND, status: STATUS }),
    number: '125-BC/TU',
    issueDate: '2026-02-08',
    unitFigures: UNIT_FIGURES,
    ...overrides,
  }, MEASURE);
}

function contentList(def: TDocumentDefinitions): Content[] {
  return def.content as Content[];
}

/** Every text string in a content tree, in order. */
function texts(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap(texts);
  if (node && typeof node === 'object') return Object.entries(node).flatMap(([k, v]) => (['text', 'stack', 'columns', 'table', 'body', 'ul'].includes(k) ? texts(v) : []));
  return [];
}

function tables(node: unknown): ContentTable[] {
  if (Array.isArray(node)) return node.flatMap(tables);
  if (node && typeof node === 'object') {
    const own = 'table' in node ? [node as ContentTable] : [];
    return [...own, ...Object.values(node).flatMap(tables)];
  }
  return [];
}

describe('buildReportDocument', () => {
  it('lays out A4 with the Party margins and the Tinos font', () => {
    const def = build();
    expect(def.pageSize).toBe('A4');
    expect(def.pageMargins).toEqual([85.04, 56.69, 42.52, 56.69]);
    expect(def.defaultStyle?.font).toBe('Tinos');
    expect(JSON.parse(JSON.stringify(def))).toEqual(def);
  });

  it('puts the issuer on the left and the party title with the place and date on the right', () => {
    const [header] = contentList(build({ settings: BAN_SETTINGS }));
    const [left, right] = (header as ContentColumns).columns as ContentStack[];
    const l = left?.stack as ContentText[];
    expect(l.map((n) => n.text)).toEqual(['TỈNH ỦY ĐỒNG NAI', 'BAN TUYÊN GIÁO\nVÀ DÂN VẬN', '*', 'Số 125-BC/TU']);
    expect(l[0]?.bold).toBe(false);
    expect(l[1]?.bold).toBe(true);
    const r = right?.stack as ContentText[];
    expect(r[0]).toMatchObject({ text: 'ĐẢNG CỘNG SẢN VIỆT NAM', bold: true, decoration: 'underline', fontSize: 15 });
    expect(r[1]).toMatchObject({ text: 'Đồng Nai, ngày 08 tháng 02 năm 2026', italics: true, fontSize: 14 });
  });

  it('omits an empty superior body and zero-pads the day only for months after February', () => {
    const [header] = contentList(build({ issueDate: '2025-07-08' }));
    const [left, right] = (header as ContentColumns).columns as ContentStack[];
    expect((left?.stack as ContentText[]).map((n) => n.text)).toEqual(['TỈNH ỦY ĐỒNG NAI', '*', 'Số 125-BC/TU']);
    expect((right?.stack as ContentText[])[1]?.text).toBe('Đồng Nai, ngày 08 tháng 7 năm 2025');
  });

  it('centres the title and summary and numbers the sections in Roman numerals', () => {
    const all = texts(contentList(build()));
    expect(all).toContain('BÁO CÁO');
    expect(all).toContain(reportSummary(PLAN, ROUND));
    expect(reportSummary(PLAN, ROUND)).toMatch(/^Kết quả thực hiện Kế hoạch số 31-KH\/BTGTU về tuyên truyền .*, kỳ 6 tháng đầu năm 2025$/);
    for (const h of ['I. TÌNH HÌNH', 'II. KẾT QUẢ', 'III. ĐƠN VỊ CHƯA', 'IV. ĐỀ XUẤT']) {
      expect(all.some((t) => t.startsWith(h))).toBe(true);
    }
  });

  it('writes body paragraphs justified with a first-line indent', () => {
    const para = contentList(build()).find((c) => texts(c)[0]?.startsWith('Thực hiện')) as ContentText;
    expect(para).toMatchObject({ alignment: 'justify', leadingIndent: LAYOUT.body.firstLineIndent, fontSize: 14 });
    expect(para.text).toEqual(expect.arrayContaining([{ text: '31-KH/BTGTU, ', noWrap: true }]));
  });

  it('keeps document numbers whole but leaves spaced dashes alone', () => {
    expect(keepNumbersWhole('số 31-KH/BTGTU, ngày 1/3')).toEqual(['số ', { text: '31-KH/BTGTU, ', noWrap: true }, 'ngày 1/3']);
    expect(keepNumbersWhole('1975 - 2025')).toBe('1975 - 2025');
  });

  it('ends the body with Nơi nhận on the left and the signature on the right', () => {
    const all = texts(contentList(build()));
    expect(all).toEqual(expect.arrayContaining(['Nơi nhận', 'T/M BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ', 'Nguyễn Văn Lộc', '- Lưu Văn phòng Tỉnh ủy.']));
  });

  it('makes every appendix table repeat its header and keep rows whole where a row wraps', () => {
    const ts = tables(contentList(build()));
    expect(ts).toHaveLength(3);
    const wraps = (t: ContentTable): boolean => {
      const size = (t as ContentTable & { fontSize: number }).fontSize;
      const widths = t.table.widths as number[];
      return t.table.body.slice(1).some((row) =>
        row.some((cell, col) => {
          const c = typeof cell === 'string' ? { text: cell } : (cell as { text?: unknown; bold?: boolean; colSpan?: number });
          return (c.colSpan ?? 1) > 1 || MEASURE.width(String(c.text ?? ''), size, c.bold ?? false) > (widths[col] ?? 0);
        }),
      );
    };
    for (const t of ts) {
      expect(t.table.headerRows).toBe(1);
      // A row of one line cannot split across pages; one that wraps is kept whole.
      expect(t.table.dontBreakRows).toBe(wraps(t));
    }
    // A unit whose name cannot fit one line: its matrix rows are kept whole.
    const long = 'Đảng ủy Cơ quan Ủy ban nhân dân tỉnh và các sở, ban, ngành, đoàn thể trực thuộc Ủy ban nhân dân tỉnh Đồng Nai';
    const status = { ...STATUS, matrix: STATUS.matrix.map((m, i) => (i === 0 ? { ...m, unit: { ...m.unit, name: long } } : m)) };
    const matrix = tables(contentList(build({ status })))[1]!;
    expect(texts(matrix.table.body)).toContain(long);
    expect(wraps(matrix)).toBe(true);
    expect(matrix.table.dontBreakRows).toBe(true);
    const figures = ts[0]?.table.body ?? [];
    expect(texts(figures.at(-1))).toEqual(expect.arrayContaining(['Tổng cộng', '44', '12.860', '1.450']));
    expect(texts(ts[1]?.table.body[0])).toEqual(['TT', 'Đơn vị', 'II.1', 'II.2', 'II.3', 'III.1', 'III.2']);
    expect(texts(ts[2]?.table.body)).toEqual(expect.arrayContaining(['Huyện ủy Định Quán', 'Chưa gửi báo cáo', 'Đảng ủy Khối Doanh nghiệp tỉnh', 'Gửi báo cáo chậm']));
  });

  it('turns the status matrix landscape when there are many items', () => {
    const items = Array.from({ length: 9 }, (_, i) => ({ code: `I.${i + 1}`, text: `Nhiệm vụ ${i + 1}` }));
    const def = build({ status: { ...STATUS, items } });
    const pages = contentList(def).filter((c) => (c as ContentStack).pageBreak === 'before') as ContentStack[];
    expect(pages.map((p) => p.pageOrientation)).toEqual(['portrait', 'landscape', 'portrait']);
  });

  it('normalises all text to NFC', () => {
    const def = build({ settings: { ...SETTINGS, signerName: 'Nguyễn Văn Lộc'.normalize('NFD') } });
    for (const t of texts(contentList(def))) expect(t).toBe(t.normalize('NFC'));
    expect(nfcDeep({ a: ['e\u0302\u0301'] })).toEqual({ a: ['ế'] });
  });
});

describe('small parts', () => {
  it('prints the number without a colon and leaves a gap when it is blank', () => {
    expect(numberLine('125-BC/TU', 'BC/TU')).toBe('Số 125-BC/TU');
    expect(numberLine('Số: 125-BC/TU', 'BC/TU')).toBe('Số 125-BC/TU');
    expect(numberLine('', 'BC/TU')).toMatch(/^Số\s+-BC\/TU$/);
  });
  it('punctuates the recipient list', () => {
    expect(recipientLines(['Như trên', '- Lưu VT,'])).toEqual(['- Như trên,', '- Lưu VT.']);
  });
});
