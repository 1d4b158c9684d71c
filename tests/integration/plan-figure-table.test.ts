// A plan that lists the figures it wants in a table of its own ("Biểu số liệu kèm theo": TT | Nội
// dung | Đơn vị tính | Số lượng), on a subject the figure catalogue does not cover (models built,
// members who pledged, commendations), and the units' reports on it: prose, the plan's table filled
// in, a table in the unit's own words. Files built with docx and exceljs, imported through the
// service as the CLI and the UI do.
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

const FIGURES = [
  ['TT', 'Nội dung', 'Đơn vị tính', 'Số lượng', 'Ghi chú'],
  ['1', 'Hội nghị học tập, quán triệt chuyên đề', 'Hội nghị', '', ''],
  ['2', 'Cán bộ, đảng viên tham dự', 'Lượt người', '', ''],
  ['3', 'Mô hình, điển hình học tập và làm theo Bác được xây dựng', 'Mô hình', '', ''],
  ['4', 'Đảng viên đăng ký làm theo', 'Đảng viên', '', ''],
  ['5', 'Tập thể được khen thưởng', 'Tập thể', '', ''],
  ['6', 'Cá nhân được khen thưởng', 'Cá nhân', '', ''],
  ['7', 'Tỷ lệ đảng viên đăng ký', '%', '', ''],
];

const planDocument = (): Promise<Buffer> =>
  docxOf([
    'TỈNH ỦY BÌNH DƯƠNG',
    'Số 72-KH/TU',
    'ĐẢNG CỘNG SẢN VIỆT NAM',
    'Bình Dương, ngày 10 tháng 3 năm 2022',
    'KẾ HOẠCH',
    'thực hiện Kết luận số 01-KL/TW về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2022',
    'Ban Thường vụ Tỉnh ủy ban hành kế hoạch thực hiện năm 2022 như sau:',
    'I. NHIỆM VỤ CỤ THỂ',
    '1. Tổ chức học tập chuyên đề năm 2022',
    'Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc tổ chức hội nghị học tập, quán triệt chuyên đề năm 2022 cho cán bộ, đảng viên; hoàn thành trong quý II/2022.',
    '2. Xây dựng và nhân rộng mô hình, điển hình',
    'Mỗi cấp ủy, chi bộ lựa chọn, xây dựng ít nhất 01 mô hình, điển hình học tập và làm theo Bác; định kỳ sơ kết, nhân rộng các mô hình hiệu quả.',
    '3. Khen thưởng',
    'Định kỳ biểu dương, khen thưởng tập thể, cá nhân có thành tích tiêu biểu trong học tập và làm theo Bác.',
    'II. TỔ CHỨC THỰC HIỆN',
    'Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc, Mặt trận Tổ quốc và các đoàn thể tỉnh căn cứ Kế hoạch này xây dựng kế hoạch thực hiện; báo cáo kết quả 6 tháng (trước ngày 15/6/2022) và năm (trước ngày 15/11/2022) về Ban Thường vụ Tỉnh ủy theo biểu số liệu kèm theo.',
    'Nơi nhận:',
    '- Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc,',
    '- Lưu Văn phòng Tỉnh ủy.',
    'T/M BAN THƯỜNG VỤ',
    'PHÓ BÍ THƯ',
    'Nguyễn Văn Lộc',
    'BIỂU SỐ LIỆU KẾT QUẢ THỰC HIỆN',
    '(Kèm theo Kế hoạch số 72-KH/TU ngày 10/3/2022 của Ban Thường vụ Tỉnh ủy)',
    FIGURES,
  ]);

const districtProse = (): Promise<Buffer> =>
  docxOf([
    'HUYỆN ỦY PHÚ GIÁO',
    'Số 112-BC/HU',
    'ĐẢNG CỘNG SẢN VIỆT NAM',
    'Phú Giáo, ngày 08 tháng 6 năm 2022',
    'BÁO CÁO',
    'Kết quả 6 tháng đầu năm 2022 thực hiện Kế hoạch số 72-KH/TU về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
    'I. KẾT QUẢ THỰC HIỆN',
    '1. Công tác học tập chuyên đề',
    'Tổ chức 03 hội nghị học tập, quán triệt chuyên đề năm 2022 cho 1.245 lượt cán bộ, đảng viên tham dự.',
    '2. Xây dựng mô hình, điển hình',
    'Toàn huyện xây dựng được 18 mô hình, điển hình học tập và làm theo Bác, trong đó 6 mô hình về phát triển kinh tế.',
    'Có 2.310 đảng viên đăng ký làm theo gắn với kiểm điểm cuối năm. Trong 6 tháng kết nạp 45 đảng viên mới.',
    'Huyện ủy khen thưởng 12 tập thể và 27 cá nhân có thành tích tiêu biểu.',
    'II. PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM',
    'Phấn đấu xây dựng thêm 10 mô hình; khen thưởng 05 tập thể.',
  ]);

/** The city committee fills the plan's own table in, in a workbook. */
async function cityWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Bieu so lieu');
  ws.getCell('A1').value = 'THÀNH ỦY THỦ DẦU MỘT';
  ws.getCell('D1').value = 'ĐẢNG CỘNG SẢN VIỆT NAM';
  ws.getCell('A2').value = 'Số 88-BC/TU';
  ws.getCell('D2').value = 'Thủ Dầu Một, ngày 10 tháng 6 năm 2022';
  ws.getCell('A4').value = 'BIỂU SỐ LIỆU KẾT QUẢ 6 THÁNG ĐẦU NĂM 2022 THỰC HIỆN KẾ HOẠCH SỐ 72-KH/TU';
  const values = ['5', '2140', '24', '3905', '9', '31', '95'];
  FIGURES.forEach((row, i) => ws.addRow(i === 0 ? row : [Number(row[0]), row[1], row[2], Number(values[i - 1]), '']));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The women's union: a table in its own words. */
const unionTable = (): Promise<Buffer> =>
  docxOf([
    'ĐẢNG ĐOÀN HỘI LHPN TỈNH',
    'Số 21-BC/ĐĐ',
    'Bình Dương, ngày 12 tháng 6 năm 2022',
    'BÁO CÁO',
    'Kết quả thực hiện Kế hoạch số 72-KH/TU 6 tháng đầu năm 2022',
    [
      ['STT', 'Nội dung', 'Đơn vị tính', 'Kết quả'],
      ['1', 'Hội nghị học tập chuyên đề', 'Hội nghị', '2'],
      ['2', 'Lượt cán bộ, hội viên tham dự', 'Lượt', '380'],
      ['3', 'Mô hình "Phụ nữ học tập và làm theo Bác"', 'Mô hình', '11'],
      ['4', 'Khen thưởng tập thể', 'Tập thể', '4'],
      ['5', 'Khen thưởng cá nhân', 'Cá nhân', '15'],
    ],
  ]);

/** The youth union on the year: the second half, then the year's running total; the stock of models now. */
const youthYear = (): Promise<Buffer> =>
  docxOf([
    'BAN THƯỜNG VỤ TỈNH ĐOÀN BÌNH DƯƠNG',
    'Số 402-BC/TĐTN',
    'Bình Dương, ngày 10 tháng 11 năm 2022',
    'BÁO CÁO',
    'Kết quả thực hiện Kế hoạch 72-KH/TU của Ban Thường vụ Tỉnh ủy năm 2022',
    'I. KẾT QUẢ ĐẠT ĐƯỢC',
    '1. Học tập chuyên đề: 6 tháng cuối năm, các cấp bộ Đoàn tổ chức 02 hội nghị; lũy kế cả năm tổ chức 05 hội nghị học tập chuyên đề với 1.800 lượt đoàn viên, thanh niên tham dự.',
    '2. Mô hình: Trong năm xây dựng mới 15 mô hình "Thanh niên học tập và làm theo Bác", nâng tổng số mô hình toàn tỉnh lên 47 mô hình.',
    '3. Khen thưởng: Ban Thường vụ Tỉnh đoàn tặng Bằng khen cho 08 tập thể và 22 cá nhân có thành tích xuất sắc.',
  ]);

/** A district's table of the year: both halves and the whole year, commendations under a group row. */
const districtYearTable = (): Promise<Buffer> =>
  docxOf([
    'HUYỆN ỦY DẦU TIẾNG',
    'Số 150-BC/HU',
    'ĐẢNG CỘNG SẢN VIỆT NAM',
    'Dầu Tiếng, ngày 12 tháng 11 năm 2022',
    'BÁO CÁO',
    'Kết quả thực hiện Kế hoạch số 72-KH/TU năm 2022',
    [
      ['TT', 'Nội dung', 'ĐVT', '6 tháng đầu năm', '6 tháng cuối năm', 'Cả năm'],
      ['1', 'Hội nghị học tập chuyên đề', 'Hội nghị', '3', '1', '4'],
      ['2', 'Người tham dự', 'Lượt người', '950', '210', '1160'],
      ['3', 'Mô hình, điển hình được xây dựng', 'Mô hình', '6', '5', '11'],
      ['4', 'Khen thưởng', '', '', '', ''],
      ['', '- Tập thể', 'Tập thể', '2', '6', '8'],
      ['', '- Cá nhân', 'Cá nhân', '5', '19', '24'],
    ],
  ]);

/** The models built this year beside those kept from before, said three ways. */
const keptModels = (): Promise<Buffer> =>
  docxOf([
    'THỊ ỦY BẾN CÁT',
    'Số 95-BC/TU',
    'Bến Cát, ngày 11 tháng 11 năm 2022',
    'BÁO CÁO',
    'Kết quả thực hiện Kế hoạch số 72-KH/TU năm 2022',
    '1. Mô hình, điển hình: trong năm xây dựng mới 12 mô hình, duy trì 30 mô hình cũ; hiện có 42 mô hình hoạt động.',
    '2. Khen thưởng: có 20 tập thể cũ được duy trì danh hiệu và 06 tập thể được khen thưởng mới.',
  ]);

let svc: Service;
let draft: PlanDraft;
let plan: Plan;

beforeAll(async () => {
  svc = createService({ ...TEST_ENGINE, dbPath: path.join(tempDir(), 'kh72.sqlite') });
  await callOk(svc, 'units.importTable', { file: { name: 'units.csv', path: path.join(SAMPLES, 'units-binh-duong.csv') } });
  draft = await callOk(svc, 'plans.extract', { file: { name: 'kh72.docx', dataBase64: b64(await planDocument()) } });
  plan = await callOk(svc, 'plans.create', { draft });
});

describe('a plan with a table of the figures it wants', () => {
  it('takes its figures from the table, in its words, and makes no tasks of its rows', () => {
    expect(draft.indicators.map((i) => [i.key, i.name, i.measure])).toEqual([
      // Rows the catalogue knows keep its keys (and its words for reading reports).
      ['hoi_nghi', 'Số hội nghị học tập, quán triệt chuyên đề', 'hội nghị'],
      ['luot_tham_du', 'Số cán bộ, đảng viên tham dự', 'lượt người'],
      ['so_mo_hinh_dien_hinh_hoc_tap_va_lam_theo', 'Số mô hình, điển hình học tập và làm theo Bác được xây dựng', 'mô hình'],
      ['so_dang_vien_dang_ky_lam_theo', 'Số đảng viên đăng ký làm theo', 'đảng viên'],
      ['so_tap_the_duoc_khen_thuong', 'Số tập thể được khen thưởng', 'tập thể'],
      ['so_ca_nhan_duoc_khen_thuong', 'Số cá nhân được khen thưởng', 'cá nhân'],
      // A rate ("%") is no count to add up.
    ]);
    expect(draft.items.map((i) => i.code)).toEqual(['I', 'I.1', 'I.2', 'I.3', 'II', 'II.p1']);
  });

  it('reads who each task is for under its title, and the report days in brackets', () => {
    const byCode = new Map(draft.items.map((i) => [i.code, i]));
    expect(byCode.get('I.1')?.assignees.map((a) => a.label)).toEqual(['Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc']);
    // "Mỗi cấp ủy, chi bộ": every committee and every cell — not "the committees of the cells".
    expect(byCode.get('I.2')?.assignees[0]?.unitKinds).toEqual(expect.arrayContaining(['huyen-uy', 'dang-uy-truc-thuoc', 'co-so']));
    expect(draft.rounds.map((r) => [r.label, r.dueDate])).toEqual([
      ['6 tháng đầu năm 2022', '2022-06-15'],
      ['Năm 2022', '2022-11-15'],
    ]);
  });

  it('reads the figures from prose, from the plan table filled in, and from a table in the unit’s words', async () => {
    const round = plan.rounds[0]!;
    const files: Record<string, Buffer> = {
      'HU Phu Giao - BC 6 thang.docx': await districtProse(),
      'TDM - bieu so lieu.xlsx': await cityWorkbook(),
      'Hoi LHPN - BC.docx': await unionTable(),
    };
    for (const [name, bytes] of Object.entries(files)) {
      const r = await callOk(svc, 'reports.import', { file: { name, dataBase64: b64(bytes) }, planId: plan.id, roundId: round.id, receivedAt: '2022-06-14' });
      expect(r.outcome, `${name}: ${r.error?.message ?? ''}`).toBe('imported');
    }
    // "kết nạp 45 đảng viên mới" pledged nothing; the aims for the next half-year count for nothing.
    expect(figuresOf(svc, 'HUPG')).toEqual({
      hoi_nghi: 3,
      luot_tham_du: 1245,
      so_mo_hinh_dien_hinh_hoc_tap_va_lam_theo: 18,
      so_dang_vien_dang_ky_lam_theo: 2310,
      so_tap_the_duoc_khen_thuong: 12,
      so_ca_nhan_duoc_khen_thuong: 27,
    });
    expect(figuresOf(svc, 'THUTDM')).toEqual({
      hoi_nghi: 5,
      luot_tham_du: 2140,
      so_mo_hinh_dien_hinh_hoc_tap_va_lam_theo: 24,
      so_dang_vien_dang_ky_lam_theo: 3905,
      so_tap_the_duoc_khen_thuong: 9,
      so_ca_nhan_duoc_khen_thuong: 31,
    });
    expect(figuresOf(svc, 'HLHPN')).toEqual({
      hoi_nghi: 2,
      luot_tham_du: 380,
      so_mo_hinh_dien_hinh_hoc_tap_va_lam_theo: 11,
      so_tap_the_duoc_khen_thuong: 4,
      so_ca_nhan_duoc_khen_thuong: 15,
    });
    // The district reports on the task every committee has (models), not only on its own.
    expect(entriesOf(svc, 'HUPG')).toMatchObject({ 'I.1': 'done', 'I.2': 'done', 'I.3': 'done' });
  });
});

describe('the template for such a plan', () => {
  it('lists the plan\'s figures by name and measure, numbered, never by their keys', async () => {
    const tpl = await callOk(svc, 'templates.generate', { planId: plan.id, roundId: plan.rounds[0]!.id, unitCode: 'HUPG' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(tpl.dataBase64, 'base64') as unknown as ArrayBuffer);
    const seen: string[] = [];
    wb.worksheets.filter((ws) => ws.state === 'visible').forEach((ws) => ws.eachRow((row) => row.eachCell((c) => seen.push(String(c.value)))));
    expect(seen).toContain('Số mô hình, điển hình học tập và làm theo Bác được xây dựng');
    for (const ind of plan.indicators) expect(seen, ind.key).not.toContain(ind.key);
  });
});

describe('reports on the year of such a plan', () => {
  it('takes the year’s running total, not the second half, nor the stock of all years', async () => {
    const year = plan.rounds.find((r) => r.label === 'Năm 2022')!;
    const files: Record<string, Buffer> = { 'Tinh doan - BC nam 2022.docx': await youthYear(), 'HU Dau Tieng - BC nam 2022.docx': await districtYearTable() };
    for (const [name, bytes] of Object.entries(files)) {
      const r = await callOk(svc, 'reports.import', { file: { name, dataBase64: b64(bytes) }, planId: plan.id, roundId: year.id, receivedAt: '2022-11-14' });
      expect(r.outcome, `${name}: ${r.error?.message ?? ''}`).toBe('imported');
    }
    // "lũy kế cả năm … 05 hội nghị" is the year's; "nâng tổng số … lên 47" counts earlier years too;
    // "tặng Bằng khen" is no "tăng" (a change).
    expect(figuresOf(svc, 'TINHDOAN')).toEqual({
      hoi_nghi: 5,
      luot_tham_du: 1800,
      so_mo_hinh_dien_hinh_hoc_tap_va_lam_theo: 15,
      so_tap_the_duoc_khen_thuong: 8,
      so_ca_nhan_duoc_khen_thuong: 22,
    });
    // Models kept from before ("duy trì 30 mô hình cũ", "hiện có 42") are none of this year's.
    const kept = await callOk(svc, 'reports.import', { file: { name: 'TX Ben Cat - BC nam 2022.docx', dataBase64: b64(await keptModels()) }, planId: plan.id, roundId: year.id, receivedAt: '2022-11-14' });
    expect(kept.outcome, kept.error?.message).toBe('imported');
    expect(figuresOf(svc, 'TXBC')).toEqual({ so_mo_hinh_dien_hinh_hoc_tap_va_lam_theo: 12, so_tap_the_duoc_khen_thuong: 6 });
    // Columns of the halves and of the whole year, named without the year: the whole year's.
    expect(figuresOf(svc, 'HUDT')).toEqual({
      hoi_nghi: 4,
      luot_tham_du: 1160,
      so_mo_hinh_dien_hinh_hoc_tap_va_lam_theo: 11,
      so_tap_the_duoc_khen_thuong: 8,
      so_ca_nhan_duoc_khen_thuong: 24,
    });
  });
});
