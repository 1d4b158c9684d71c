// Unit directories as offices write them, in files written here (CSV text and real .xlsx through
// exceljs), imported through the service exactly as every door does.
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/dispatch';
import { createService } from '../../electron/core/service';
import type { Service } from '../../electron/core/service';
import { callOk, rowCounts } from '../helpers/service-calls';
import { tempDir } from '../helpers/temp';
import { TEST_ENGINE } from '../helpers/engine';

let svc: Service | null = null;
afterEach(() => {
  svc?.close();
  svc = null;
});

function service(): { svc: Service; dir: string } {
  const dir = tempDir();
  svc = createService({ ...TEST_ENGINE, dbPath: path.join(dir, 'dv.sqlite') });
  return { svc, dir };
}

function writeCsv(dir: string, name: string, rows: string[][]): string {
  const quote = (c: string) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  const file = path.join(dir, name);
  fs.writeFileSync(file, `${rows.map((r) => r.map(quote).join(',')).join('\r\n')}\r\n`);
  return file;
}

async function writeXlsx(dir: string, name: string, rows: string[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh mục');
  for (const r of rows) ws.addRow(r);
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

const importFile = (s: Service, file: string) => callOk(s, 'units.importTable', { file: { name: path.basename(file), path: file } });
const kindsOf = (units: Array<{ code: string; kind: string; family: string }>) => Object.fromEntries(units.map((u) => [u.code, [u.kind, u.family]]));

describe('a province directory whose kind column uses the office’s own words', () => {
  it('imports every row without a warning, keeping each kind as written and its family', async () => {
    const { svc, dir } = service();
    const file = writeCsv(dir, 'don-vi-tinh.csv', [
      ['code', 'name', 'kind', 'aliases', 'parent'],
      ['TPA', 'Thành ủy An Phú', 'Thành ủy', 'TU An Phú', ''],
      ['HUB', 'Huyện ủy Bình Lâm', 'Huyện ủy', '', ''],
      ['DUK', 'Đảng ủy Khối các cơ quan tỉnh', 'Đảng ủy trực thuộc Tỉnh ủy', 'ĐUK', ''],
      ['BTC', 'Ban Tổ chức Tỉnh ủy', 'Cơ quan tham mưu, giúp việc Tỉnh ủy', '', ''],
      ['BCS', 'Ban cán sự đảng UBND tỉnh', 'Ban cán sự đảng', '', ''],
      ['MT', 'Ủy ban MTTQ Việt Nam tỉnh', 'Mặt trận Tổ quốc', '', ''],
      ['HND', 'Hội Nông dân tỉnh', 'Đoàn thể chính trị - xã hội', '', ''],
      ['LHHN', 'Liên hiệp các tổ chức hữu nghị tỉnh', 'Tổ chức hữu nghị', '', ''],
      ['CTD', 'Hội Chữ thập đỏ tỉnh', 'Hội quần chúng', '', ''],
    ]);
    const res = await importFile(svc, file);
    expect(res.added).toBe(9);
    expect(res.warnings).toEqual([]);
    expect(kindsOf(res.units)).toEqual({
      TPA: ['Thành ủy', 'huyen-uy'],
      HUB: ['Huyện ủy', 'huyen-uy'],
      DUK: ['Đảng ủy trực thuộc Tỉnh ủy', 'dang-uy-truc-thuoc'],
      BTC: ['Cơ quan tham mưu, giúp việc Tỉnh ủy', 'ban-dang'],
      BCS: ['Ban cán sự đảng', 'dang-doan-bcs'],
      MT: ['Mặt trận Tổ quốc', 'mttq-doan-the'],
      HND: ['Đoàn thể chính trị - xã hội', 'mttq-doan-the'],
      LHHN: ['Tổ chức hữu nghị', 'hoi-quan-chung'],
      CTD: ['Hội quần chúng', 'hoi-quan-chung'],
    });
  });
});

describe('a district directory in Excel with kind words the app has never seen', () => {
  const rows = [
    ['STT', 'Mã đơn vị', 'Tên tổ chức đảng', 'Phân loại', 'Trực thuộc'],
    ['1', 'HU', 'Huyện ủy Ia Ly', 'Cấp ủy cấp trên', ''],
    ['2', 'XIAMO', 'Đảng ủy xã Ia Mơ', 'Khối xã, thị trấn', 'Huyện ủy Ia Ly'],
    ['3', 'TTIALY', 'Đảng ủy thị trấn Ia Ly', 'Khối xã, thị trấn', 'HU'],
    ['4', 'CBTHPT', 'Chi bộ Trường THPT Ia Ly', 'Khối sự nghiệp', 'Huyện ủy Ia Ly'],
    ['5', 'DBCA', 'Đảng bộ Công an huyện', 'Khối lực lượng vũ trang', 'HU'],
    ['6', 'CTY', 'Công ty Cà phê Ia Ly', 'Khối doanh nghiệp', 'HU'],
  ];

  it('is never refused over a kind word: unknown words stay kinds of their own, guessed by name, the rows named', async () => {
    const { svc, dir } = service();
    const res = await importFile(svc, await writeXlsx(dir, 'danh-muc-huyen.xlsx', rows));
    expect(res.added).toBe(6);
    const units = new Map(res.units.map((u) => [u.code, u]));
    expect(units.get('XIAMO')).toMatchObject({ kind: 'Khối xã, thị trấn', family: 'dang-uy-xa', parentCode: 'HU' });
    expect(units.get('TTIALY')).toMatchObject({ kind: 'Khối xã, thị trấn', family: 'dang-uy-xa', parentCode: 'HU' });
    expect(units.get('CBTHPT')).toMatchObject({ kind: 'Khối sự nghiệp', family: 'co-so', parentCode: 'HU' });
    expect(units.get('CTY')).toMatchObject({ kind: 'Khối doanh nghiệp', family: 'khac' });
    const byRows = Object.fromEntries(res.warnings.map((w) => [w.rows.join(','), w.message]));
    expect(byRows['2']).toMatch(/Loại "Cấp ủy cấp trên" \(dòng 2\).*"Huyện ủy, thị ủy, thành ủy" \(dòng 2\)/);
    expect(byRows['5']).toMatch(/Loại "Khối sự nghiệp" \(dòng 5\).*"Chi bộ, đảng bộ cơ sở"/);
    expect(byRows['7']).toMatch(/Loại "Khối doanh nghiệp" \(dòng 7\).*Khác/);
    expect(res.warnings.every((w) => /đổi tên và nhóm của loại này trong bảng “Loại đơn vị” ở màn hình Đơn vị/.test(w.message))).toBe(true);
  });

  it('keeps a family set in the Đơn vị screen when the same directory is imported again', async () => {
    const { svc, dir } = service();
    const file = await writeXlsx(dir, 'danh-muc-huyen.xlsx', rows);
    await importFile(svc, file);
    const after = await callOk(svc, 'units.setKind', { kind: 'Khối doanh nghiệp', label: 'Khối doanh nghiệp', family: 'co-so' });
    expect(after.find((u) => u.code === 'CTY')).toMatchObject({ kind: 'Khối doanh nghiệp', family: 'co-so' });
    const again = await importFile(svc, file);
    expect(again.updated).toBe(6);
    expect(again.units.find((u) => u.code === 'CTY')).toMatchObject({ kind: 'Khối doanh nghiệp', family: 'co-so' });
    expect(again.warnings.some((w) => w.message.includes('Khối doanh nghiệp'))).toBe(false);
  });

  it('renames a kind for all its units, merging it with a kind of the same name', async () => {
    const { svc, dir } = service();
    await importFile(svc, await writeXlsx(dir, 'danh-muc-huyen.xlsx', rows));
    const units = await callOk(svc, 'units.setKind', { kind: 'Khối xã, thị trấn', label: 'Đảng bộ xã, thị trấn', family: 'dang-uy-xa' });
    expect(units.filter((u) => u.kind === 'Đảng bộ xã, thị trấn').map((u) => u.code).sort()).toEqual(['TTIALY', 'XIAMO']);
    const missing = await dispatch(svc.handlers, 'units.setKind', { kind: 'Không có', label: 'X', family: 'khac' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('real errors in a directory', () => {
  it('refuses the file, naming every bad row and what is accepted, and writes nothing', async () => {
    const { svc, dir } = service();
    const file = writeCsv(dir, 'loi.csv', [
      ['Mã', 'Tên đơn vị', 'Loại', 'Đơn vị cấp trên', 'Hiệu lực từ'],
      ['A', 'Huyện ủy A', 'Huyện ủy', '', ''],
      ['B', '', 'Huyện ủy', '', ''],
      ['A', 'Huyện ủy A2', 'Huyện ủy', '', ''],
      ['C', 'Chi bộ C', 'Chi bộ', 'Huyện ủy Không Có', ''],
      ['', 'Chi bộ D', 'Chi bộ', 'A', ''],
      ['E', 'Chi bộ E', 'Chi bộ', 'A', '31/02/2025'],
    ]);
    const before = rowCounts(svc);
    const res = await dispatch(svc.handlers, 'units.importTable', { file: { name: 'loi.csv', path: file } });
    expect(res.ok).toBe(false);
    const message = res.ok ? '' : res.error.message;
    expect(message).toMatch(/^Tệp loi\.csv: chưa nhập đơn vị nào vì 5 lỗi:/);
    expect(message).toContain('- dòng 3 (mã B): thiếu tên đơn vị — cần tên đầy đủ');
    expect(message).toContain('- dòng 4: mã "A" đã dùng ở dòng 2 — mỗi mã chỉ dùng cho một đơn vị.');
    expect(message).toContain('- dòng 5: đơn vị cấp trên "Huyện ủy Không Có" không có trong tệp hay trong danh mục — ghi mã hoặc tên');
    expect(message).toContain('- dòng 6 (Chi bộ D): thiếu mã đơn vị');
    expect(message).toContain('- dòng 7: ngày "31/02/2025" không đọc được — ghi ngày dạng dd/mm/yyyy.');
    expect(rowCounts(svc)).toEqual(before);
  });

  it('lets a parent point at a unit already in the directory', async () => {
    const { svc, dir } = service();
    await importFile(svc, writeCsv(dir, 'tinh.csv', [['Mã', 'Tên đơn vị', 'Loại'], ['HUA', 'Huyện ủy An Lão', 'Huyện ủy']]));
    const res = await importFile(svc, writeCsv(dir, 'huyen.csv', [['Mã', 'Tên đơn vị', 'Loại', 'Trực thuộc'], ['XA1', 'Đảng ủy xã An Hòa', 'Đảng ủy xã', 'HU An Lão']]));
    expect(res.units.find((u) => u.code === 'XA1')).toMatchObject({ parentCode: 'HUA', family: 'dang-uy-xa' });
  });
});

describe('a unit saved one by one', () => {
  it('gets its family from its kind word, or from its name when the word is new', async () => {
    const { svc } = service();
    const base = { parentCode: null, aliases: [], validFrom: null, validTo: null, mergedInto: null };
    expect(await callOk(svc, 'units.save', { code: 'A', name: 'Hội Nhà báo tỉnh', kind: 'Hội quần chúng', ...base })).toMatchObject({ family: 'hoi-quan-chung' });
    expect(await callOk(svc, 'units.save', { code: 'B', name: 'Đảng ủy xã Thử', kind: 'dang-uy-xa', ...base })).toMatchObject({ kind: 'Đảng ủy xã, phường, thị trấn, đặc khu', family: 'dang-uy-xa' });
    expect(await callOk(svc, 'units.save', { code: 'C', name: 'Chi bộ Thử', kind: 'Loại mới', ...base })).toMatchObject({ kind: 'Loại mới', family: 'co-so' });
    expect(await callOk(svc, 'units.save', { code: 'D', name: 'Chi bộ Khác', kind: 'Loại mới', family: 'khac', ...base })).toMatchObject({ family: 'khac' });
  });
});
