// A district committee's plan on admitting Party members, with a figure table of its own in which four
// of five figures count people ("Người", "Đảng viên", "Đồng chí"), and the reports of the units under
// it: a Word table whose rows word the figures otherwise, a workbook of the party cells with a column
// the plan words otherwise and a total row, the Youth Union under "BCH ĐOÀN HUYỆN", a commune's list
// of "name: value" lines. Every file is written here by docx and exceljs and imported through the
// service, as the CLI and the UI do.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createService } from '../../electron/core/service';
import type { Service } from '../../electron/core/service';
import type { ImportResult, Plan } from '../../shared/domain';
import { figuresOf } from '../helpers/ct32-round';
import { TEST_ENGINE } from '../helpers/engine';
import { b64, callOk } from '../helpers/service-calls';
import { tempDir } from '../helpers/temp';

const DIRECTORY = [
  'Mã,Tên đơn vị,Loại',
  'XAKIMDONG,Đảng ủy xã Kim Đông,Đảng ủy xã',
  'XAYENLOC,Đảng ủy xã Yên Lộc,Đảng ủy xã',
  'TTPHATDIEM,Đảng ủy thị trấn Phát Diệm,Đảng ủy thị trấn',
  'DBCQ,Đảng bộ Cơ quan Chính quyền huyện,Đảng bộ cơ sở',
  'TTCT,Trung tâm Chính trị huyện Kim Sơn,Trung tâm Chính trị',
  'MTTQ,Ủy ban MTTQ Việt Nam huyện,Mặt trận',
  'HUYENDOAN,Huyện đoàn Kim Sơn,Đoàn thể',
  'HND,Hội Nông dân huyện,Đoàn thể',
].join('\n');

const p = (text: string): Paragraph => new Paragraph({ children: [new TextRun(text)] });

function cell(text: string): TableCell {
  return new TableCell({ children: [p(text)] });
}

function table(rows: string[][]): Table {
  return new Table({ rows: rows.map((r) => new TableRow({ children: r.map(cell) })) });
}

async function word(children: (Paragraph | Table)[]): Promise<Buffer> {
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

const plan = (): Promise<Buffer> =>
  word([
    ...['ĐẢNG BỘ TỈNH NINH BÌNH', 'HUYỆN ỦY KIM SƠN', '*', 'Số 21-KH/HU', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Kim Sơn, ngày 10 tháng 01 năm 2022', 'KẾ HOẠCH', 'công tác phát triển đảng viên năm 2022'].map(p),
    p('I. NHIỆM VỤ'),
    p('1. Trung tâm Chính trị huyện Kim Sơn mở các lớp bồi dưỡng nhận thức về Đảng cho quần chúng ưu tú.'),
    p('2. Ủy ban MTTQ Việt Nam huyện và các đoàn thể chính trị - xã hội huyện giới thiệu đoàn viên, hội viên ưu tú cho tổ chức đảng xem xét, kết nạp.'),
    p('3. Các đảng bộ, chi bộ cơ sở chú trọng kết nạp đảng viên là đoàn viên thanh niên, người lao động trực tiếp sản xuất.'),
    p('4. Các đảng ủy xã có thôn chưa có chi bộ xây dựng lộ trình thành lập chi bộ thôn, hoàn thành trước ngày 30/9/2022.'),
    p('II. TỔ CHỨC THỰC HIỆN'),
    p('Các đảng ủy, chi bộ cơ sở trực thuộc Huyện ủy báo cáo kết quả cả năm trước ngày 10/12/2022.'),
    p('BIỂU SỐ LIỆU KÈM THEO'),
    table([
      ['TT', 'Chỉ tiêu', 'Đơn vị tính'],
      ['1', 'Quần chúng được học lớp bồi dưỡng nhận thức về Đảng', 'Người'],
      ['2', 'Đảng viên mới kết nạp', 'Đảng viên'],
      ['3', 'Đảng viên dự bị được công nhận chính thức', 'Đảng viên'],
      ['4', 'Đảng viên được tặng Huy hiệu Đảng', 'Đồng chí'],
      ['5', 'Thôn, xóm chưa có chi bộ', 'Thôn'],
    ]),
    ...['T/M BAN THƯỜNG VỤ', 'BÍ THƯ', 'Đinh Văn Hùng'].map(p),
  ]);

const header = (issuer: string[], number: string, date: string): Paragraph[] => [...issuer, '*', number, 'ĐẢNG CỘNG SẢN VIỆT NAM', date, 'BÁO CÁO', 'kết quả công tác phát triển đảng viên năm 2022'].map(p);

/** The town's table: a plan column, the year's result, last year's; rows worded otherwise than the plan's figures. */
const townTable = (): Promise<Buffer> =>
  word([
    ...header(['ĐẢNG BỘ HUYỆN KIM SƠN', 'ĐẢNG ỦY THỊ TRẤN PHÁT DIỆM'], 'Số 40-BC/ĐU', 'Phát Diệm, ngày 05 tháng 12 năm 2022'),
    p('Kết quả thực hiện cụ thể như sau:'),
    table([
      ['TT', 'Nội dung', 'Kế hoạch năm 2022', 'Kết quả năm 2022', 'Cùng kỳ năm 2021'],
      ['1', 'Số quần chúng học lớp nhận thức về Đảng', '20', '23', '17'],
      ['2', 'Số đảng viên mới kết nạp', '12', '14', '11'],
      ['3', 'Số đảng viên chuyển chính thức', '', '9', '10'],
      ['4', 'Số đảng viên được trao Huy hiệu Đảng', '', '31', '22'],
    ]),
    ...['T/M ĐẢNG ỦY', 'BÍ THƯ', 'Phạm Thị Thu'].map(p),
  ]);

/** The agency committee's sheet of its party cells: "Chuyển chính thức" names no figure of the plan; "Cộng" is the total. */
async function cellsWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Tong hop');
  ws.getCell('A1').value = 'ĐẢNG BỘ CƠ QUAN CHÍNH QUYỀN HUYỆN KIM SƠN';
  ws.getCell('A3').value = 'TỔNG HỢP KẾT QUẢ PHÁT TRIỂN ĐẢNG VIÊN NĂM 2022';
  const rows: (string | number | null)[][] = [
    ['STT', 'Chi bộ', 'Quần chúng học lớp NTVĐ', 'Kết nạp mới', 'Chuyển chính thức', 'Huy hiệu Đảng'],
    [1, 'Chi bộ Văn phòng HĐND-UBND', 2, 1, 1, 3],
    [2, 'Chi bộ Phòng Tài chính - Kế hoạch', 1, 1, 0, 2],
    [3, 'Chi bộ Phòng Nông nghiệp', 3, 0, 2, 4],
    [null, 'Cộng', 6, 2, 3, 9],
  ];
  rows.forEach((r, i) => {
    ws.getRow(5 + i).values = r;
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const youthUnion = (): Promise<Buffer> =>
  word([
    ...header(['BCH ĐOÀN HUYỆN KIM SƠN'], 'Số 52-BC/HĐTN', 'Kim Sơn, ngày 02 tháng 12 năm 2022'),
    p('Năm 2022, các cơ sở Đoàn đã giới thiệu 41 đoàn viên ưu tú cho chi bộ, đảng bộ xem xét kết nạp.'),
    ...['TM. BAN THƯỜNG VỤ HUYỆN ĐOÀN', 'BÍ THƯ', 'Trần Minh Anh'].map(p),
  ]);

/** A commune's "name: value" lines, one figure given as "không", and a part of the year's admissions. */
const communeList = (): Promise<Buffer> =>
  word([
    ...header(['ĐẢNG BỘ HUYỆN KIM SƠN', 'ĐẢNG ỦY XÃ YÊN LỘC'], 'Số 18-BC/ĐU', 'Yên Lộc, ngày 06 tháng 12 năm 2022'),
    p('- Số quần chúng được cử đi học lớp bồi dưỡng nhận thức về Đảng: 11 người.'),
    p('- Kết nạp đảng viên mới: 07 đồng chí, đạt 100% chỉ tiêu.'),
    p('- Công nhận đảng viên chính thức: 06 đồng chí.'),
    p('- Trao tặng Huy hiệu Đảng: 13 đồng chí.'),
    p('- Số thôn chưa có chi bộ: không.'),
    ...['T/M ĐẢNG ỦY', 'BÍ THƯ', 'Vũ Văn Hải'].map(p),
  ]);

let svc: Service;
let thePlan: Plan;
const results = new Map<string, ImportResult>();

beforeAll(async () => {
  const dir = tempDir();
  svc = createService({ ...TEST_ENGINE, dbPath: path.join(dir, 'pt.sqlite') });
  fs.writeFileSync(path.join(dir, 'dv.csv'), DIRECTORY);
  fs.writeFileSync(path.join(dir, 'kh.docx'), await plan());
  await callOk(svc, 'units.importTable', { file: { name: 'dv.csv', path: path.join(dir, 'dv.csv') } });
  const draft = await callOk(svc, 'plans.extract', { file: { name: 'kh.docx', path: path.join(dir, 'kh.docx') } });
  thePlan = await callOk(svc, 'plans.create', { draft });
  const round = thePlan.rounds[thePlan.rounds.length - 1]!;
  const files: Record<string, Buffer> = {
    'TT Phat Diem.docx': await townTable(),
    'DB co quan - tong hop.xlsx': await cellsWorkbook(),
    'Huyen doan.docx': await youthUnion(),
    'Yen Loc.docx': await communeList(),
  };
  for (const [name, bytes] of Object.entries(files)) {
    results.set(name, await callOk(svc, 'reports.import', { file: { name, dataBase64: b64(bytes) }, planId: thePlan.id, roundId: round.id, receivedAt: '2022-12-08' }));
  }
});

afterAll(() => svc.close());

/** The plan's figure keys by the first words of their names. */
function key(name: string): string {
  const ind = thePlan.indicators.find((i) => i.name.toLowerCase().includes(name.toLowerCase()));
  if (!ind) throw new Error(`no figure named ${name}`);
  return ind.key;
}

describe('a plan whose figures count people in several ways', () => {
  it('gives each task the units it names: the Front and the mass organisations, a group before what it "chú trọng", communes "có thôn chưa có chi bộ"', async () => {
    const shown = await callOk(svc, 'plans.assigneeUnits', { planId: thePlan.id });
    const groups = Object.fromEntries(shown.items.flatMap((i) => i.assignees.map((a) => [a.label, a.units.map((u) => u.code).sort()])));
    expect(groups['Trung tâm Chính trị huyện Kim Sơn']).toEqual(['TTCT']);
    expect(groups['Ủy ban MTTQ Việt Nam huyện và các đoàn thể chính trị - xã hội huyện']).toEqual(['HND', 'HUYENDOAN', 'MTTQ']);
    expect(groups['Các đảng bộ, chi bộ cơ sở']).toEqual(['DBCQ', 'TTPHATDIEM', 'XAKIMDONG', 'XAYENLOC']);
    expect(groups['Các đảng ủy xã có thôn chưa có chi bộ']).toEqual(['TTPHATDIEM', 'XAKIMDONG', 'XAYENLOC']);
  });

  it('files every report for the unit that sent it, the Youth Union under "BCH ĐOÀN HUYỆN" too', () => {
    expect(Object.fromEntries([...results].map(([name, r]) => [name, `${r.outcome} ${r.unit?.code ?? ''}`]))).toEqual({
      'TT Phat Diem.docx': 'imported TTPHATDIEM',
      'DB co quan - tong hop.xlsx': 'imported DBCQ',
      'Huyen doan.docx': 'imported HUYENDOAN',
      'Yen Loc.docx': 'imported XAYENLOC',
    });
  });

  it('reads each row of a table worded otherwise as its own figure, never added to the row above', () => {
    expect(figuresOf(svc, 'TTPHATDIEM')).toEqual({
      [key('Quần chúng')]: 23,
      [key('mới kết nạp')]: 14,
      [key('chính thức')]: 9,
      [key('Huy hiệu')]: 31,
    });
  });

  it('takes the total row of the party cells, and no column of numbers for the rows\' names', () => {
    expect(figuresOf(svc, 'DBCQ')).toEqual({ [key('Quần chúng')]: 6, [key('mới kết nạp')]: 2, [key('Huy hiệu')]: 9 });
  });

  it('reads "name: value" lines whose people are written in another figure\'s measure, and "không" as none', () => {
    expect(figuresOf(svc, 'XAYENLOC')).toEqual({
      [key('Quần chúng')]: 11,
      [key('mới kết nạp')]: 7,
      [key('chính thức')]: 6,
      [key('Huy hiệu')]: 13,
      [key('Thôn')]: 0,
    });
  });
});

describe('a plan that states its figures only as targets', () => {
  let own: Service;
  let targets: Plan;

  const targetPlan = (): Promise<Buffer> =>
    word([
      ...['HUYỆN ỦY KIM SƠN', '*', 'Số 22-KH/HU', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Kim Sơn, ngày 12 tháng 01 năm 2022', 'KẾ HOẠCH', 'công tác phát triển đảng viên năm 2022'].map(p),
      p('I. CHỈ TIÊU'),
      p('Phấn đấu kết nạp 160 đảng viên mới trở lên; 100% thôn, xóm có chi bộ.'),
      p('II. NHIỆM VỤ'),
      p('Các đảng ủy xã, thị trấn rà soát nguồn kết nạp, báo cáo kết quả trước ngày 10/12/2022.'),
      ...['T/M BAN THƯỜNG VỤ', 'BÍ THƯ', 'Đinh Văn Hùng'].map(p),
    ]);

  /** Rows of other figures counted in people beside the admissions, with their measures. */
  async function communeSheet(): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Bieu');
    ws.getCell('A1').value = 'ĐẢNG ỦY XÃ KIM ĐÔNG';
    ws.getCell('A2').value = 'Số 30-BC/ĐU';
    ws.getCell('D2').value = 'Kim Đông, ngày 05 tháng 12 năm 2022';
    ws.getCell('A4').value = 'BIỂU KẾT QUẢ PHÁT TRIỂN ĐẢNG VIÊN NĂM 2022';
    const rows: (string | number)[][] = [
      ['TT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện'],
      [1, 'Quần chúng được học lớp bồi dưỡng nhận thức về Đảng', 'Người', 18],
      [2, 'Đảng viên mới kết nạp', 'Đảng viên', 9],
      [3, 'Đảng viên dự bị được công nhận chính thức', 'Đảng viên', 11],
      [4, 'Đảng viên được tặng Huy hiệu Đảng', 'Đồng chí', 17],
    ];
    rows.forEach((r, i) => {
      ws.getRow(6 + i).values = r;
    });
    return Buffer.from(await wb.xlsx.writeBuffer());
  }

  const schoolCell = (): Promise<Buffer> =>
    word([
      ...header(['ĐẢNG BỘ HUYỆN KIM SƠN', 'ĐẢNG ỦY THỊ TRẤN PHÁT DIỆM'], 'Số 41-BC/ĐU', 'Phát Diệm, ngày 06 tháng 12 năm 2022'),
      p('Đảng ủy giới thiệu 06 quần chúng (04 giáo viên, 02 học sinh lớp 12) đi học lớp nhận thức về Đảng, kết nạp 05 đảng viên là đoàn viên thanh niên, công nhận chính thức 03 đảng viên.'),
      ...['T/M ĐẢNG ỦY', 'BÍ THƯ', 'Phạm Thị Thu'].map(p),
    ]);

  beforeAll(async () => {
    const dir = tempDir();
    own = createService({ ...TEST_ENGINE, dbPath: path.join(dir, 'targets.sqlite') });
    fs.writeFileSync(path.join(dir, 'dv.csv'), DIRECTORY);
    fs.writeFileSync(path.join(dir, 'kh.docx'), await targetPlan());
    await callOk(own, 'units.importTable', { file: { name: 'dv.csv', path: path.join(dir, 'dv.csv') } });
    targets = await callOk(own, 'plans.create', { draft: await callOk(own, 'plans.extract', { file: { name: 'kh.docx', path: path.join(dir, 'kh.docx') } }) });
    const round = targets.rounds[targets.rounds.length - 1]!;
    for (const [name, bytes] of [['Kim Dong.xlsx', await communeSheet()], ['Phat Diem.docx', await schoolCell()]] as const) {
      await callOk(own, 'reports.import', { file: { name, dataBase64: b64(bytes) }, planId: targets.id, roundId: round.id, receivedAt: '2022-12-08' });
    }
  });

  afterAll(() => own.close());

  it('asks for the members the target admits, in the target\'s words', () => {
    expect(targets.indicators.map((i) => [i.name, i.measure])).toEqual([['Số đảng viên mới được kết nạp', 'đảng viên']]);
  });

  it('reads the admissions alone: not the members confirmed or honoured beside them, nor a grade ("lớp 12")', () => {
    const key = targets.indicators[0]!.key;
    expect(figuresOf(own, 'XAKIMDONG')).toEqual({ [key]: 9 });
    expect(figuresOf(own, 'TTPHATDIEM')).toEqual({ [key]: 5 });
  });
});
