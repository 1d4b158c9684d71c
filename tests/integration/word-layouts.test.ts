// Word reports laid out the ways offices lay them out, against the seed plan on Chỉ thị 32-CT/TW:
// the issuer in a text box, the issuer and the motto in the first page's header, the whole report
// framed in a one-cell table, and a table whose counts are grouped with commas ("1,320 lượt"). Built
// with docx, imported through the service as the CLI and the UI do.
import ExcelJS from 'exceljs';
import { Document, Header, Packer, Paragraph, Table, TableCell, TableRow, Textbox } from 'docx';
import type { ISectionOptions } from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Service } from '../../electron/core/service';
import type { ImportResult, Plan, StatusResult } from '../../shared/domain';
import { ct32Round, figuresOf } from '../helpers/ct32-round';
import type { Ct32Round } from '../helpers/ct32-round';
import { b64, callOk } from '../helpers/service-calls';

const TITLE = 'Kết quả thực hiện Chỉ thị số 32-CT/TW của Ban Bí thư về tăng cường và nâng cao hiệu quả quan hệ đối ngoại đảng trong tình hình mới';
const para = (text: string): Paragraph => new Paragraph(text);
const row = (cells: string[]): TableRow => new TableRow({ children: cells.map((c) => new TableCell({ children: [para(c)] })) });
const docx = async (section: ISectionOptions): Promise<Buffer> => Buffer.from(await Packer.toBuffer(new Document({ sections: [section] })));

/** The issuer block is a text box; the motto and the date are typed beside it. */
async function textBoxReport(): Promise<Buffer> {
  return docx({
    children: [
      new Textbox({ style: { width: '200pt', height: '60pt' }, children: [para('THỊ ỦY BẾN CÁT'), para('*'), para('Số 56-BC/TU')] }),
      para('ĐẢNG CỘNG SẢN VIỆT NAM'),
      para('Bến Cát, ngày 21 tháng 6 năm 2019'),
      para('BÁO CÁO'),
      para(TITLE),
      para('Ban Thường vụ Thị ủy đã ban hành 02 kế hoạch triển khai. Tổ chức 03 hội nghị quán triệt cho 520 lượt cán bộ, đảng viên.'),
    ],
  });
}

/** The issuer and the motto in the first page's header; a table of counts grouped with commas. */
async function pageHeaderReport(): Promise<Buffer> {
  return docx({
    properties: { titlePage: true },
    headers: {
      first: new Header({ children: [para('THỊ ỦY THUẬN AN\tĐẢNG CỘNG SẢN VIỆT NAM')] }),
      default: new Header({ children: [para('Báo cáo kết quả thực hiện Chỉ thị 32')] }),
    },
    children: [
      para('Số 99-BC/TU'),
      para('Thuận An, ngày 22 tháng 6 năm 2019'),
      para('BÁO CÁO'),
      para(TITLE),
      para('I. KẾT QUẢ'),
      new Table({
        rows: [row(['STT', 'Nội dung', 'Kết quả']), row(['1', 'Số hội nghị quán triệt', '04 hội nghị']), row(['2', 'Số lượt cán bộ, đảng viên tham dự', '1,320 lượt'])],
      }),
    ],
  });
}

/** The whole report, header to signature, inside one table cell. */
async function framedReport(): Promise<Buffer> {
  const lines = [
    'HUYỆN ỦY DẦU TIẾNG',
    'Số 77-BC/HU',
    'Dầu Tiếng, ngày 24 tháng 6 năm 2019',
    'BÁO CÁO',
    TITLE,
    'Huyện ủy đã tổ chức 02 hội nghị quán triệt với 410 lượt cán bộ, đảng viên tham dự.',
    'Công tác tuyên truyền: đăng 16 tin, bài trên Đài Truyền thanh huyện.',
    'Nơi nhận:',
    '- Ban Tuyên giáo Tỉnh ủy;',
  ];
  return docx({ children: [new Table({ rows: [new TableRow({ children: [new TableCell({ children: lines.map(para) })] })] })] });
}

/** A task table whose results say the counts in words, and whose task column says "theo Kế hoạch". */
async function taskWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('KQ');
  ws.getCell('A1').value = 'ỦY BAN MTTQ VIỆT NAM TỈNH BÌNH DƯƠNG';
  ws.getCell('E1').value = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
  ws.getCell('A2').value = 'Số 45/BC-MTTQ-BTT';
  ws.getCell('E2').value = 'Bình Dương, ngày 26 tháng 6 năm 2019';
  ws.getCell('A4').value = `BÁO CÁO ${TITLE}`;
  ws.getRow(6).values = ['TT', 'Nhiệm vụ theo Kế hoạch', 'Kết quả thực hiện', 'Đánh giá'];
  ws.getRow(7).values = [1, 'Phổ biến, tuyên truyền rộng rãi Chỉ thị số 32-CT/TW trong Nhân dân', 'Tổ chức 05 hội nghị cho 700 lượt người tham dự', 'Hoàn thành'];
  ws.getRow(8).values = [2, 'Phối hợp với Mặt trận Tổ quốc, các tổ chức chính trị - xã hội tuyên truyền', 'Phối hợp tổ chức 02 hội nghị với các đoàn thể', 'Đang thực hiện'];
  ws.getRow(9).values = [3, 'Nghiên cứu, nắm bắt dư luận trong việc thực hiện Chỉ thị', '', 'Chưa thực hiện'];
  return Buffer.from(await wb.xlsx.writeBuffer());
}

let round: Ct32Round;
let status: StatusResult;
let svc: Service;
let plan: Plan;

beforeAll(async () => {
  round = await ct32Round({
    'Ben Cat CT32.docx': await textBoxReport(),
    'Thuan An - BC.docx': await pageHeaderReport(),
    'HU - BC CT32.docx': await framedReport(),
    'MTTQ - KQ.xlsx': await taskWorkbook(),
  });
  ({ svc, plan } = round);
  status = await callOk(svc, 'status.get', { planId: plan.id, roundId: plan.rounds[0]!.id });
  // Dropped without choosing a plan or a round: the unnumbered plan is known by its directive.
  const unchosen = await docx({
    children: ['VĂN PHÒNG TỈNH ỦY', 'Số 300-BC/VPTU', 'Bình Dương, ngày 25 tháng 6 năm 2019', 'BÁO CÁO', TITLE, 'Văn phòng Tỉnh ủy đã tổ chức 02 hội nghị quán triệt.'].map(para),
  });
  round.results.set('VPTU.docx', await callOk(svc, 'reports.import', { file: { name: 'VPTU.docx', dataBase64: b64(unchosen) }, receivedAt: '2019-06-29' }));
});

const resultOf = (name: string): ImportResult | undefined => round.results.get(name);
const figures = (unit: string): Record<string, number> => figuresOf(svc, unit);

describe('Word reports laid out in boxes, page headers and frames', () => {
  it('finds the sender in a text box and in the first page\'s header', () => {
    expect(resultOf('Ben Cat CT32.docx')).toMatchObject({ outcome: 'imported', unit: { code: 'TXBC' } });
    expect(resultOf('Thuan An - BC.docx')).toMatchObject({ outcome: 'imported', unit: { code: 'TXTA' } });
    expect(figures('TXBC')).toEqual({ van_ban: 2, hoi_nghi: 3, luot_tham_du: 520 });
  });

  it('reads "1,320 lượt" as one thousand three hundred and twenty', () => {
    expect(figures('TXTA')).toEqual({ hoi_nghi: 4, luot_tham_du: 1320 });
  });

  it('reads a report framed in one table cell as its paragraphs', () => {
    // The file name names no unit: the sender comes from inside the frame.
    expect(resultOf('HU - BC CT32.docx')).toMatchObject({ outcome: 'imported', unit: { code: 'HUDT' } });
    expect(figures('HUDT')).toEqual({ hoi_nghi: 2, luot_tham_du: 410, tin_bai: 16 });
  });

  it('files a report dropped without a choice under the unnumbered plan its title\'s directive names, in its only round', () => {
    expect(resultOf('VPTU.docx')).toMatchObject({ outcome: 'imported', unit: { code: 'VPTU' }, plan: { id: plan.id }, round: { id: plan.rounds[0]!.id } });
  });

  it('reads a task table\'s statuses, and adds up the counts its results say in words', () => {
    expect(resultOf('MTTQ - KQ.xlsx')).toMatchObject({ outcome: 'imported', unit: { code: 'MTTQ' } });
    const mttq = status.matrix.find((m) => m.unit.code === 'MTTQ')?.items ?? {};
    expect(mttq['II.2.3.-3']).toBe('not_done');
    expect(figures('MTTQ')).toEqual({ hoi_nghi: 5 + 2, luot_tham_du: 700 });
  });
});
