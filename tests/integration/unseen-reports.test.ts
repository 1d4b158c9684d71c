// Reports in shapes the seeds never show, against a 2025 commune-level plan: a unit's own workbook
// with a header merged over two rows, a Word report whose trích yếu quotes the plan and whose Nơi
// nhận names the receiving body, and a PDF with a wrapped title. Built with exceljs, docx and
// pdfmake, imported through the service as the CLI and the UI do.
import path from 'node:path';
import ExcelJS from 'exceljs';
import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';
import type { Content } from 'pdfmake/interfaces';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderPdf } from '../../electron/core/exports/pdf-render';
import { createService } from '../../electron/core/service';
import type { Service } from '../../electron/core/service';
import type { ImportResult, Plan, StatusResult } from '../../shared/domain';
import { b64, callOk } from '../helpers/service-calls';
import { REPO, tempDir } from '../helpers/temp';
import { RESOURCES, TEST_ENGINE } from '../helpers/engine';

const FIX = path.join(REPO, 'tests', 'fixtures', 'plans');

async function communeWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('BC thang 11');
  // [cells, text]: a range is merged, its first cell holds the text.
  const header: [string, string][] = [
    ['A1:F1', 'ĐẢNG ỦY PHƯỜNG BIÊN HÒA'],
    ['A2:F2', 'BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH SỐ 07-KH/BTGDVTU'],
    ['A3:F3', '(Kèm theo Báo cáo số 25-BC/ĐU, ngày 14/11/2025)'],
    ['A5:A6', 'STT'],
    ['B5:B6', 'Nội dung công việc'],
    ['C5:E5', 'Kết quả thực hiện'],
    ['C6', 'Tiến độ'],
    ['D6', 'Số hội nghị'],
    ['E6', 'Số lượt CB, ĐV tham dự'],
    ['F5:F6', 'Ghi chú'],
  ];
  for (const [cells, text] of header) {
    if (cells.includes(':')) ws.mergeCells(cells);
    ws.getCell(cells.split(':')[0] ?? cells).value = text;
  }
  const rows = [
    [1, 'Xây dựng kế hoạch tuyên truyền cụ thể, tổ chức hội nghị quán triệt cho cán bộ, đảng viên', 'Hoàn thành', 3, '1.250', ''],
    [2, 'Tổ chức các hoạt động văn hóa, văn nghệ, thể dục thể thao chào mừng', 'Đang triển khai', 1, 300, ''],
    [3, 'Báo cáo kết quả về Ban Tuyên giáo và Dân vận Tỉnh ủy', 'x', null, null, ''],
    [null, 'Tổng cộng', null, 4, 1550, null],
  ];
  rows.forEach((r, i) => {
    ws.getRow(7 + i).values = r;
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function communeWordReport(): Promise<Buffer> {
  const p = (text: string, o: { bold?: boolean; italics?: boolean; center?: boolean } = {}): Paragraph =>
    new Paragraph({ children: [new TextRun({ text, bold: o.bold, italics: o.italics })], alignment: o.center ? AlignmentType.CENTER : undefined });
  const doc = new Document({
    sections: [
      {
        children: [
          p('ĐẢNG BỘ TỈNH ĐỒNG NAI'),
          p('ĐẢNG ỦY XÃ LONG THÀNH', { bold: true }),
          p('*'),
          p('Số 31-BC/ĐU'),
          p('ĐẢNG CỘNG SẢN VIỆT NAM', { bold: true }),
          p('Long Thành, ngày 18 tháng 11 năm 2025', { italics: true }),
          p('BÁO CÁO', { bold: true, center: true }),
          p('kết quả thực hiện Kế hoạch số 07-KH/BTGDVTU, ngày 12/9/2025 của Ban Tuyên giáo và Dân vận Tỉnh ủy về tuyên truyền kỷ niệm 95 năm Ngày thành lập Đảng', { center: true }),
          p('I. KẾT QUẢ THỰC HIỆN'),
          p('1. Công tác quán triệt: Đảng ủy xã đã xây dựng kế hoạch tuyên truyền cụ thể; tổ chức 5 hội nghị với 2.140 lượt cán bộ, đảng viên tham dự (đạt 96%).'),
          p('2. Tổ chức các hoạt động văn hóa, văn nghệ, thể dục thể thao chào mừng: đã tổ chức 2 hội diễn văn nghệ, 1 giải bóng đá.'),
          p('3. Trang thông tin điện tử của xã đăng tải 18 tin, bài.'),
          p('II. HẠN CHẾ'),
          p('Một số chi bộ triển khai còn chậm.'),
          p('Nơi nhận:'),
          p('- Ban Tuyên giáo và Dân vận Tỉnh ủy,'),
          p('- Lưu VP.'),
          p('T/M ĐẢNG ỦY'),
          p('BÍ THƯ'),
          p('Phạm Văn Hải'),
        ],
      },
    ],
  });
  return Buffer.from(await Packer.toBuffer(doc));
}

async function frontPdf(): Promise<Buffer> {
  const lines = [
    'ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐỒNG NAI',
    'Số: 88/BC-MTTQ-BTT',
    'Đồng Nai, ngày 04 tháng 11 năm 2025',
    'BÁO CÁO',
    'Kết quả tuyên truyền theo Kế hoạch 07-KH/BTGDVTU',
    'Ban Thường trực Ủy ban MTTQ tỉnh đã chỉ đạo Mặt trận các cấp tổ chức tuyên truyền trong đoàn viên, hội viên; tổ chức 12 hội nghị lấy ý kiến với 980 lượt người tham dự. Đã tổng hợp 245 ý kiến góp ý dự thảo văn kiện.',
    'Nơi nhận:',
    '- Ban Tuyên giáo và Dân vận Tỉnh ủy;',
    'TM. BAN THƯỜNG TRỰC',
    'CHỦ TỊCH',
    'Lê Thị Hoa',
  ];
  const content: Content[] = lines.map((text) => ({ text, margin: [0, 4, 0, 0] as [number, number, number, number] }));
  return Buffer.from(await renderPdf({ content, defaultStyle: { font: 'Tinos', fontSize: 13 }, pageSize: 'A4' }, { resourcesDir: RESOURCES, pageNumbers: false }));
}

let svc: Service;
let plan: Plan;
let status: StatusResult;
const results = new Map<string, ImportResult>();

beforeAll(async () => {
  svc = createService({ ...TEST_ENGINE, dbPath: path.join(tempDir(), 'unseen.sqlite') });
  await callOk(svc, 'units.importTable', { file: { name: 'units.csv', path: path.join(FIX, 'synthetic-units-dong-nai.csv') } });
  const draft = await callOk(svc, 'plans.extract', { file: { name: 'kh.txt', path: path.join(FIX, 'synthetic-kh-dong-nai-2025.txt') } });
  plan = await callOk(svc, 'plans.create', { draft });
  const round = plan.rounds.find((r) => r.dueDate === '2025-11-20')!;
  const files: Record<string, Buffer> = {
    'BienHoa_BC_KH07.xlsx': await communeWorkbook(),
    'bao cao xa Long Thanh.docx': await communeWordReport(),
    'MTTQ-bao-cao.pdf': await frontPdf(),
  };
  for (const [name, bytes] of Object.entries(files)) {
    results.set(name, await callOk(svc, 'reports.import', { file: { name, dataBase64: b64(bytes) }, planId: plan.id, roundId: round.id, receivedAt: '2025-11-19' }));
  }
  status = await callOk(svc, 'status.get', { planId: plan.id, roundId: round.id });
});

const cell = (unit: string, item: string): string | undefined => status.matrix.find((m) => m.unit.code === unit)?.items[item];

describe('reports the seeds never show', () => {
  it('reads a unit workbook with a two-row merged header: statuses, figures, the total row checked', () => {
    expect(results.get('BienHoa_BC_KH07.xlsx')).toMatchObject({ outcome: 'imported', unit: { code: 'XBH' } });
    expect([cell('XBH', 'IV.1.-1'), cell('XBH', 'IV.1.-2'), cell('XBH', 'IV.1.-3')]).toEqual(['done', 'in_progress', 'done']);
  });

  it('reads a Word report by its tasks, not by the plan its title quotes nor the body its Nơi nhận names', () => {
    expect(results.get('bao cao xa Long Thanh.docx')).toMatchObject({ outcome: 'imported', unit: { code: 'XLT' } });
    expect([cell('XLT', 'IV.1.-1'), cell('XLT', 'IV.1.-2')]).toEqual(['done', 'done']);
  });

  it('reads a PDF whose title is followed straight by the body: a loosely matched task is no reason to hold the report', () => {
    const r = results.get('MTTQ-bao-cao.pdf');
    // The user chose the round; the report's date alone does not contradict that choice.
    expect(r).toMatchObject({ outcome: 'imported', unit: { code: 'MTTQ' }, round: { label: expect.stringContaining('20/11/2025') }, error: null });
  });

  it('totals the figures of the accepted reports', () => {
    expect(status.reported.map((u) => u.code).sort()).toEqual(['MTTQ', 'XBH', 'XLT']);
    expect(status.totals).toMatchObject({ hoi_nghi: 3 + 1 + 5 + 12, luot_tham_du: 1250 + 300 + 2140 + 980, tin_bai: 18 });
    expect(status.late).toEqual([]);
  });
});
