// Reporting rounds from the reporting regime, and indicators from what tasks mention.
import { describe, expect, it } from 'vitest';
import type { PlanItem } from '../../../shared/domain';
import { extractPlan } from '../../../electron/core/plans/extract';
import { proposeIndicators } from '../../../electron/core/plans/extract/indicators';
import { proposeRounds } from '../../../electron/core/plans/extract/rounds';
import { figureRow } from '../../../electron/core/plans/extract/figure-table';
import { findDeadlines } from '../../../electron/core/plans/extract/deadlines';

function task(text: string, deadline: PlanItem['deadline']): PlanItem {
  return { code: '1', parentCode: null, level: 0, kind: 'task', text, assignees: [], deadline, flags: [] };
}

describe('proposeRounds', () => {
  const halfAndYear = task('báo cáo định kỳ 6 tháng, năm', { text: 'định kỳ 6 tháng, năm', date: null, recurrence: 'half-yearly-and-yearly' });

  it('gives the half-year and the year of the plan without an issue date', () => {
    expect(proposeRounds([halfAndYear], null, 'Kế hoạch ngày 10/01/2024')).toEqual([
      { label: '6 tháng đầu năm 2024', periodFrom: '2024-01-01', periodTo: '2024-06-30', dueDate: '2024-06-15' },
      { label: 'Năm 2024', periodFrom: '2024-01-01', periodTo: '2024-12-31', dueDate: '2024-12-15' },
    ]);
  });

  it('gives the rounds due in the year after the issue date', () => {
    expect(proposeRounds([halfAndYear], '2019-07-08', '').map((r) => r.label)).toEqual(['Năm 2019', '6 tháng đầu năm 2020']);
    expect(proposeRounds([halfAndYear], '2024-01-05', '').map((r) => r.label)).toEqual(['6 tháng đầu năm 2024', 'Năm 2024']);
  });

  it('gives the half-year and the year on the days the plan names for each', () => {
    const text = 'Các huyện ủy báo cáo sơ kết 6 tháng trước ngày 20/6/2024 và báo cáo tổng kết năm trước ngày 25/11/2024.';
    const [deadline] = findDeadlines(text);
    expect(proposeRounds([task(text, deadline ?? null)], '2024-01-10', text).map((r) => [r.label, r.dueDate])).toEqual([
      ['6 tháng đầu năm 2024', '2024-06-20'],
      ['Năm 2024', '2024-11-25'],
    ]);
  });

  it('dues every period on the day of its last month the plan names, and reads a quarterly cycle from a clause', () => {
    const everyQuarter = 'Các huyện ủy báo cáo kết quả định kỳ hằng quý (trước ngày 20 của tháng cuối quý) về Ban Thường vụ Tỉnh ủy.';
    expect(proposeRounds([task(everyQuarter, findDeadlines(everyQuarter)[0] ?? null)], '2025-01-05', everyQuarter).map((r) => r.dueDate)).toEqual([
      '2025-03-20',
      '2025-06-20',
      '2025-09-20',
      '2025-12-20',
    ]);
    // The task's deadline is the year's date; its first clause reports every quarter.
    const both = 'Các huyện ủy báo cáo quý trước ngày 25 tháng cuối quý; báo cáo năm trước ngày 10/12/2025.';
    expect(proposeRounds([task(both, findDeadlines(both, 2025).find((d) => d.date) ?? null)], '2025-01-05', both).map((r) => [r.label, r.dueDate])).toEqual([
      ['Quý I năm 2025', '2025-03-25'],
      ['Quý II năm 2025', '2025-06-25'],
      ['Quý III năm 2025', '2025-09-25'],
      ['Quý IV năm 2025', '2025-12-10'],
    ]);
  });

  it('reads report days written in words or in brackets after the cycle, and a half-year named "6 tháng đầu năm"', () => {
    const rounds = (text: string) => {
      const deadlines = findDeadlines(text, 2025);
      return proposeRounds([task(text, deadlines.find((d) => d.recurrence !== 'once') ?? deadlines[0] ?? null)], '2025-01-05', text).map((r) => [r.label, r.dueDate]);
    };
    expect(rounds('Các huyện ủy báo cáo kết quả về Ban Thường vụ Tỉnh ủy trước ngày 15 tháng 11 hằng năm.')).toEqual([['Năm 2025', '2025-11-15']]);
    expect(rounds('Các huyện ủy báo cáo định kỳ hằng tháng (trước ngày 25).').slice(0, 2)).toEqual([
      ['Tháng 1/2025', '2025-01-25'],
      ['Tháng 2/2025', '2025-02-25'],
    ]);
    expect(rounds('Các huyện ủy báo cáo kết quả 6 tháng đầu năm trước ngày 15/6/2025 và báo cáo cả năm trước ngày 30/11/2025.')).toEqual([
      ['6 tháng đầu năm 2025', '2025-06-15'],
      ['Năm 2025', '2025-11-30'],
    ]);
  });

  it('makes a round of every day a task\'s reporting clauses name, one after the other', () => {
    const text = 'Các huyện ủy báo cáo kết quả quý I trước ngày 20/3/2025, quý II trước ngày 20/6/2025.';
    expect(proposeRounds([task(text, findDeadlines(text, 2025)[0] ?? null)], '2025-01-05', text).map((r) => [r.periodFrom, r.dueDate])).toEqual([
      ['2025-01-05', '2025-03-20'],
      ['2025-03-21', '2025-06-20'],
    ]);
    // The office's own day to sum up is no day units report by.
    const office = 'Ban Tuyên giáo tổng hợp báo cáo Ban Thường vụ trước ngày 30/6/2025; các huyện ủy báo cáo trước ngày 20/6/2025.';
    expect(proposeRounds([task(office, findDeadlines(office, 2025)[0] ?? null)], '2025-01-05', office).map((r) => r.dueDate)).toEqual(['2025-06-20']);
  });

  it('makes quarterly rounds due on the 15th of each quarter-end month', () => {
    const quarterly = task('báo cáo hằng quý', { text: 'hằng quý', date: null, recurrence: 'quarterly' });
    expect(proposeRounds([quarterly], '2026-01-10', '').map((r) => [r.label, r.dueDate])).toEqual([
      ['Quý I năm 2026', '2026-03-15'],
      ['Quý II năm 2026', '2026-06-15'],
      ['Quý III năm 2026', '2026-09-15'],
      ['Quý IV năm 2026', '2026-12-15'],
    ]);
  });

  it('ignores a recurrence that is work rather than reporting', () => {
    const meetings = task('tổ chức hội nghị báo cáo viên hằng tháng', { text: 'hằng tháng', date: null, recurrence: 'monthly' });
    expect(proposeRounds([meetings], '2026-01-10', '')).toEqual([]);
  });

  it('makes one round from a one-off deadline', () => {
    const once = task('Cấp ủy các cấp quán triệt trong quý II năm 2019', { text: 'quý II năm 2019', date: '2019-06-30', recurrence: 'once' });
    expect(proposeRounds([once], null, '')).toEqual([{ label: 'Báo cáo kết quả (hạn 30/06/2019)', periodFrom: null, periodTo: '2019-06-30', dueDate: '2019-06-30' }]);
  });

  it('proposes nothing when the plan states no regime and no deadline', () => {
    expect(proposeRounds([task('Các huyện ủy tuyên truyền.', null)], '2024-01-01', '')).toEqual([]);
  });
});

describe('proposeIndicators', () => {
  const keys = (text: string): string[] => proposeIndicators([task(text, null)]).map((i) => i.key);

  it('proposes a figure only when its subject is mentioned', () => {
    expect(keys('Tổ chức hội nghị quán triệt cho cán bộ, đảng viên')).toEqual(['hoi_nghi', 'luot_tham_du']);
    expect(keys('Các cơ quan thông tin đại chúng mở chuyên trang, chuyên mục, đăng tải tin, bài')).toEqual(['tin_bai', 'chuyen_muc']);
    expect(keys('Tổ chức các buổi tuyên truyền miệng tại khu dân cư')).toEqual(['buoi_tuyen_truyen']);
    expect(keys('Rà soát, bổ sung quy chế phối hợp')).toEqual([]);
    expect(keys('Ủy ban MTTQ tỉnh vận động Nhân dân ủng hộ Quỹ "Vì người nghèo"')).toEqual(['tien_ung_ho']);
  });

  it('carries a name, a measure and synonyms for each', () => {
    const [hoiNghi] = proposeIndicators([task('hội nghị quán triệt', null)]);
    expect(hoiNghi).toMatchObject({ key: 'hoi_nghi', name: 'Số hội nghị, lớp quán triệt', measure: 'hội nghị' });
    expect(hoiNghi?.synonyms).toContain('lớp quán triệt');
  });

  it('reads only tasks, not the purpose and requirements', () => {
    const draft = extractPlan(`I. MỤC ĐÍCH, YÊU CẦU
1. Đăng tải tin, bài trên báo chí.
II. NHIỆM VỤ
1. Các huyện ủy tổ chức hội nghị quán triệt.`);
    expect(draft.indicators.map((i) => i.key)).toEqual(['hoi_nghi']);
  });

  it('takes a table with a unit-of-measure column for the plan\'s figures, and one with units for its tasks', () => {
    const draft = extractPlan(`KẾ HOẠCH
tuyên truyền năm 2024
I. NHIỆM VỤ
| STT | Nội dung công việc | Đơn vị thực hiện | Thời gian |
|---|---|---|---|
| 1 | Tổ chức hội nghị quán triệt | Các huyện ủy | Quý II/2024 |
II. SỐ LIỆU BÁO CÁO
| STT | Nội dung công việc | Đơn vị tính | Số lượng |
|---|---|---|---|
| 1 | Hội nghị quán triệt | Hội nghị | |
| 2 | Mô hình được xây dựng | Mô hình | |
| 3 | Tỷ lệ cán bộ tham dự | % | |`);
    expect(draft.items.filter((i) => i.kind === 'task').map((i) => i.text)).toEqual(['Tổ chức hội nghị quán triệt']);
    expect(draft.indicators.map((i) => [i.key, i.name, i.measure])).toEqual([
      ['hoi_nghi', 'Số hội nghị quán triệt', 'hội nghị'],
      ['so_mo_hinh_duoc_xay_dung', 'Số mô hình được xây dựng', 'mô hình'],
    ]);
  });
});

describe('figures a plan without a table aims at in its targets', () => {
  const plan = `KẾ HOẠCH
thực hiện phong trào thi đua "Dân vận khéo" năm 2022
I. CHỈ TIÊU
1. Phấn đấu trong năm 2022 kết nạp 150 đảng viên mới trở lên; 100% chi bộ sinh hoạt chuyên đề.
2. Mỗi đảng ủy xã thành lập mới ít nhất 02 mô hình "Dân vận khéo"; toàn huyện có 40 mô hình điển hình trở lên.
3. Mở 03 lớp bồi dưỡng công tác dân vận cho 200 cán bộ.
II. NHIỆM VỤ
1. Các đảng ủy xã xây dựng kế hoạch thực hiện, báo cáo kết quả trước ngày 10/12/2022.`;

  it('makes a figure of each count a target aims at, named by what is done to what it counts', () => {
    const draft = extractPlan(plan);
    const own = draft.indicators.filter((i) => i.key.startsWith('so_'));
    expect(own.map((i) => [i.name, i.measure])).toEqual([
      ['Số đảng viên mới được kết nạp', 'đảng viên'],
      ['Số mô hình dân vận khéo được thành lập mới', 'mô hình'],
      ['Số mô hình điển hình', 'mô hình'],
    ]);
    // The target's own words are how reports say it.
    expect(own[0]?.synonyms).toEqual(['kết nạp đảng viên mới']);
  });

  it('counts a kind the catalogue knows as the catalogue does, and no share, year or people of another count', () => {
    const keys = extractPlan(plan).indicators.map((i) => i.key);
    expect(keys).toContain('tap_huan');
    expect(keys.filter((k) => /can_bo|chi_bo|2022/u.test(k))).toEqual([]);
  });

  it('reads no target from a plan that states none', () => {
    const draft = extractPlan(`KẾ HOẠCH
tuyên truyền năm 2024
II. NHIỆM VỤ
1. Các huyện ủy tổ chức 02 hội nghị quán triệt trước ngày 30/6/2024.`);
    expect(draft.indicators.map((i) => i.key)).toEqual(['hoi_nghi']);
  });
});

describe('figureRow', () => {
  const cols = { name: 1, measure: 2 };

  it('takes the measure from brackets closing the name when its cell is empty', () => {
    expect(figureRow(['1', 'Số tiền ủng hộ Quỹ "Vì người nghèo" (triệu đồng)', ''], cols)).toEqual({ name: 'Số tiền ủng hộ Quỹ "Vì người nghèo"', measure: 'triệu đồng' });
    expect(figureRow(['2', 'Nhà Đại đoàn kết (căn)', ''], cols)).toEqual({ name: 'Nhà Đại đoàn kết', measure: 'căn' });
    expect(figureRow(['3', 'Hội nghị (cuộc)', 'Hội nghị'], cols)).toEqual({ name: 'Hội nghị (cuộc)', measure: 'Hội nghị' });
  });

  it('leaves a group row or a note in brackets alone', () => {
    expect(figureRow(['I', 'CÔNG TÁC TUYÊN TRUYỀN', ''], cols)).toBeNull();
    expect(figureRow(['4', 'Chỉ tiêu khác (nếu có)', ''], cols)).toBeNull();
  });
});
