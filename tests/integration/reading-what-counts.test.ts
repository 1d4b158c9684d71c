// Is a file a report on this plan, for this round, from a unit of the directory? Each rule on a
// file the test writes (docx, pdf, xlsx, xls through the real libraries), imported through the
// service with the plan and round chosen, as the specialist does it.
import { beforeAll, describe, expect, it } from 'vitest';
import { asDocx, asPdf, asWorkbook } from '../fixtures/reports/documents';
import { districtReport, importFile, province, status } from '../fixtures/province/province';
import type { Province } from '../fixtures/province/province';
import { rowCounts } from '../helpers/service-calls';

let p: Province;
beforeAll(async () => {
  p = await province();
});

/** Imports a file that must be refused, and checks it left nothing behind. */
async function refused(name: string, bytes: Buffer): Promise<{ code: string; message: string }> {
  const before = rowCounts(p.svc);
  const r = await importFile(p, name, bytes);
  expect(r.outcome, `${name}: ${r.error?.message ?? ''}`).toBe('rejected');
  expect(rowCounts(p.svc)).toEqual(before);
  return r.error!;
}

describe('a file that is not a report on this plan is refused, saying why', () => {
  it('a cover letter that only sends a report along', async () => {
    const letter = districtReport({
      type: null,
      title: [],
      number: 'Số 156-CV/HU',
      subject: 'gửi báo cáo kết quả công tác dân vận chính quyền năm 2021',
      body: ['Kính gửi: Ban Dân vận Tỉnh ủy.', 'Thực hiện Kế hoạch số 27-KH/TU, Ban Thường vụ Huyện ủy gửi kèm Báo cáo số 112-BC/HU ngày 08/12/2021 (có báo cáo kèm theo).'],
    });
    const err = await refused('CV gui bao cao.docx', await asDocx(letter));
    expect(err.code).toBe('NOT_A_REPORT');
    expect(err.message).toContain('báo cáo gửi kèm');
  });

  it('a report on another directive, citing none of this plan', async () => {
    const other = districtReport({
      number: 'Số 98-BC/HU',
      title: ['sơ kết 5 năm thực hiện Chỉ thị số 42-CT/TW ngày 16/3/2015 của Bộ Chính trị về công tác người Việt Nam ở nước ngoài'],
      body: ['Thực hiện Kế hoạch số 140-KH/TU của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Huyện ủy báo cáo như sau:', 'II. KẾT QUẢ', 'Tổ chức 06 hội nghị quán triệt với 580 lượt cán bộ, đảng viên.'],
    });
    const err = await refused('BC so ket CT42.docx', await asDocx(other));
    expect(err.code).toBe('WRONG_PLAN');
    expect(err.message).toContain('42-CT/TW');
  });

  it('a report dated before the plan was issued, and one titled with a period no round covers', async () => {
    const early = districtReport({ number: 'Số 14-BC/HU', placeDate: 'Hòn Đất, ngày 20 tháng 3 năm 2021', title: ['sơ kết công tác dân vận chính quyền'] });
    expect((await refused('BC thang 3.docx', await asDocx(early))).code).toBe('OUT_OF_PERIOD');
    const past = districtReport({ number: 'Số 77-BC/HU', title: ['kết quả thực hiện Kế hoạch số 27-KH/TU giai đoạn 2015 - 2018'] });
    const err = await refused('BC giai doan cu.docx', await asDocx(past));
    expect(err.code).toBe('OUT_OF_PERIOD');
    expect(err.message).toContain('2015');
  });

  it('a commune committee that is not in the directory, though its superior is', async () => {
    const commune = districtReport({ issuer: ['ĐẢNG BỘ HUYỆN HÒN ĐẤT', 'ĐẢNG ỦY XÃ MỸ LÂM'], number: 'Số 47-BC/ĐU' });
    const err = await refused('DU xa My Lam.docx', await asDocx(commune));
    expect(err.code).toBe('UNKNOWN_UNIT');
    expect(err.message).toContain('ĐẢNG ỦY XÃ MỸ LÂM');
    expect(err.message).toContain('Huyện ủy Hòn Đất');
  });

  it('the plan itself dropped among the reports', async () => {
    const plan = districtReport({ issuer: ['TỈNH ỦY KIÊN TRUNG'], number: 'Số 27-KH/TU', type: 'KẾ HOẠCH', title: ['thực hiện Chỉ thị số 18-CT/TW'] });
    expect((await refused('Ke hoach 27.pdf', await asPdf(plan))).code).toBe('NOT_A_REPORT');
  });
});

describe('a report goes where the document says', () => {
  it('a report on the other plan in the database is filed there, not in the round picked', async () => {
    const r = await importFile(
      p,
      'Trung Pho - van hoa doc.docx',
      await asDocx(
        districtReport({
          issuer: ['ĐẢNG BỘ TỈNH KIÊN TRUNG', 'THÀNH ỦY TRUNG PHỐ'],
          number: 'Số 61-BC/TU',
          title: ['kết quả thực hiện Kế hoạch số 31-KH/TU về phát triển văn hóa đọc năm 2021'],
          body: ['II. KẾT QUẢ', 'Tổ chức 05 hội nghị quán triệt Chỉ thị số 21-CT/TW với 600 lượt cán bộ, đảng viên.'],
        }),
      ),
    );
    // The other plan has no round yet: the file waits in review under that plan, never in 27-KH/TU.
    expect(r.plan?.id).toBe(p.other.id);
    expect(r.outcome).toBe('review');
    expect((await status(p)).reported.map((u) => u.code)).not.toContain('THTP');
  });

  it('a general yearly report counts only its section on the plan', async () => {
    const general = districtReport({
      issuer: ['HUYỆN ỦY GIỒNG RIỀNG', 'BAN DÂN VẬN'],
      number: 'Số 40-BC/BDVHU',
      title: ['kết quả công tác dân vận năm 2021, phương hướng, nhiệm vụ năm 2022'],
      body: [
        'I. KẾT QUẢ CÔNG TÁC DÂN VẬN NĂM 2021',
        '1. Công tác quán triệt các văn bản về công tác dân vận',
        'Tham mưu tổ chức 42 hội nghị quán triệt với 5.960 lượt cán bộ, đảng viên tham dự.',
        '2. Công tác dân vận chính quyền (theo Kế hoạch số 27-KH/TU của Ban Thường vụ Tỉnh ủy)',
        'Các cấp ủy đã tổ chức 04 hội nghị quán triệt Chỉ thị số 18-CT/TW với 385 lượt cán bộ, đảng viên tham dự; mở 01 lớp tập huấn cho 52 cán bộ.',
        '3. Công tác dân tộc, tôn giáo',
        'Vận động 1.320 đoàn viên, hội viên mới; tổ chức 9 hội nghị đối thoại.',
        'II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2022',
        'Tổ chức 20 hội nghị quán triệt.',
      ],
    });
    const r = await importFile(p, 'BC cong tac dan van 2021 - Giong Rieng.docx', await asDocx(general));
    expect(r).toMatchObject({ outcome: 'imported', unit: { code: 'HUGR' } });
    const s = await status(p);
    const row = s.matrix.find((m) => m.unit.code === 'HUGR');
    expect(row?.reportId).toBe(r.reportId);
    const figures = p.svc.db.prepare('SELECT i.key, f.value FROM report_figures f JOIN indicators i ON i.id = f.indicator_id WHERE f.report_id = ?').all(r.reportId) as { key: string; value: number }[];
    expect(Object.fromEntries(figures.map((f) => [f.key, f.value]))).toEqual({ hoi_nghi: 4, luot_tham_du: 385, tap_huan: 1 });
  });

  it('a workbook counts only its sheet about this plan', async () => {
    const head = (plan: string): string[] => ['ĐẢNG BỘ TỈNH KIÊN TRUNG', 'ĐẢNG ỦY CÔNG AN TỈNH', '*', 'Số 497-BC/ĐU', 'BÁO CÁO', `Kết quả thực hiện ${plan} năm 2021`];
    const bytes = await asWorkbook([
      { name: 'KH102', header: head('Kế hoạch số 102-KH/TU về phong trào toàn dân bảo vệ an ninh Tổ quốc'), rows: [['STT', 'Nội dung', 'Số hội nghị', 'Số lượt người tham dự'], [1, 'Tuyên truyền pháp luật', 34, 4120]] },
      { name: 'KH27', header: head('Kế hoạch số 27-KH/TU'), rows: [['STT', 'Nội dung', 'Số hội nghị', 'Số lượt người tham dự'], [1, 'Quán triệt Chỉ thị 18-CT/TW', 16, 1480]] },
    ]);
    const r = await importFile(p, 'CA tinh - 2 bieu.xlsx', bytes);
    expect(r).toMatchObject({ outcome: 'imported', unit: { code: 'DUCA' } });
    const figures = p.svc.db.prepare('SELECT i.key, f.value FROM report_figures f JOIN indicators i ON i.id = f.indicator_id WHERE f.report_id = ?').all(r.reportId) as { key: string; value: number }[];
    expect(Object.fromEntries(figures.map((f) => [f.key, f.value]))).toEqual({ hoi_nghi: 16, luot_tham_du: 1480 });
  });
});
