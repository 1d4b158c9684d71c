import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readUnitTable } from '../../../electron/core/units/read-unit-table';
import { unitsFromRows } from '../../../electron/core/units/unit-table';

describe('unit directory tables', () => {
  it('recognises headers case- and diacritic-insensitively, with aliases split on | and ;', () => {
    const units = unitsFromRows(
      [
        ['MÃ', 'tên đơn vị', 'Loai', 'Ten goi khac', 'Đơn vị cấp trên'],
        ['HUPG', 'Huyện ủy Phú Giáo', '', 'HU Phú Giáo; Phú Giáo|PG', 'tu'],
        ['', '', '', '', ''],
        ['TU', 'Tỉnh ủy Bình Dương', 'Khác', '', ''],
      ],
      'dv.csv',
    );
    expect(units.units[0]).toEqual({
      code: 'HUPG',
      name: 'Huyện ủy Phú Giáo',
      kind: 'Huyện ủy, thị ủy, thành ủy',
      family: 'huyen-uy',
      parentCode: 'TU',
      aliases: ['HU Phú Giáo', 'Phú Giáo', 'PG'],
      validFrom: null,
      validTo: null,
      mergedInto: null,
    });
  });
  it('reads the headers offices write: STT, Mã đơn vị, Tên tổ chức đảng, Loại đơn vị, Tên viết tắt, Trực thuộc', () => {
    const { units } = unitsFromRows(
      [
        ['STT', 'Mã đơn vị', 'Tên tổ chức đảng', 'Loại đơn vị', 'Tên viết tắt', 'Trực thuộc'],
        ['1', 'X02', 'Đảng ủy phường An Lạc', 'Đảng ủy xã', 'ĐU An Lạc', 'Tỉnh ủy Long An'],
        ['2', 'B01', 'Báo Long An', 'Cơ quan báo chí', '', ''],
      ],
      'dv.csv',
      [{ code: 'TU', name: 'Tỉnh ủy Long An', kind: 'Khác', family: 'khac', parentCode: null, aliases: [], validFrom: null, validTo: null, mergedInto: null }],
    );
    expect(units.map((u) => [u.code, u.name, u.kind, u.family, u.aliases, u.parentCode])).toEqual([
      ['X02', 'Đảng ủy phường An Lạc', 'Đảng ủy xã', 'dang-uy-xa', ['ĐU An Lạc'], 'TU'],
      ['B01', 'Báo Long An', 'Cơ quan báo chí', 'bao-chi', [], null],
    ]);
  });
  it('accepts English headers', () => {
    const [u] = unitsFromRows([['code', 'name', 'kind', 'aliases', 'parent'], ['B', 'Báo Bình Dương', 'bao-chi', '', '']], 'x.csv').units;
    expect([u?.kind, u?.family]).toEqual(['Cơ quan báo chí', 'bao-chi']);
  });
  it('names the file and line of a bad row', () => {
    expect(() => unitsFromRows([['Mã', 'Tên đơn vị'], ['A', 'X'], ['A', 'Y']], 'dv.csv')).toThrow(/dv\.csv: .*\n- dòng 3: mã "A" đã dùng ở dòng 2/);
    expect(() => unitsFromRows([['Tên'], ['X']], 'dv.csv')).toThrow(/không tìm thấy cột "Mã"/);
  });
  it('reads CSV with ; separators and a BOM, and real xlsx', async () => {
    const csv = Buffer.from('\uFEFFMã;Tên đơn vị\r\nHUDT;Huyện ủy Dầu Tiếng\r\n');
    expect(await readUnitTable(csv, 'a.csv')).toEqual([['Mã', 'Tên đơn vị'], ['HUDT', 'Huyện ủy Dầu Tiếng']]);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('DM');
    ws.addRow(['Mã', 'Tên đơn vị']);
    ws.addRow(['BAOBD', { richText: [{ text: 'Báo ' }, { text: 'Bình Dương' }] }]);
    const rows = await readUnitTable(Buffer.from(await wb.xlsx.writeBuffer()), 'a.xlsx');
    expect(rows[1]).toEqual(['BAOBD', 'Báo Bình Dương']);
  });
  it('refuses CSV not saved as UTF-8', async () => {
    const latin1 = Buffer.from([0x4d, 0xe3, 0x3b, 0x54, 0xea, 0x6e, 0x0a]);
    await expect(readUnitTable(latin1, 'old.csv')).rejects.toThrow(/UTF-8/);
  });
});
