// A mass-mobilisation plan (công tác dân vận) whose figure table counts money in "Triệu đồng",
// houses in "Căn", dialogues in "Cuộc", and says what was done to what it counts ("… được công
// nhận", "… được giải quyết"). Reports give sums in tỷ and in đồng, a table row in another money
// measure, petitions received beside those resolved, models built beside those recognised, and
// "cán bộ" that folds as "căn" does. Files built with docx and exceljs, imported through the service.
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createService } from '../../electron/core/service';
import type { Service } from '../../electron/core/service';
import type { Plan, PlanDraft } from '../../shared/domain';
import { figuresOf } from '../helpers/ct32-round';
import { docxOf } from '../helpers/docx-blocks';
import { TEST_ENGINE } from '../helpers/engine';
import { b64, callOk } from '../helpers/service-calls';
import { SAMPLES, tempDir } from '../helpers/temp';

const planDocument = (): Promise<Buffer> =>
  docxOf([
    'TỈNH ỦY BÌNH DƯƠNG',
    'BAN DÂN VẬN',
    'Số 27-KH/BDVTU',
    'ĐẢNG CỘNG SẢN VIỆT NAM',
    'Bình Dương, ngày 20 tháng 01 năm 2025',
    'KẾ HOẠCH',
    'thực hiện công tác dân vận và phong trào thi đua "Dân vận khéo" năm 2025',
    'I. NHIỆM VỤ',
    '1. Các huyện ủy, thị ủy, thành ủy chỉ đạo xây dựng, nhân rộng các mô hình "Dân vận khéo".',
    '2. Ủy ban MTTQ Việt Nam tỉnh vận động Nhân dân ủng hộ Quỹ "Vì người nghèo", xây dựng nhà Đại đoàn kết.',
    '3. Ban cán sự đảng UBND tỉnh chỉ đạo tổ chức hội nghị đối thoại với Nhân dân, giải quyết kịp thời kiến nghị của Nhân dân.',
    'II. TỔ CHỨC THỰC HIỆN',
    'Các cơ quan, đơn vị báo cáo sơ kết 6 tháng trước ngày 15/6/2025 và báo cáo năm trước ngày 15/11/2025 (qua Ban Dân vận Tỉnh ủy), kèm theo biểu số liệu.',
    'Nơi nhận:',
    '- Như trên,',
    '- Lưu BDV.',
    'K/T TRƯỞNG BAN',
    'PHÓ TRƯỞNG BAN',
    'Lê Văn Sơn',
    'PHỤ LỤC',
    'BIỂU SỐ LIỆU KẾT QUẢ CÔNG TÁC DÂN VẬN NĂM 2025',
    [
      ['STT', 'Nội dung', 'Đơn vị tính', 'Kết quả'],
      ['1', 'Mô hình "Dân vận khéo" được công nhận', 'Mô hình', ''],
      ['2', 'Số tiền vận động ủng hộ Quỹ "Vì người nghèo"', 'Triệu đồng', ''],
      ['3', 'Nhà Đại đoàn kết được xây mới, sửa chữa', 'Căn', ''],
      ['4', 'Hội nghị đối thoại với Nhân dân', 'Cuộc', ''],
      ['5', 'Kiến nghị của Nhân dân được giải quyết', 'Kiến nghị', ''],
    ],
  ]);

/** A district in prose: a sum in tỷ, houses in two numbers, a kick-off conference for cadres, petitions received and resolved. */
const districtProse = (): Promise<Buffer> =>
  docxOf([
    'HUYỆN ỦY PHÚ GIÁO',
    'Số 95-BC/HU',
    'ĐẢNG CỘNG SẢN VIỆT NAM',
    'Phú Giáo, ngày 12 tháng 6 năm 2025',
    'BÁO CÁO',
    'sơ kết 6 tháng đầu năm 2025 thực hiện Kế hoạch số 27-KH/BDVTU của Ban Dân vận Tỉnh ủy',
    'Ban Thường vụ Huyện ủy đã tổ chức 02 hội nghị quán triệt Kế hoạch số 27-KH/BDVTU cho 450 cán bộ chủ chốt.',
    '1. Có 08 mô hình "Dân vận khéo" được công nhận (cấp huyện 06 mô hình, cấp cơ sở 02 mô hình).',
    '2. Mặt trận và các đoàn thể huyện vận động ủng hộ Quỹ "Vì người nghèo" được 1,25 tỷ đồng; xây mới 12 căn và sửa chữa 04 căn nhà Đại đoàn kết với tổng kinh phí 980 triệu đồng.',
    '3. Tổ chức 15 hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân; tiếp nhận 126 kiến nghị, đã giải quyết 118/126 kiến nghị.',
  ]);

/** The Front in prose: a sum in đồng, petitions gathered beside those resolved, models built beside those recognised. */
const frontProse = (): Promise<Buffer> =>
  docxOf([
    'ỦY BAN MTTQ VIỆT NAM TỈNH BÌNH DƯƠNG',
    'Số 210/BC-MTTQ-BTT',
    'Bình Dương, ngày 14 tháng 6 năm 2025',
    'BÁO CÁO',
    'Kết quả thực hiện công tác dân vận 6 tháng đầu năm 2025 (theo Kế hoạch số 27-KH/BDVTU)',
    'Mặt trận các cấp tiếp nhận ủng hộ Quỹ "Vì người nghèo" tổng số tiền 15.600.000.000 đồng; hỗ trợ xây dựng 85 nhà Đại đoàn kết.',
    'Phối hợp tổ chức 06 hội nghị đối thoại với Nhân dân; tổng hợp 54 kiến nghị gửi cơ quan có thẩm quyền, đã được giải quyết 47 kiến nghị.',
    'Xây dựng 20 mô hình "Dân vận khéo", trong đó 12 mô hình được công nhận.',
  ]);

/** A town's workbook whose money row is in another measure than the plan's. */
async function townWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Biểu số liệu');
  ws.addRow(['THỊ ỦY DĨ AN']);
  ws.addRow(['BIỂU SỐ LIỆU KẾT QUẢ CÔNG TÁC DÂN VẬN 6 THÁNG ĐẦU NĂM 2025']);
  ws.addRow(['(Kèm theo Báo cáo số 61-BC/TU ngày 13/6/2025 thực hiện Kế hoạch số 27-KH/BDVTU)']);
  ws.addRow(['STT', 'Nội dung', 'Đơn vị tính', 'Kết quả 6 tháng']);
  for (const r of [
    [1, 'Mô hình "Dân vận khéo" được công nhận', 'Mô hình', 11],
    [2, 'Số tiền vận động ủng hộ Quỹ "Vì người nghèo"', 'Tỷ đồng', 2.35],
    [3, 'Nhà Đại đoàn kết được xây mới, sửa chữa', 'Căn', 27],
    [4, 'Hội nghị đối thoại với Nhân dân', 'Cuộc', 9],
    [5, 'Kiến nghị của Nhân dân được giải quyết', 'Kiến nghị', 64],
  ])
    ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** No column of measure: each label closes with its own in brackets. */
async function measuresInLabels(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Số liệu');
  ws.addRow(['HUYỆN ỦY DẦU TIẾNG']);
  ws.addRow(['SỐ LIỆU KẾT QUẢ CÔNG TÁC DÂN VẬN 6 THÁNG ĐẦU NĂM 2025 (Kế hoạch số 27-KH/BDVTU)']);
  ws.addRow(['TT', 'Chỉ tiêu', 'Kết quả']);
  ws.addRow([1, 'Tiền ủng hộ Quỹ "Vì người nghèo" (tỷ đồng)', 0.78]);
  ws.addRow([2, 'Nhà Đại đoàn kết (căn)', 9]);
  ws.addRow([3, 'Hội nghị đối thoại (cuộc)', 5]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A column per figure, the sum's header in tỷ, the communes' rows and their total. */
async function columnPerFigure(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Tổng hợp');
  ws.addRow(['THỊ ỦY BẾN CÁT']);
  ws.addRow(['KẾT QUẢ CÔNG TÁC DÂN VẬN 6 THÁNG ĐẦU NĂM 2025 THỰC HIỆN KẾ HOẠCH 27-KH/BDVTU']);
  ws.addRow(['TT', 'Đơn vị', 'Mô hình "Dân vận khéo" được công nhận', 'Số tiền ủng hộ Quỹ "Vì người nghèo" (tỷ đồng)', 'Nhà Đại đoàn kết được xây mới, sửa chữa']);
  ws.addRow([1, 'Phường Mỹ Phước', 2, 0.35, 3]);
  ws.addRow([2, 'Phường Thới Hòa', 1, 0.4, 2]);
  ws.addRow(['', 'Tổng cộng', 3, 0.75, 5]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The office's own summary, a row per unit, the sums' column in tỷ. */
async function rowPerUnit(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Tổng hợp');
  ws.addRow(['BAN DÂN VẬN TỈNH ỦY']);
  ws.addRow(['TỔNG HỢP KẾT QUẢ CÔNG TÁC DÂN VẬN 6 THÁNG ĐẦU NĂM 2025 CỦA CÁC ĐƠN VỊ (Kế hoạch số 27-KH/BDVTU)']);
  ws.addRow(['TT', 'Đơn vị', 'Mô hình "Dân vận khéo" được công nhận', 'Số tiền ủng hộ Quỹ "Vì người nghèo" (tỷ đồng)']);
  ws.addRow([1, 'Thị ủy Thuận An', 3, 0.45]);
  ws.addRow([2, 'Đảng ủy Khối doanh nghiệp tỉnh', 5, 1.2]);
  ws.addRow(['', 'Cộng', 8, 1.65]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

let svc: Service;
let draft: PlanDraft;
let plan: Plan;

beforeAll(async () => {
  svc = createService({ ...TEST_ENGINE, dbPath: path.join(tempDir(), 'kh27.sqlite') });
  await callOk(svc, 'units.importTable', { file: { name: 'units.csv', path: path.join(SAMPLES, 'units-binh-duong.csv') } });
  draft = await callOk(svc, 'plans.extract', { file: { name: 'kh27.docx', dataBase64: b64(await planDocument()) } });
  plan = await callOk(svc, 'plans.create', { draft });
});

describe('a plan counting money, and what was done to what it counts', () => {
  it('keeps the money measure, and none of the catalogue’s words of another kind of conference', () => {
    expect(draft.indicators.map((i) => [i.name, i.measure])).toEqual([
      ['Số mô hình "Dân vận khéo" được công nhận', 'mô hình'],
      ['Số tiền vận động ủng hộ Quỹ "Vì người nghèo"', 'triệu đồng'],
      ['Số nhà Đại đoàn kết được xây mới, sửa chữa', 'căn'],
      ['Số cuộc hội nghị đối thoại với Nhân dân', 'cuộc'],
      ['Số kiến nghị của Nhân dân được giải quyết', 'kiến nghị'],
    ]);
    // The catalogue's "hội nghị, lớp quán triệt" is another kind than a dialogue with the people.
    const dialogues = draft.indicators[3]!;
    expect(dialogues.synonyms.filter((s) => /quán triệt|học tập|lớp/u.test(s))).toEqual([]);
  });

  it('reads sums in the plan’s measure, and each figure only where its deed is said', async () => {
    const round = plan.rounds[0]!;
    const files: Record<string, Buffer> = {
      'HU Phu Giao - so ket dan van.docx': await districtProse(),
      'MTTQ tinh - BC 6 thang.docx': await frontProse(),
      'Di An - bieu dan van.xlsx': await townWorkbook(),
    };
    for (const [name, bytes] of Object.entries(files)) {
      const r = await callOk(svc, 'reports.import', { file: { name, dataBase64: b64(bytes) }, planId: plan.id, roundId: round.id, receivedAt: '2025-06-14' });
      expect(r.outcome, `${name}: ${r.error?.message ?? ''}`).toBe('imported');
    }
    const [models, money, houses, dialogues, petitions] = plan.indicators.map((i) => i.key);
    // 1,25 tỷ is 1.250 triệu; "450 cán bộ" is no houses; the kick-off conference is no dialogue; the
    // expenditure is no sum raised; 126 petitions were received, 118 resolved.
    expect(figuresOf(svc, 'HUPG')).toEqual({ [models!]: 8, [money!]: 1250, [houses!]: 16, [dialogues!]: 15, [petitions!]: 118 });
    // 15.600.000.000 đồng is 15.600 triệu; 54 were gathered, 47 resolved; 20 models built, 12 recognised.
    expect(figuresOf(svc, 'MTTQ')).toEqual({ [models!]: 12, [money!]: 15_600, [houses!]: 85, [dialogues!]: 6, [petitions!]: 47 });
    // "Tỷ đồng | 2,35" in a plan counting in millions.
    expect(figuresOf(svc, 'TXDA')).toEqual({ [models!]: 11, [money!]: 2350, [houses!]: 27, [dialogues!]: 9, [petitions!]: 64 });
  });

  it('reads a table’s sums in the measure its label or its column header gives', async () => {
    const round = plan.rounds[0]!;
    for (const [name, bytes] of Object.entries({ 'Dau Tieng - so lieu.xlsx': await measuresInLabels(), 'Ben Cat - tong hop.xlsx': await columnPerFigure() })) {
      const r = await callOk(svc, 'reports.import', { file: { name, dataBase64: b64(bytes) }, planId: plan.id, roundId: round.id, receivedAt: '2025-06-14' });
      expect(r.outcome, `${name}: ${r.error?.message ?? ''}`).toBe('imported');
    }
    const [models, money, houses, dialogues] = plan.indicators.map((i) => i.key);
    expect(figuresOf(svc, 'HUDT')).toEqual({ [money!]: 780, [houses!]: 9, [dialogues!]: 5 });
    // The total row states 0,75 tỷ: 750 triệu, as the rows add up to.
    expect(figuresOf(svc, 'TXBC')).toEqual({ [models!]: 3, [money!]: 750, [houses!]: 5 });
  });

  it('reads a summary of several units in the plan’s measure, a unit a row', async () => {
    const r = await callOk(svc, 'reports.import', { file: { name: 'Tong hop cac don vi.xlsx', dataBase64: b64(await rowPerUnit()) }, planId: plan.id, roundId: plan.rounds[0]!.id, receivedAt: '2025-06-14' });
    expect(r.outcome, r.error?.message).toBe('imported');
    const [models, money] = plan.indicators.map((i) => i.key);
    expect(figuresOf(svc, 'TXTA')).toEqual({ [models!]: 3, [money!]: 450 });
    expect(figuresOf(svc, 'DUKDN')).toEqual({ [models!]: 5, [money!]: 1200 });
  });

  it('adds the round’s sums in the plan’s measure', async () => {
    const status = await callOk(svc, 'status.get', { planId: plan.id, roundId: plan.rounds[0]!.id });
    expect(status.totals[plan.indicators[1]!.key]).toBe(1250 + 15_600 + 2350 + 780 + 750 + 450 + 1200);
  });
});
