// The table of kind words (shared/unit-kind-words.json) and how a kind cell or a unit's name finds its family.
import { describe, expect, it } from 'vitest';
import { assignKinds } from '../../../electron/core/units/kind-families';
import { UNIT_FAMILIES } from '../../../shared/domain';
import { fold } from '../../../shared/text';
import { familyFromName, familyOfKind, kindLabel } from '../../../shared/unit-kinds';
import WORDS from '../../../shared/unit-kind-words.json';

describe('the word table', () => {
  it('has an entry for every family and no family it does not know', () => {
    expect(Object.keys(WORDS.families).sort()).toEqual([...UNIT_FAMILIES].sort());
  });
  it('puts no word in two families', () => {
    for (const list of ['kindWords', 'nameHeads'] as const) {
      const seen = new Map<string, string>();
      for (const [family, entry] of Object.entries(WORDS.families)) {
        for (const w of entry[list]) {
          const f = fold(w);
          expect(seen.get(f) ?? family, `${list}: "${w}" in ${seen.get(f)} and ${family}`).toBe(family);
          seen.set(f, family);
        }
      }
    }
  });
});

describe('a kind cell as offices write it', () => {
  it.each([
    ['Thành ủy', 'huyen-uy'],
    ['Huyện ủy', 'huyen-uy'],
    ['Huyện, thị, thành ủy', 'huyen-uy'],
    ['Đảng ủy trực thuộc Tỉnh ủy', 'dang-uy-truc-thuoc'],
    ['ĐUTT', 'dang-uy-truc-thuoc'],
    ['Đảng bộ Khối', 'dang-uy-truc-thuoc'],
    ['Cơ quan tham mưu, giúp việc Tỉnh ủy', 'ban-dang'],
    ['Các ban xây dựng Đảng', 'ban-dang'],
    ['Ban cán sự đảng', 'dang-doan-bcs'],
    ['Đảng đoàn', 'dang-doan-bcs'],
    ['Mặt trận Tổ quốc', 'mttq-doan-the'],
    ['Đoàn thể chính trị - xã hội', 'mttq-doan-the'],
    ['Khối MTTQ, đoàn thể', 'mttq-doan-the'],
    ['Tổ chức hữu nghị', 'hoi-quan-chung'],
    ['Hội quần chúng', 'hoi-quan-chung'],
    ['Hội đặc thù', 'hoi-quan-chung'],
    ['Đảng ủy xã', 'dang-uy-xa'],
    ['ĐU phường', 'dang-uy-xa'],
    ['Đảng bộ đặc khu', 'dang-uy-xa'],
    ['Chi bộ trực thuộc Huyện ủy', 'co-so'],
    ['Đảng bộ cơ sở', 'co-so'],
    ['Cơ quan báo chí', 'bao-chi'],
    ['Sở, ban, ngành', 'so-nganh'],
    ['so-nganh', 'so-nganh'],
    ['Khác', 'khac'],
  ])('"%s" → %s', (word, family) => expect(familyOfKind(word)).toBe(family));

  it('knows no family for words it was never given', () => {
    for (const w of ['Cụm thi đua số 3', 'Loại A', 'Đơn vị kết nghĩa', '—']) expect(familyOfKind(w), w).toBeNull();
  });

  it('shows an old family key as its label, and keeps an office word as written', () => {
    expect(kindLabel('dang-uy-xa')).toBe('Đảng ủy xã, phường, thị trấn, đặc khu');
    expect(kindLabel('Đảng ủy trực thuộc Tỉnh ủy')).toBe('Đảng ủy trực thuộc Tỉnh ủy');
  });
});

describe('a unit’s name', () => {
  it.each([
    ['Thành ủy Bảo Sơn', 'huyen-uy'],
    ['Ủy ban MTTQ Việt Nam tỉnh', 'mttq-doan-the'],
    ['Hội Liên hiệp Phụ nữ tỉnh', 'mttq-doan-the'],
    ['Hội Chữ thập đỏ tỉnh', 'hoi-quan-chung'],
    ['Liên hiệp các tổ chức hữu nghị tỉnh', 'hoi-quan-chung'],
    ['Chi bộ Trường THPT Lê Lợi', 'co-so'],
    ['Đảng ủy thị trấn Phú Giáo', 'dang-uy-xa'],
    ['Bảo hiểm xã hội tỉnh', 'so-nganh'],
    ['Báo Bình Dương', 'bao-chi'],
  ])('"%s" → %s', (name, family) => expect(familyFromName(name)).toBe(family));
  it('tells nothing when its head is no kind', () => expect(familyFromName('Trung tâm Hội nghị tỉnh')).toBeNull());
});

describe('kinds of a directory', () => {
  const row = (line: number, name: string, kindRaw: string) => ({ line, name, kindRaw });
  it('keeps an unknown word as a kind of its own, guesses the family by name and names the rows', () => {
    const { kinds, warnings } = assignKinds(
      [row(2, 'Chi bộ Công ty Cấp nước', 'Khối doanh nghiệp'), row(3, 'Đảng ủy Công ty Cao su', 'khối doanh nghiệp'), row(4, 'Công ty Xổ số', 'Khối doanh nghiệp'), row(5, 'Huyện ủy Phú Giáo', 'Huyện ủy')],
      new Map(),
    );
    expect(kinds).toEqual([
      { kind: 'Khối doanh nghiệp', family: 'co-so' },
      { kind: 'Khối doanh nghiệp', family: 'dang-uy-truc-thuoc' },
      { kind: 'Khối doanh nghiệp', family: 'khac' },
      { kind: 'Huyện ủy', family: 'huyen-uy' },
    ]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.rows).toEqual([2, 3, 4]);
    expect(warnings[0]!.message).toMatch(/Loại "Khối doanh nghiệp" \(dòng 2, 3, 4\)/);
    expect(warnings[0]!.message).toMatch(/"Chi bộ, đảng bộ cơ sở" \(dòng 2\)/);
    expect(warnings[0]!.message).toMatch(/"Khác \(tên đơn vị không cho biết\)" \(dòng 4\)/);
  });
  it('keeps the family the directory already gives a kind', () => {
    const known = new Map([['hoi quan chung', { kind: 'Hội quần chúng', family: 'mttq-doan-the' as const }]]);
    expect(assignKinds([row(2, 'Hội Chữ thập đỏ tỉnh', 'hội quần chúng')], known)).toEqual({ kinds: [{ kind: 'Hội quần chúng', family: 'mttq-doan-the' }], warnings: [] });
  });
  it('takes the family from the name when the kind cell is empty, and warns only when the name tells nothing', () => {
    const { kinds, warnings } = assignKinds([row(2, 'Báo Bình Dương', ''), row(3, 'Trung tâm Hội nghị', '')], new Map());
    expect(kinds).toEqual([
      { kind: 'Cơ quan báo chí', family: 'bao-chi' },
      { kind: 'Khác', family: 'khac' },
    ]);
    expect(warnings.map((w) => w.rows)).toEqual([[3]]);
  });
});
