// A programme of action on new rural areas (Chương trình hành động, nông thôn mới) whose figure
// table measures roads in km, land in ha and funds in tỷ đồng beside communes and households
// counted. Reports say what the period added ("có thêm 02 xã"), what there is now ("nâng tổng số
// lên 11/14 xã"), shorten the plan's words in a table ("Xã đạt chuẩn NTM", "Đường GTNT", "TH 6
// tháng", "LK"), and count households for another figure in the sentence of the plan's.
// Files built with docx and exceljs, imported through the service.
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
    'ĐẢNG BỘ TỈNH BÌNH DƯƠNG',
    'TỈNH ỦY',
    'Số 18-CTr/TU',
    'ĐẢNG CỘNG SẢN VIỆT NAM',
    'Bình Dương, ngày 12 tháng 01 năm 2024',
    'CHƯƠNG TRÌNH HÀNH ĐỘNG',
    'thực hiện Nghị quyết số 19-NQ/TW của Hội nghị Trung ương 5 khóa XIII về nông nghiệp, nông dân, nông thôn, năm 2024',
    'I. NHIỆM VỤ, GIẢI PHÁP',
    '1. Các huyện ủy, thị ủy, thành ủy lãnh đạo đẩy mạnh xây dựng nông thôn mới, nông thôn mới nâng cao.',
    '2. Ban cán sự đảng UBND tỉnh chỉ đạo cứng hóa đường giao thông nông thôn; phát triển nông nghiệp ứng dụng công nghệ cao.',
    '3. Hội Liên hiệp Phụ nữ tỉnh vận động hội viên giúp nhau phát triển kinh tế, giảm nghèo bền vững.',
    'II. TỔ CHỨC THỰC HIỆN',
    'Các đảng bộ trực thuộc, cơ quan, đơn vị báo cáo sơ kết 6 tháng trước ngày 20/6/2024, báo cáo năm trước ngày 20/11/2024 về Ban Thường vụ Tỉnh ủy.',
    'Nơi nhận:',
    '- Như trên,',
    '- Lưu VPTU.',
    'T/M BAN THƯỜNG VỤ',
    'BÍ THƯ',
    'Nguyễn Văn Lợi',
    'PHỤ LỤC',
    'MỘT SỐ CHỈ TIÊU CHỦ YẾU NĂM 2024',
    [
      ['TT', 'Chỉ tiêu', 'Đơn vị tính', 'Kế hoạch năm 2024'],
      ['1', 'Xã đạt chuẩn nông thôn mới', 'Xã', '08'],
      ['2', 'Xã đạt chuẩn nông thôn mới nâng cao', 'Xã', '03'],
      ['3', 'Đường giao thông nông thôn được cứng hóa', 'Km', '150'],
      ['4', 'Diện tích sản xuất nông nghiệp ứng dụng công nghệ cao', 'Ha', '1.500'],
      ['5', 'Hộ thoát nghèo', 'Hộ', '2.000'],
      ['6', 'Vốn huy động xây dựng nông thôn mới', 'Tỷ đồng', '1.200'],
    ],
  ]);

/** A district in prose: communes added beside the stock, km with decimals, a sum with its part. */
const districtProse = (): Promise<Buffer> =>
  docxOf([
    'HUYỆN ỦY PHÚ GIÁO',
    'Số 140-BC/HU',
    'ĐẢNG CỘNG SẢN VIỆT NAM',
    'Phú Giáo, ngày 17 tháng 6 năm 2024',
    'BÁO CÁO',
    'sơ kết 6 tháng đầu năm 2024 thực hiện Chương trình hành động số 18-CTr/TU của Tỉnh ủy',
    '1. Xây dựng nông thôn mới: trong 6 tháng, huyện có thêm 02 xã đạt chuẩn nông thôn mới (xã An Linh, xã Tân Hiệp), nâng tổng số xã đạt chuẩn lên 09/10 xã; 01 xã đạt chuẩn nông thôn mới nâng cao.',
    '2. Bê tông hóa 18,5 km đường giao thông nông thôn.',
    '3. Diện tích sản xuất nông nghiệp ứng dụng công nghệ cao đạt 350 ha.',
    '4. Có 120 hộ thoát nghèo; tỷ lệ hộ nghèo còn 1,2%.',
    '5. Tổng nguồn vốn huy động xây dựng nông thôn mới 65,8 tỷ đồng, trong đó Nhân dân đóng góp 12,3 tỷ đồng.',
  ]);

/** The Women's Union in prose: households counted for another figure in the sentence of the plan's. */
const womenProse = (): Promise<Buffer> =>
  docxOf([
    'HỘI LIÊN HIỆP PHỤ NỮ TỈNH BÌNH DƯƠNG',
    'Số 88-BC/HPN',
    'Bình Dương, ngày 15 tháng 6 năm 2024',
    'BÁO CÁO',
    'kết quả tham gia thực hiện Chương trình hành động số 18-CTr/TU 6 tháng đầu năm 2024',
    'Có 25.600 hộ đăng ký đạt danh hiệu gia đình sản xuất, kinh doanh giỏi; giúp đỡ 320 hộ hội viên thoát nghèo.',
  ]);

/** A town's workbook: the plan's words shortened, the half year beside the year's target and the running total. */
async function townWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Biểu 01');
  ws.addRow(['THỊ ỦY BẾN CÁT']);
  ws.addRow(['BIỂU KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHƯƠNG TRÌNH HÀNH ĐỘNG SỐ 18-CTr/TU 6 THÁNG ĐẦU NĂM 2024']);
  ws.addRow([]);
  ws.addRow(['TT', 'Chỉ tiêu', 'ĐVT', 'KH năm 2024', 'TH 6 tháng', 'LK đến 30/6/2024', 'Ghi chú']);
  for (const r of [
    [1, 'Xã đạt chuẩn NTM', 'Xã', 2, 1, 9, 'Xã An Điền'],
    [2, 'Xã đạt chuẩn NTM nâng cao', 'Xã', 1, 0, 2, null],
    [3, 'Đường GTNT được cứng hóa', 'Km', 25, '12,6', 180.4, null],
    [4, 'Diện tích ứng dụng công nghệ cao', 'Ha', 200, 85, 640, null],
    [5, 'Hộ thoát nghèo', 'Hộ', 300, 145, null, null],
    [6, 'Vốn huy động xây dựng NTM', 'Triệu đồng', 50_000, 23_450, null, null],
  ])
    ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A district's workbook: each row's share by level beside its total. */
async function levelsWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Số liệu');
  ws.addRow(['HUYỆN ỦY DẦU TIẾNG']);
  ws.addRow(['SỐ LIỆU THỰC HIỆN CHƯƠNG TRÌNH HÀNH ĐỘNG 18-CTr/TU 6 THÁNG ĐẦU NĂM 2024']);
  ws.addRow(['TT', 'Chỉ tiêu', 'ĐVT', 'Cấp huyện', 'Cấp xã', 'Tổng cộng']);
  for (const r of [
    [1, 'Đường giao thông nông thôn được cứng hóa', 'Km', 4.5, 10.2, 14.7],
    [2, 'Hộ thoát nghèo', 'Hộ', null, 96, 96],
    [3, 'Vốn huy động xây dựng nông thôn mới', 'Tỷ đồng', 12, 8.5, 20.5],
  ])
    ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A town's Word table: a column per figure, each header closing with its measure in brackets. */
const columnsWithMeasures = (): Promise<Buffer> =>
  docxOf([
    'THỊ ỦY THUẬN AN',
    'Số 210-BC/TU',
    'ĐẢNG CỘNG SẢN VIỆT NAM',
    'Thuận An, ngày 16 tháng 6 năm 2024',
    'BÁO CÁO',
    'sơ kết 6 tháng đầu năm 2024 thực hiện Chương trình hành động số 18-CTr/TU',
    'Kết quả các chỉ tiêu chủ yếu:',
    [
      ['Xã đạt chuẩn NTM (xã)', 'Đường GTNT cứng hóa (km)', 'Hộ thoát nghèo (hộ)', 'Vốn huy động (tỷ đồng)'],
      ['01', '7,5', '58', '15,2'],
    ],
  ]);

let svc: Service;
let draft: PlanDraft;
let plan: Plan;

beforeAll(async () => {
  svc = createService({ ...TEST_ENGINE, dbPath: path.join(tempDir(), 'ctr18.sqlite') });
  await callOk(svc, 'units.importTable', { file: { name: 'units.csv', path: path.join(SAMPLES, 'units-binh-duong.csv') } });
  draft = await callOk(svc, 'plans.extract', { file: { name: 'ctr18.docx', dataBase64: b64(await planDocument()) } });
  plan = await callOk(svc, 'plans.create', { draft });
});

describe('a programme of action measuring roads, land and funds', () => {
  it('reads the document type whole, and names quantities as written', () => {
    expect(draft.docType).toBe('Chương trình hành động');
    expect(draft.title.startsWith('thực hiện Nghị quyết số 19-NQ/TW')).toBe(true);
    expect(draft.indicators.map((i) => [i.name, i.measure])).toEqual([
      ['Số xã đạt chuẩn nông thôn mới', 'xã'],
      ['Số xã đạt chuẩn nông thôn mới nâng cao', 'xã'],
      ['Đường giao thông nông thôn được cứng hóa', 'km'],
      ['Diện tích sản xuất nông nghiệp ứng dụng công nghệ cao', 'ha'],
      ['Số hộ thoát nghèo', 'hộ'],
      ['Vốn huy động xây dựng nông thôn mới', 'tỷ đồng'],
    ]);
  });

  it('gives the Women’s Union its task: "vận động hội viên" is a verb and its object', () => {
    const women = draft.items.find((i) => i.text.startsWith('Hội Liên hiệp Phụ nữ'))!;
    expect(women.assignees.map((a) => [a.label, a.unitCode])).toEqual([['Hội Liên hiệp Phụ nữ tỉnh', 'HLHPN']]);
  });

  it('reads what the period added, in km, ha and tỷ, and shortened names in a table', async () => {
    const round = plan.rounds[0]!;
    const files: Record<string, Buffer> = {
      'HU Phu Giao - so ket CTr 18.docx': await districtProse(),
      'Hoi Phu nu - BC 6 thang.docx': await womenProse(),
      'Ben Cat - bieu CTr18.xlsx': await townWorkbook(),
    };
    for (const [name, bytes] of Object.entries(files)) {
      const r = await callOk(svc, 'reports.import', { file: { name, dataBase64: b64(bytes) }, planId: plan.id, roundId: round.id, receivedAt: '2024-06-18' });
      expect(r.outcome, `${name}: ${r.error?.message ?? ''}`).toBe('imported');
    }
    const [communes, advanced, roads, land, households, funds] = plan.indicators.map((i) => i.key);
    // "có thêm 02 xã" is the half year's; "lên 09/10 xã" is what there is now.
    expect(figuresOf(svc, 'HUPG')).toEqual({ [communes!]: 2, [advanced!]: 1, [roads!]: 18.5, [land!]: 350, [households!]: 120, [funds!]: 65.8 });
    // The 25.600 households registered are no households out of poverty.
    expect(figuresOf(svc, 'HLHPN')).toEqual({ [households!]: 320 });
    // "TH 6 tháng", not the year's plan nor the running total; 23.450 triệu is 23,45 tỷ.
    expect(figuresOf(svc, 'TXBC')).toEqual({ [communes!]: 1, [advanced!]: 0, [roads!]: 12.6, [land!]: 85, [households!]: 145, [funds!]: 23.45 });
  });

  it('reads a level’s share beside the total as no figure, and column headers closing with their measure', async () => {
    const round = plan.rounds[0]!;
    for (const [name, bytes] of Object.entries({ 'Dau Tieng - so lieu.xlsx': await levelsWorkbook(), 'Thuan An - BC.docx': await columnsWithMeasures() })) {
      const r = await callOk(svc, 'reports.import', { file: { name, dataBase64: b64(bytes) }, planId: plan.id, roundId: round.id, receivedAt: '2024-06-18' });
      expect(r.outcome, `${name}: ${r.error?.message ?? ''}`).toBe('imported');
    }
    const [communes, , roads, , households, funds] = plan.indicators.map((i) => i.key);
    // "Cấp xã" is no count of communes: the total column is the district's figure.
    expect(figuresOf(svc, 'HUDT')).toEqual({ [roads!]: 14.7, [households!]: 96, [funds!]: 20.5 });
    expect(figuresOf(svc, 'TXTA')).toEqual({ [communes!]: 1, [roads!]: 7.5, [households!]: 58, [funds!]: 15.2 });
  });
});
