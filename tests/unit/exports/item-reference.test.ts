import { describe, expect, it } from 'vitest';
import { isNumbered, itemReference, itemReferences, ordinalWord } from '../../../electron/core/exports/item-reference';

describe('itemReference', () => {
  it('uses the plan’s own number for a numbered item', () => {
    expect(itemReference('II.1')).toBe('mục II.1');
    expect(itemReference('III.2.2')).toBe('mục III.2.2');
    expect(itemReference('2.3')).toBe('mục 2.3');
    expect(itemReference('II.3#2')).toBe('mục II.3');
  });

  it('names an unnumbered bullet by its position, in words', () => {
    expect(itemReference('III.2.2.-1')).toBe('gạch đầu dòng thứ nhất của mục III.2.2');
    expect(itemReference('II.2.3.-4')).toBe('gạch đầu dòng thứ tư của mục II.2.3');
    expect(itemReference('II.1.-2.+1')).toBe('ý “+” thứ nhất của gạch đầu dòng thứ hai của mục II.1');
    expect(itemReference('II.2.3.a')).toBe('điểm a của mục II.2.3');
    expect(itemReference('III.p2')).toBe('đoạn thứ hai của mục III');
    expect(itemReference('p1')).toBe('đoạn thứ nhất của kế hoạch');
  });

  it('places the rows of a task table, also the one printed after the signature', () => {
    expect(itemReference('PL.3')).toBe('nhiệm vụ số 3 tại phụ lục kế hoạch');
    expect(itemReference('PL.r2')).toBe('dòng thứ hai của bảng phân công tại phụ lục kế hoạch');
    expect(itemReference('II.r1')).toBe('dòng thứ nhất của bảng phân công tại mục II');
  });

  it('never leaves an app code in the words', () => {
    for (const code of ['III.2.2.-1', 'II.1.-2.+1', 'III.p2', 'PL.r2', 'II.3#2']) {
      expect(itemReference(code)).not.toMatch(/\.-|\.\+|\.p\d|\.r\d|#|PL/);
    }
    expect(isNumbered('II.1')).toBe(true);
    expect(isNumbered('III.2.2.-1')).toBe(false);
    expect(isNumbered('PL.3')).toBe(false);
  });

  it('counts in words up to ten, then in figures', () => {
    expect([1, 4, 7, 10, 12].map(ordinalWord)).toEqual(['thứ nhất', 'thứ tư', 'thứ bảy', 'thứ mười', 'thứ 12']);
  });
});

describe('itemReferences', () => {
  it('lets numbered items share "mục" and bullets of one item share their words', () => {
    expect(itemReferences(['II.2', 'II.3'])).toBe('mục II.2, II.3');
    expect(itemReferences(['III.2.2.-1'])).toBe('gạch đầu dòng thứ nhất của mục III.2.2');
    expect(itemReferences(['II.1', 'III.2.2.-1', 'III.2.2.-2', 'III.3.a'])).toBe(
      'mục II.1; gạch đầu dòng thứ nhất, thứ hai của mục III.2.2 và điểm a của mục III.3',
    );
    expect(itemReferences([])).toBe('');
  });
});
