import { describe, expect, it } from 'vitest';
import { excelSerialToIso, formatPartyDateLine, formatViDate, parseViDate } from '../../../shared/dates';
import { parseEntryStatus } from '../../../shared/status-words';
import { cleanText, fold, foldForMatch, formatViNumber, parseCount, parseViNumber } from '../../../shared/text';
import { familyFromName, familyOfKind } from '../../../shared/unit-kinds';

describe('Vietnamese text', () => {
  it('NFC-normalises decomposed input and tidies spaces', () => {
    const decomposed = 'Huye\u0302\u0323n  u\u0309y'; // "Huyện ủy" typed with combining marks
    expect(cleanText(decomposed)).toBe('Huyện ủy');
    expect(cleanText(decomposed)).toHaveLength(8);
  });
  it('folds diacritics, đ, case and punctuation', () => {
    expect(fold('ĐẢNG ỦY Khối  Doanh-nghiệp')).toBe('dang uy khoi doanh nghiep');
  });
  it('expands the usual abbreviations for matching', () => {
    expect(foldForMatch('HU Phú Giáo')).toBe(foldForMatch('Huyện ủy Phú Giáo'));
    expect(foldForMatch('BCS đảng UBND tỉnh')).toBe(foldForMatch('Ban cán sự đảng Ủy ban nhân dân tỉnh'));
    expect(foldForMatch('Ủy ban MTTQ tỉnh')).toContain('mat tran to quoc');
  });
});

describe('Vietnamese numbers', () => {
  it.each([
    ['1.450', 1450],
    ['1.450.000', 1450000],
    ['12,5', 12.5],
    ['1.450,75', 1450.75],
    ['35', 35],
    [' 7 ', 7],
    ['-3', -3],
    ['1,450,000', 1450000],
  ])('reads %s as %d', (raw, n) => expect(parseViNumber(raw)).toBe(n));
  it.each(['mười', '12a', '', '1.45.0'])('refuses %s', (raw) => expect(parseViNumber(raw)).toBeNull());
  it('reads a count grouped with commas as thousands, a decimal comma elsewhere as decimals', () => {
    expect([parseCount('1,320'), parseCount('12,345,678'), parseCount('1.320'), parseCount('2,5'), parseCount('1,32')]).toEqual([1320, 12345678, 1320, 2.5, 1.32]);
    expect(parseViNumber('1,320')).toBe(1.32);
  });
  it('formats with dot thousands and comma decimals', () => {
    expect(formatViNumber(1450)).toBe('1.450');
    expect(formatViNumber(1234567.5)).toBe('1.234.567,5');
    expect(formatViNumber(-12)).toBe('-12');
  });
});

describe('Vietnamese dates', () => {
  it('reads the forms documents use', () => {
    expect(parseViDate('Bình Dương, ngày 08 tháng 7 năm 2019')).toBe('2019-07-08');
    expect(parseViDate('ngày 15/12/2019')).toBe('2019-12-15');
    expect(parseViDate('31/02/2019')).toBeNull();
  });
  it('formats for display and for the Party date line', () => {
    expect(formatViDate('2019-07-08')).toBe('08/07/2019');
    expect(formatPartyDateLine('2026-02-08')).toBe('ngày 08 tháng 02 năm 2026');
    expect(formatPartyDateLine('2026-11-05')).toBe('ngày 05 tháng 11 năm 2026');
    expect(formatPartyDateLine('2026-07-15')).toBe('ngày 15 tháng 7 năm 2026');
  });
  it('converts Excel serial days', () => {
    expect(excelSerialToIso(43654)).toBe('2019-07-08');
  });
});

describe('status words and unit kinds', () => {
  it.each([
    ['Đã thực hiện', 'done'],
    ['Hoàn thành', 'done'],
    ['x', 'done'],
    ['đang triển khai', 'in_progress'],
    ['Chưa hoàn thành', 'in_progress'],
    ['chưa', 'not_done'],
    ['Chưa thực hiện', 'not_done'],
    // How far, in a share: under the whole is under way.
    ['Hoàn thành 80%', 'in_progress'],
    ['Đạt 100%', 'done'],
    ['75,5%', 'in_progress'],
    ['???', null],
  ])('%s → %s', (raw, status) => expect(parseEntryStatus(raw)).toBe(status));
  it('guesses kinds from names', () => {
    expect(familyFromName('Huyện ủy Phú Giáo')).toBe('huyen-uy');
    expect(familyFromName('Đảng ủy phường Phú Lợi')).toBe('dang-uy-xa');
    expect(familyFromName('Đảng ủy Khối các cơ quan tỉnh')).toBe('dang-uy-truc-thuoc');
    expect(familyFromName('Ban cán sự đảng UBND tỉnh')).toBe('dang-doan-bcs');
    expect(familyFromName('Báo Bình Dương')).toBe('bao-chi');
    expect(familyOfKind('Huyện ủy, thị ủy, thành ủy')).toBe('huyen-uy');
    expect(familyOfKind('bao-chi')).toBe('bao-chi');
    expect(familyOfKind('linh tinh')).toBeNull();
  });
});
