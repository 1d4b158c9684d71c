import { describe, expect, it } from 'vitest';
import { aboutPhrase, draftReportBody, joinNames, planReference } from '../../../electron/core/exports/report-draft';
import { PLAN, PREVIOUS_TOTALS, ROUND, STATUS, UNITS } from './fixture';

describe('draftReportBody', () => {
  const body = draftReportBody({ plan: PLAN, round: ROUND, status: STATUS, previousTotals: PREVIOUS_TOTALS });
  const all = body.flatMap((s) => [s.heading, ...s.paragraphs]).join('\n');

  it('has an unnumbered opening and the four sections in order', () => {
    expect(body.map((s) => s.heading)).toEqual([
      '',
      'TÌNH HÌNH TRIỂN KHAI VÀ BÁO CÁO CỦA CÁC ĐƠN VỊ',
      'KẾT QUẢ THỰC HIỆN',
      'ĐƠN VỊ CHƯA BÁO CÁO, BÁO CÁO CHẬM',
      'ĐỀ XUẤT, KIẾN NGHỊ',
    ]);
    expect(body[0]?.paragraphs[0]).toContain('Thực hiện Kế hoạch số 31-KH/BTGTU, ngày 15/03/2024 của Ban Tuyên giáo Tỉnh ủy về tuyên truyền');
  });

  it('counts reporting units and names the late and missing ones', () => {
    expect(all).toContain('có 6 đơn vị phải báo cáo; đến nay đã nhận được báo cáo của 5/6 đơn vị, đạt tỷ lệ 83,3%');
    expect(all).toContain('Có 4 đơn vị gửi báo cáo đúng thời hạn');
    expect(all).toContain(`1 đơn vị gửi báo cáo chậm so với thời hạn: ${UNITS.khoiDn.name}`);
    expect(all).toContain(`Còn 1 đơn vị chưa gửi báo cáo: ${UNITS.dinhQuan.name}.`);
  });

  it('summarises every item and the figure totals with the change from the previous round', () => {
    expect(all).toContain('- Tổ chức các hoạt động văn hóa, văn nghệ, thể dục thể thao chào mừng (mục II.3): 5 đơn vị được giao; 2 đơn vị đã thực hiện, 1 đơn vị đang thực hiện, 1 đơn vị chưa thực hiện (Huyện ủy Nhơn Trạch), 1 đơn vị chưa báo cáo.');
    expect(all).toContain('cán bộ, đảng viên (mục II.1): 5 đơn vị được giao; 4 đơn vị đã thực hiện, 1 đơn vị chưa báo cáo.');
    expect(all).toContain('- Tin, bài tuyên truyền: 1.450 tin, bài (tăng 250 tin, bài, tương đương 20,8% so với kỳ trước).');
    expect(all).toContain('- Cán bộ, đảng viên tham dự: 12.860 lượt người (tăng 1.360 lượt người');
  });

  it('says a narrower kind of a figure listed too as its part', () => {
    const indicators = [
      { key: 'tin_bai', name: 'Số tin, bài tuyên truyền', measure: 'tin, bài', synonyms: [] },
      { key: 'tin_bai_mang', name: 'Số tin, bài trên mạng xã hội, trang thông tin điện tử', measure: 'tin, bài', synonyms: [] },
    ];
    const draft = (list: typeof indicators): string[] =>
      draftReportBody({ plan: PLAN, round: ROUND, status: { ...STATUS, indicators: list, totals: { tin_bai: 238, tin_bai_mang: 61 } } }).flatMap((x) => x.paragraphs);
    expect(draft(indicators)).toEqual(expect.arrayContaining(['- Số tin, bài tuyên truyền: 238 tin, bài.', '+ Trong đó, tin, bài trên mạng xã hội, trang thông tin điện tử: 61 tin, bài.']));
    // Alone, it is a figure of its own.
    expect(draft(indicators.slice(1))).toContain('- Số tin, bài trên mạng xã hội, trang thông tin điện tử: 61 tin, bài.');
  });

  it('asks the missing units to report and proposes the lagging items', () => {
    expect(all).toContain('Các đơn vị chưa gửi báo cáo: Huyện ủy Định Quán. Đề nghị các đơn vị khẩn trương hoàn thành, gửi báo cáo về Ban Tuyên giáo Tỉnh ủy');
    expect(all).toContain('Huyện ủy Nhơn Trạch (mục II.3)');
    expect(all).toContain('tập trung thực hiện các nhiệm vụ còn chậm tiến độ (mục II.2, II.3).');
  });

  it('quotes units under their item and leaves out the change when there is no previous round', () => {
    const quoted = draftReportBody({
      plan: PLAN,
      round: ROUND,
      status: STATUS,
      quotes: [{ unitName: UNITS.baoDn.name, itemCode: 'II.2', text: 'Mở chuyên mục “50 năm thống nhất” với 120 tin, bài.' }],
    });
    const text = quoted.flatMap((s) => s.paragraphs).join('\n');
    expect(text).toContain('Báo Đồng Nai: “Mở chuyên mục “50 năm thống nhất” với 120 tin, bài”.');
    expect(text).not.toContain('so với kỳ trước');
  });

  it('leaves long lists of names to the appendix and quotes at most two units per item', () => {
    const many = Array.from({ length: 12 }, (_, i) => ({ code: `X${i}`, name: `Đảng ủy xã ${i}` }));
    const status = { ...STATUS, expected: [...STATUS.expected, ...many], missing: many };
    const text = draftReportBody({
      plan: PLAN,
      round: ROUND,
      status,
      quotes: [1, 2, 3].map((n) => ({ unitName: `Đơn vị ${n}`, itemCode: 'II.1', text: `Kết quả ${n}` })),
    })
      .flatMap((s) => s.paragraphs)
      .join('\n');
    expect(text).toContain('Còn 12 đơn vị chưa gửi báo cáo (danh sách tại phụ lục kèm theo).');
    expect(text).toContain('Các đơn vị chưa gửi báo cáo: Đảng ủy xã 0, Đảng ủy xã 1');
    expect(text).toContain('Đơn vị 2: “Kết quả 2”.');
    expect(text).not.toContain('Đơn vị 3');
  });

  it('names unnumbered bullets by their place in the plan, never by the app’s code', () => {
    const items = [
      { code: 'III.2.2.-1', text: 'Xây dựng kế hoạch tuyên truyền cụ thể' },
      { code: 'III.2.2.-2', text: 'Treo băng rôn, khẩu hiệu' },
    ];
    const matrix = STATUS.matrix.map((row) => ({ ...row, items: { 'III.2.2.-1': 'not_done' as const, 'III.2.2.-2': 'not_done' as const } }));
    const text = draftReportBody({ plan: PLAN, round: ROUND, status: { ...STATUS, items, matrix } })
      .flatMap((s) => s.paragraphs)
      .join('\n');
    expect(text).toContain('- Xây dựng kế hoạch tuyên truyền cụ thể (gạch đầu dòng thứ nhất của mục III.2.2): 6 đơn vị được giao');
    expect(text).toContain('(gạch đầu dòng thứ nhất, thứ hai của mục III.2.2)');
    expect(text).not.toMatch(/III\.2\.2\.-|Nhiệm vụ III/);
  });

  it('names a task titled on a line of its own by that title', () => {
    const items = [
      { code: 'II.1', text: 'Tổ chức học tập chuyên đề năm 2022\nCác huyện ủy, thành ủy tổ chức hội nghị học tập chuyên đề cho cán bộ, đảng viên.' },
      { code: 'II.2', text: 'Các huyện ủy tổ chức tuyên truyền\ntrên báo, đài.' },
    ];
    const matrix = STATUS.matrix.map((row) => ({ ...row, items: { 'II.1': 'done' as const, 'II.2': 'done' as const } }));
    const text = draftReportBody({ plan: PLAN, round: ROUND, status: { ...STATUS, items, matrix } })
      .flatMap((s) => s.paragraphs)
      .join('\n');
    expect(text).toContain('- Tổ chức học tập chuyên đề năm 2022 (mục II.1): ');
    // A line that goes on in lower case is one sentence, read whole.
    expect(text).toContain('- Các huyện ủy tổ chức tuyên truyền trên báo, đài (mục II.2): ');
  });

  it('returns NFC text even from decomposed input', () => {
    const nfd = { ...PLAN, title: PLAN.title.normalize('NFD') };
    const out = draftReportBody({ plan: nfd, round: ROUND, status: STATUS });
    for (const p of out.flatMap((s) => s.paragraphs)) expect(p).toBe(p.normalize('NFC'));
  });
});

describe('phrase helpers', () => {
  it('joins names the Vietnamese way', () => {
    expect(joinNames([])).toBe('');
    expect(joinNames(['A'])).toBe('A');
    expect(joinNames(['A', 'B', 'C'])).toBe('A, B và C');
  });
  it('turns a trích yếu into a "về …" phrase without lowering acronyms', () => {
    expect(aboutPhrase('Về công tác tuyên truyền.')).toBe('về công tác tuyên truyền');
    expect(aboutPhrase('Tuyên truyền Nghị quyết')).toBe('về tuyên truyền Nghị quyết');
    expect(aboutPhrase('HĐND và UBND')).toBe('về HĐND và UBND');
  });
  it('names the plan with the parts it has', () => {
    expect(planReference({ ...PLAN, issuedDate: null, issuer: null })).toBe('Kế hoạch số 31-KH/BTGTU');
  });
});
