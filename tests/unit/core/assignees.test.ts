import { describe, expect, it } from 'vitest';
import { activeDuring, isGroupLabel, resolveAssignee } from '../../../electron/core/reconcile/assignees';
import type { Unit, UnitFamily } from '../../../shared/domain';
import { UNIT_FAMILY_LABELS } from '../../../shared/labels';

const u = (code: string, name: string, family: UnitFamily, over: Partial<Unit> = {}): Unit => ({ code, name, kind: UNIT_FAMILY_LABELS[family], family, parentCode: null, aliases: [], validFrom: null, validTo: null, mergedInto: null, ...over });
const units = [
  u('BCS', 'Ban cán sự đảng UBND tỉnh', 'dang-doan-bcs', { aliases: ['BCS đảng UBND tỉnh'] }),
  u('DDMT', 'Đảng đoàn MTTQ tỉnh', 'dang-doan-bcs'),
  u('HU1', 'Huyện ủy Phú Giáo', 'huyen-uy'),
  u('HU2', 'Thị ủy Dĩ An', 'huyen-uy'),
];

describe('assignee resolution', () => {
  it('tells groups from single units', () => {
    expect(isGroupLabel('Các huyện ủy, thành ủy, đảng ủy trực thuộc')).toBe(true);
    expect(isGroupLabel('Cấp ủy các cấp')).toBe(true);
    expect(isGroupLabel('Ban cán sự đảng UBND tỉnh')).toBe(false);
  });
  it('resolves a named unit by name or alias, abbreviations folded', () => {
    expect(resolveAssignee({ label: 'Ban cán sự Đảng Ủy ban Nhân dân Tỉnh', unitCode: null, unitKinds: ['dang-doan-bcs'] }, units).map((x) => x.code)).toEqual(['BCS']);
  });
  it('never widens a single named unit missing from the directory to its whole kind', () => {
    expect(resolveAssignee({ label: 'Ban cán sự đảng Sở Y tế', unitCode: null, unitKinds: ['dang-doan-bcs'] }, units)).toEqual([]);
  });
  it('resolves a group by kind', () => {
    expect(resolveAssignee({ label: 'Các huyện ủy, thị ủy', unitCode: null, unitKinds: ['huyen-uy'] }, units).map((x) => x.code).sort()).toEqual(['HU1', 'HU2']);
  });
  it('keeps a unit only while it is valid', () => {
    const round = { periodFrom: '2026-01-01', periodTo: '2026-06-30', dueDate: '2026-07-15' };
    expect(activeDuring(u('X', 'X', 'huyen-uy', { validTo: '2025-06-30' }), round)).toBe(false);
    expect(activeDuring(u('Y', 'Y', 'dang-uy-xa', { validFrom: '2025-07-01' }), round)).toBe(true);
    expect(activeDuring(u('Z', 'Z', 'dang-uy-xa', { validFrom: '2026-07-01' }), round)).toBe(false);
  });
});

describe('groups resolved through the unit tree', () => {
  // A province directory before 07/2025: two district committees with their grassroots units,
  // a district's own Ban, a đảng ủy khối with its chi bộ, and the province's bodies at the top.
  const tree: Unit[] = [
    u('HUA', 'Huyện ủy An Lão', 'huyen-uy', { aliases: ['HU An Lão'] }),
    u('HUB', 'Huyện ủy Bình Sơn', 'huyen-uy'),
    u('TPQ', 'Thành ủy Quy Nhơn', 'huyen-uy'),
    u('XA1', 'Đảng ủy xã An Hòa', 'dang-uy-xa', { parentCode: 'HUA' }),
    u('TT1', 'Đảng ủy thị trấn An Lão', 'dang-uy-xa', { parentCode: 'HUA' }),
    u('CB1', 'Chi bộ Trường THPT An Lão', 'co-so', { parentCode: 'HUA' }),
    u('DB1', 'Đảng bộ Công an huyện An Lão', 'dang-uy-truc-thuoc', { parentCode: 'HUA' }),
    u('BTGA', 'Ban Tuyên giáo Huyện ủy An Lão', 'ban-dang', { parentCode: 'HUA' }),
    u('XB1', 'Đảng ủy xã Bình Hải', 'dang-uy-xa', { parentCode: 'HUB' }),
    u('CBB', 'Chi bộ Bệnh viện Bình Sơn', 'co-so', { parentCode: 'HUB' }),
    u('DUK', 'Đảng ủy Khối các cơ quan tỉnh', 'dang-uy-truc-thuoc', { aliases: ['ĐUK'] }),
    u('CBK', 'Chi bộ Sở Tư pháp', 'co-so', { parentCode: 'DUK' }),
    u('BTC', 'Ban Tổ chức Tỉnh ủy', 'ban-dang'),
    u('VPTU', 'Văn phòng Tỉnh ủy', 'ban-dang'),
    u('MT', 'Ủy ban MTTQ Việt Nam tỉnh', 'mttq-doan-the'),
    u('HND', 'Hội Nông dân tỉnh', 'mttq-doan-the'),
    u('LHHN', 'Liên hiệp các tổ chức hữu nghị tỉnh', 'hoi-quan-chung'),
    u('CTD', 'Hội Chữ thập đỏ tỉnh', 'hoi-quan-chung'),
  ];
  const codes = (label: string, unitKinds: UnitFamily[], issuer: string | null = 'TỈNH ỦY BÌNH ĐỊNH') =>
    resolveAssignee({ label, unitCode: null, unitKinds }, tree, { issuer })
      .map((x) => x.code)
      .sort();

  it('"trực thuộc Huyện ủy X" gives the party organisations whose parent is X, and only those', () => {
    expect(codes('Các tổ chức cơ sở đảng trực thuộc Huyện ủy An Lão', ['dang-uy-xa', 'co-so'])).toEqual(['CB1', 'DB1', 'TT1', 'XA1']);
    expect(codes('các chi bộ, đảng bộ cơ sở trực thuộc HU An Lão', ['dang-uy-xa', 'co-so'])).toEqual(['CB1', 'DB1', 'TT1', 'XA1']);
    expect(codes('Các chi bộ trực thuộc Đảng ủy Khối các cơ quan tỉnh', ['co-so', 'dang-uy-truc-thuoc'])).toEqual(['CBK']);
  });
  it('"các cơ quan, đơn vị trực thuộc X" gives every unit under X', () => {
    expect(codes('Các cơ quan, đơn vị trực thuộc Huyện ủy Bình Sơn', ['dang-uy-truc-thuoc', 'ban-dang'])).toEqual(['CBB', 'XB1']);
  });
  it('a bare "Huyện ủy" in the district committee’s own plan means the plan’s issuer', () => {
    expect(codes('Các tổ chức cơ sở đảng trực thuộc Huyện ủy', ['dang-uy-xa', 'co-so'], 'HUYỆN ỦY AN LÃO')).toEqual(['CB1', 'DB1', 'TT1', 'XA1']);
    // …and a group with no words of place looks below the issuer.
    expect(codes('Các chi bộ, đảng bộ cơ sở', ['dang-uy-xa', 'co-so'], 'HUYỆN ỦY BÌNH SƠN')).toEqual(['CBB', 'XB1']);
    expect(codes('Các chi bộ, đảng bộ cơ sở', ['dang-uy-xa', 'co-so'], 'BAN TUYÊN GIÁO HUYỆN ỦY BÌNH SƠN')).toEqual(['CBB', 'XB1']);
  });
  it('in a province plan, "trực thuộc huyện ủy" means under any district committee', () => {
    expect(codes('Các chi bộ trực thuộc huyện ủy', ['co-so'])).toEqual(['CB1', 'CBB']);
  });
  it('"… Tỉnh ủy" gives the province’s own level, not a district’s Ban', () => {
    expect(codes('Các cơ quan tham mưu, giúp việc Tỉnh ủy', ['ban-dang'])).toEqual(['BTC', 'VPTU']);
    expect(codes('Các ban đảng', ['ban-dang'])).toEqual(['BTC', 'BTGA', 'VPTU']);
    expect(codes('các đảng ủy trực thuộc Tỉnh ủy', ['dang-uy-truc-thuoc'])).toEqual(['DUK']);
    expect(codes('các đảng ủy trực thuộc Tỉnh ủy Bình Định', ['dang-uy-truc-thuoc'])).toEqual(['DUK']);
    expect(codes('các ban xây dựng Đảng Tỉnh ủy Bình Định', ['ban-dang'])).toEqual(['BTC', 'VPTU']);
  });
  it('families: districts, communes, Front and mass organisations, friendship and mass associations', () => {
    expect(codes('Các huyện, thị, thành ủy', ['huyen-uy'])).toEqual(['HUA', 'HUB', 'TPQ']);
    expect(codes('Các đảng ủy xã, phường', ['dang-uy-xa'])).toEqual(['TT1', 'XA1', 'XB1']);
    expect(codes('các đoàn thể chính trị - xã hội', ['mttq-doan-the'])).toEqual(['HND', 'MT']);
    expect(codes('các tổ chức hữu nghị', ['hoi-quan-chung'])).toEqual(['CTD', 'LHHN']);
    expect(codes('các tổ chức nhân dân', ['mttq-doan-the', 'hoi-quan-chung'])).toEqual(['CTD', 'HND', 'LHHN', 'MT']);
  });
  it('an issuer that is a unit with nothing under it (a Ban of the province) scopes nothing', () => {
    expect(codes('Các huyện ủy', ['huyen-uy'], 'BAN TỔ CHỨC TỈNH ỦY')).toEqual(['HUA', 'HUB', 'TPQ']);
    expect(codes('Các huyện ủy', ['huyen-uy'], null)).toEqual(['HUA', 'HUB', 'TPQ']);
  });
});
