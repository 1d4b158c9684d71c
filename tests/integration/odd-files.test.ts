// Odd but legitimate files read, really bad ones refused: each case on a file the test makes
// (docx, exceljs, fflate, iconv), imported through the service on plan 27-KH/TU of Kiên Trung.
import iconv from 'iconv-lite';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { asDocx, asWorkbook } from '../fixtures/reports/documents';
import { districtReport, importFile, province } from '../fixtures/province/province';
import type { Province } from '../fixtures/province/province';

let p: Province;
beforeAll(async () => {
  p = await province();
});

const figuresOf = (reportId: number | null): Record<string, number> =>
  Object.fromEntries(
    (p.svc.db.prepare('SELECT i.key, f.value FROM report_figures f JOIN indicators i ON i.id = f.indicator_id WHERE f.report_id = ?').all(reportId) as { key: string; value: number }[]).map((f) => [f.key, f.value]),
  );
const notesOf = (reportId: number | null): { code: string; message: string }[] =>
  p.svc.db.prepare('SELECT code, message FROM report_notes WHERE report_id = ? ORDER BY ord').all(reportId) as { code: string; message: string }[];
const formatOf = (reportId: number | null): string =>
  (p.svc.db.prepare('SELECT f.format FROM reports r JOIN stored_files f ON f.sha256 = r.file_sha WHERE r.id = ?').get(reportId) as { format: string }).format;

/** Text the way Windows-1258 holds it: â ê ô ơ ư ă precomposed, the five tone marks combining after. */
const asCp1258 = (s: string): string =>
  s.normalize('NFD').replace(/([AEOUaeou])([\u0300\u0301\u0303\u0309\u0323]?)([\u0302\u0306\u031B])/gu, (_m, base: string, tone: string, mark: string) => (base + mark).normalize('NFC') + tone);

/** The same zip with parts added or replaced. */
function rezip(bytes: Buffer, change: (files: Record<string, Uint8Array>) => void): Buffer {
  const files = unzipSync(new Uint8Array(bytes));
  change(files);
  return Buffer.from(zipSync(files));
}

// One unit's table, as every format below writes it: header lines, then the figures.
const HEADER = ['ĐẢNG BỘ TỈNH KIÊN TRUNG', 'HUYỆN ỦY GIỒNG RIỀNG', 'Số 61-BC/HU', 'Giồng Riềng, ngày 09 tháng 12 năm 2021', 'BÁO CÁO', 'Kết quả thực hiện Kế hoạch số 27-KH/TU năm 2021'];
const TABLE = [
  ['STT', 'Nội dung', 'Số hội nghị', 'Số lượt người tham dự'],
  ['1', 'Quán triệt Chỉ thị 18-CT/TW', '6', '1.240'],
  ['Tổng cộng', '', '6', '1.240'],
];

describe('parts that are never read do not spoil a report', () => {
  it('a Word report with a 20 MB picture of a stamp imports', async () => {
    const docx = rezip(await asDocx(districtReport({ number: 'Số 201-BC/HU' })), (f) => {
      // A bitmap of one colour: 20 MB that compresses a thousand times, the shape of a zip bomb.
      f['word/media/con-dau.bmp'] = new Uint8Array(20 * 1024 * 1024).fill(0xee);
    });
    const r = await importFile(p, 'HU Hon Dat - co anh con dau.docx', docx);
    expect(r).toMatchObject({ outcome: 'imported', unit: { code: 'HUHD' } });
    expect(figuresOf(r.reportId)).toMatchObject({ hoi_nghi: 12, luot_tham_du: 1450 });
  });

  it('a DOCTYPE in the document properties is ignored; in a sheet that is read, refused', async () => {
    const book = await asWorkbook([{ name: 'BC', header: HEADER.map((h) => h.replace('GIỒNG RIỀNG', 'BẮC HÒN ĐẤT')), rows: TABLE }]);
    const doctype = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><cp:coreProperties xmlns:cp="x">&b;</cp:coreProperties>';
    const props = rezip(book, (f) => (f['docProps/core.xml'] = strToU8(doctype)));
    expect(await importFile(p, 'Bac Hon Dat - thuoc tinh la.xlsx', props)).toMatchObject({ outcome: 'imported', unit: { code: 'HUBHD' } });
    const sheet = rezip(book, (f) => (f['xl/worksheets/sheet1.xml'] = strToU8(strFromU8(f['xl/worksheets/sheet1.xml']!).replace('<worksheet', '<!DOCTYPE w [<!ENTITY e "x">]><worksheet'))));
    const r = await importFile(p, 'Bac Hon Dat - trang tinh la.xlsx', sheet);
    expect(r).toMatchObject({ outcome: 'rejected', error: { code: 'FILE_CORRUPT' } });
    expect(r.error?.message).toContain('DOCTYPE');
  });
});

describe('text cleaned on entry', () => {
  it('unit names in decomposed letters, with zero-width spaces, a BOM, a bidi override and tabs, and a 10 000-letter cell', async () => {
    const dirty = (s: string): string => `\uFEFF${s.normalize('NFD').replace(/ /gu, ' \u200B').replace('HUYỆN', '\u202EHUYỆN\u202C')}\t`;
    const rows = [...TABLE.slice(0, 2), ['2', 'x'.repeat(10_000), '', ''], TABLE[2]!];
    const book = await asWorkbook([{ name: 'BC', header: HEADER.map(dirty), rows }]);
    const r = await importFile(p, 'bao cao.xlsx', book);
    expect(r).toMatchObject({ outcome: 'imported', unit: { code: 'HUGR' } });
    expect(figuresOf(r.reportId)).toMatchObject({ hoi_nghi: 6, luot_tham_du: 1240 });
    expect(notesOf(r.reportId).some((n) => n.code === 'TEXT_CUT')).toBe(true);
  });
});

describe('workbooks that older systems and Excel itself save as text', () => {
  const html = `<html xmlns:x="urn:schemas-microsoft-com:office:excel"><head><meta charset="utf-8"><style>td{mso-number-format:"\\@"}</style></head><body>
    <table>${HEADER.map((h) => `<tr><td colspan="4">${h.replace('GIỒNG RIỀNG', 'HÒN ĐẤT').replace('61-BC', '301-BC')}</td></tr>`).join('')}
    ${TABLE.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table></body></html>`;
  const xml2003 = `<?xml version="1.0"?><?mso-application progid="Excel.Sheet"?>
    <Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">
    <Worksheet ss:Name="BC"><Table>
    ${HEADER.map((h) => `<Row><Cell ss:MergeAcross="3"><Data ss:Type="String">${h.replace('GIỒNG RIỀNG', 'BẮC HÒN ĐẤT').replace('61-BC', '302-BC')}</Data></Cell></Row>`).join('')}
    ${TABLE.map((r) => `<Row>${r.map((c) => `<Cell><Data ss:Type="${/^[\d.]+$/u.test(c) && c !== '' ? 'Number' : 'String'}">${c.replace('.', '')}</Data></Cell>`).join('')}</Row>`).join('')}
    </Table></Worksheet></Workbook>`;
  const csv = (unit: string, number: string): string => [...HEADER.map((h) => h.replace('GIỒNG RIỀNG', unit).replace('61-BC', number)), ...TABLE.map((r) => r.map((c) => (c.includes(',') ? `"${c}"` : c)).join(';'))].join('\r\n');

  it.each([
    ['an Excel "Web Page" saved as .xls', 'HU Hon Dat.xls', () => Buffer.from(html, 'utf8'), 'HUHD', 'html', 'HTML'],
    ['an Excel 2003 XML Spreadsheet saved as .xls', 'HU Bac Hon Dat.xls', () => Buffer.from(xml2003, 'utf8'), 'HUBHD', 'xml2003', 'XML'],
    ['a CSV in UTF-8', 'Giong Rieng.csv', () => Buffer.from(csv('GIỒNG RIỀNG', '303-BC'), 'utf8'), 'HUGR', 'csv', 'UTF-8'],
    ['a CSV in UTF-16 with its byte-order mark', 'Trung Pho.csv', () => Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(csv('TRUNG PHỐ', '304-BC').replace('HUYỆN ỦY', 'THÀNH ỦY'), 'utf16le')]), 'THTP', 'csv', 'UTF-16LE'],
    ['a CSV in Windows-1258', 'Khoi.csv', () => iconv.encode(asCp1258(csv('KHỐI', '305-BC').replace('HUYỆN ỦY KHỐI', 'ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH')), 'windows1258'), 'DUK', 'csv', 'Windows-1258'],
  ])('%s is read as a workbook, its format named', async (_what, name, bytes, unit, format, said) => {
    // A province of its own: the cases above already filed reports of these units.
    p = await province();
    const r = await importFile(p, name, bytes());
    expect(r, r.error?.message).toMatchObject({ outcome: 'imported', unit: { code: unit } });
    expect(figuresOf(r.reportId)).toMatchObject({ hoi_nghi: 6, luot_tham_du: 1240 });
    expect(formatOf(r.reportId)).toBe(format);
    expect(notesOf(r.reportId).find((n) => n.code === 'SOURCE_FORMAT')?.message).toContain(said);
  });

  it('plain text under a workbook\'s or a document\'s name is refused, whatever it holds', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(csv('GIỒNG RIỀNG', '306-BC'), 'utf16le')]);
    for (const [name, bytes] of [['so lieu.xlsx', utf16], ['bao cao.docx', Buffer.from(csv('GIỒNG RIỀNG', '307-BC'), 'utf8')]] as const) {
      const r = await importFile(p, name, bytes);
      expect(r.outcome).toBe('rejected');
      expect(r.error?.message).toContain(`tệp văn bản thuần mang đuôi .${name.split('.').pop()}`);
      expect(r.error?.message).toMatch(/đề nghị đơn vị gửi lại đúng tệp (Excel|Word)/u);
    }
  });
});
