// A workbook with a row per unit (a department's or a colleague's round-up) is filed as one report
// per unit it names, each traced to its row; a row naming no directory unit goes to review; the
// total row is checked, never counted. Workbooks made by exceljs and CSV text, on plan 27-KH/TU.
import { beforeEach, describe, expect, it } from 'vitest';
import { callOk } from '../helpers/service-calls';
import { asDocx, asWorkbook } from '../fixtures/reports/documents';
import { districtReport, importFile, province, status } from '../fixtures/province/province';
import type { Province } from '../fixtures/province/province';

let p: Province;
beforeEach(async () => {
  p = await province();
});

const HEADER = [
  'TỈNH ỦY KIÊN TRUNG',
  'BAN TUYÊN GIÁO',
  'Số 88-BC/BTGTU',
  'Kiên Trung, ngày 12 tháng 12 năm 2021',
  'BÁO CÁO TỔNG HỢP',
  'Kết quả thực hiện Kế hoạch số 27-KH/TU năm 2021 của các đảng bộ trực thuộc',
];
const COLUMNS = ['STT', 'Đơn vị', 'Số hội nghị', 'Số lượt người tham dự'];

/** Figures of every current report in the round, by unit code. */
async function figuresByUnit(): Promise<Record<string, Record<string, number>>> {
  const reports = await callOk(p.svc, 'reports.list', { planId: p.plan.id, roundId: p.roundId });
  return Object.fromEntries(reports.filter((r) => r.supersededBy === null).map((r) => [r.unit.code, Object.fromEntries(r.figures.map((f) => [f.indicatorKey, f.value]))]));
}

describe('a table with a row per unit', () => {
  it('counts each unit\'s website articles in its articles too, as its own report would', async () => {
    const book = await asWorkbook([
      {
        name: 'Tổng hợp',
        header: HEADER,
        rows: [
          ['STT', 'Đơn vị', 'Số tin, bài', 'Số tin, bài trên trang thông tin điện tử'],
          ['1', 'Huyện ủy Hòn Đất', 20, 8],
          ['2', 'Giồng Riềng', 10, 0],
          ['', 'Tổng cộng', 30, 8],
        ],
      },
    ]);
    const r = await importFile(p, 'Tong hop tin bai.xlsx', book);
    expect(r, r.error?.message).toMatchObject({ outcome: 'imported', error: null });
    expect(await figuresByUnit()).toEqual({
      HUHD: { tin_bai: 28, tin_bai_mang: 8 },
      HUGR: { tin_bai: 10, tin_bai_mang: 0 },
    });
  });

  it('files one report per unit it names, short names too, each traced to its row; the total row is not a unit', async () => {
    const book = await asWorkbook([
      {
        name: 'Tổng hợp',
        header: HEADER,
        rows: [
          COLUMNS,
          ['1', 'Huyện ủy Hòn Đất', 12, 1450],
          ['2', 'Giồng Riềng', 6, 1240],
          ['3', 'TP. Trung Phố', 9, 980],
          ['4', 'Công an tỉnh', 3, 410],
          ['', 'Tổng cộng', 30, 4080],
        ],
      },
    ]);
    const r = await importFile(p, 'Tong hop BTG.xlsx', book);
    expect(r, r.error?.message).toMatchObject({ outcome: 'imported', error: null });
    expect(r.rows?.map((x) => [x.unit?.code, x.outcome, x.source])).toEqual([
      ['HUHD', 'imported', 'Tổng hợp!B9'],
      ['HUGR', 'imported', 'Tổng hợp!B10'],
      ['THTP', 'imported', 'Tổng hợp!B11'],
      ['DUCA', 'imported', 'Tổng hợp!B12'],
    ]);
    expect(await figuresByUnit()).toEqual({
      HUHD: { hoi_nghi: 12, luot_tham_du: 1450 },
      HUGR: { hoi_nghi: 6, luot_tham_du: 1240 },
      THTP: { hoi_nghi: 9, luot_tham_du: 980 },
      DUCA: { hoi_nghi: 3, luot_tham_du: 410 },
    });
    // The sender is no reporting unit here, and the round's totals are the rows', not the total row added in.
    const s = await status(p);
    expect(s.units.filter((u) => u.reportId !== null).map((u) => u.unit.code).sort()).toEqual(['DUCA', 'HUGR', 'HUHD', 'THTP']);
    expect(s.totals.hoi_nghi).toBe(30);
    const reports = await callOk(p.svc, 'reports.list', { planId: p.plan.id, roundId: p.roundId });
    expect(reports.find((x) => x.unit.code === 'HUGR')).toMatchObject({ sourceRow: 'Tổng hợp!B10', reportNumber: '88-BC/BTGTU', reportDate: '2021-12-12' });
  });

  it('sends a row naming no directory unit to review with its figures, files the others, and notes a total that does not add up', async () => {
    const book = await asWorkbook([
      {
        name: 'BC',
        header: HEADER,
        rows: [COLUMNS, ['1', 'Huyện ủy Hòn Đất', 12, 1450], ['2', 'Huyện ủy Giồng Riềng', 6, 1240], ['3', 'Huyện ủy Kiên Lương', 4, 300], ['', 'Tổng cộng', 25, 2990]],
      },
    ]);
    const r = await importFile(p, 'Tong hop 3 huyen.xlsx', book);
    expect(r.outcome).toBe('review');
    expect(r.error?.message).toContain('"Huyện ủy Kiên Lương"');
    expect(r.rows?.map((x) => x.outcome)).toEqual(['imported', 'imported', 'review']);
    const reviews = await callOk(p.svc, 'reviews.list', {});
    expect(reviews).toHaveLength(1);
    expect(reviews[0]).toMatchObject({ sourceRow: 'BC!B11', unitCode: null, figures: [expect.objectContaining({ indicatorKey: 'hoi_nghi', value: 4 }), expect.objectContaining({ indicatorKey: 'luot_tham_du', value: 300 })] });
    expect(reviews[0]?.reason).toContain('Dòng BC!B11');
    // 12 + 6 + 4 = 22, not 25: every unit's report carries the note; nobody's figure is changed.
    const reports = await callOk(p.svc, 'reports.list', { planId: p.plan.id, roundId: p.roundId });
    expect(reports).toHaveLength(2);
    for (const rep of reports) expect(rep.notes.find((n) => n.code === 'TOTAL_MISMATCH')?.message).toMatch(/ghi 25 .* được 22/u);
    expect((await figuresByUnit()).HUHD).toEqual({ hoi_nghi: 12, luot_tham_du: 1450 });

    // A person places the row: it becomes that unit's report, from the same file and row.
    await callOk(p.svc, 'units.save', { code: 'HUKL', name: 'Huyện ủy Kiên Lương', kind: 'Huyện ủy', parentCode: null, aliases: [], validFrom: null, validTo: null, mergedInto: null });
    const item = reviews[0]!;
    const accepted = await callOk(p.svc, 'reviews.accept', {
      id: item.id,
      unitCode: 'HUKL',
      planId: p.plan.id,
      roundId: p.roundId,
      reportDate: item.reportDate,
      receivedAt: item.receivedAt,
      entries: [],
      figures: item.figures,
    });
    expect(accepted.outcome).toBe('imported');
    expect((await figuresByUnit()).HUKL).toEqual({ hoi_nghi: 4, luot_tham_du: 300 });
  });

  it('the same table again is a duplicate; a corrected table supersedes each unit\'s row', async () => {
    const rows = (hd: number): (string | number)[][] => [COLUMNS, ['1', 'Hòn Đất', hd, 1450], ['2', 'Bắc Hòn Đất', 5, 700]];
    const first = await asWorkbook([{ name: 'BC', header: HEADER, rows: rows(12) }]);
    expect((await importFile(p, 'tong hop.xlsx', first)).outcome).toBe('imported');
    const again = await importFile(p, 'tong hop (1).xlsx', first);
    expect(again.outcome).toBe('duplicate');
    const corrected = await asWorkbook([{ name: 'BC', header: HEADER.map((h) => h.replace('88-BC', '91-BC').replace('ngày 12', 'ngày 14')), rows: rows(13) }]);
    const r = await importFile(p, 'tong hop - sua.xlsx', corrected);
    expect(r.rows?.map((x) => x.outcome)).toEqual(['superseded', 'superseded']);
    expect(await figuresByUnit()).toEqual({ HUHD: { hoi_nghi: 13, luot_tham_du: 1450 }, HUBHD: { hoi_nghi: 5, luot_tham_du: 700 } });
  });

  it('reads the same table saved as CSV', async () => {
    const csv = [...HEADER, COLUMNS.join(';'), '1;Huyện ủy Hòn Đất;12;1.450', '2;Huyện ủy Giồng Riềng;6;1.240', ';Tổng cộng;18;2.690'].join('\r\n');
    const r = await importFile(p, 'tong hop.csv', Buffer.from(csv, 'utf8'));
    expect(r, r.error?.message).toMatchObject({ outcome: 'imported' });
    expect(await figuresByUnit()).toEqual({ HUHD: { hoi_nghi: 12, luot_tham_du: 1450 }, HUGR: { hoi_nghi: 6, luot_tham_du: 1240 } });
  });

  it('a unit\'s own report, with a table of its communes, stays that unit\'s one report', async () => {
    const r = await importFile(
      p,
      'HU Hon Dat.docx',
      await asDocx(districtReport({ body: [...districtReport().body.slice(0, 5), [COLUMNS, ['1', 'Xã Mỹ Lâm', '5', '600'], ['2', 'Xã Sơn Kiên', '7', '850'], ['', 'Tổng cộng', '12', '1.450']], ...districtReport().body.slice(5)] })),
    );
    expect(r).toMatchObject({ outcome: 'imported', unit: { code: 'HUHD' } });
    expect(r.rows).toBeUndefined();
  });
});
