// Deadline and recurrence wording.
import { describe, expect, it } from 'vitest';
import { findDeadline, findDeadlines } from '../../../electron/core/plans/extract/deadlines';

describe('findDeadline', () => {
  it.each([
    ['xây dựng kế hoạch quán triệt trong quý II năm 2019.', 'quý II năm 2019', '2019-06-30'],
    ['Trong quý III/2023, các đơn vị tổ chức hội nghị.', 'quý III/2023', '2023-09-30'],
    ['hoàn thành trong Quý IV năm 2024', 'Quý IV năm 2024', '2024-12-31'],
    ['hoàn thành trong quý 1/2025', 'quý 1/2025', '2025-03-31'],
    ['gửi báo cáo trước ngày 01/10/2023.', 'trước ngày 01/10/2023', '2023-10-01'],
    ['báo cáo chậm nhất ngày 15 tháng 12 năm 2019', 'chậm nhất ngày 15 tháng 12 năm 2019', '2019-12-15'],
    ['gửi về trước 30/6/2024', 'trước 30/6/2024', '2024-06-30'],
    ['tổ chức trong tháng 12/2019', 'tháng 12/2019', '2019-12-31'],
    ['hoàn thành trong tháng 02 năm 2020', 'tháng 02 năm 2020', '2020-02-29'],
    ['hoàn thành trong 6 tháng đầu năm 2023', '6 tháng đầu năm 2023', '2023-06-30'],
    ['hoàn thành trong năm 2019', 'trong năm 2019', '2019-12-31'],
  ])('%s', (text, words, date) => {
    expect(findDeadline(text)).toEqual({ text: words, date, recurrence: 'once' });
  });

  it.each([
    ['lồng ghép trong báo cáo định kỳ 6 tháng, năm của Đảng bộ', 'half-yearly-and-yearly'],
    ['định kỳ 6 tháng và hằng năm báo cáo', 'half-yearly-and-yearly'],
    ['sơ kết 6 tháng, tổng kết năm', 'half-yearly-and-yearly'],
    ['báo cáo định kỳ 6 tháng (trước ngày 15/6) và năm (trước ngày 15/11)', 'half-yearly-and-yearly'],
    ['hàng năm tổng kết, đánh giá, báo cáo Ban Thường vụ', 'yearly'],
    ['báo cáo hằng năm', 'yearly'],
    ['báo cáo kết quả hằng quý', 'quarterly'],
    ['định kỳ hằng tháng tổng hợp', 'monthly'],
    ['báo cáo định kỳ 6 tháng một lần', 'half-yearly'],
  ])('%s → %s', (text, recurrence) => {
    expect(findDeadline(text)).toMatchObject({ date: null, recurrence });
  });

  it('does not take a cited document date for a deadline', () => {
    expect(findDeadline('Thực hiện Chỉ thị số 32-CT/TW, ngày 18/02/2019 của Bộ Chính trị')).toBeNull();
    expect(findDeadline('Hướng dẫn số 91-HD/BTGTW, ngày 22 tháng 4 năm 2019 của Ban Tuyên giáo')).toBeNull();
    expect(findDeadline('nâng tầm đối ngoại đa phương đến năm 2030')).toBeNull();
    expect(findDeadline('định kỳ báo cáo Ban Thường vụ Tỉnh ủy theo quy định')).toBeNull();
    expect(findDeadline('phù hợp quy định của Đảng')).toBeNull();
  });

  it('uses the plan year for a date written without one, unless it recurs', () => {
    expect(findDeadline('báo cáo trước ngày 15/12', 2023)).toMatchObject({ date: '2023-12-15', recurrence: 'once' });
    expect(findDeadline('báo cáo trước ngày 15/12', null)).toBeNull();
    expect(findDeadline('hằng năm báo cáo trước ngày 15/12', 2023)).toMatchObject({ date: null, recurrence: 'yearly' });
  });

  it('dates a recurrence by the days in its own brackets, and keeps them in its words', () => {
    const text = 'báo cáo kết quả 6 tháng (trước ngày 15/6/2022) và năm (trước ngày 15/11/2022) về Ban Thường vụ Tỉnh ủy.';
    expect(findDeadlines(text)).toEqual([
      { text: '6 tháng (trước ngày 15/6/2022) và năm (trước ngày 15/11/2022)', date: '2022-06-15', recurrence: 'half-yearly-and-yearly' },
    ]);
  });

  it('reads "báo cáo quý" as a quarterly cycle, not "báo cáo quý I"', () => {
    expect(findDeadlines('báo cáo quý trước ngày 25 tháng cuối quý').map((d) => d.recurrence)).toEqual(['quarterly']);
    expect(findDeadlines('gửi báo cáo quý I năm 2025').map((d) => d.recurrence)).toEqual(['once']);
  });

  it('reads a half-year and a year each with its own day after a cue', () => {
    const text = 'báo cáo sơ kết 6 tháng trước ngày 20/6/2024 và báo cáo tổng kết năm trước ngày 25/11/2024 (qua Ban Tổ chức Tỉnh ủy).';
    expect(findDeadlines(text)).toEqual([
      {
        text: '6 tháng trước ngày 20/6/2024 và báo cáo tổng kết năm trước ngày 25/11/2024',
        date: '2024-06-20',
        recurrence: 'half-yearly-and-yearly',
      },
    ]);
  });

  it('prefers a dated deadline to a recurrence and lists both', () => {
    const text = 'báo cáo định kỳ 6 tháng, năm; riêng báo cáo sơ kết gửi trước ngày 15/11/2023.';
    expect(findDeadline(text)).toMatchObject({ date: '2023-11-15' });
    expect(findDeadlines(text).map((d) => d.recurrence)).toEqual(['half-yearly-and-yearly', 'once']);
  });
});
