// Sums of money and number words after a count, marks that folding loses, and what was done to
// what a figure counts: the pure pieces, on sentences as units write them.
import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../../shared/domain';
import { amountAfter, moneyMeasure, valueFor } from '../../../electron/core/imports/readers/amounts';
import { indicatorTerms, readingTerms } from '../../../electron/core/imports/readers/indicator-match';
import { chooseFigures, figuresInText } from '../../../electron/core/imports/readers/prose-figures';
import { markedForm } from '../../../electron/core/imports/readers/similarity';

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

/** The figures a paragraph gives, as the prose reader chooses them. */
function read(text: string): Record<string, number> {
  const chosen = chooseFigures(figuresInText(text, terms).map((f) => ({ ...f, at: 0 })));
  return Object.fromEntries(chosen.filter((f) => f.role !== 'target').map((f) => [f.indicatorKey, f.value]));
}

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
  });

  it('reads a sum whose measure the plan stored before, with the catalogue’s words', () => {
    // A plan saved with the measure only: the terms still meet the report's sum.
    const stored = indicatorTerms([{ key: 'tien', name: 'Số tiền ủng hộ', measure: 'Tr.đồng', synonyms: [] }]);
    const f = chooseFigures(figuresInText('Ủng hộ 2,5 tỷ đồng.', stored).map((x) => ({ ...x, at: 0 })));
    expect(f.map((x) => [x.indicatorKey, x.value])).toEqual([['tien', 2500]]);
  });
});

describe('marks that folding loses', () => {
  it('keeps a word as marked, one tone whatever its place', () => {
    expect(markedForm('ủy')).toBe(markedForm('uỷ'));
    expect(markedForm('căn')).not.toBe(markedForm('cán'));
    expect(markedForm('can')).toBeNull();
  });

  it('does not read "cán bộ" as houses counted in "căn", nor "hồ sơ" as households', () => {
    expect(read('Tổ chức hội nghị quán triệt cho 450 cán bộ chủ chốt.')).toEqual({});
    expect(read('Toàn huyện có 235 hộ thoát nghèo; thẩm định 40 hồ sơ.')).toEqual({ ho: 235 });
    // Written without marks, the measure still counts.
    expect(read('xay moi 12 can nha dai doan ket')).toEqual({ nha: 12 });
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

  it('reads what a figure counts said whole, after a deed of its own kind', () => {
    expect(read('Hỗ trợ xây dựng 05 nhà Đại đoàn kết cho hội viên nghèo.')).toEqual({ nha: 5 });
    expect(read('Xây mới 12 căn và sửa chữa 04 căn nhà Đại đoàn kết.')).toEqual({ nha: 16 });
  });
});
