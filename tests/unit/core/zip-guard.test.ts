import { zipSync, strToU8 } from 'fflate';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { guardZip, ZIP_LIMITS } from '../../../electron/core/readers/zip-guard';

const zip = (files: Record<string, Uint8Array>, level: 0 | 6 = 6) => Buffer.from(zipSync(files, { level }));

describe('zip guard', () => {
  it('lists the entries of a real xlsx', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('A').addRow(['x']);
    const entries = await guardZip(Buffer.from(await wb.xlsx.writeBuffer()), 'a.xlsx');
    expect(entries.map((e) => e.name)).toContain('xl/workbook.xml');
  });
  it('refuses a zip bomb by its compression ratio before inflating it', async () => {
    const bomb = zip({ 'xl/sheet.xml': new Uint8Array(8 * 1024 * 1024) });
    expect(bomb.length).toBeLessThan(100_000);
    await expect(guardZip(bomb, 'bomb.xlsx')).rejects.toMatchObject({ code: 'FILE_TOO_LARGE' });
  });
  it('refuses a total size over the limit', async () => {
    const big = zip({ a: strToU8('x'.repeat(3000)), b: strToU8('y'.repeat(3000)) }, 0);
    await expect(guardZip(big, 'big.xlsx', { ...ZIP_LIMITS, maxTotalUncompressed: 4000 })).rejects.toMatchObject({ code: 'FILE_TOO_LARGE' });
  });
  it('refuses too many entries', async () => {
    const many = zip(Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`f${i}.xml`, strToU8('<a/>')])));
    await expect(guardZip(many, 'many.xlsx', { ...ZIP_LIMITS, maxEntries: 20 })).rejects.toMatchObject({ code: 'FILE_TOO_LARGE' });
  });
  it('refuses an entry whose CRC does not match', async () => {
    const good = zip({ 'xl/workbook.xml': strToU8('<workbook>HELLO-WORLD</workbook>') }, 0);
    const i = good.indexOf('HELLO');
    good[i] = 'J'.charCodeAt(0);
    await expect(guardZip(good, 'crc.xlsx')).rejects.toMatchObject({ code: 'FILE_CORRUPT', message: expect.stringContaining('CRC') });
  });
  it('refuses names that escape the archive', async () => {
    const evil = zip({ '../../evil.txt': strToU8('x') });
    await expect(guardZip(evil, 'evil.xlsx')).rejects.toMatchObject({ code: 'FILE_CORRUPT' });
  });
  it('refuses a truncated zip', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('A').addRow(['x']);
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    await expect(guardZip(bytes.subarray(0, bytes.length - 30), 't.xlsx')).rejects.toMatchObject({ code: 'FILE_CORRUPT' });
  });
});
