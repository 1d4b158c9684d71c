// The pure rules that decide what in a report's prose is a figure of the plan, where in the report
// it counts, and who sent it — on sentences as units write them.
import { describe, expect, it } from 'vitest';
import type { Indicator, Plan, Unit } from '../../../shared/domain';
import { detectUnit } from '../../../electron/core/imports/readers/detect-unit';
import { readHeaderBlock } from '../../../electron/core/imports/readers/header-block';
import { readingTerms } from '../../../electron/core/imports/readers/indicator-match';
import { replacedReports } from '../../../electron/core/imports/readers/detect-report';
import { periodsIn } from '../../../electron/core/imports/readers/periods';
import { chooseFigures, figuresInText } from '../../../electron/core/imports/readers/prose-figures';
import { sectionKind, sectionsOf } from '../../../electron/core/imports/readers/sections';

const INDICATORS: Indicator[] = [
  { key: 'hoi_nghi', name: 'Số hội nghị quán triệt', measure: 'hội nghị', synonyms: [] },
  { key: 'luot_tham_du', name: 'Số lượt người tham dự', measure: 'lượt người', synonyms: ['lượt cán bộ, đảng viên'] },
  { key: 'tin_bai', name: 'Số tin, bài', measure: 'tin, bài', synonyms: [] },
  { key: 'tap_huan', name: 'Số lớp tập huấn, bồi dưỡng', measure: 'lớp', synonyms: ['lớp tập huấn', 'lớp bồi dưỡng'] },
  { key: 'kiem_tra', name: 'Số cuộc kiểm tra, giám sát', measure: 'cuộc', synonyms: ['cuộc kiểm tra'] },
];
const terms = readingTerms(INDICATORS);

/** The figures one paragraph gives, as chosen: key → value. */
function figures(text: string): Record<string, number> {
  const chosen = chooseFigures(figuresInText(text, terms).map((f) => ({ ...f, at: 0 })));
  return Object.fromEntries(chosen.map((f) => [f.indicatorKey, f.value]));
}

describe('what a number in prose is', () => {
  it('takes the figure before "trong đó", never its parts', () => {
    expect(figures('Đã tổ chức 14 hội nghị với 1.860 lượt cán bộ, đảng viên tham dự, trong đó cấp huyện 02 hội nghị với 420 lượt người, cơ sở 12 hội nghị với 1.440 lượt người.')).toEqual({
      hoi_nghi: 14,
      luot_tham_du: 1860,
    });
    // A bracketed "(trong đó …)" ends with its bracket.
    expect(figures('Tổ chức 20 hội nghị (trong đó 8 hội nghị trực tuyến) với 2.000 lượt người tham dự.')).toEqual({ hoi_nghi: 20, luot_tham_du: 2000 });
  });

  it('takes the period\'s figure over a running total, and a part only for a figure nothing else gives', () => {
    expect(figures('Lũy kế từ năm 2017 đến nay đã tổ chức 19 hội nghị. Trong 6 tháng đầu năm, tổ chức 03 hội nghị.')).toEqual({ hoi_nghi: 3 });
    // A running total alone is still the figure (kept as cumulative).
    expect(figuresInText('Lũy kế từ đầu năm tổ chức 19 hội nghị.', terms)).toMatchObject([{ indicatorKey: 'hoi_nghi', value: 19, cumulative: true }]);
    expect(figures('Tổ chức 05 hội nghị, trong đó có 320 lượt cán bộ, đảng viên là người dân tộc thiểu số tham dự.')).toEqual({ hoi_nghi: 5, luot_tham_du: 320 });
    expect(figures('Đăng 40 tin, bài, trong đó 12 tin, bài trên Facebook.')).toEqual({ tin_bai: 40 });
  });

  it('reads thousands grouped with spaces, a count after "tổng số", comrades in the hall and leaflets', () => {
    expect(figures('Tổ chức 05 hội nghị cho 1 200 lượt cán bộ, đảng viên.')).toEqual({ hoi_nghi: 5, luot_tham_du: 1200 });
    expect(figures('Đã tổ chức được 3 hội nghị với tổng số 450 lượt người tham dự.')).toEqual({ hoi_nghi: 3, luot_tham_du: 450 });
    expect(figures('Quán triệt cho 85 đồng chí tham dự; phát hành 2.000 tờ rơi.')).toEqual({ luot_tham_du: 85, tai_lieu: 2000 });
    // A document's number is still no count; a year does not join the number after it.
    expect(figures('Thực hiện Công văn số 125 về 300 lượt người.')).toEqual({ luot_tham_du: 300 });
    expect(figures('Năm 2019 tổ chức 4 hội nghị; 2019 100 lượt người.')).toEqual({ hoi_nghi: 4, luot_tham_du: 100 });
  });

  it('reads a bracket after a figure as its breakdown, and adds inspections to supervisions', () => {
    expect(figures('Ban hành 05 văn bản (03 kế hoạch, 02 hướng dẫn).')).toEqual({ van_ban: 5 });
    expect(figures('Tổ chức 02 hội nghị (với 300 lượt người tham dự).')).toEqual({ hoi_nghi: 2, luot_tham_du: 300 });
    expect(figures('Trong kỳ, đã tổ chức 07 cuộc kiểm tra, 03 cuộc giám sát chuyên đề.')).toEqual({ kiem_tra: 10 });
    // "cơ sở) với" is no "so với": role words do not run across a bracket or a comma.
    expect(figures('Tổ chức 3 hội nghị (01 hội nghị cấp huyện, 02 hội nghị cấp cơ sở) với 520 lượt người tham dự.')).toEqual({ hoi_nghi: 3, luot_tham_du: 520 });
  });

  it('does not take "giám sát", "Giám đốc" or "tầng lớp" for a change, and breaks a tie by the name before ":"', () => {
    expect(figures('Ủy ban Kiểm tra đã kiểm tra, giám sát 05 cuộc.')).toEqual({ kiem_tra: 5 });
    expect(figures('Ban Giám đốc Sở tổ chức 02 hội nghị quán triệt.')).toEqual({ hoi_nghi: 2 });
    expect(figures('Tuyên truyền đến các tầng lớp nhân dân qua 35 tin, bài.')).toEqual({ tin_bai: 35 });
    expect(figures('Tổ chức 4 hội nghị, giảm 1 hội nghị so với năm 2018.')).toEqual({ hoi_nghi: 4 });
    // "cuộc" measures both inspections and conferences ("số cuộc"): the name before ":" decides.
    expect(figures('Kiểm tra, giám sát: 02 cuộc.')).toEqual({ kiem_tra: 2 });
    expect(figures('Đài Truyền thanh huyện đã phát 120 lượt tin, bài tuyên truyền.')).toEqual({ tin_bai: 120 });
  });

  it('prefers a stated total to the parts given before it, and adds parts of one sentence', () => {
    expect(figures('Đón 07 đoàn vào và cử 02 đoàn ra; tổng cộng 09 đoàn ra, đoàn vào.')).toMatchObject({ doan_ra_vao: 9 });
    expect(figures('Tổ chức 02 hội nghị cấp huyện và 05 hội nghị ở cơ sở.')).toEqual({ hoi_nghi: 7 });
  });

  it('reads no figure in times, channels, decree numbers, dates, percentages or a change', () => {
    expect(figures('Chương trình phát lúc 19 giờ 30 trên kênh VTV5; thực hiện Nghị định số 34/2014/NĐ-CP ngày 29/4/2014; đạt 96% kế hoạch.')).toEqual({});
    expect(figures('So với năm trước tăng 02 hội nghị với 265 lượt người.')).toEqual({});
    expect(figures('Năm tới phấn đấu tổ chức 15 hội nghị quán triệt.')).toEqual({});
  });

  it('does not take a counting word alone for a figure, nor "đoàn viên" for a delegation', () => {
    expect(figures('Tổ chức 04 cuộc hội đàm với lực lượng bảo vệ biên giới.')).toEqual({});
    expect(figures('Thu hút 120 đoàn viên, thanh niên tham gia.')).toEqual({});
    expect(figures('Tổ chức 3 cuộc kiểm tra việc thực hiện.')).toEqual({ kiem_tra: 3 });
    expect(figures('Mở 02 lớp tập huấn cho 135 học viên.')).toEqual({ tap_huan: 2 });
  });

  it('reads "không tổ chức đoàn ra", "chưa tổ chức kiểm tra" as zero, and a number that follows its name', () => {
    expect(figures('Do dịch bệnh, năm nay huyện không tổ chức đoàn ra và không đón đoàn vào.')).toEqual({ doan_ra_vao: 0 });
    expect(figures('Tổng số đoàn ra, đoàn vào trong năm là 04 đoàn.')).toEqual({ doan_ra_vao: 4 });
    // "Not yet" in a report on a period past is none in it; a count said too wins over it.
    expect(figures('Ban Thường vụ chưa tổ chức kiểm tra chuyên đề.')).toEqual({ kiem_tra: 0 });
    expect(figures('Tổ chức 02 cuộc kiểm tra. Các chi bộ chưa tổ chức kiểm tra.')).toEqual({ kiem_tra: 2 });
  });
});

describe('where a figure counts', () => {
  const plan = { number: '27-KH/TU', cites: ['Chỉ thị số 18-CT/TW'], title: 'thực hiện Chỉ thị số 18-CT/TW về tăng cường công tác dân vận chính quyền' } as Plan;

  it('tells results from context, limits, plans ahead and requests by their headings', () => {
    expect(sectionKind('I. ĐẶC ĐIỂM TÌNH HÌNH')).toBe('context');
    expect(sectionKind('II. KẾT QUẢ THỰC HIỆN')).toBe('results');
    expect(sectionKind('2. Tình hình thực hiện')).toBe('results');
    expect(sectionKind('5. Hạn chế và phương hướng')).toBe('ahead');
    expect(sectionKind('III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2022')).toBe('ahead');
    expect(sectionKind('4. Kiến nghị, đề xuất')).toBe('requests');
    expect(sectionKind('Nhiệm vụ năm 2022', 2021)).toBe('ahead');
  });

  it('in a general report, reads only the section that cites the plan', () => {
    const paras = [
      'I. KẾT QUẢ CÔNG TÁC DÂN VẬN NĂM 2021',
      '1. Công tác quán triệt',
      'Tổ chức 42 hội nghị với 5.960 lượt người.',
      '2. Thực hiện Chỉ thị số 18-CT/TW (theo Kế hoạch số 27-KH/TU của Ban Thường vụ Tỉnh ủy)',
      'Tổ chức 04 hội nghị với 385 lượt người.',
      '3. Công tác dân tộc, tôn giáo',
      'Có 4.850 hộ đồng bào dân tộc thiểu số.',
      'II. PHƯƠNG HƯỚNG NĂM 2022',
    ];
    const s = sectionsOf(paras, { plan, title: 'kết quả công tác dân vận năm 2021, phương hướng năm 2022', reportYear: 2021 });
    expect(s.filter((p) => p.inScope && p.kind === 'results').map((p) => p.index)).toEqual([3, 4]);
    // A report titled after the plan's subject is read whole, whatever its headings cite.
    const whole = sectionsOf(paras, { plan, title: 'kết quả thực hiện công tác dân vận chính quyền năm 2021', reportYear: 2021 });
    expect(whole.filter((p) => p.inScope).length).toBe(paras.length);
  });
});

describe('who sent it', () => {
  const unit = (code: string, name: string, aliases: string[] = []): Unit => ({ code, name, kind: 'Huyện ủy', family: 'huyen-uy', parentCode: null, aliases, validFrom: null, validTo: null, mergedInto: null });
  const units = [
    unit('HUHD', 'Huyện ủy Hòn Đất', ['Đảng bộ huyện Hòn Đất']),
    unit('HUBHD', 'Huyện ủy Bắc Hòn Đất'),
    unit('BTG', 'Ban Tuyên giáo Tỉnh ủy'),
    unit('BCS', 'Ban cán sự đảng UBND tỉnh'),
  ];
  const who = (lines: string[], file = 'bc.docx') => detectUnit({ orgLines: readHeaderBlock([...lines, '*', 'Số 12-BC/HU', 'BÁO CÁO', 'kết quả']).orgLines }, file, units, null);

  it('reads the issuer under its superior, and a name split over two lines', () => {
    expect(who(['ĐẢNG BỘ TỈNH KIÊN TRUNG', 'HUYỆN ỦY BẮC HÒN ĐẤT'])).toMatchObject({ code: 'HUBHD' });
    expect(who(['ĐẢNG BỘ TỈNH KIÊN TRUNG', 'BAN CÁN SỰ ĐẢNG', 'UBND TỈNH'])).toMatchObject({ code: 'BCS' });
  });

  it('gives a department\'s report to its own unit when listed, else to the body above it', () => {
    expect(who(['TỈNH ỦY KIÊN TRUNG', 'BAN TUYÊN GIÁO'])).toMatchObject({ code: 'BTG' });
    const dept = who(['HUYỆN ỦY HÒN ĐẤT', 'BAN DÂN VẬN']);
    expect(dept).toMatchObject({ code: 'HUHD' });
    expect(dept.evidence).toContain('BAN DÂN VẬN');
  });

  it('names a sender the directory does not hold instead of taking its superior', () => {
    expect(who(['ĐẢNG BỘ HUYỆN HÒN ĐẤT', 'ĐẢNG ỦY XÃ MỸ LÂM'])).toMatchObject({ code: null, unknownIssuer: true, issuer: 'ĐẢNG ỦY XÃ MỸ LÂM' });
    expect(who(['HỘI HỮU NGHỊ VIỆT NAM - LÀO', 'TỈNH KIÊN TRUNG'])).toMatchObject({ code: null, unknownIssuer: true });
  });

  it('takes a unit named only in the file name when no other unit\'s name fits it', () => {
    expect(detectUnit({ orgLines: [] }, 'Huyen uy Bac Hon Dat - so lieu.xlsx', units, null)).toMatchObject({ code: 'HUBHD', confidence: 0.8 });
  });
});

describe('periods, numbers and revisions', () => {
  it('reads ranges of days and years, not a term of office', () => {
    expect(periodsIn('(Từ ngày 15/12/2020 đến ngày 30/11/2021)').map((p) => [p.from, p.to])).toEqual([['2020-12-15', '2021-11-30']]);
    expect(periodsIn('Sơ kết 5 năm (2016 - 2021)').map((p) => [p.from, p.to])).toEqual([['2016-01-01', '2021-12-31']]);
    expect(periodsIn('Đại hội nhiệm kỳ 2020 - 2025')).toEqual([]);
  });

  it('finds the reports a revision says it replaces', () => {
    expect(replacedReports('Báo cáo này thay thế Báo cáo số 512-BC/ĐU ngày 07/12/2021.')).toEqual(['512-BC/ĐU']);
    expect(replacedReports('Ban Thường vụ báo cáo bổ sung, điều chỉnh Báo cáo số 45 - BC/HU như sau')).toEqual(['45-BC/HU']);
  });

  it('reads a công văn\'s subject as its title', () => {
    const h = readHeaderBlock(['HỘI LHPN TỈNH', 'Số: 156/HPN-TG', 'V/v gửi báo cáo kết quả công tác', 'dân vận năm 2021', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Kính gửi: Ban Dân vận Tỉnh ủy']);
    expect(h).toMatchObject({ docType: 'Công văn', title: 'gửi báo cáo kết quả công tác dân vận năm 2021' });
  });
});

describe('a figure named before its number', () => {
  it('reads "Tổng số tin, bài: 312" and "… là 1.200", not a number without its name', () => {
    expect(figures('- Tổng số tin, bài: 312; số lượt người tham dự là 1.200.')).toEqual({ tin_bai: 312, luot_tham_du: 1200 });
    expect(figures('Số hội nghị quán triệt: 15.')).toEqual({ hoi_nghi: 15 });
    expect(figures('Kết quả: 15; tỷ lệ: 96.')).toEqual({});
  });
});

describe('figures written the short way', () => {
  const own = readingTerms([
    { key: 'hoi_nghi', name: 'Số hội nghị học tập, quán triệt chuyên đề', measure: 'hội nghị', synonyms: [] },
    { key: 'luot', name: 'Số lượt người tham dự', measure: 'lượt người', synonyms: [] },
    { key: 'tap_the', name: 'Số tập thể được khen thưởng', measure: 'tập thể', synonyms: [] },
    { key: 'ca_nhan', name: 'Số cá nhân được khen thưởng', measure: 'cá nhân', synonyms: [] },
    { key: 'dang_ky', name: 'Số đảng viên đăng ký làm theo', measure: 'đảng viên', synonyms: [] },
  ]);
  const read = (text: string): Record<string, number> =>
    Object.fromEntries(chooseFigures(figuresInText(text, own).map((f) => ({ ...f, at: 0 }))).map((f) => [f.indicatorKey, f.value]));

  it('reads "05 hội nghị/350 lượt người" and "1.250/1.300 đảng viên", never a date', () => {
    expect(read('Tổ chức 05 hội nghị/350 lượt người tham dự.')).toEqual({ hoi_nghi: 5, luot: 350 });
    // So many of so many: the count is the first.
    expect(read('Đã có 1.250/1.300 đảng viên đăng ký làm theo.')).toEqual({ dang_ky: 1250 });
    expect(read('Tháng 6/2022 tổ chức 03 hội nghị.')).toEqual({ hoi_nghi: 3 });
    expect(read('Đến 30/6 tổ chức 03 hội nghị.')).toEqual({ hoi_nghi: 3 });
  });

  it('reads a name before the number: after ":" with words left out, or right before it', () => {
    expect(read('Hội nghị học tập chuyên đề: 05; lượt người tham dự: 350.')).toEqual({ hoi_nghi: 5, luot: 350 });
    // The words after a comma are the next figure's, not this one's.
    expect(read('Khen thưởng: tập thể 04, cá nhân 12.')).toEqual({ tap_the: 4, ca_nhan: 12 });
  });
});

describe('people counted by several figures of one plan', () => {
  // A plan on admitting members: four figures count people, three of them in "đảng viên" or "đồng chí".
  const own = readingTerms([
    { key: 'quan_chung', name: 'Số quần chúng được học lớp bồi dưỡng nhận thức về Đảng', measure: 'người', synonyms: [] },
    { key: 'ket_nap', name: 'Số đảng viên mới kết nạp', measure: 'đảng viên', synonyms: [] },
    { key: 'chinh_thuc', name: 'Số đảng viên dự bị được công nhận chính thức', measure: 'đảng viên', synonyms: [] },
    { key: 'huy_hieu', name: 'Số đảng viên được tặng Huy hiệu Đảng', measure: 'đồng chí', synonyms: [] },
  ]);
  const read = (text: string): Record<string, number> =>
    Object.fromEntries(chooseFigures(figuresInText(text, own).map((f) => ({ ...f, at: 0 }))).map((f) => [f.indicatorKey, f.value]));

  it('takes the figure the clause says, not the one whose measure the people are written in', () => {
    expect(read('Xét công nhận đảng viên chính thức cho 09 đồng chí đảng viên dự bị đúng thời hạn.')).toEqual({ chinh_thuc: 9 });
    expect(read('Đã xét công nhận chính thức cho 04 đảng viên dự bị; tổ chức trao tặng Huy hiệu Đảng cho 11 đảng viên.')).toEqual({ chinh_thuc: 4, huy_hieu: 11 });
    expect(read('Giới thiệu 06 quần chúng đi học lớp nhận thức về Đảng, kết nạp 04 đảng viên là quân nhân, công nhận chính thức 03 đảng viên.')).toEqual({ quan_chung: 6, ket_nap: 4, chinh_thuc: 3 });
  });

  it('takes the name before a colon, a bracket of whom they were, a share before a bracket', () => {
    expect(read('- Kết nạp đảng viên mới: 06 đồng chí, đạt 100% chỉ tiêu.')).toEqual({ ket_nap: 6 });
    expect(read('Chi bộ giới thiệu 05 quần chúng (03 giáo viên, 02 học sinh) đi học lớp bồi dưỡng nhận thức về Đảng.')).toEqual({ quan_chung: 5 });
    expect(read('100% đảng viên dự bị đủ điều kiện được xét công nhận đảng viên chính thức (05 đồng chí).')).toEqual({ chinh_thuc: 5 });
  });

  it('gives people no figure starts with to the one the clause says was done to them', () => {
    expect(read('Năm 2022, 37 đoàn viên được cử đi học lớp bồi dưỡng nhận thức về Đảng.')).toEqual({ quan_chung: 37 });
    // Put forward to be admitted is not admitted.
    expect(read('Các cơ sở Đoàn giới thiệu 52 đoàn viên ưu tú cho chi bộ xem xét kết nạp.')).toEqual({});
  });

  it('reads "tặng" as given, not as a rise, and "chưa kết nạp được đảng viên mới" as none', () => {
    expect(read('- Trao tặng Huy hiệu Đảng: 08 đồng chí.')).toEqual({ huy_hieu: 8 });
    // "tăng" still is a change.
    expect(read('Kết nạp 12 đảng viên mới, tăng 03 đồng chí so với năm trước.')).toEqual({ ket_nap: 12 });
    expect(read('Trong năm chưa kết nạp được đảng viên mới.')).toEqual({ ket_nap: 0 });
  });
});
