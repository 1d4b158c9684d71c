// Hostile inputs built from real files (exceljs, docx, pdfmake): each class of damage or attack a
// report or plan file can carry. Shared by tests/reliability/hostile.test.ts and scripts/fuzz.ts.
import crypto from 'node:crypto';
import { createCanvas } from '@napi-rs/canvas';
import * as XLSX from '@e965/xlsx';
import fs from 'node:fs';
import path from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import iconv from 'iconv-lite';
import { COL, REPORT_SHEET } from '../../../electron/core/templates/template-meta';
import { readTemplateMeta } from '../../../electron/core/templates/template-reader';
import { freeFormXlsx, narrativeDocx, narrativePdf, plainTextReport, scannedPdf } from '../../fixtures/reports/build';
import { REPO } from '../../helpers/temp';
import { prng } from './child';
import { RESOURCES } from '../../helpers/engine';

export type Target = 'import' | 'extract';
export type HostileCase = {
  cls: string;
  name: string;
  bytes: Buffer;
  /** Which doors receive it: reports.import, plans.extract, or both. */
  targets: Target[];
  /** Doors where it must end as a rejection (no review, no report): damage no reader may read through. */
  mustReject: Target[];
  /** Doors where it must be read and filed: an odd but legitimate file (Excel's own exports, a big picture). */
  mustRead?: Target[];
};

export type Seeds = {
  template: Buffer;
  freeXlsx: Buffer;
  docx: Buffer;
  pdf: Buffer;
  scanned: Buffer;
  text: Buffer;
  planDocx: Buffer;
  planPdf: Buffer;
  planText: Buffer;
};

const PLAN_TXT = path.join(REPO, 'resources', 'samples', 'plans', 'plan-btg-binh-duong-31-kh-2019.txt');

async function docxOf(lines: string[]): Promise<Buffer> {
  const doc = new Document({ sections: [{ children: lines.map((t) => new Paragraph({ children: [new TextRun({ text: t, font: 'Times New Roman' })] })) }] });
  return Packer.toBuffer(doc);
}

async function pdfOf(lines: string[]): Promise<Buffer> {
  const { renderPdf } = await import('../../../electron/core/exports/pdf-render');
  return Buffer.from(await renderPdf({ content: lines.map((text) => ({ text })), defaultStyle: { font: 'Tinos', fontSize: 12 }, pageSize: 'A4' }, { resourcesDir: RESOURCES, pageNumbers: false }));
}

/** The real files every mutation starts from; `template` is a filled template the caller made. */
export async function makeSeeds(template: Buffer): Promise<Seeds> {
  const planLines = fs.readFileSync(PLAN_TXT, 'utf8').split('\n');
  return {
    template,
    freeXlsx: await freeFormXlsx(),
    docx: await narrativeDocx(),
    pdf: await narrativePdf(),
    scanned: await scannedPdf(),
    text: plainTextReport(),
    planDocx: await docxOf(planLines),
    planPdf: await pdfOf(planLines.slice(0, 60)),
    planText: fs.readFileSync(PLAN_TXT),
  };
}

// ---------- zip surgery

type Files = Record<string, Uint8Array>;

export function rezip(bytes: Buffer, edit: (files: Files) => void): Buffer {
  const files = unzipSync(new Uint8Array(bytes));
  edit(files);
  return Buffer.from(zipSync(files, { level: 6 }));
}

function editText(files: Files, name: string, f: (xml: string) => string): void {
  const cur = files[name];
  if (!cur) throw new Error(`no ${name} in the seed`);
  files[name] = strToU8(f(strFromU8(cur)));
}

/** Offsets of local (PK\3\4) and central (PK\1\2) headers, found by walking the central directory. */
function zipHeaders(b: Buffer): { local: number; central: number; name: string }[] {
  const eocd = b.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) return [];
  const count = b.readUInt16LE(eocd + 10);
  let p = b.readUInt32LE(eocd + 16);
  const out: { local: number; central: number; name: string }[] = [];
  for (let i = 0; i < count && p + 46 <= b.length; i++) {
    out.push({ local: b.readUInt32LE(p + 42), central: p, name: b.toString('utf8', p + 46, p + 46 + b.readUInt16LE(p + 28)) });
    p += 46 + b.readUInt16LE(p + 28) + b.readUInt16LE(p + 30) + b.readUInt16LE(p + 32);
  }
  return out;
}

/** Wrong CRC-32 on the entry at `index`, in both its local and central headers. */
export function badCrc(bytes: Buffer, index: number): Buffer {
  const b = Buffer.from(bytes);
  const h = zipHeaders(b)[index];
  if (!h) return b;
  const crc = (b.readUInt32LE(h.central + 16) ^ 0xdeadbeef) >>> 0;
  b.writeUInt32LE(crc, h.central + 16);
  b.writeUInt32LE(crc, h.local + 14);
  return b;
}

/** An entry whose headers claim a small uncompressed size while the data inflates far larger. */
function lyingSize(bytes: Buffer, index: number, claimed: number): Buffer {
  const b = Buffer.from(bytes);
  const h = zipHeaders(b)[index];
  if (!h) return b;
  b.writeUInt32LE(claimed, h.central + 24);
  b.writeUInt32LE(claimed, h.local + 22);
  return b;
}

/** The minimal package exceljs reads, with `n` worksheets. */
function manySheetsXlsx(n: number): Buffer {
  const sheets = Array.from({ length: n }, (_, i) => i + 1);
  const files: Files = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        sheets.map((i) => `<Override PartName="/xl/worksheets/sheet${i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('') +
        '</Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    'xl/workbook.xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>' +
        sheets.map((i) => `<sheet name="S${i}" sheetId="${i}" r:id="rId${i}"/>`).join('') +
        '</sheets></workbook>',
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        sheets.map((i) => `<Relationship Id="rId${i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i}.xml"/>`).join('') +
        '</Relationships>',
    ),
  };
  for (const i of sheets) {
    files[`xl/worksheets/sheet${i}.xml`] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Trang ${i}</t></is></c></row></sheetData></worksheet>`,
    );
  }
  return Buffer.from(zipSync(files, { level: 6 }));
}

/** A package whose one part is `mb` MB of zeros: kilobytes on disk. */
function bomb(kind: 'xlsx' | 'docx', mb: number): Buffer {
  const zeros = new Uint8Array(mb * 1024 * 1024);
  const part = kind === 'xlsx' ? 'xl/worksheets/sheet1.xml' : 'word/document.xml';
  const main = kind === 'xlsx' ? 'xl/workbook.xml' : 'word/document.xml';
  const files: Files = { '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types/>'), [part]: zeros };
  if (main !== part) files[main] = strToU8('<?xml version="1.0"?><workbook/>');
  return Buffer.from(zipSync(files, { level: 9 }));
}

const LAUGHS =
  '<!DOCTYPE lolz [<!ENTITY lol "lol">' +
  Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`).join('') +
  ']>';

function withDoctype(xml: string): string {
  return xml.replace(/^(<\?xml[^>]*\?>)?/u, (decl) => `${decl || '<?xml version="1.0"?>'}${LAUGHS}`);
}

/** Random Vietnamese-ish words: text that does not compress a thousand times like a bomb. */
function words(rand: () => number, chars: number): string {
  const syll = ['cán', 'bộ', 'đảng', 'viên', 'tuyên', 'truyền', 'chỉ', 'thị', 'hội', 'nghị', 'quán', 'triệt', 'kết', 'quả', 'năm', 'huyện', 'ủy', 'thực', 'hiện'];
  const out: string[] = [];
  let n = 0;
  while (n < chars) {
    const w = `${syll[Math.floor(rand() * syll.length)]}${Math.floor(rand() * 1000)}`;
    out.push(w);
    n += w.length + 1;
  }
  return out.join(' ');
}

function nestedTables(depth: number): string {
  return '<w:tbl><w:tr><w:tc>'.repeat(depth) + '<w:p><w:r><w:t>sâu</w:t></w:r></w:p>' + '</w:tc></w:tr></w:tbl>'.repeat(depth);
}

function replaceBody(xml: string, inner: string): string {
  return xml.replace(/<w:body>[\s\S]*<\/w:body>/u, `<w:body>${inner}</w:body>`);
}

/** A CFB (OLE2) file as Office writes for a password-protected .xlsx/.docx: EncryptionInfo + EncryptedPackage streams. */
function encryptedOoxml(rand: () => number): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  header.writeUInt16LE(0x3e, 24);
  header.writeUInt16LE(3, 26);
  header.writeUInt16LE(0xfffe, 28);
  header.writeUInt16LE(9, 30);
  const dir = Buffer.alloc(512);
  for (const [i, name] of ['Root Entry', 'EncryptionInfo', 'EncryptedPackage', '\u0006DataSpaces'].entries()) {
    const n = Buffer.from(`${name}\u0000`, 'utf16le');
    n.copy(dir, i * 128);
    dir.writeUInt16LE(n.length, i * 128 + 64);
    dir[i * 128 + 66] = i === 0 ? 5 : 2;
  }
  const body = Buffer.from(Array.from({ length: 4096 }, () => Math.floor(rand() * 256)));
  return Buffer.concat([header, dir, body]);
}

/** Bytes with `flips` random bits inverted, away from the first 4 bytes so the format still sniffs the same. */
export function bitFlip(bytes: Buffer, rand: () => number, flips: number): Buffer {
  const b = Buffer.from(bytes);
  for (let i = 0; i < flips; i++) {
    const at = 4 + Math.floor(rand() * (b.length - 4));
    b[at] = (b[at] ?? 0) ^ (1 << Math.floor(rand() * 8));
  }
  return b;
}

/** Every hostile case of the suite, deterministic for a seed. */
export async function hostileCases(s: Seeds, seed = 1): Promise<HostileCase[]> {
  const rand = prng(seed);
  const out: HostileCase[] = [];
  const add = (cls: string, name: string, bytes: Buffer, targets: Target[], mustReject: boolean | Target[]): void => {
    out.push({ cls, name, bytes, targets, mustReject: mustReject === true ? targets : mustReject === false ? [] : mustReject });
  };

  const reportSeeds = { xlsx: s.template, docx: s.docx, pdf: s.pdf } as const;
  for (const [ext, bytes] of Object.entries(reportSeeds)) {
    for (const frac of [0.02, 0.25, 0.5, 0.75, 0.95]) add('truncated', `cut-${Math.round(frac * 100)}.${ext}`, bytes.subarray(0, Math.floor(bytes.length * frac)), ['import'], true);
    add('truncated', `cut-last-byte.${ext}`, bytes.subarray(0, bytes.length - 1), ['import'], ext !== 'pdf');
    for (let i = 0; i < 6; i++) add('bit-flipped', `flip-${i}.${ext}`, bitFlip(bytes, rand, 1 + i), ['import'], false);
  }
  // Excel 97–2003: real BIFF8 bytes written by SheetJS from the free-form report.
  const xls = Buffer.from(XLSX.write(XLSX.read(s.freeXlsx, { type: 'buffer' }), { type: 'buffer', bookType: 'xls' }) as Uint8Array);
  for (const frac of [0.1, 0.5, 0.9]) add('truncated', `cut-${Math.round(frac * 100)}.xls`, xls.subarray(0, Math.floor(xls.length * frac)), ['import'], false);
  for (let i = 0; i < 4; i++) add('bit-flipped', `flip-${i}.xls`, bitFlip(xls, rand, 1 + i * 3), ['import'], false);
  for (const [ext, bytes] of [['docx', s.planDocx], ['pdf', s.planPdf]] as const) {
    for (const frac of [0.1, 0.5, 0.9]) add('truncated', `plan-cut-${Math.round(frac * 100)}.${ext}`, bytes.subarray(0, Math.floor(bytes.length * frac)), ['extract'], true);
    for (let i = 0; i < 4; i++) add('bit-flipped', `plan-flip-${i}.${ext}`, bitFlip(bytes, rand, 1 + i * 2), ['extract'], false);
  }

  add('zip bomb', 'bomb-40mb-zeros.xlsx', bomb('xlsx', 40), ['import', 'extract'], true);
  add('zip bomb', 'bomb-40mb-zeros.docx', bomb('docx', 40), ['import', 'extract'], true);
  add('zip bomb', 'bomb-lying-size.xlsx', lyingSize(bomb('xlsx', 40), 1, 1000), ['import', 'extract'], true);
  add('zip bomb', 'bomb-6000-entries.xlsx', manySheetsXlsx(6000), ['import'], true);

  add('entity expansion', 'laughs-sheet.xlsx', rezip(s.template, (f) => editText(f, 'xl/worksheets/sheet1.xml', (x) => withDoctype(x).replace(/<v>[^<]*<\/v>/u, '<v>&lol9;</v>'))), ['import'], true);
  add('entity expansion', 'laughs-strings.xlsx', rezip(s.template, (f) => editText(f, 'xl/sharedStrings.xml', (x) => withDoctype(x).replace(/<t([^>]*)>[^<]*<\/t>/u, '<t$1>&lol9;</t>'))), ['import'], true);
  const laughDocx = (b: Buffer) => rezip(b, (f) => editText(f, 'word/document.xml', (x) => withDoctype(x).replace(/<w:t([^>]*)>[^<]*<\/w:t>/u, '<w:t$1>&lol9;</w:t>')));
  // A reader that ignores the DTD and reads on is fine; expanding it is not (time and memory bounds).
  add('entity expansion', 'laughs.docx', laughDocx(s.docx), ['import'], false);
  add('entity expansion', 'plan-laughs.docx', laughDocx(s.planDocx), ['extract'], false);

  const big = words(rand, 3_000_000);
  const hugeWb = new ExcelJS.Workbook();
  hugeWb.addWorksheet('Báo cáo').getCell('A1').value = big;
  add('huge cell text', 'huge-cell-3mb.xlsx', Buffer.from(await hugeWb.xlsx.writeBuffer()), ['import'], false);
  add('huge cell text', 'huge-cell-template.xlsx', await withResult(s.template, big.slice(0, 1_000_000)), ['import'], false);
  add('huge cell text', 'huge-paragraph-3mb.docx', await docxOf([big]), ['import', 'extract'], false);
  add('huge cell text', 'huge-line-3mb.txt', Buffer.from(big), ['import', 'extract'], false);

  add('thousands of sheets', 'sheets-3000.xlsx', manySheetsXlsx(3000), ['import'], false);

  const enc = encryptedOoxml(rand);
  add('encrypted OOXML', 'mat-khau.xlsx', enc, ['import', 'extract'], true);
  add('encrypted OOXML', 'mat-khau.docx', enc, ['import', 'extract'], true);

  add('wrong extension', 'docx-named.xlsx', s.docx, ['import'], false);
  add('wrong extension', 'pdf-named.docx', s.pdf, ['import'], false);
  add('wrong extension', 'xlsx-named.pdf', s.freeXlsx, ['import', 'extract'], false);
  add('wrong extension', 'text-named.xlsx', s.text, ['import'], false);
  add('wrong extension', 'plan-docx-named.pdf', s.planDocx, ['extract'], false);
  add('wrong extension', 'plan-pdf-named.docx', s.planPdf, ['extract'], false);
  add('wrong extension', 'png-named.xlsx', Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), crypto.randomBytes(512)]), ['import', 'extract'], true);

  const csv = 'Mã,Tên đơn vị,Tình trạng\nHUDT,Huyện ủy Dầu Tiếng,Đã thực hiện\n';
  add('non-UTF-8 CSV', 'cp1258.csv', iconv.encode(csv, 'windows1258'), ['import', 'extract'], false);
  add('non-UTF-8 CSV', 'utf16le-no-bom.csv', iconv.encode(csv, 'utf16le'), ['import', 'extract'], false);
  add('non-UTF-8 CSV', 'utf16be-bom.csv', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(csv, 'utf16be')]), ['import', 'extract'], false);
  add('non-UTF-8 CSV', 'shift-jis.csv', iconv.encode('コード,名前\n1,テスト\n', 'shift_jis'), ['import', 'extract'], false);
  add('non-UTF-8 CSV', 'random-high-bytes.csv', Buffer.from(Array.from({ length: 2000 }, () => 0x80 + Math.floor(rand() * 0x7f))), ['import', 'extract'], false);

  for (const ext of ['xlsx', 'docx', 'pdf', 'csv']) add('empty', `rong.${ext}`, Buffer.alloc(0), ['import', 'extract'], true);
  add('empty', 'spaces.txt', Buffer.from('   \n\t\n  '), ['import', 'extract'], true);
  add('empty', 'bom-only.txt', Buffer.from([0xef, 0xbb, 0xbf]), ['import', 'extract'], true);
  add('empty', 'one-byte.xlsx', Buffer.from('P'), ['import', 'extract'], true);
  add('empty', 'empty-zip.xlsx', Buffer.concat([Buffer.from([0x50, 0x4b, 0x05, 0x06]), Buffer.alloc(18)]), ['import', 'extract'], true);
  add('empty', 'pdf-header-only.pdf', Buffer.from('%PDF-1.4\n%%EOF\n'), ['import', 'extract'], true);

  for (const evil of ['../../evil-traversal.txt', '/tmp/evil-absolute.txt', 'C:/evil-drive.txt', '..\\..\\evil-backslash.txt']) {
    const tag = evil.replace(/[^a-z]/giu, '').slice(0, 16);
    add('path traversal in zip', `traversal-${tag}.xlsx`, rezip(s.template, (f) => (f[evil] = strToU8('pwned'))), ['import'], true);
    add('path traversal in zip', `traversal-${tag}.docx`, rezip(s.planDocx, (f) => (f[evil] = strToU8('pwned'))), ['extract', 'import'], ['import']);
  }

  // A damaged part the reader inflates is refused; one it never reads (document properties) does not
  // spoil the report. (The app's template is read whole, so any damage in it is refused.)
  const at = (bytes: Buffer, name: string): number => zipHeaders(bytes).findIndex((h) => h.name === name);
  for (const idx of [0, 2]) add('bad CRC', `bad-crc-${idx}.xlsx`, badCrc(s.template, idx), ['import'], true);
  add('bad CRC', 'bad-crc-document.docx', badCrc(s.docx, at(s.docx, 'word/document.xml')), ['import'], true);
  add('bad CRC', 'bad-crc-props.docx', badCrc(s.docx, at(s.docx, 'docProps/core.xml')), ['import'], false);
  for (const idx of [0, 2]) add('bad CRC', `plan-bad-crc-${idx}.docx`, badCrc(s.planDocx, idx), ['extract'], false);

  // Deeper than ~25 000 the repeated tags compress past guardZip's ratio limit and never reach a parser.
  for (const depth of [200, 5000, 20000]) {
    const deep = (b: Buffer) => rezip(b, (f) => editText(f, 'word/document.xml', (x) => replaceBody(x, nestedTables(depth))));
    add('nested tables', `nested-${depth}.docx`, deep(s.docx), ['import', 'extract'], ['import']);
  }

  add('PDF without text layer', 'ban-scan.pdf', s.scanned, ['import', 'extract'], true);
  // A photo cut off in sending, or bytes that only start like one: crashed the native image decoder
  // (a segfault took the whole process) until photos were decoded in JavaScript.
  const photo = createCanvas(400, 300).toBuffer('image/jpeg');
  for (const frac of [0.1, 0.5, 0.9]) add('damaged photo', `anh-cat-${Math.round(frac * 100)}.jpg`, photo.subarray(0, Math.floor(photo.length * frac)), ['import'], true);
  add('damaged photo', 'jpeg-junk.jpg', Buffer.concat([photo.subarray(0, 3), crypto.randomBytes(2048)]), ['import'], true);
  add('PDF without text layer', 'whitespace-only.pdf', await pdfOf([' ', '  ']), ['import', 'extract'], true);

  // Odd but legitimate: what offices' software really exports, read as the report it holds.
  const legit = (name: string, bytes: Buffer): void => void out.push({ cls: 'odd but legitimate', name, bytes, targets: ['import'], mustReject: [], mustRead: ['import'] });
  legit('anh-con-dau-20mb.docx', rezip(s.docx, (f) => (f['word/media/con-dau.bmp'] = new Uint8Array(20 * 1024 * 1024).fill(0xee))));
  legit('doctype-thuoc-tinh.xlsx', rezip(s.freeXlsx, (f) => (f['docProps/core.xml'] = strToU8('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "a">]><x>&a;</x>'))));
  legit('chu-to-hop-an.xlsx', rezip(s.freeXlsx, (f) => editText(f, 'xl/sharedStrings.xml', (x) => x.normalize('NFD').replace(/>([^<]{3,})</gu, (_m, t: string) => `>\uFEFF${t.replace(/ /gu, ' \u200B')}\u202C<`))));
  // SheetJS writes the same sheets the way Excel's "Save as" does: a web page and an XML 2003 file named .xls, a CSV.
  const sheets = XLSX.read(s.freeXlsx, { type: 'buffer' });
  legit('trang-web.xls', Buffer.from(XLSX.write(sheets, { type: 'buffer', bookType: 'html' }) as Uint8Array));
  legit('xml-2003.xls', Buffer.from(XLSX.write(sheets, { type: 'buffer', bookType: 'xlml' }) as Uint8Array));
  const csvText = XLSX.utils.sheet_to_csv(sheets.Sheets[sheets.SheetNames[0] ?? '']!);
  legit('bang-utf8.csv', Buffer.from(csvText, 'utf8'));
  legit('bang-utf16.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(csvText, 'utf16le')]));
  // Plain text under a workbook's or a document's name: the unit sent the wrong file. (Other bytes
  // than the CSVs above: the same bytes again would be a duplicate before any reader runs.)
  add('odd but legitimate', 'csv-utf16-named.xlsx', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(`${csvText}\n`, 'utf16le')]), ['import'], true);
  add('odd but legitimate', 'csv-named.docx', Buffer.from(`${csvText}\n`, 'utf8'), ['import'], true);
  return out;
}

/** The template with every item's result set to `value` (text, or a formula object). */
export async function withResult(template: Buffer, value: ExcelJS.CellValue): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(template as unknown as ArrayBuffer);
  const meta = readTemplateMeta(wb, 'template');
  const ws = wb.getWorksheet(REPORT_SHEET)!;
  for (const item of meta.items) ws.getCell(item.row, COL.result).value = value;
  return Buffer.from(await wb.xlsx.writeBuffer());
}
