// A công văn asking its addressees for one report by a day, with a table of the figures it wants; and
// the answers: prose whose county-wide sentence names one figure twice, a workbook whose first sheet
// is a cover, a table with no unit-of-measure column. The plan has one round, and every answer is
// dated inside it. Built with docx and exceljs, imported through the service as the CLI and the UI do.
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createService } from '../../electron/core/service';
import type { Service } from '../../electron/core/service';
import type { Plan } from '../../shared/domain';
import { figuresOf } from '../helpers/ct32-round';
import { docxOf } from '../helpers/docx-blocks';
import { TEST_ENGINE } from '../helpers/engine';
import { b64, callOk } from '../helpers/service-calls';
import { SAMPLES, tempDir } from '../helpers/temp';

const letter = (): Promise<Buffer> =>
  docxOf([
    'TỈNH ỦY BÌNH DƯƠNG',
    'BAN TUYÊN GIÁO',
    'Số 320-CV/BTGTU',
    'V/v báo cáo kết quả tuyên truyền kỷ niệm 50 năm Ngày giải phóng miền Nam, thống nhất đất nước',
    'ĐẢNG CỘNG SẢN VIỆT NAM',
    'Bình Dương, ngày 02 tháng 4 năm 2025',
    'Kính gửi:',
    '- Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy,',
    '- Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội tỉnh.',
    'Ban Tuyên giáo Tỉnh ủy đề nghị các cơ quan, đơn vị:',
    '1. Tổ chức tuyên truyền sâu rộng kỷ niệm 50 năm Ngày giải phóng miền Nam bằng nhiều hình thức phù hợp.',
    '2. Trang trí, treo băng rôn, khẩu hiệu, pa-nô tại trụ sở cơ quan và nơi công cộng.',
    '3. Báo cáo kết quả (kèm biểu số liệu) về Ban Tuyên giáo Tỉnh ủy trước ngày 10/5/2025.',
    'Nơi nhận:',
    '- Như trên,',
    'K/T TRƯỞNG BAN',
    'PHÓ TRƯỞNG BAN',
    'Trần Văn Nam',
    'BIỂU SỐ LIỆU',
    [
      ['TT', 'Nội dung', 'Đơn vị tính', 'Số lượng'],
      ['1', 'Buổi tuyên truyền miệng, nói chuyện chuyên đề', 'Buổi', ''],
      ['2', 'Lượt người nghe', 'Lượt người', ''],
      ['3', 'Tin, bài trên báo, đài, trang thông tin điện tử', 'Tin, bài', ''],
      ['4', 'Băng rôn, khẩu hiệu, pa-nô', 'Cái', ''],
    ],
  ]);

const districtProse = (): Promise<Buffer> =>
  docxOf([
    'HUYỆN ỦY PHÚ GIÁO',
    'Số 205-BC/HU',
    'ĐẢNG CỘNG SẢN VIỆT NAM',
    'Phú Giáo, ngày 06 tháng 5 năm 2025',
    'BÁO CÁO',
    'Kết quả tuyên truyền kỷ niệm 50 năm Ngày giải phóng miền Nam, thống nhất đất nước',
    'Thực hiện Công văn số 320-CV/BTGTU ngày 02/4/2025 của Ban Tuyên giáo Tỉnh ủy, Ban Thường vụ Huyện ủy báo cáo như sau:',
    'Các cấp ủy tổ chức 45 buổi tuyên truyền miệng với 6.200 lượt người nghe.',
    'Toàn huyện treo 250 băng rôn, khẩu hiệu và 40 pa-nô tại trụ sở và nơi công cộng.',
  ]);

/** A cover sheet first; the figures, and the number and date, on the second. */
async function youthWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const cover = wb.addWorksheet('Bia');
  cover.getCell('A1').value = 'TỈNH ĐOÀN BÌNH DƯƠNG';
  cover.getCell('A3').value = 'BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN KỶ NIỆM 50 NĂM NGÀY GIẢI PHÓNG MIỀN NAM';
  const ws = wb.addWorksheet('Bieu');
  ws.getCell('A1').value = 'BAN THƯỜNG VỤ TỈNH ĐOÀN BÌNH DƯƠNG';
  ws.getCell('C1').value = 'ĐOÀN TNCS HỒ CHÍ MINH';
  ws.getCell('A2').value = 'Số 512-BC/TĐTN';
  ws.getCell('C2').value = 'Bình Dương, ngày 05 tháng 5 năm 2025';
  ws.getCell('A4').value = 'BIỂU SỐ LIỆU TUYÊN TRUYỀN (THEO CÔNG VĂN 320-CV/BTGTU)';
  ws.getRow(6).values = ['TT', 'Nội dung', 'Số lượng'];
  ws.getRow(7).values = [1, 'Số buổi tuyên truyền', 12];
  ws.getRow(8).values = [2, 'Số băng rôn, khẩu hiệu', 35];
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A table of its own words with no unit-of-measure column: each label reads as the words after a number. */
const blockTable = (): Promise<Buffer> =>
  docxOf([
    'ĐẢNG ỦY KHỐI DOANH NGHIỆP TỈNH',
    'Số 88-BC/ĐUK',
    'ĐẢNG CỘNG SẢN VIỆT NAM',
    'Bình Dương, ngày 07 tháng 5 năm 2025',
    'BÁO CÁO',
    'Kết quả tuyên truyền kỷ niệm 50 năm Ngày giải phóng miền Nam (theo Công văn số 320-CV/BTGTU)',
    [
      ['TT', 'Nội dung', 'Số lượng', 'Ghi chú'],
      ['1', 'Tuyên truyền miệng (buổi)', '20', ''],
      ['2', 'Tin, bài trên trang thông tin điện tử của Đảng ủy Khối', '17', ''],
    ],
  ]);

/** Printed before signing: the day is left for the pen, and so is the number. */
const draftWithoutDay = (): Promise<Buffer> =>
  docxOf([
    'THỊ ỦY DĨ AN',
    'Số      -BC/TU',
    'ĐẢNG CỘNG SẢN VIỆT NAM',
    'Dĩ An, ngày      tháng 5 năm 2025',
    'BÁO CÁO',
    'Kết quả tuyên truyền kỷ niệm 50 năm Ngày giải phóng miền Nam, thống nhất đất nước',
    'Thực hiện Công văn số 320-CV/BTGTU của Ban Tuyên giáo Tỉnh ủy, Ban Thường vụ Thị ủy báo cáo như sau:',
    'Tổ chức 12 buổi tuyên truyền miệng với 1.300 lượt người nghe.',
  ]);

let svc: Service;
let plan: Plan;

beforeAll(async () => {
  svc = createService({ ...TEST_ENGINE, dbPath: path.join(tempDir(), 'cv320.sqlite') });
  await callOk(svc, 'units.importTable', { file: { name: 'units.csv', path: path.join(SAMPLES, 'units-binh-duong.csv') } });
  const draft = await callOk(svc, 'plans.extract', { file: { name: 'cv320.docx', dataBase64: b64(await letter()) } });
  plan = await callOk(svc, 'plans.create', { draft });
});

describe('answers to a công văn with a table of figures', () => {
  it('files every answer dated inside the one round without asking, each figure read', async () => {
    expect(plan.rounds).toHaveLength(1);
    const files: Record<string, Buffer> = {
      'HU Phu Giao - BC 50 nam.docx': await districtProse(),
      'Tinh doan - bieu.xlsx': await youthWorkbook(),
      'DUK DN - BC.docx': await blockTable(),
    };
    for (const [name, bytes] of Object.entries(files)) {
      const r = await callOk(svc, 'reports.import', { file: { name, dataBase64: b64(bytes) }, receivedAt: '2025-05-08' });
      expect(r.outcome, `${name}: ${r.error?.message ?? ''}`).toBe('imported');
    }
    const [buoi, luot, tin, bang] = plan.indicators.map((i) => i.key);
    // "Toàn huyện treo 250 băng rôn, khẩu hiệu và 40 pa-nô": one figure named twice in the total's sentence.
    expect(figuresOf(svc, 'HUPG')).toEqual({ [buoi!]: 45, [luot!]: 6200, [bang!]: 290 });
    expect(figuresOf(svc, 'TINHDOAN')).toEqual({ [buoi!]: 12, [bang!]: 35 });
    expect(figuresOf(svc, 'DUKDN')).toEqual({ [buoi!]: 20, [tin!]: 17 });
    const youth = svc.db.prepare("SELECT r.report_number AS n, r.report_date AS d FROM reports r JOIN units u ON u.id = r.unit_id WHERE u.code = 'TINHDOAN'").get();
    expect(youth).toEqual({ n: '512-BC/TĐTN', d: '2025-05-05' });
  });

  it('files a draft whose day is left blank by its month, keeping no date of its own', async () => {
    const r = await callOk(svc, 'reports.import', { file: { name: 'TX Di An - du thao.docx', dataBase64: b64(await draftWithoutDay()) }, receivedAt: '2025-05-08' });
    expect(r.outcome, r.error?.message).toBe('imported');
    const row = svc.db.prepare("SELECT r.id, r.report_date AS d FROM reports r JOIN units u ON u.id = r.unit_id WHERE u.code = 'TXDA'").get() as { id: number; d: string | null };
    expect(row.d).toBeNull();
    const notes = svc.db.prepare('SELECT code, message FROM report_notes WHERE report_id = ?').all(row.id) as { code: string; message: string }[];
    expect(notes.find((n) => n.code === 'DATE_WITHOUT_DAY')?.message).toContain('Ngày ký để trống (tháng 5/2025)');
  });
});
