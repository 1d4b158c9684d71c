// A digital-transformation plan (chuyển đổi số) whose own figure table counts classes, people
// trained, community groups, files handled online, cameras ("Cái") and a sum ("Kinh phí … | Triệu
// đồng"): figures of its own, not the catalogue's. Reports speak of "lượt cán bộ", of people an
// occasion was held for, of groups they joined rather than set up, of electronic documents the
// catalogue would count as plans issued; a district table names rows short ("Camera lắp đặt mới")
// and puts a sum's measure in the label's brackets beside an empty measure cell. Files built with
// docx and exceljs, imported through the service.
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
    'Số 42-KH/TU',
    'ĐẢNG CỘNG SẢN VIỆT NAM',
    'Bình Dương, ngày 20 tháng 02 năm 2025',
    'KẾ HOẠCH',
    'thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số, năm 2025',
    'I. NHIỆM VỤ, GIẢI PHÁP',
    '1. Các huyện ủy, thị ủy, thành ủy lãnh đạo thành lập Tổ công nghệ số cộng đồng ở 100% khu phố, ấp; bồi dưỡng kỹ năng số cho cán bộ, công chức.',
    '2. Ban cán sự đảng UBND tỉnh chỉ đạo cung cấp dịch vụ công trực tuyến toàn trình; lắp đặt camera giám sát an ninh trật tự.',
    '3. Văn phòng Tỉnh ủy triển khai hệ thống quản lý văn bản và điều hành, chữ ký số trong các cơ quan đảng.',
    '4. Tỉnh đoàn phát động phong trào thanh niên tình nguyện hỗ trợ người dân sử dụng dịch vụ công trực tuyến.',
    'II. TỔ CHỨC THỰC HIỆN',
    'Các cấp ủy, tổ chức đảng báo cáo kết quả sơ kết 6 tháng trước ngày 15/6/2025 và báo cáo năm trước ngày 15/11/2025 về Tỉnh ủy (qua Văn phòng Tỉnh ủy).',
    'Nơi nhận:',
    '- Như trên,',
    '- Lưu VPTU.',
    'T/M TỈNH ỦY',
    'BÍ THƯ',
    'Nguyễn Văn Lợi',
    'PHỤ LỤC',
    'CÁC CHỈ TIÊU CHỦ YẾU VỀ CHUYỂN ĐỔI SỐ NĂM 2025',
    [
      ['STT', 'Tên chỉ tiêu', 'Đơn vị tính', 'Mục tiêu năm 2025'],
      ['1', 'Lớp bồi dưỡng, tập huấn kỹ năng số', 'Lớp', '40'],
      ['2', 'Cán bộ, công chức được bồi dưỡng kỹ năng số', 'Người', '3.000'],
      ['3', 'Tổ công nghệ số cộng đồng được thành lập', 'Tổ', '1.200'],
      ['4', 'Tỷ lệ văn bản điện tử được ký số', '%', '100'],
      ['5', 'Camera giám sát an ninh trật tự được lắp đặt', 'Cái', '1.000'],
      ['6', 'Kinh phí đầu tư cho chuyển đổi số', 'Triệu đồng', '50.000'],
    ],
  ]);

/** A district in prose: people trained counted in "lượt", cameras, a sum in tỷ. */
const districtProse = (): Promise<Buffer> =>
  docxOf([
    'HUYỆN ỦY PHÚ GIÁO',
    'Số 115-BC/HU',
    'ĐẢNG CỘNG SẢN VIỆT NAM',
    'Phú Giáo, ngày 10 tháng 6 năm 2025',
    'BÁO CÁO',
    'sơ kết 6 tháng đầu năm 2025 thực hiện Kế hoạch số 42-KH/TU về chuyển đổi số',
    '1. Đã thành lập 112 Tổ công nghệ số cộng đồng với 560 thành viên tại 112/112 khu phố, ấp.',
    '2. Tổ chức 04 lớp bồi dưỡng kỹ năng số cho 320 lượt cán bộ, công chức cấp huyện, cấp xã.',
    '3. Lắp đặt mới 45 camera giám sát an ninh trật tự tại các nút giao thông.',
    '4. Tổng kinh phí đầu tư cho chuyển đổi số là 3,2 tỷ đồng.',
  ]);

/** The office in prose: people an occasion of training was held for; documents that are no figure of the plan. */
const officeProse = (): Promise<Buffer> =>
  docxOf([
    'VĂN PHÒNG TỈNH ỦY',
    'Số 12-BC/VPTU',
    'ĐẢNG CỘNG SẢN VIỆT NAM',
    'Bình Dương, ngày 12 tháng 6 năm 2025',
    'BÁO CÁO',
    'kết quả chuyển đổi số trong các cơ quan đảng 6 tháng đầu năm 2025 (Kế hoạch số 42-KH/TU)',
    'Hệ thống quản lý văn bản và điều hành đã triển khai đến 100% cơ quan đảng; phát hành 15.230 văn bản điện tử.',
    'Văn phòng đã tổ chức 03 lớp tập huấn sử dụng phần mềm cho 210 cán bộ, công chức các cơ quan đảng.',
  ]);

/** The Youth Union in prose: groups joined, not set up; citizens guided, not trained. */
const youthProse = (): Promise<Buffer> =>
  docxOf([
    'BCH ĐOÀN TNCS HỒ CHÍ MINH TỈNH BÌNH DƯƠNG',
    'Số 210-BC/TĐTN',
    'Bình Dương, ngày 11 tháng 6 năm 2025',
    'BÁO CÁO',
    'kết quả tham gia thực hiện Kế hoạch số 42-KH/TU về chuyển đổi số 6 tháng đầu năm 2025',
    'Tỉnh đoàn đã phát động phong trào "Thanh niên tình nguyện hỗ trợ chuyển đổi số", hướng dẫn 12.500 lượt người dân sử dụng dịch vụ công trực tuyến.',
    'Các cơ sở đoàn đã tham gia 86 Tổ công nghệ số cộng đồng.',
  ]);

/** A town's Word table: rows named short, a sum's measure in the label's brackets beside an empty measure cell. */
const townTable = (): Promise<Buffer> =>
  docxOf([
    'THỊ ỦY DĨ AN',
    'Số 88-BC/TU',
    'ĐẢNG CỘNG SẢN VIỆT NAM',
    'Dĩ An, ngày 12 tháng 6 năm 2025',
    'BÁO CÁO',
    'sơ kết 6 tháng đầu năm 2025 thực hiện Kế hoạch số 42-KH/TU',
    'Kết quả các chỉ tiêu cụ thể như sau:',
    [
      ['TT', 'Nội dung', 'Đơn vị tính', 'Kết quả 6 tháng', 'Ghi chú'],
      ['1', 'Số lớp bồi dưỡng kỹ năng số', 'Lớp', '03', ''],
      ['2', 'Số người tham gia', 'Người', '185', 'CB, CC cấp huyện, xã'],
      ['3', 'Số Tổ công nghệ số cộng đồng', 'Tổ', '64', '64/64 khu phố'],
      ['4', 'Camera lắp đặt mới', 'Cái', '18', ''],
      ['5', 'Kinh phí (triệu đồng)', '', '850', ''],
    ],
  ]);

/** The provincial government's workbook: year target beside the half year, a sum in tỷ, a rate row. */
async function governmentWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('6 tháng');
  ws.addRow(['BAN CÁN SỰ ĐẢNG UBND TỈNH']);
  ws.addRow(['KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHUYỂN ĐỔI SỐ 6 THÁNG ĐẦU NĂM 2025']);
  ws.addRow(['(Kèm theo Báo cáo số 25-BC/BCSĐ, thực hiện Kế hoạch số 42-KH/TU)']);
  ws.addRow(['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2025', 'Thực hiện 6 tháng', 'Tỷ lệ so với KH (%)']);
  for (const r of [
    [1, 'Lớp bồi dưỡng, tập huấn kỹ năng số', 'Lớp', 20, 12, 60],
    [2, 'Cán bộ, công chức được bồi dưỡng', 'Người', 2000, 1250, 62.5],
    [3, 'Tỷ lệ văn bản được ký số', '%', 100, 92, null],
    [4, 'Camera giám sát được lắp đặt', 'Cái', 800, 230, 28.8],
    [5, 'Kinh phí đầu tư chuyển đổi số', 'Tỷ đồng', 40, 15.6, 39],
  ])
    ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

let svc: Service;
let draft: PlanDraft;
let plan: Plan;

beforeAll(async () => {
  svc = createService({ ...TEST_ENGINE, dbPath: path.join(tempDir(), 'kh42.sqlite') });
  await callOk(svc, 'units.importTable', { file: { name: 'units.csv', path: path.join(SAMPLES, 'units-binh-duong.csv') } });
  draft = await callOk(svc, 'plans.extract', { file: { name: 'kh42.docx', dataBase64: b64(await planDocument()) } });
  plan = await callOk(svc, 'plans.create', { draft });
});

describe('a plan that names its own figures', () => {
  it('keeps its figures in its words: cameras are no inspections, a sum is named as written', () => {
    expect(draft.indicators.map((i) => [i.name, i.measure])).toEqual([
      ['Số lớp bồi dưỡng, tập huấn kỹ năng số', 'lớp'],
      ['Số cán bộ, công chức được bồi dưỡng kỹ năng số', 'người'],
      ['Số tổ công nghệ số cộng đồng được thành lập', 'tổ'],
      ['Số camera giám sát an ninh trật tự được lắp đặt', 'cái'],
      ['Kinh phí đầu tư cho chuyển đổi số', 'triệu đồng'],
    ]);
    // "giám sát" in a camera's name is not the catalogue's inspections and supervisions.
    const cameras = draft.indicators[3]!;
    expect(cameras.key).not.toBe('kiem_tra');
    expect(cameras.synonyms).toEqual(['Camera giám sát an ninh trật tự được lắp đặt']);
  });

  it('gives the Youth Union its task, not a phrase of its movement', () => {
    const youth = draft.items.find((i) => i.text.startsWith('Tỉnh đoàn'))!;
    expect(youth.assignees.map((a) => [a.label, a.unitCode])).toEqual([['Tỉnh đoàn', 'TINHDOAN']]);
  });

  it('reads each report figure by figure, and nothing the plan does not count', async () => {
    const round = plan.rounds[0]!;
    const files: Record<string, Buffer> = {
      'HU Phu Giao - CDS 6 thang.docx': await districtProse(),
      'VPTU - BC CDS.docx': await officeProse(),
      'Tinh doan - BC.docx': await youthProse(),
      'Di An - bieu CDS.docx': await townTable(),
      'BCS UBND - bieu CDS.xlsx': await governmentWorkbook(),
    };
    for (const [name, bytes] of Object.entries(files)) {
      const r = await callOk(svc, 'reports.import', { file: { name, dataBase64: b64(bytes) }, planId: plan.id, roundId: round.id, receivedAt: '2025-06-14' });
      expect(r.outcome, `${name}: ${r.error?.message ?? ''}`).toBe('imported');
    }
    const [classes, trained, groups, cameras, money] = plan.indicators.map((i) => i.key);
    // "320 lượt cán bộ, công chức" are the people trained; 3,2 tỷ is 3.200 triệu.
    expect(figuresOf(svc, 'HUPG')).toEqual({ [classes!]: 4, [trained!]: 320, [groups!]: 112, [cameras!]: 45, [money!]: 3200 });
    // The class was held for 210 cadres; 15.230 electronic documents are no figure of this plan.
    expect(figuresOf(svc, 'VPTU')).toEqual({ [classes!]: 3, [trained!]: 210 });
    // Groups joined are not groups set up; citizens guided are not cadres trained.
    expect(figuresOf(svc, 'TINHDOAN')).toEqual({});
    // "Camera lắp đặt mới | Cái", "Kinh phí (triệu đồng) | (empty) | 850".
    expect(figuresOf(svc, 'TXDA')).toEqual({ [classes!]: 3, [trained!]: 185, [groups!]: 64, [cameras!]: 18, [money!]: 850 });
    // The half year, not the year's target; 15,6 tỷ is 15.600 triệu; the rate row is no count.
    expect(figuresOf(svc, 'BCSUBND')).toEqual({ [classes!]: 12, [trained!]: 1250, [cameras!]: 230, [money!]: 15_600 });
  });

  it('keeps no other figures beside those the plan names', () => {
    const kept = svc.db.prepare('SELECT key FROM indicators WHERE plan_id = ? ORDER BY ord').pluck().all(plan.id);
    expect(kept).toEqual(plan.indicators.map((i) => i.key));
  });
});
