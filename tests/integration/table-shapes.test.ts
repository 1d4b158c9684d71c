// Figure tables and prose in shapes units use that the readers once misread, against the seed plan
// on Chỉ thị 32-CT/TW (six figures, two of them counted in "tin, bài"): quarter columns beside their
// total, a figure's name of eleven words, a unit of measure in its own column, one unit's figures
// laid out across a row, a target, a rate and last year's column beside the results, rows named by
// their heading, a running total written before the period's figure, and counts typed with their
// measure into text cells. Built with exceljs and docx, imported through the service as the CLI and
// the UI do.
import ExcelJS from 'exceljs';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import { ct32Round, entriesOf, figuresOf } from '../helpers/ct32-round';
import type { Ct32Round } from '../helpers/ct32-round';

const TITLE = 'Kết quả học tập, quán triệt và triển khai thực hiện Chỉ thị số 32-CT/TW về tăng cường và nâng cao hiệu quả quan hệ đối ngoại đảng trong tình hình mới';

/** A district's table: "Kết quả thực hiện" merged over "Quý I | Quý II | Cộng". */
async function quarterWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Bieu 01');
  ws.getCell('A1').value = 'THỊ ỦY DĨ AN';
  ws.getCell('D1').value = 'ĐẢNG CỘNG SẢN VIỆT NAM';
  ws.getCell('A2').value = 'Số 88-BC/TU';
  ws.getCell('D2').value = 'Dĩ An, ngày 25 tháng 6 năm 2019';
  ws.getCell('A4').value = `BIỂU TỔNG HỢP ${TITLE.toUpperCase()}`;
  ws.getRow(6).values = ['STT', 'Nội dung', 'Đơn vị tính', 'Kết quả thực hiện', null, null, 'Ghi chú'];
  ws.getRow(7).values = [null, null, null, 'Quý I', 'Quý II', 'Cộng', null];
  for (const range of ['D6:F6', 'A6:A7', 'B6:B7', 'C6:C7', 'G6:G7']) ws.mergeCells(range);
  const rows: (string | number)[][] = [
    [1, 'Hội nghị, lớp học tập quán triệt', 'Hội nghị', 2, 3, 5],
    [2, 'Lượt cán bộ, đảng viên dự học tập', 'Lượt người', 640, 910, 1550],
    [3, 'Tin, bài tuyên truyền trên Đài Truyền thanh', 'Tin, bài', 20, 18, 38],
    // Eleven words: the figure's own name is as long.
    [4, 'Tin, bài trên trang thông tin điện tử, mạng xã hội', 'Tin, bài', 11, 9, 20],
    [5, 'Cuộc kiểm tra, giám sát', 'Cuộc', 0, 2, 2],
  ];
  rows.forEach((r, i) => {
    ws.getRow(8 + i).values = r;
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A sheet of figures across one row, under a heading with no "STT" or "Nội dung". */
async function acrossWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('So lieu');
  ws.getCell('A1').value = 'ĐẢNG ỦY KHỐI DOANH NGHIỆP TỈNH';
  ws.getCell('A2').value = 'SỐ LIỆU KẾT QUẢ THỰC HIỆN CHỈ THỊ 32-CT/TW, 6 THÁNG ĐẦU NĂM 2019';
  ws.getCell('A3').value = 'Ngày 27/6/2019';
  ws.getRow(5).values = ['Đơn vị', 'Số hội nghị, lớp quán triệt', 'Số lượt cán bộ, đảng viên tham dự', 'Số tin, bài tuyên truyền', 'Số kế hoạch, văn bản triển khai', 'Số cuộc kiểm tra, giám sát'];
  ws.getRow(6).values = ['Đảng ủy Khối Doanh nghiệp tỉnh', 7, 2315, 14, 9, 3];
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A workbook with the usual header above a table of the given rows. */
async function sheet(issuer: string, number: string, placeDate: string, heading: string, rows: (string | number | null)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('BC');
  ws.getCell('A1').value = issuer;
  ws.getCell('D1').value = 'ĐẢNG CỘNG SẢN VIỆT NAM';
  ws.getCell('A2').value = number;
  ws.getCell('D2').value = placeDate;
  ws.getCell('A4').value = heading;
  rows.forEach((r, i) => {
    ws.getRow(6 + i).values = r;
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const HEADING = 'BIỂU KẾT QUẢ THỰC HIỆN CHỈ THỊ SỐ 32-CT/TW 6 THÁNG ĐẦU NĂM 2019';

/** "Kế hoạch năm | Thực hiện 6 tháng | Tỷ lệ (%)": the target is no figure, the done column is. */
const targetSheet = (): Promise<Buffer> =>
  sheet('HUYỆN ỦY DẦU TIẾNG', 'Số 80-BC/HU', 'Dầu Tiếng, ngày 27 tháng 6 năm 2019', HEADING, [
    ['TT', 'Chỉ tiêu', 'Kế hoạch năm', 'Thực hiện 6 tháng', 'Tỷ lệ (%)'],
    [1, 'Số hội nghị quán triệt', 10, 6, 60],
    [2, 'Số lượt cán bộ, đảng viên tham dự', 2000, 1350, 67.5],
    [3, 'Số cuộc kiểm tra, giám sát', 4, 2, 50],
  ]);

/** Last year's column beside this year's, and a comparison. */
const yearsSheet = (): Promise<Buffer> =>
  sheet('THỊ ỦY THUẬN AN', 'Số 101-BC/TU', 'Thuận An, ngày 26 tháng 6 năm 2019', HEADING, [
    ['TT', 'Chỉ tiêu', 'ĐVT', '6 tháng đầu năm 2018', '6 tháng đầu năm 2019', 'So sánh (%)'],
    [1, 'Hội nghị quán triệt', 'Hội nghị', 3, 5, 166.7],
    [2, 'Lượt cán bộ, đảng viên tham dự', 'Lượt', 700, 1100, 157.1],
  ]);

/** Figures across a row, one named "Kế hoạch, văn bản" without its "Số". */
const acrossPlansSheet = (): Promise<Buffer> =>
  sheet('ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH', 'Số 150-BC/ĐUK', 'Bình Dương, ngày 20 tháng 6 năm 2019', HEADING, [
    ['Đơn vị', 'Hội nghị quán triệt', 'Lượt cán bộ, đảng viên tham dự', 'Kế hoạch, văn bản triển khai'],
    ['Đảng ủy Khối các cơ quan tỉnh', 3, 410, 5],
  ]);

/** Rows of "- Số cuộc" under their section's heading row. */
const sectionsSheet = (): Promise<Buffer> =>
  sheet('THỊ ỦY BẾN CÁT', 'Số 60-BC/TU', 'Bến Cát, ngày 24 tháng 6 năm 2019', HEADING, [
    ['STT', 'Nội dung', 'Kết quả', 'Ghi chú'],
    ['I', 'Công tác quán triệt', null, null],
    [null, '- Số hội nghị', 4, 'Cấp thị 1, cơ sở 3'],
    [null, '- Số lượt người tham dự', 860, null],
    ['II', 'Kiểm tra, giám sát', null, null],
    [null, '- Số cuộc', 1, null],
  ]);

const para = (text: string): Paragraph => new Paragraph({ children: [new TextRun(text)] });
const row = (cells: string[]): TableRow => new TableRow({ children: cells.map((c) => new TableCell({ children: [para(c)] })) });

function heading(issuer: string, number: string, placeDate: string): (Paragraph | Table)[] {
  return [para(issuer), para(number), para(placeDate), para('BÁO CÁO'), para(TITLE)];
}

/** A Word table whose unit of measure has its own column and whose labels do not say it. */
async function measureColumnReport(): Promise<Buffer> {
  const table = new Table({
    rows: [
      row(['TT', 'Chỉ tiêu', 'ĐVT', 'Số lượng']),
      row(['1', 'Tổ chức hội nghị, lớp quán triệt', 'Hội nghị', '06']),
      row(['2', 'Đoàn viên, thanh niên tham dự', 'Lượt', '1.820']),
      row(['3', 'Kiểm tra, giám sát', 'Cuộc', '01']),
    ],
  });
  const children = [
    ...heading('BAN THƯỜNG VỤ TỈNH ĐOÀN', 'Số 310-BC/TĐTN-BTG', 'Bình Dương, ngày 28 tháng 6 năm 2019'),
    para('I. KẾT QUẢ THỰC HIỆN'),
    table,
    para('II. PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM'),
    para('Tiếp tục tổ chức 05 hội nghị quán triệt trong 6 tháng cuối năm.'),
  ];
  return Buffer.from(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

/** Prose that gives the running total first, and a website figure only as a part of another. */
async function runningTotalReport(): Promise<Buffer> {
  const children = [
    ...heading('THÀNH ỦY THỦ DẦU MỘT', 'Số 201-BC/TU', 'Thủ Dầu Một, ngày 26 tháng 6 năm 2019'),
    para('Từ khi triển khai Chỉ thị đến nay (lũy kế từ năm 2017), toàn Đảng bộ đã tổ chức 19 hội nghị quán triệt. Trong 6 tháng đầu năm 2019, Thành ủy tổ chức 03 hội nghị, thu hút trên 900 lượt cán bộ, đảng viên tham dự.'),
    para('Các cơ quan báo chí của thành phố đã thực hiện 27 tin, bài tuyên truyền về công tác đối ngoại đảng; trong đó, 9 tin, bài được đăng trên trang thông tin điện tử thành phố.'),
  ];
  return Buffer.from(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

/** A ward's table of its party cells, "Đơn vị" heading their names: each row a cell's figures, none a task. */
async function cellsTableReport(): Promise<Buffer> {
  const table = new Table({
    rows: [
      row(['TT', 'Đơn vị', 'Số hội nghị quán triệt', 'Số lượt đảng viên tham dự', 'Số tin, bài']),
      row(['1', 'Chi bộ Cơ quan Đảng ủy phường', '1', '24', '2']),
      row(['2', 'Chi bộ Công an phường', '1', '31', '0']),
      row(['3', 'Chi bộ Khu phố 1 - tuyên truyền, kiểm tra, giám sát', '2', '58', '1']),
      row(['', 'Tổng cộng', '4', '113', '3']),
    ],
  });
  const children = [...heading('ĐẢNG ỦY PHƯỜNG PHÚ LỢI', 'Số 45-BC/ĐU', 'Phú Lợi, ngày 24 tháng 6 năm 2019'), para('Kết quả học tập, quán triệt tại các chi bộ trực thuộc:'), table];
  return Buffer.from(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

/** Counts typed with their measure into text cells: "21 hội nghị", "2.340 lượt". */
async function countsAsTextSheet(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('So lieu');
  ws.getCell('A1').value = 'HUYỆN ỦY PHÚ GIÁO';
  ws.getCell('A2').value = 'SỐ LIỆU KẾT QUẢ QUÁN TRIỆT CHỈ THỊ 32-CT/TW';
  ws.getCell('A3').value = 'Ngày 20/6/2019';
  const rows: string[][] = [
    ['Nội dung', 'Kết quả'],
    ['Hội nghị quán triệt', '21 hội nghị'],
    ['Cán bộ, đảng viên tham dự', '2.340 lượt'],
    ['Tin, bài tuyên truyền', '38 tin, bài'],
    ['Kiểm tra, giám sát', '04 cuộc'],
  ];
  rows.forEach((r, i) => {
    ws.getRow(5 + i).values = r;
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** "Nội dung | Chỉ tiêu | Kết quả": a group's name merged down its rows, each row's own figure beside it. */
async function groupedRowsReport(): Promise<Buffer> {
  const cell = (text: string, rowSpan = 1): TableCell => new TableCell({ children: [para(text)], rowSpan });
  const table = new Table({
    rows: [
      new TableRow({ children: ['TT', 'Nội dung', 'Chỉ tiêu', 'Kết quả'].map((t) => cell(t)) }),
      new TableRow({ children: [cell('1', 2), cell('Hội nghị, lớp học tập quán triệt Chỉ thị 32-CT/TW', 2), cell('Số hội nghị'), cell('05')] }),
      new TableRow({ children: [cell('Số lượt cán bộ, đảng viên tham dự'), cell('640')] }),
      new TableRow({ children: [cell('2'), cell('Kiểm tra, giám sát'), cell('Số cuộc'), cell('02')] }),
    ],
  });
  const children = [...heading('ỦY BAN MTTQ VIỆT NAM TỈNH BÌNH DƯƠNG', 'Số 77/BC-MTTQ', 'Bình Dương, ngày 25 tháng 6 năm 2019'), para('Kết quả cụ thể:'), table];
  return Buffer.from(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

/** The same in a workbook, merged cells and all, with the trainees of a training under its name. */
async function groupedRowsSheet(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Bieu');
  ws.getCell('A1').value = 'HỘI LIÊN HIỆP PHỤ NỮ TỈNH BÌNH DƯƠNG';
  ws.getCell('A2').value = 'Số 41/BC-HPN';
  ws.getCell('D2').value = 'Bình Dương, ngày 26 tháng 6 năm 2019';
  ws.getCell('A4').value = HEADING;
  const rows: (string | number | null)[][] = [
    ['TT', 'Nội dung', 'Chỉ tiêu', 'Kết quả'],
    [1, 'Hội nghị học tập, quán triệt', 'Số hội nghị', 3],
    [null, null, 'Số lượt hội viên tham dự', 410],
    [2, 'Tập huấn, bồi dưỡng', 'Số lớp', 2],
    [null, null, 'Số người', 140],
  ];
  rows.forEach((r, i) => {
    ws.getRow(6 + i).values = r;
  });
  for (const range of ['A7:A8', 'B7:B8', 'A9:A10', 'B9:B10']) ws.mergeCells(range);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

let round: Ct32Round;

beforeAll(async () => {
  round = await ct32Round({
    'Di An - bieu so lieu.xlsx': await quarterWorkbook(),
    'DUKDN - so lieu.xlsx': await acrossWorkbook(),
    'Tinh doan - BC.docx': await measureColumnReport(),
    'TP TDM - BC.docx': await runningTotalReport(),
    'Dau Tieng - KQ.xlsx': await targetSheet(),
    'Thuan An - so sanh.xlsx': await yearsSheet(),
    'Ben Cat - so lieu.xlsx': await sectionsSheet(),
    'DUK co quan - so lieu.xlsx': await acrossPlansSheet(),
    'Phu Giao - so lieu.xlsx': await countsAsTextSheet(),
    'Phu Loi - BC chi bo.docx': await cellsTableReport(),
    'MTTQ - bieu.docx': await groupedRowsReport(),
    'HPN - bieu.xlsx': await groupedRowsSheet(),
  });
});

const figures = (unit: string): Record<string, number> => figuresOf(round.svc, unit);

describe('figure tables and prose in the shapes units use', () => {
  it('every file is imported for the unit that sent it', () => {
    expect([...round.results.entries()].map(([name, r]) => [name, r.outcome, r.unit?.code])).toEqual([
      ['Di An - bieu so lieu.xlsx', 'imported', 'TXDA'],
      ['DUKDN - so lieu.xlsx', 'imported', 'DUKDN'],
      ['Tinh doan - BC.docx', 'imported', 'TINHDOAN'],
      ['TP TDM - BC.docx', 'imported', 'THUTDM'],
      ['Dau Tieng - KQ.xlsx', 'imported', 'HUDT'],
      ['Thuan An - so sanh.xlsx', 'imported', 'TXTA'],
      ['Ben Cat - so lieu.xlsx', 'imported', 'TXBC'],
      ['DUK co quan - so lieu.xlsx', 'imported', 'DUKCQ'],
      ['Phu Giao - so lieu.xlsx', 'imported', 'HUPG'],
      ['Phu Loi - BC chi bo.docx', 'imported', 'DUPHULOI'],
      ['MTTQ - bieu.docx', 'imported', 'MTTQ'],
      ['HPN - bieu.xlsx', 'imported', 'HLHPN'],
    ]);
  });

  it('takes the "Cộng" column over the quarters, and a figure named in eleven words', () => {
    // Articles on the radio and on the website, in rows of their own: all of them are articles.
    expect(figures('TXDA')).toEqual({ hoi_nghi: 5, luot_tham_du: 1550, tin_bai: 38 + 20, tin_bai_mang: 20, kiem_tra: 2 });
  });

  it('reads figures laid out across one row, with the sender from the header above the table', () => {
    expect(figures('DUKDN')).toEqual({ hoi_nghi: 7, luot_tham_du: 2315, tin_bai: 14, van_ban: 9, kiem_tra: 3 });
  });

  it('reads a row by its unit of measure when the label alone names no figure ("Lượt | Đoàn viên, thanh niên tham dự")', () => {
    // The 05 of the next half-year's plans is no result.
    expect(figures('TINHDOAN')).toEqual({ hoi_nghi: 6, luot_tham_du: 1820, kiem_tra: 1 });
  });

  it('reads the done column beside a target and a rate, never the target as a figure', () => {
    // "Kế hoạch năm" once read as "Số kế hoạch, văn bản" and added 10 + 2000 + 4.
    expect(figures('HUDT')).toEqual({ hoi_nghi: 6, luot_tham_du: 1350, kiem_tra: 2 });
    // A column that names the figure after "Kế hoạch" is that figure.
    expect(figures('DUKCQ')).toEqual({ hoi_nghi: 3, luot_tham_du: 410, van_ban: 5 });
  });

  it('reads this year\'s column beside last year\'s', () => {
    expect(figures('TXTA')).toEqual({ hoi_nghi: 5, luot_tham_du: 1100 });
  });

  it('reads "- Số cuộc" by the heading it stands under', () => {
    expect(figures('TXBC')).toEqual({ hoi_nghi: 4, luot_tham_du: 860, kiem_tra: 1 });
  });

  it('reads counts typed with their measure into text cells', () => {
    expect(figures('HUPG')).toEqual({ hoi_nghi: 21, luot_tham_du: 2340, tin_bai: 38, kiem_tra: 4 });
  });

  it('reads a table of the unit\'s party cells as its figures (the total row), no cell for a task', () => {
    expect(figures('DUPHULOI')).toEqual({ hoi_nghi: 4, luot_tham_du: 113, tin_bai: 3 });
    expect(entriesOf(round.svc, 'DUPHULOI')).toEqual({});
  });

  it('takes the period\'s figure over a running total given first, and a part for a figure nothing else gives', () => {
    expect(figures('THUTDM')).toEqual({ hoi_nghi: 3, luot_tham_du: 900, tin_bai: 27, tin_bai_mang: 9 });
  });

  it('reads each row of a group by its own words beside the group\'s name, merged down or not', () => {
    expect(figures('MTTQ')).toEqual({ hoi_nghi: 5, luot_tham_du: 640, kiem_tra: 2 });
    // The trainees of a training are no count of its classes.
    expect(figures('HLHPN')).toEqual({ hoi_nghi: 3, luot_tham_du: 410, tap_huan: 2 });
  });
});
