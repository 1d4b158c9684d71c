// What a figure is, and one report in many files: each rule on files the test writes, imported
// through the service, checked in the round's status as the specialist and the exported report see it.
import { beforeAll, describe, expect, it } from 'vitest';
import type { StatusResult } from '../../shared/domain';
import { asDocx, asPdf, asWorkbook, asXls } from '../fixtures/reports/documents';
import { districtReport, importFile, province, status } from '../fixtures/province/province';
import type { Province } from '../fixtures/province/province';
import { callOk } from '../helpers/service-calls';

let p: Province;
let s: StatusResult;
const outcomes = new Map<string, string>();

const own = (reportId: number | null): Record<string, number> =>
  Object.fromEntries(
    (p.svc.db.prepare('SELECT i.key, f.value FROM report_figures f JOIN indicators i ON i.id = f.indicator_id WHERE f.report_id = ?').all(reportId) as { key: string; value: number }[]).map((f) => [f.key, f.value]),
  );

const hdBody = districtReport();
const bacHonDat = (totalRow: number) => [
  { name: 'BC DV 2021', header: ['ĐẢNG BỘ TỈNH KIÊN TRUNG', 'HUYỆN ỦY BẮC HÒN ĐẤT', '*', 'Số 95-BC/HU', 'BÁO CÁO', 'Kết quả thực hiện Kế hoạch số 27-KH/TU năm 2021'], rows: [
    ['STT', 'Mục KH', 'Nội dung', 'Tình trạng', 'Số hội nghị', 'Số lượt người tham dự', 'Số đoàn ra, đoàn vào'],
    [1, 'II.1', 'Hội nghị quán triệt ở huyện', 'Đã thực hiện', 3, 520, null],
    [2, 'II.1', 'Hội nghị quán triệt ở cơ sở', 'Đã thực hiện', 14, 1620, null],
    [3, 'II.4', 'Đối thoại với Nhân dân; giao lưu với huyện kết nghĩa', 'Đang thực hiện', null, null, 2],
    ['Tổng cộng', null, null, null, 17, totalRow, 2],
  ] },
];

beforeAll(async () => {
  p = await province();
  const files: [string, Buffer, string][] = [
    // Hòn Đất: its Word report, then the signed PDF of the same text, then the same file again.
    ['BC DV 2021 - HU Hon Dat.docx', await asDocx(hdBody), '2021-12-08'],
    ['Hon Dat - ban ky so.pdf', await asPdf(hdBody), '2021-12-09'],
    ['HU Hon Dat gui lai.docx', await asDocx(hdBody), '2021-12-10'],
    // Bắc Hòn Đất: a workbook whose "Tổng cộng" does not add up (2.410 for rows of 2.140), and its .xls re-save.
    ['Bac Hon Dat - so lieu.xlsx', await asWorkbook(bacHonDat(2410)), '2021-12-10'],
    ['Bac Hon Dat - so lieu.xls', asXls(await asWorkbook(bacHonDat(2410))), '2021-12-11'],
    // Giồng Riềng: a report, then its revision that says it replaces it.
    ['Giong Rieng - BC.docx', await asDocx(districtReport({ issuer: ['ĐẢNG BỘ TỈNH KIÊN TRUNG', 'HUYỆN ỦY GIỒNG RIỀNG'], number: 'Số 80-BC/HU', placeDate: 'Giồng Riềng, ngày 05 tháng 12 năm 2021', body: ['II. KẾT QUẢ', 'Tổ chức 21 hội nghị quán triệt với 2.650 lượt cán bộ, đảng viên tham dự.', 'Do dịch bệnh, huyện không tổ chức đoàn ra và không đón đoàn vào.'] })), '2021-12-05'],
    ['Giong Rieng - BC bo sung.docx', await asDocx(districtReport({ issuer: ['ĐẢNG BỘ TỈNH KIÊN TRUNG', 'HUYỆN ỦY GIỒNG RIỀNG'], number: 'Số 84-BC/HU', placeDate: 'Giồng Riềng, ngày 11 tháng 12 năm 2021', title: ['bổ sung, điều chỉnh kết quả thực hiện Kế hoạch số 27-KH/TU năm 2021'], body: ['Báo cáo này thay thế Báo cáo số 80-BC/HU ngày 05/12/2021.', 'II. KẾT QUẢ', 'Tổ chức 23 hội nghị quán triệt với 2.915 lượt cán bộ, đảng viên tham dự; tổng số đoàn ra, đoàn vào trong năm là 01 đoàn.', 'Số liệu điều chỉnh: tăng 02 hội nghị với 265 lượt người.'] })), '2021-12-11'],
    // Khối: an older report sent after the newer one must not replace it.
    ['DUK - BC moi.docx', await asDocx(districtReport({ issuer: ['ĐẢNG BỘ TỈNH KIÊN TRUNG', 'ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH'], number: 'Số 60-BC/ĐUK', placeDate: 'Trung Phố, ngày 12 tháng 12 năm 2021', body: ['II. KẾT QUẢ', 'Tổ chức 9 hội nghị quán triệt với 700 lượt đảng viên tham dự.'] })), '2021-12-12'],
    ['DUK - BC cu.docx', await asDocx(districtReport({ issuer: ['ĐẢNG BỘ TỈNH KIÊN TRUNG', 'ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH'], number: 'Số 52-BC/ĐUK', placeDate: 'Trung Phố, ngày 01 tháng 12 năm 2021', body: ['II. KẾT QUẢ', 'Tổ chức 7 hội nghị quán triệt với 500 lượt đảng viên tham dự.'] })), '2021-12-13'],
  ];
  for (const [name, bytes, day] of files) {
    const r = await importFile(p, name, bytes, day);
    outcomes.set(name, r.outcome);
  }
  s = await status(p);
});

describe('what a figure is', () => {
  it('the figure before "trong đó", never its parts, context numbers, times or targets', () => {
    const hd = s.matrix.find((m) => m.unit.code === 'HUHD');
    // The plan counts news items twice over, "Số tin, bài tuyên truyền" and "… trên trang thông tin
    // điện tử"; "Trang thông tin điện tử huyện đăng 35 tin, bài" says which — and the website's
    // articles are articles too: the wider figure counts them.
    expect(own(hd?.reportId ?? null)).toEqual({ hoi_nghi: 12, luot_tham_du: 1450, tin_bai: 35, tin_bai_mang: 35, tap_huan: 2 });
  });

  it('a "Tổng cộng" row is the unit\'s figure; rows that do not add up are a warning with both numbers and both cells', () => {
    const bhd = s.matrix.find((m) => m.unit.code === 'HUBHD');
    expect(own(bhd?.reportId ?? null)).toMatchObject({ hoi_nghi: 17, luot_tham_du: 2410 });
    const w = s.warnings.find((x) => x.code === 'TOTAL_MISMATCH' && x.unit?.code === 'HUBHD');
    expect(w?.message).toContain('2.410');
    expect(w?.message).toContain('2.140');
    expect(w?.source).toMatch(/F\d+; .*F\d+:F\d+/u);
    // Not a reason to hold the report: it is counted.
    expect(s.reported.map((u) => u.code)).toContain('HUBHD');
  });

  it('figures the plan does not name are kept as "số liệu khác", summed and labelled', () => {
    const ind = s.indicators.find((i) => i.key === 'doan_ra_vao');
    expect(ind).toMatchObject({ name: 'Số đoàn ra, đoàn vào', origin: 'reports' });
    // Bắc Hòn Đất 2 + Giồng Riềng's revision 1.
    expect(s.totals.doan_ra_vao).toBe(3);
  });

  it('the specialist adopts such a figure as the plan\'s own in one action', async () => {
    await callOk(p.svc, 'plans.adoptIndicator', { planId: p.plan.id, key: 'doan_ra_vao' });
    const after = await status(p);
    expect(after.indicators.find((i) => i.key === 'doan_ra_vao')?.origin).toBeUndefined();
    expect(after.totals.doan_ra_vao).toBe(3);
  });
});

describe('one report, many copies', () => {
  it('the signed PDF of a Word report, and the same file again, are duplicates kept beside it', () => {
    expect(outcomes.get('BC DV 2021 - HU Hon Dat.docx')).toBe('imported');
    expect(outcomes.get('Hon Dat - ban ky so.pdf')).toBe('duplicate');
    expect(outcomes.get('HU Hon Dat gui lai.docx')).toBe('duplicate');
    const copies = p.svc.db.prepare("SELECT f.original_name FROM report_copies c JOIN stored_files f ON f.sha256 = c.file_sha").all() as { original_name: string }[];
    expect(copies.map((c) => c.original_name)).toContain('Hon Dat - ban ky so.pdf');
  });

  it('an .xls re-save of a workbook is a duplicate', () => {
    expect(outcomes.get('Bac Hon Dat - so lieu.xls')).toBe('duplicate');
  });

  it('a revision that says it replaces the report supersedes it; its "tăng 02" is no figure', () => {
    expect(outcomes.get('Giong Rieng - BC bo sung.docx')).toBe('superseded');
    const gr = s.matrix.find((m) => m.unit.code === 'HUGR');
    expect(own(gr?.reportId ?? null)).toEqual({ hoi_nghi: 23, luot_tham_du: 2915, doan_ra_vao: 1 });
  });

  it('an older report sent after a newer one is kept in history, not counted', () => {
    const duk = s.matrix.find((m) => m.unit.code === 'DUK');
    expect(own(duk?.reportId ?? null)).toEqual({ hoi_nghi: 9, luot_tham_du: 700 });
  });

  it('the round adds each unit once', () => {
    expect(s.totals.hoi_nghi).toBe(12 + 17 + 23 + 9);
    expect(s.totals.luot_tham_du).toBe(1450 + 2410 + 2915 + 700);
  });
});
