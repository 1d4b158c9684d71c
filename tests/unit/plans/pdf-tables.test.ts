// Tables in text-layer PDFs (made here by pdfmake, as Word or a Party office's PDF printer lays
// them out: a bold centred header, cells wrapping over several lines) come back row by row.
import type { Content, TableCell } from 'pdfmake/interfaces';
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../../electron/core/exports/pdf-render';
import { extractPlan } from '../../../electron/core/plans/extract';
import { readPlanText } from '../../../electron/core/plans/read-plan-document';
import { pdfText } from '../../../electron/core/readers/pdf-text';
import { RESOURCES } from '../../helpers/engine';

const head = (text: string): TableCell => ({ text, bold: true, alignment: 'center' });

async function planPdf(): Promise<Buffer> {
  const rows: TableCell[][] = [
    [head('TT'), head('Nội dung nhiệm vụ'), head('Cơ quan chủ trì'), head('Cơ quan phối hợp'), head('Thời gian hoàn thành')],
    ['1', 'Tổ chức hội nghị quán triệt, học tập Nghị quyết cho cán bộ chủ chốt của tỉnh', 'Ban Tuyên giáo Tỉnh ủy', 'Văn phòng Tỉnh ủy', 'Quý I/2024'],
    ['2', 'Xây dựng chương trình hành động thực hiện Nghị quyết sát với tình hình địa phương', 'Các huyện ủy, thị ủy, thành ủy', 'Ban Tuyên giáo Tỉnh ủy', 'Trước ngày 30/4/2024'],
    ['3', 'Mở chuyên mục tuyên truyền Nghị quyết', 'Báo Cà Mau', '', 'Thường xuyên'],
  ];
  const content: Content[] = [
    { columns: [{ text: 'TỈNH ỦY CÀ MAU\n*\nSố 88-KH/TU', alignment: 'center' }, { text: 'ĐẢNG CỘNG SẢN VIỆT NAM\nCà Mau, ngày 10 tháng 01 năm 2024', alignment: 'center' }] },
    { text: 'KẾ HOẠCH', bold: true, alignment: 'center', margin: [0, 12, 0, 0] },
    { text: 'thực hiện Nghị quyết số 45-NQ/TW của Ban Chấp hành Trung ương', alignment: 'center' },
    { text: 'I. NHIỆM VỤ CỤ THỂ', bold: true, margin: [0, 10, 0, 4] },
    { table: { headerRows: 1, widths: [24, 170, 100, 90, 80], body: rows } },
    { text: 'II. TỔ CHỨC THỰC HIỆN', bold: true, margin: [0, 10, 0, 4] },
    { text: 'Ban Tuyên giáo Tỉnh ủy theo dõi, đôn đốc, tổng hợp kết quả báo cáo Ban Thường vụ Tỉnh ủy.' },
    { text: 'Nơi nhận:', margin: [0, 10, 0, 0] },
    { text: '- Lưu VPTU.' },
  ];
  return Buffer.from(await renderPdf({ content, defaultStyle: { font: 'Tinos', fontSize: 12 }, pageSize: 'A4' }, { resourcesDir: RESOURCES, pageNumbers: false }));
}

describe('tables in text-layer PDFs', () => {
  it('rebuild each row of a plan task table, wrapped cells joined', async () => {
    const text = await pdfText(await planPdf(), 'kh.pdf');
    expect(text).toContain('| TT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |');
    expect(text).toContain('| 2 | Xây dựng chương trình hành động thực hiện Nghị quyết sát với tình hình địa phương | Các huyện ủy, thị ủy, thành ủy | Ban Tuyên giáo Tỉnh ủy | Trước ngày 30/4/2024 |');
    // The paragraphs around the table stay paragraphs.
    expect(text).toMatch(/^II\. TỔ CHỨC THỰC HIỆN$/mu);
    expect(text).toMatch(/^Nơi nhận:$/mu);
  });

  it('give the same tasks as the same plan typed as text', async () => {
    const plan = extractPlan(await readPlanText(await planPdf(), 'kh.pdf'));
    expect(plan.items.find((i) => i.code === 'I.1')).toMatchObject({ kind: 'task', assignees: [{ label: 'Ban Tuyên giáo Tỉnh ủy' }], deadline: { date: '2024-03-31' } });
    expect(plan.items.find((i) => i.code === 'I.2')?.assignees[0]?.unitKinds).toEqual(['huyen-uy']);
    expect(plan.items.find((i) => i.code === 'I.3')).toMatchObject({ assignees: [{ label: 'Báo Cà Mau' }], deadline: { text: 'Thường xuyên' } });
    expect(plan.items.find((i) => i.code === 'II.p1')?.assignees.map((a) => a.label)).toEqual(['Ban Tuyên giáo Tỉnh ủy']);
  });

  it.each([true, false])('follow a table over a page break (header repeated: %s)', async (repeat) => {
    const rows: TableCell[][] = [[head('TT'), head('Nội dung nhiệm vụ'), head('Cơ quan chủ trì'), head('Thời gian hoàn thành')]];
    for (let n = 1; n <= 45; n++) rows.push([String(n), `Nhiệm vụ số ${n} của kế hoạch, được giao cho đơn vị chủ trì thực hiện và báo cáo kết quả`, 'Ban Tuyên giáo Tỉnh ủy', `Trước ngày ${(n % 28) + 1}/6/2024`]);
    const content: Content[] = [{ text: 'I. NHIỆM VỤ', bold: true }, { table: { headerRows: repeat ? 1 : 0, widths: [24, 250, 110, 90], body: rows } }, { text: 'II. TỔ CHỨC THỰC HIỆN', bold: true, margin: [0, 10, 0, 0] }];
    const pdf = Buffer.from(await renderPdf({ content, defaultStyle: { font: 'Tinos', fontSize: 12 }, pageSize: 'A4' }, { resourcesDir: RESOURCES, pageNumbers: false }));
    const text = await pdfText(pdf, 'dai.pdf');
    const tableRows = text.split('\n').filter((l) => l.startsWith('|'));
    expect(tableRows.filter((l) => l.includes('Nội dung nhiệm vụ'))).toHaveLength(1);
    expect(tableRows).toHaveLength(46);
    for (let n = 1; n <= 45; n++) expect(tableRows[n]).toBe(`| ${n} | Nhiệm vụ số ${n} của kế hoạch, được giao cho đơn vị chủ trì thực hiện và báo cáo kết quả | Ban Tuyên giáo Tỉnh ủy | Trước ngày ${(n % 28) + 1}/6/2024 |`);
  });
});

// Lines break before names in nearly every sentence of a plan: "… phối hợp với" / "Văn phòng Tỉnh ủy".
const NAMES = 'Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với Văn phòng Tỉnh ủy, Ban Tổ chức Tỉnh ủy, Ủy ban Kiểm tra Tỉnh ủy, Mặt trận Tổ quốc tỉnh, Hội Liên hiệp Phụ nữ tỉnh, Hội Nông dân tỉnh, Liên đoàn Lao động tỉnh và Tỉnh đoàn tổ chức tuyên truyền Nghị quyết đến Nhân dân trên địa bàn tỉnh.';
const RAGGED = 'Các huyện ủy, thị ủy, thành ủy và đảng ủy trực thuộc Tỉnh ủy xây dựng kế hoạch thực hiện, định kỳ 6 tháng, năm báo cáo kết quả về Ban Thường vụ Tỉnh ủy qua Ban Tuyên giáo Tỉnh ủy để tổng hợp.';

describe('paragraphs in text-layer PDFs', () => {
  it('come back whole when their lines wrap before a name, justified or ragged, and a date wrapped before its year is read', async () => {
    const content: Content[] = [
      // A narrow date column wraps the date before its year.
      { columns: [{ text: 'TỈNH ỦY CÀ MAU\n*\nSố 91-KH/TU', alignment: 'center' }, { text: 'ĐẢNG CỘNG SẢN VIỆT NAM\nCà Mau, ngày 12 tháng 3 năm\n2024', alignment: 'center' }] },
      { text: 'KẾ HOẠCH', bold: true, alignment: 'center', margin: [0, 12, 0, 0] },
      { text: 'tuyên truyền Nghị quyết số 45-NQ/TW', alignment: 'center' },
      { text: 'I. NHIỆM VỤ', bold: true, margin: [0, 10, 0, 4] },
      { text: `1. ${NAMES}`, alignment: 'justify' },
      { text: `2. ${RAGGED}` },
      { text: 'II. TỔ CHỨC THỰC HIỆN', bold: true, margin: [0, 10, 0, 4] },
      { text: 'Văn phòng Tỉnh ủy theo dõi, tổng hợp.' },
    ];
    const pdf = Buffer.from(await renderPdf({ content, defaultStyle: { font: 'Tinos', fontSize: 14 }, pageSize: 'A4', pageMargins: [85, 56, 56, 56] }, { resourcesDir: RESOURCES, pageNumbers: false }));
    const plan = extractPlan(await readPlanText(pdf, 'kh.pdf'));
    expect(plan.items.find((i) => i.code === 'I.1')?.text).toBe(NAMES);
    expect(plan.items.find((i) => i.code === 'I.2')?.text).toBe(RAGGED);
    expect(plan).toMatchObject({ number: '91-KH/TU', issuedDate: '2024-03-12', place: 'Cà Mau' });
  });
});
