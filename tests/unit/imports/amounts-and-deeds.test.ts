// Sums of money and number words after a count, marks that folding loses, and what was done to
// what a figure counts: the pure pieces, on sentences as units write them.
import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../../shared/domain';
import { amountAfter, valueFor } from '../../../electron/core/imports/readers/amounts';
import { measureSort, sameSort } from '../../../electron/core/vocabulary/measure-sorts';
import { moneyMeasure } from '../../../electron/core/vocabulary/money-measures';
import { indicatorTerms, otherIndicators, readingTerms } from '../../../electron/core/imports/readers/indicator-match';
import type { IndicatorTerm } from '../../../electron/core/imports/readers/indicator-match';
import { chooseFigures, figuresInText } from '../../../electron/core/imports/readers/prose-figures';
import { contentTokens, markedForm } from '../../../electron/core/imports/readers/similarity';

// A plan's own figures as a figure table gives them (name, measure, its row as written).
const own = (key: string, name: string, measure: string, row: string): Indicator => ({ key, name, measure, synonyms: [row] });
const indicators: Indicator[] = [
  own('mo_hinh', 'Số mô hình "Dân vận khéo" được công nhận', 'mô hình', 'Mô hình "Dân vận khéo" được công nhận'),
  own('tien', 'Số tiền vận động ủng hộ Quỹ "Vì người nghèo"', 'triệu đồng', 'Số tiền vận động ủng hộ Quỹ "Vì người nghèo"'),
  own('nha', 'Số nhà Đại đoàn kết được xây mới, sửa chữa', 'căn', 'Nhà Đại đoàn kết được xây mới, sửa chữa'),
  own('kien_nghi', 'Số kiến nghị của Nhân dân được giải quyết', 'kiến nghị', 'Kiến nghị của Nhân dân được giải quyết'),
  own('ho', 'Số hộ thoát nghèo', 'hộ', 'Hộ thoát nghèo'),
];
const terms = readingTerms(indicators);

/** The figures a paragraph gives with these terms, as the prose reader chooses them; targets aside. */
const readerOf =
  (using: IndicatorTerm[]) =>
  (text: string): Record<string, number> => {
    const chosen = chooseFigures(figuresInText(text, using).map((f) => ({ ...f, at: 0 })));
    return Object.fromEntries(chosen.filter((f) => f.role !== 'target').map((f) => [f.indicatorKey, f.value]));
  };
const read = readerOf(terms);

describe('money measures and sums', () => {
  it('knows a money measure and its size in đồng, as plans and tables write it', () => {
    expect(moneyMeasure('Triệu đồng')).toBe(1e6);
    expect(moneyMeasure('Tr.đ')).toBe(1e6);
    expect(moneyMeasure('Trđ')).toBe(1e6);
    expect(moneyMeasure('Tỷ đồng')).toBe(1e9);
    expect(moneyMeasure('Nghìn đồng')).toBe(1e3);
    expect(moneyMeasure('1.000 đồng')).toBe(1e3);
    expect(moneyMeasure('Đồng')).toBe(1);
    expect(moneyMeasure('VNĐ')).toBe(1);
    for (const notMoney of ['Căn', 'Lượt người', 'Hộ', 'Đoàn', '%', '']) expect(moneyMeasure(notMoney)).toBeNull();
  });

  it('reads the scale and the currency after a number, and leaves other words alone', () => {
    expect(amountAfter(' tỷ đồng; xây mới')).toMatchObject({ factor: 1e9, plus: 0, money: true });
    expect(amountAfter(' triệu đồng.')).toMatchObject({ factor: 1e6, money: true });
    expect(amountAfter(' đồng, hỗ trợ')).toMatchObject({ factor: 1, money: true });
    expect(amountAfter(' tỷ 250 triệu đồng')).toMatchObject({ factor: 1e9, plus: 250e6, money: true, length: ' tỷ 250 triệu đồng'.length });
    // A count in millions is no sum of money.
    expect(amountAfter(' triệu lượt người xem')).toMatchObject({ factor: 1e6, money: false });
    // Not money: comrades, the rate, "đ/c" for "đồng chí", a plain noun.
    expect(amountAfter(' đồng chí tham dự')).toBeNull();
    expect(amountAfter(' đ/c tham dự')).toBeNull();
    expect(amountAfter(' tỷ lệ hộ nghèo')).toBeNull();
    expect(amountAfter(' hội nghị')).toBeNull();
  });

  it('gives a number in the figure’s own measure, and no figure when a sum meets a count', () => {
    const tỷĐồng = amountAfter(' tỷ đồng');
    expect(valueFor(1.25, tỷĐồng, 1e6)).toBe(1250);
    expect(valueFor(2.3, tỷĐồng, 1e6)).toBe(2300);
    expect(valueFor(15_600_000_000, amountAfter(' đồng'), 1e6)).toBe(15_600);
    expect(valueFor(1.2, amountAfter(' triệu lượt người'), undefined)).toBe(1_200_000);
    expect(valueFor(980, amountAfter(' triệu đồng'), undefined)).toBeNull();
    expect(valueFor(320, null, 1e6)).toBe(320);
  });

  it('reads sums in prose into a plan counting in millions', () => {
    expect(read('Mặt trận và các đoàn thể vận động ủng hộ Quỹ "Vì người nghèo" được 1,25 tỷ đồng.')).toEqual({ tien: 1250 });
    expect(read('Mặt trận các cấp tiếp nhận ủng hộ Quỹ "Vì người nghèo" tổng số tiền 15.600.000.000 đồng.')).toEqual({ tien: 15_600 });
    expect(read('Vận động ủng hộ Quỹ "Vì người nghèo" 1 tỷ 250 triệu đồng.')).toEqual({ tien: 1250 });
    expect(read('Hội viên ủng hộ Quỹ "Vì người nghèo" 320 triệu đồng.')).toEqual({ tien: 320 });
    // A sum said by its measure alone is no figure unless the sentence says which.
    expect(read('Xây mới 12 căn nhà Đại đoàn kết với tổng kinh phí 980 triệu đồng.')).toEqual({ nha: 12 });
    expect(read('Xây mới 21 nhà Đại đoàn kết trị giá 1,5 tỷ đồng.')).toEqual({ nha: 21 });
    // Two sums of one figure in a clause add up, as counts do.
    expect(read('Vận động ủng hộ Quỹ "Vì người nghèo" được 500 triệu đồng tiền mặt và 150 triệu đồng hiện vật.')).toEqual({ tien: 650 });
    // Typed without marks.
    expect(read('Mat tran van dong ung ho Quy Vi nguoi ngheo duoc 1,25 ty dong.')).toEqual({ tien: 1250 });
  });

  it('keeps sums as the catalogue’s figure only for a plan that asks for them', () => {
    expect(otherIndicators(indicators).map((i) => i.key)).not.toContain('tien_ung_ho');
    expect(readerOf(readingTerms([]))('Vận động các tổ chức, cá nhân ủng hộ 1,2 tỷ đồng giúp Nhân dân các tỉnh bạn.')).toEqual({});
  });

  it('reads a sum whose measure the plan stored before, with the catalogue’s words', () => {
    // A plan saved with the measure only: the terms still meet the report's sum.
    const stored = indicatorTerms([{ key: 'tien', name: 'Số tiền ủng hộ', measure: 'Tr.đồng', synonyms: [] }]);
    expect(readerOf(stored)('Ủng hộ 2,5 tỷ đồng.')).toEqual({ tien: 2500 });
  });
});

describe('marks that folding loses', () => {
  it('keeps a word as marked, one tone whatever its place', () => {
    expect(markedForm('ủy')).toBe(markedForm('uỷ'));
    expect(markedForm('căn')).not.toBe(markedForm('cán'));
    expect(markedForm('can')).toBeNull();
  });

  it('keeps words that fold as function words do but say what a text is about', () => {
    expect(contentTokens('công tác phòng, chống tham nhũng')).toContain('nhung');
    expect(contentTokens('những việc cần làm')).not.toContain('nhung');
    expect(contentTokens('học tập chuyên đề')).toEqual(['hoc', 'tap', 'chuyen', 'de']);
    expect(contentTokens('tại hội trường')).toEqual(['hoi', 'truong']);
  });

  it('does not read "cán bộ" as houses counted in "căn", nor "hồ sơ" as households', () => {
    expect(read('Tổ chức hội nghị quán triệt cho 450 cán bộ chủ chốt.')).toEqual({});
    expect(read('Toàn huyện có 235 hộ thoát nghèo; thẩm định 40 hồ sơ.')).toEqual({ ho: 235 });
    // Written without marks, the measure still counts.
    expect(read('xay moi 12 can nha dai doan ket')).toEqual({ nha: 12 });
  });
});

describe('people counted by attendance for a plan\'s own figure', () => {
  it('reads "lượt" of any people for the plan\'s "Lượt người xem, tham gia"', () => {
    const festival = readerOf(readingTerms([own('hoi_thi', 'Số cuộc hội thi, hội diễn văn nghệ', 'cuộc', 'Hội thi, hội diễn văn nghệ'), own('luot', 'Số lượt người xem, tham gia', 'lượt người', 'Lượt người xem, tham gia')]));
    expect(festival('Tổ chức 38 hoạt động tuổi trẻ hướng về Đảng với hơn 9.200 lượt đoàn viên, thanh niên tham gia.')).toEqual({ luot: 9200 });
    expect(festival('Tổ chức 01 hội thi văn nghệ với 450 lượt cán bộ, chiến sĩ tham gia.')).toEqual({ hoi_thi: 1, luot: 450 });
    // Attendance said without what they did is no figure of it.
    expect(festival('Có 320 lượt đoàn viên.')).toEqual({});
  });
});

describe('what was done to what a figure counts', () => {
  it('does not read petitions received as petitions resolved', () => {
    expect(read('Tiếp nhận 268 kiến nghị; đã giải quyết 245/268 kiến nghị, đạt 91,4%.')).toEqual({ kien_nghi: 245 });
    expect(read('Tổng hợp 54 kiến nghị gửi cơ quan có thẩm quyền, đã được giải quyết 47 kiến nghị.')).toEqual({ kien_nghi: 47 });
  });

  it('does not read models built as models recognised', () => {
    expect(read('Có 15 mô hình "Dân vận khéo" được xây dựng.')).toEqual({});
    expect(read('Xây dựng 15 mô hình "Dân vận khéo", trong đó 08 mô hình được công nhận.')).toEqual({ mo_hinh: 8 });
  });

  it('reads occasions counted with another counting word than the plan’s', () => {
    const dialogues = readerOf(readingTerms([own('doi_thoai', 'Số cuộc hội nghị đối thoại với Nhân dân', 'cuộc', 'Hội nghị đối thoại với Nhân dân'), own('nguoi', 'Số người được bồi dưỡng', 'người', 'Người được bồi dưỡng')]));
    expect(dialogues('Phối hợp tổ chức 03 buổi đối thoại giữa lãnh đạo chính quyền với nông dân.')).toEqual({ doi_thoai: 3 });
    // People are no occasions: "05 lớp bồi dưỡng" is not so many people trained (and this plan counts no classes).
    expect(dialogues('Mở 05 lớp bồi dưỡng.')).toEqual({});
    // Nor groups: "15 tổ chức đảng" is no count of occasions though "tổ" counts groups.
    const inspections = readerOf(readingTerms([own('kiem_tra_to_chuc', 'Số cuộc kiểm tra tổ chức đảng', 'cuộc', 'Kiểm tra tổ chức đảng')]));
    expect(inspections('Giám sát chuyên đề đối với 15 tổ chức đảng.')).toEqual({});
  });

  it('reads what a figure counts said whole, after a deed of its own kind', () => {
    expect(read('Hỗ trợ xây dựng 05 nhà Đại đoàn kết cho hội viên nghèo.')).toEqual({ nha: 5 });
    expect(read('Xây mới 12 căn và sửa chữa 04 căn nhà Đại đoàn kết.')).toEqual({ nha: 16 });
  });
});

describe('an inspection plan: sums recovered, petitions, cases', () => {
  const inspection = readingTerms([
    own('thu_hoi', 'Số tiền thu hồi cho Nhà nước', 'triệu đồng', 'Số tiền thu hồi cho Nhà nước'),
    own('don_thu', 'Số đơn thư khiếu nại, tố cáo được giải quyết', 'đơn', 'Đơn thư khiếu nại, tố cáo được giải quyết'),
    own('xu_ly', 'Số cán bộ, đảng viên bị xử lý', 'người', 'Cán bộ, đảng viên bị xử lý'),
    own('vu_viec', 'Số vụ việc, vụ án tham nhũng được phát hiện', 'vụ', 'Vụ việc, vụ án tham nhũng được phát hiện'),
    own('chi_bo', 'Số chi bộ được củng cố, kiện toàn', 'chi bộ', 'Chi bộ được củng cố, kiện toàn'),
  ]);
  const readIn = readerOf(inspection);

  it('takes the sum recovered, not the sum found wrong nor the one proposed for recovery', () => {
    expect(readIn('Qua thanh tra phát hiện sai phạm về kinh tế 1,35 tỷ đồng, kiến nghị thu hồi 980 triệu đồng, đến nay đã thu hồi 720 triệu đồng.')).toEqual({ thu_hoi: 720 });
    expect(readIn('Thu hồi cho Nhà nước 2.150.000.000 đồng.')).toEqual({ thu_hoi: 2150 });
  });

  it('does not read "đơn vị" as petitions counted in "đơn"', () => {
    expect(readIn('Tiến hành 14 cuộc thanh tra tại 25 đơn vị. Tiếp nhận 86 đơn thư khiếu nại, tố cáo; đã giải quyết 79/86 đơn thuộc thẩm quyền.')).toEqual({ don_thu: 79 });
  });

  it('keeps a deed of the figure’s kind said with another, and leaves cases of another deed', () => {
    expect(readIn('Xử lý kỷ luật 05 cán bộ, đảng viên (khiển trách 03, cảnh cáo 02).')).toEqual({ xu_ly: 5 });
    // People named as the figure's name starts are it only with its deed, or more of its name.
    expect(readIn('Tổ chức hội nghị quán triệt cho 450 cán bộ, đảng viên.')).toEqual({});
    expect(readIn('Có 1.250 cán bộ, đảng viên tham gia.')).toEqual({});
    expect(readIn('Trong kỳ, 03 cán bộ, đảng viên bị xử lý.')).toEqual({ xu_ly: 3 });
    expect(readIn('Khởi tố mới 04 vụ án về tham nhũng; phát hiện 06 vụ việc tham nhũng.')).toEqual({ vu_viec: 6 });
    expect(readIn('Phát hiện 02 vụ việc có dấu hiệu tham nhũng, chuyển cơ quan điều tra 01 vụ.')).toEqual({ vu_viec: 2 });
    // A cell founded anew is no cell consolidated.
    expect(readIn('Kiện toàn 03 chi bộ, thành lập mới 01 chi bộ tại doanh nghiệp.')).toEqual({ chi_bo: 3 });
  });
});

describe('several figures counted in money', () => {
  const money = readingTerms([
    own('nha', 'Nhà Đại đoàn kết được xây mới', 'căn', 'Nhà Đại đoàn kết được xây mới'),
    own('kinh_phi', 'Kinh phí xây dựng nhà Đại đoàn kết', 'triệu đồng', 'Kinh phí xây dựng nhà Đại đoàn kết'),
    own('quy', 'Số tiền ủng hộ Quỹ "Vì người nghèo"', 'triệu đồng', 'Số tiền ủng hộ Quỹ "Vì người nghèo"'),
    own('an_sinh', 'Kinh phí hỗ trợ an sinh xã hội', 'triệu đồng', 'Kinh phí hỗ trợ an sinh xã hội'),
  ]);
  const readIn = readerOf(money);

  it('gives each sum to the figure named nearest before it', () => {
    expect(readIn('Xây mới 12 căn nhà Đại đoàn kết với tổng kinh phí 980 triệu đồng.')).toEqual({ nha: 12, kinh_phi: 980 });
    expect(readIn('Hỗ trợ an sinh xã hội 350 triệu đồng; xây mới 05 nhà Đại đoàn kết, kinh phí 250 triệu đồng.')).toEqual({ an_sinh: 350, nha: 5, kinh_phi: 250 });
    expect(readIn('Vận động ủng hộ Quỹ "Vì người nghèo" được 1,25 tỷ đồng.')).toEqual({ quy: 1250 });
  });
});

describe('people trained, and what a measure counts', () => {
  const trained = readingTerms([
    own('lop', 'Số lớp bồi dưỡng, tập huấn kỹ năng số', 'lớp', 'Lớp bồi dưỡng, tập huấn kỹ năng số'),
    own('nguoi', 'Số cán bộ, công chức được bồi dưỡng kỹ năng số', 'người', 'Cán bộ, công chức được bồi dưỡng kỹ năng số'),
    own('to', 'Số tổ công nghệ số cộng đồng được thành lập', 'tổ', 'Tổ công nghệ số cộng đồng được thành lập'),
  ]);
  const readIn = readerOf(trained);

  it('reads people counted in "lượt", and people an occasion of the figure’s deed was held for', () => {
    expect(readIn('Tổ chức 04 lớp bồi dưỡng kỹ năng số cho 320 lượt cán bộ, công chức cấp huyện, cấp xã.')).toEqual({ lop: 4, nguoi: 320 });
    expect(readIn('Văn phòng đã tổ chức 03 lớp tập huấn sử dụng phần mềm cho 210 cán bộ, công chức các cơ quan đảng.')).toEqual({ lop: 3, nguoi: 210 });
    // A conference to study a resolution is no training: its audience is not the people trained.
    expect(readIn('Tổ chức 02 hội nghị quán triệt nghị quyết cho 450 cán bộ, công chức.')).toEqual({});
    expect(readIn('Hướng dẫn 12.500 lượt người dân sử dụng dịch vụ công trực tuyến.')).toEqual({});
  });

  it('does not read groups joined as groups set up', () => {
    expect(readIn('Các cơ sở đoàn đã tham gia 86 Tổ công nghệ số cộng đồng.')).toEqual({});
    expect(readIn('Đã thành lập 112 Tổ công nghệ số cộng đồng.')).toEqual({ to: 112 });
    // Initials in prose, spelled out in the figure's own words.
    expect(readIn('Thành lập được 45 tổ CNSCĐ.')).toEqual({ to: 45 });
  });

  it('reads a thing named by its first word alone after the figure’s own deed', () => {
    const cameras = readerOf(readingTerms([own('camera', 'Số camera giám sát an ninh trật tự được lắp đặt', 'cái', 'Camera giám sát an ninh trật tự được lắp đặt')]));
    expect(cameras('Đã lắp đặt được 32 camera.')).toEqual({ camera: 32 });
    expect(cameras('Hiện có 32 camera.')).toEqual({});
  });

  it('tells occasions, people, money and things apart by their measure', () => {
    expect(measureSort('Cuộc')).toBe('occasion');
    expect(measureSort('Hội nghị')).toBe('occasion');
    expect(measureSort('Lượt người')).toBe('people');
    expect(measureSort('Tỷ đồng')).toBe('money');
    expect(measureSort('Cái')).toBe('thing');
    expect(measureSort('')).toBeNull();
    expect(sameSort('Cuộc', 'hội nghị')).toBe(true);
    expect(sameSort('Người', 'lượt người')).toBe(true);
    expect(sameSort('Cái', 'cuộc')).toBe(false);
    expect(sameSort('', 'cuộc')).toBe(true);
  });
});
