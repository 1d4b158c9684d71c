// A party-building plan whose figures are counted in the same words: three in "đảng viên" (admitted,
// inspected, disciplined), two in "cuộc" (inspections, thematic supervisions). Its appendix lists
// them (STT | Chỉ tiêu | ĐVT | Kế hoạch năm), and it names a day for the half-year and one for the
// year. The reports say which figure a number is only by the verb of a list, by the others named in
// the sentence, or by a row label in another order. Files built with docx and exceljs, imported
// through the service as the CLI and the UI do.
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createService } from '../../electron/core/service';
import type { Service } from '../../electron/core/service';
import type { Plan, PlanDraft } from '../../shared/domain';
import { entriesOf, figuresOf } from '../helpers/ct32-round';
import { docxOf } from '../helpers/docx-blocks';
import { TEST_ENGINE } from '../helpers/engine';
import { b64, callOk } from '../helpers/service-calls';
import { SAMPLES, tempDir } from '../helpers/temp';

const planDocument = (): Promise<Buffer> =>
  docxOf([
    'TỈNH ỦY BÌNH DƯƠNG',
    'Số 64-KH/TU',
    'ĐẢNG CỘNG SẢN VIỆT NAM',
    'Bình Dương, ngày 10 tháng 01 năm 2024',
    'KẾ HOẠCH',
    'thực hiện công tác xây dựng tổ chức cơ sở đảng và đảng viên năm 2024',
    'I. NHIỆM VỤ TRỌNG TÂM',
    '1. Công tác phát triển đảng viên: các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy đẩy mạnh kết nạp đảng viên mới.',
    '2. Công tác kiểm tra, giám sát: Ủy ban Kiểm tra các cấp tiến hành kiểm tra tổ chức đảng và đảng viên khi có dấu hiệu vi phạm; giám sát chuyên đề theo chương trình năm.',
    'II. TỔ CHỨC THỰC HIỆN',
    'Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy xây dựng kế hoạch thực hiện; báo cáo sơ kết 6 tháng trước ngày 20/6/2024 và báo cáo tổng kết năm trước ngày 25/11/2024 (qua Ban Tổ chức Tỉnh ủy).',
    'Nơi nhận:',
    '- Như trên,',
    '- Lưu Văn phòng Tỉnh ủy.',
    'T/M BAN THƯỜNG VỤ',
    'PHÓ BÍ THƯ',
    'Lê Văn Hùng',
    'PHỤ LỤC',
    'CHỈ TIÊU CÔNG TÁC XÂY DỰNG ĐẢNG NĂM 2024',
    '(Kèm theo Kế hoạch số 64-KH/TU ngày 10/01/2024 của Tỉnh ủy)',
    [
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2024'],
      ['1', 'Kết nạp đảng viên mới', 'Đảng viên', '1.200'],
      ['2', 'Kiểm tra tổ chức đảng', 'Cuộc', '150'],
      ['3', 'Đảng viên được kiểm tra', 'Đảng viên', '400'],
      ['4', 'Giám sát chuyên đề', 'Cuộc', '200'],
      ['5', 'Đảng viên bị thi hành kỷ luật', 'Đảng viên', ''],
    ],
  ]);

/** A district in prose: the breakdowns, last year and the aims say nothing of the half-year's figures. */
const districtProse = (): Promise<Buffer> =>
  docxOf([
    'HUYỆN ỦY PHÚ GIÁO',
    'Số 112-BC/HU',
    'ĐẢNG CỘNG SẢN VIỆT NAM',
    'Phú Giáo, ngày 15 tháng 6 năm 2024',
    'BÁO CÁO',
    'Sơ kết 6 tháng đầu năm 2024 thực hiện Kế hoạch số 64-KH/TU của Tỉnh ủy',
    'Ban Thường vụ Huyện ủy đã ban hành Kế hoạch số 21-KH/HU ngày 22/01/2024 để triển khai thực hiện trên địa bàn huyện.',
    '1. Công tác phát triển đảng viên',
    'Toàn Đảng bộ đã kết nạp 45 đảng viên mới (trong đó 20 đảng viên nữ, 15 đoàn viên thanh niên), đạt 56,25% chỉ tiêu năm (80 đảng viên); cùng kỳ năm 2023 kết nạp 38 đảng viên.',
    '2. Công tác kiểm tra, giám sát',
    'Ủy ban Kiểm tra các cấp đã tiến hành kiểm tra 12 tổ chức đảng và 27 đảng viên (tăng 03 cuộc so với cùng kỳ); giám sát chuyên đề 09 cuộc đối với 15 tổ chức đảng và 20 đảng viên.',
    'Thi hành kỷ luật bằng hình thức khiển trách 03 đảng viên, cảnh cáo 01 đảng viên.',
    '3. Phương hướng 6 tháng cuối năm',
    'Phấn đấu kết nạp 35 đảng viên; kiểm tra 10 tổ chức đảng.',
  ]);

/** A city's table beside last year's: this half-year's column, labels in its own order of words. */
const cityTable = (): Promise<Buffer> =>
  docxOf([
    'THÀNH ỦY THỦ DẦU MỘT',
    'Số 88-BC/TU',
    'Thủ Dầu Một, ngày 17 tháng 6 năm 2024',
    'BÁO CÁO',
    'Kết quả 6 tháng đầu năm 2024 thực hiện Kế hoạch số 64-KH/TU ngày 10/01/2024 của Tỉnh ủy',
    [
      ['TT', 'Nội dung', 'Cùng kỳ năm 2023', '6 tháng đầu năm 2024', 'So sánh (%)'],
      ['1', 'Kết nạp đảng viên', '32', '36', '112,5'],
      ['2', 'Kiểm tra tổ chức đảng (cuộc)', '5', '7', '140'],
      ['3', 'Kiểm tra đảng viên', '14', '16', '114'],
      ['4', 'Giám sát chuyên đề (cuộc)', '6', '9', '150'],
      ['5', 'Kỷ luật đảng viên', '1', '2', '200'],
    ],
  ]);

/** A workbook with the year's target, the half-year's result and the rate: only the result counts. */
async function blocWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Biểu');
  ws.addRow(['ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH']);
  ws.addRow(['BIỂU TỔNG HỢP KẾT QUẢ CÔNG TÁC XÂY DỰNG ĐẢNG 6 THÁNG ĐẦU NĂM 2024']);
  ws.addRow(['(Kèm theo Báo cáo số 45-BC/ĐUK ngày 18/6/2024 thực hiện Kế hoạch 64-KH/TU)']);
  ws.addRow(['STT', 'Nội dung', 'ĐVT', 'Kế hoạch năm', 'Thực hiện 6 tháng', 'Tỷ lệ (%)']);
  for (const r of [
    [1, 'Kết nạp đảng viên mới', 'Đảng viên', 60, 28, 46.7],
    [2, 'Kiểm tra tổ chức đảng', 'Cuộc', 20, 8, 40],
    [3, 'Đảng viên được kiểm tra', 'Đảng viên', 50, 19, 38],
    [4, 'Giám sát chuyên đề', 'Cuộc', 25, 11, 44],
    [5, 'Đảng viên bị kỷ luật', 'Đảng viên', null, 2, null],
  ])
    ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Two quarters and the half-year's running total under one merged heading. */
async function quarterColumns(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Q2');
  ws.getCell('A1').value = 'HUYỆN ỦY DẦU TIẾNG';
  ws.getCell('E1').value = 'ĐẢNG CỘNG SẢN VIỆT NAM';
  ws.getCell('E2').value = 'Dầu Tiếng, ngày 18 tháng 6 năm 2024';
  ws.getCell('A4').value = 'BIỂU THỐNG KÊ KẾT QUẢ 6 THÁNG ĐẦU NĂM 2024 (thực hiện Kế hoạch số 64-KH/TU)';
  ws.mergeCells('A4:G4');
  ws.getRow(6).values = ['TT', 'Chỉ tiêu', 'ĐVT', 'Kết quả thực hiện', '', '', 'Ghi chú'];
  ws.getRow(7).values = ['', '', '', 'Quý I', 'Quý II', 'Lũy kế 6 tháng', ''];
  for (const range of ['D6:F6', 'A6:A7', 'B6:B7', 'C6:C7', 'G6:G7']) ws.mergeCells(range);
  [
    [1, 'Kết nạp đảng viên', 'Người', 12, 17, 29, ''],
    [2, 'Kiểm tra tổ chức đảng', 'Cuộc', 3, 4, 7, ''],
    [3, 'Kiểm tra đảng viên', 'Người', 8, 6, 14, ''],
    [4, 'Giám sát chuyên đề', 'Cuộc', 2, 5, 7, ''],
    [5, 'Kỷ luật đảng viên', 'Người', 1, 0, 1, 'Khiển trách'],
  ].forEach((r, i) => (ws.getRow(8 + i).values = r));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A sheet for the first quarter beside the half-year's sheet, which alone cites the plan. */
async function sheetPerPeriod(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const q1 = wb.addWorksheet('Quý I');
  q1.addRow(['THỊ ỦY BẾN CÁT']);
  q1.addRow(['KẾT QUẢ QUÝ I NĂM 2024']);
  q1.addRow(['STT', 'Nội dung', 'Số lượng']);
  q1.addRow([1, 'Kết nạp đảng viên mới', 9]);
  q1.addRow([2, 'Kiểm tra tổ chức đảng', 2]);
  const half = wb.addWorksheet('6 tháng');
  half.addRow(['THỊ ỦY BẾN CÁT', '', 'ĐẢNG CỘNG SẢN VIỆT NAM']);
  half.addRow(['Số 66-BC/HU', '', 'Bến Cát, ngày 14 tháng 6 năm 2024']);
  half.addRow(['KẾT QUẢ 6 THÁNG ĐẦU NĂM 2024 THỰC HIỆN KẾ HOẠCH 64-KH/TU']);
  half.addRow(['STT', 'Nội dung', 'Số lượng']);
  half.addRow([1, 'Kết nạp đảng viên mới', 21]);
  half.addRow([2, 'Kiểm tra tổ chức đảng', 5]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A cover sheet citing the plan and its year, then the half-year's figures on a sheet of their own. */
async function coverThenHalfYear(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const cover = wb.addWorksheet('Bìa');
  cover.addRow(['ĐẢNG ỦY KHỐI DOANH NGHIỆP TỈNH', '', 'ĐẢNG CỘNG SẢN VIỆT NAM']);
  cover.addRow(['Số 19-BC/ĐUK', '', 'Bình Dương, ngày 12 tháng 6 năm 2024']);
  cover.addRow(['BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH SỐ 64-KH/TU VỀ CÔNG TÁC XÂY DỰNG ĐẢNG NĂM 2024']);
  const data = wb.addWorksheet('Số liệu');
  data.addRow(['BIỂU SỐ LIỆU 6 THÁNG ĐẦU NĂM 2024']);
  data.addRow(['STT', 'Nội dung', 'Số lượng']);
  data.addRow([1, 'Kết nạp đảng viên mới', 17]);
  data.addRow([2, 'Kiểm tra tổ chức đảng', 4]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Tasks in the unit's words, "Công tác …" each, with results and a mark. */
const taskTable = (): Promise<Buffer> =>
  docxOf([
    'THỊ ỦY DĨ AN',
    'Số 33-BC/TU',
    'Dĩ An, ngày 18 tháng 6 năm 2024',
    'BÁO CÁO',
    'Kết quả 6 tháng đầu năm 2024 thực hiện Kế hoạch số 64-KH/TU',
    [
      ['TT', 'Nhiệm vụ theo Kế hoạch', 'Kết quả thực hiện', 'Đánh giá'],
      ['1', 'Công tác phát triển đảng viên', 'Kết nạp 26 đảng viên mới, trong đó 11 đoàn viên thanh niên', 'Hoàn thành'],
      ['2', 'Công tác kiểm tra, giám sát', 'Kiểm tra 4 tổ chức đảng, 9 đảng viên; giám sát chuyên đề 3 cuộc', 'Đang thực hiện'],
    ],
  ]);

let svc: Service;
let draft: PlanDraft;
let plan: Plan;

beforeAll(async () => {
  svc = createService({ ...TEST_ENGINE, dbPath: path.join(tempDir(), 'kh64.sqlite') });
  await callOk(svc, 'units.importTable', { file: { name: 'units.csv', path: path.join(SAMPLES, 'units-binh-duong.csv') } });
  draft = await callOk(svc, 'plans.extract', { file: { name: 'kh64.docx', dataBase64: b64(await planDocument()) } });
  plan = await callOk(svc, 'plans.create', { draft });
});

describe('a plan whose figures are counted in the same words', () => {
  it('names each figure by what it counts, and leaves out usual words another figure claims', () => {
    expect(draft.indicators.map((i) => [i.name, i.measure])).toEqual([
      ['Số kết nạp đảng viên mới', 'đảng viên'],
      // An activity counted by a classifier says it.
      ['Số cuộc kiểm tra tổ chức đảng', 'cuộc'],
      ['Số đảng viên được kiểm tra', 'đảng viên'],
      ['Số cuộc giám sát chuyên đề', 'cuộc'],
      ['Số đảng viên bị thi hành kỷ luật', 'đảng viên'],
    ]);
    // The catalogue's "Số cuộc kiểm tra, giám sát" gives its reading words, but not those of supervision.
    const inspections = draft.indicators[1]!;
    expect(inspections.synonyms).toEqual(expect.arrayContaining(['Kiểm tra tổ chức đảng', 'cuộc kiểm tra']));
    expect(inspections.synonyms.filter((s) => /giám sát/u.test(s))).toEqual([]);
  });

  it('gives the half-year and the year on the days the plan names', () => {
    expect(draft.rounds.map((r) => [r.label, r.dueDate])).toEqual([
      ['6 tháng đầu năm 2024', '2024-06-20'],
      ['Năm 2024', '2024-11-25'],
    ]);
  });

  it('reads "Ủy ban Kiểm tra các cấp" as every committee’s commission', () => {
    const task = draft.items.find((i) => i.code === 'I.2');
    expect(task?.assignees[0]?.unitKinds).toEqual(expect.arrayContaining(['huyen-uy', 'dang-uy-truc-thuoc']));
    // Not the province's offices: Ban Tuyên giáo does not report on inspections.
    expect(task?.assignees[0]?.unitKinds).not.toContain('ban-dang');
  });

  it('tells the figures apart in prose, in a table beside last year, and in a workbook with targets', async () => {
    const round = plan.rounds[0]!;
    const files: Record<string, Buffer> = {
      'HU Phu Giao - so ket 6 thang.docx': await districtProse(),
      'TDM - BC 6 thang.docx': await cityTable(),
      'DUK co quan - bieu.xlsx': await blocWorkbook(),
    };
    for (const [name, bytes] of Object.entries(files)) {
      const r = await callOk(svc, 'reports.import', { file: { name, dataBase64: b64(bytes) }, planId: plan.id, roundId: round.id, receivedAt: '2024-06-19' });
      expect(r.outcome, `${name}: ${r.error?.message ?? ''}`).toBe('imported');
    }
    const [admitted, inspections, inspected, thematic, disciplined] = plan.indicators.map((i) => i.key);
    // "kiểm tra 12 tổ chức đảng và 27 đảng viên": one verb for both; "… đối với 15 tổ chức đảng và 20
    // đảng viên" is whom the supervision was of; the breakdown, last year and the aims are none.
    expect(figuresOf(svc, 'HUPG')).toEqual({ [admitted!]: 45, [inspections!]: 12, [inspected!]: 27, [thematic!]: 9, [disciplined!]: 4 });
    // "Kiểm tra đảng viên" is the inspected members, not the admitted ones counted in the same word.
    expect(figuresOf(svc, 'THUTDM')).toEqual({ [admitted!]: 36, [inspections!]: 7, [inspected!]: 16, [thematic!]: 9, [disciplined!]: 2 });
    expect(figuresOf(svc, 'DUKCQ')).toEqual({ [admitted!]: 28, [inspections!]: 8, [inspected!]: 19, [thematic!]: 11, [disciplined!]: 2 });
    // The inspection task is the district's too, and its words are its own though its assignee's name shares them.
    // Its own plan to carry ours out reports the task asking for one ("… xây dựng kế hoạch thực hiện").
    expect(entriesOf(svc, 'HUPG')).toMatchObject({ 'I.1': 'done', 'I.2': 'done', 'II.p1': 'done' });
  });

  it('reads the column or the sheet of the round’s whole period, not a quarter’s', async () => {
    const round = plan.rounds[0]!;
    const files: Record<string, Buffer> = {
      'Dau Tieng - thong ke.xlsx': await quarterColumns(),
      'Ben Cat - KQ 2024.xlsx': await sheetPerPeriod(),
      'DUK DN - bia va so lieu.xlsx': await coverThenHalfYear(),
    };
    const results = [];
    for (const [name, bytes] of Object.entries(files)) {
      const r = await callOk(svc, 'reports.import', { file: { name, dataBase64: b64(bytes) } });
      expect([r.outcome, r.round?.id], `${name}: ${r.error?.message ?? ''}`).toEqual(['imported', round.id]);
      results.push(r);
    }
    const [admitted, inspections, inspected, thematic, disciplined] = plan.indicators.map((i) => i.key);
    expect(figuresOf(svc, 'HUDT')).toEqual({ [admitted!]: 29, [inspections!]: 7, [inspected!]: 14, [thematic!]: 7, [disciplined!]: 1 });
    expect(figuresOf(svc, 'TXBC')).toEqual({ [admitted!]: 21, [inspections!]: 5 });
    // A cover naming the plan's year leaves the half-year's sheet be.
    expect(figuresOf(svc, 'DUKDN')).toEqual({ [admitted!]: 17, [inspections!]: 4 });
    const notes = svc.db.prepare('SELECT message FROM report_notes WHERE report_id = ?').all(results[1]!.reportId) as { message: string }[];
    expect(notes.map((n) => n.message)).toContain('Bỏ qua trang tính "Quý I": về kỳ khác (KẾT QUẢ QUÝ I NĂM 2024).');
  });

  it('reads a task table whose rows start "Công tác …" as tasks, not as totals ("Cộng …")', async () => {
    const r = await callOk(svc, 'reports.import', { file: { name: 'Di An - BC nhiem vu.docx', dataBase64: b64(await taskTable()) }, planId: plan.id, roundId: plan.rounds[0]!.id });
    expect(r.outcome, r.error?.message).toBe('imported');
    const [admitted, inspections, inspected, thematic] = plan.indicators.map((i) => i.key);
    expect(figuresOf(svc, 'TXDA')).toEqual({ [admitted!]: 26, [inspections!]: 4, [inspected!]: 9, [thematic!]: 3 });
    expect(entriesOf(svc, 'TXDA')).toMatchObject({ 'I.1': 'done', 'I.2': 'in_progress' });
  });
});
