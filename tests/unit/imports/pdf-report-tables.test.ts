// A unit's report table exported to PDF (pdfmake here): a header over two rows, item texts that
// wrap, figures right-aligned. Read from the PDF, it must give what the same table gives as .xlsx.
import type { Content, TableCell } from 'pdfmake/interfaces';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderPdf } from '../../../electron/core/exports/pdf-render';
import type { ReaderContext } from '../../../electron/core/imports/normalized-report';
import { readReportFile } from '../../../electron/core/imports/read-report-file';
import * as F from '../../fixtures/reports/build';
import { RESOURCES } from '../../helpers/engine';

const h = (text: string, extra: Partial<{ rowSpan: number; colSpan: number }> = {}): TableCell => ({ text, bold: true, alignment: 'center', ...extra });
const n = (text: string): TableCell => ({ text, alignment: 'right' });

async function reportPdf(): Promise<Buffer> {
  const body: TableCell[][] = [
    [h('STT', { rowSpan: 2 }), h('Nội dung nhiệm vụ', { rowSpan: 2 }), h('Tình trạng', { rowSpan: 2 }), h('Số liệu', { colSpan: 2 }), {}, h('Ghi chú', { rowSpan: 2 })],
    [{}, {}, {}, h('Số hội nghị'), h('Lượt người tham dự'), {}],
    ['1', 'Tổ chức hội nghị quán triệt Chỉ thị 32-CT/TW cho cán bộ chủ chốt của huyện và các xã, thị trấn', 'Đã thực hiện', n('5'), n('600'), ''],
    ['2.4', 'Xây dựng kế hoạch tuyên truyền Chỉ thị 32', 'Đang thực hiện', n('7'), n('850'), 'Dự kiến xong tháng 8'],
    ['', 'Tổng cộng', '', n('12'), n('1.450'), ''],
  ];
  const content: Content[] = [
    { columns: [{ text: 'HUYỆN ỦY PHÚ GIÁO\nSố 45-BC/HU', alignment: 'center' }, { text: 'ĐẢNG CỘNG SẢN VIỆT NAM\nPhú Giáo, ngày 10 tháng 7 năm 2019', alignment: 'center' }] },
    ...F.TITLE.map((t, i) => ({ text: t, bold: i === 0, alignment: 'center' as const, margin: [0, 8, 0, 0] as [number, number, number, number] })),
    { text: 'Kết quả cụ thể như sau:', margin: [0, 8, 0, 4] },
    { table: { headerRows: 2, widths: [30, 190, 80, 55, 65, 70], body } },
    { text: 'Nơi nhận:', margin: [0, 10, 0, 0] },
    { text: '- Ban Tuyên giáo Tỉnh ủy;' },
  ];
  return Buffer.from(await renderPdf({ content, defaultStyle: { font: 'Tinos', fontSize: 12 }, pageSize: 'A4' }, { resourcesDir: RESOURCES, pageNumbers: false }));
}

let ctx: ReaderContext;
beforeAll(async () => {
  ctx = await F.readerContext();
});

describe('a report table printed to PDF', () => {
  it('reads the same statuses and figures as the table in Excel', async () => {
    const fromPdf = await readReportFile(await reportPdf(), 'BC_HU_PhuGiao.pdf', ctx);
    expect(fromPdf.unit.code).toBe('HUPG');
    const statuses = Object.fromEntries(fromPdf.entries.map((e) => [e.itemCode, e.status]));
    expect(statuses).toMatchObject({ 'III.2.1': 'done', 'III.2.4': 'in_progress' });
    const sum = (key: string): number => fromPdf.figures.filter((f) => f.indicatorKey === key).reduce((s, f) => s + f.value, 0);
    expect(sum('hoi_nghi')).toBe(12);
    expect(sum('luot_tham_du')).toBe(1450);
    // The "Tổng cộng" row matches its rows: nothing to note about it.
    expect(fromPdf.warnings).toEqual([]);
    expect(fromPdf.notes.filter((n) => n.code === 'TOTAL_MISMATCH')).toEqual([]);
  });
});

describe('rows without a number in a PDF table', () => {
  it('keeps bullet rows under a group row, and a second count in a column, as rows of their own', async () => {
    const body: TableCell[][] = [
      [h('STT'), h('Nội dung'), h('Số lượng')],
      ['1', 'Số hội nghị quán triệt', n('5')],
      ['2', 'Tuyên truyền trên báo chí', ''],
      ['', '- Chuyên trang, chuyên mục', n('3')],
      ['', '- Lượt người tham dự các buổi nói chuyện', n('600')],
    ];
    const content: Content[] = [
      { columns: [{ text: 'HUYỆN ỦY PHÚ GIÁO\nSố 46-BC/HU', alignment: 'center' }, { text: 'ĐẢNG CỘNG SẢN VIỆT NAM\nPhú Giáo, ngày 10 tháng 7 năm 2019', alignment: 'center' }] },
      ...F.TITLE.map((t, i) => ({ text: t, bold: i === 0, alignment: 'center' as const, margin: [0, 8, 0, 0] as [number, number, number, number] })),
      { table: { headerRows: 1, widths: [30, 300, 80], body } },
    ];
    const pdf = Buffer.from(await renderPdf({ content, defaultStyle: { font: 'Tinos', fontSize: 12 }, pageSize: 'A4' }, { resourcesDir: RESOURCES, pageNumbers: false }));
    const read = await readReportFile(pdf, 'BC_HU_PhuGiao_2.pdf', ctx);
    const figures = Object.fromEntries(read.figures.map((f) => [f.indicatorKey, f.value]));
    // Joined to row 2, the two counts would read "3 600" and be lost, or run together.
    expect(figures).toMatchObject({ hoi_nghi: 5, chuyen_muc: 3, luot_tham_du: 600 });
  });
});
