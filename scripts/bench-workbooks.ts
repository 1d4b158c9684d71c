// Workbook bench (issue 16): what Excel writes beside a report must cost nothing, and a sheet far too
// big for a report must be refused without filling memory. Each file goes through `tonghop import`
// as its own process, timed whole and with its peak memory (GNU time), into a database holding the
// sample plan and directory:
//   - an ordinary one-sheet report, for reference;
//   - the same report after a user selected whole columns: data validations, a conditional format
//     and a merge reaching row 1,048,576, and a formatted empty cell on the last row;
//   - a 400,000-row export (8 columns), which is not a report;
//   - 400,000 rows of one small cell, whose sheet is small enough to be read (rows past the
//     reader's limit are passed over).
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { findSourceRoot, sourceLayout } from '../electron/core/paths';
import { COMMUNE, reportWorkbook } from './bench/corpus';

const root = findSourceRoot(import.meta.dirname);
const samples = path.join(sourceLayout(root).resourcesDir, 'samples');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tonghop-bench-workbooks-'));
const db = path.join(dir, 'b.sqlite');
const LAST_ROW = 1_048_576;

const tonghop = (...args: string[]): string =>
  execFileSync(process.execPath, [path.join(root, 'bin', 'tonghop.mjs'), ...args, '--db', db], { encoding: 'utf8', maxBuffer: 64 << 20 });

/** The report's first sheet with what selecting whole columns leaves behind, in schema order after sheetData. */
function withWholeColumns(xlsx: Uint8Array): Uint8Array {
  const parts = unzipSync(xlsx);
  const name = 'xl/worksheets/sheet1.xml';
  const sheet = strFromU8(parts[name] as Uint8Array);
  const lastRow = `<row r="${LAST_ROW}"><c r="A${LAST_ROW}" s="0"/></row>`;
  const extra = [
    `<mergeCells count="1"><mergeCell ref="G1:G${LAST_ROW}"/></mergeCells>`,
    `<conditionalFormatting sqref="A1:Z${LAST_ROW}"><cfRule type="cellIs" dxfId="0" priority="1" operator="greaterThan"><formula>100</formula></cfRule></conditionalFormatting>`,
    `<dataValidations count="2">`,
    `<dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="C1:C${LAST_ROW}"><formula1>"Đã thực hiện,Đang thực hiện,Chưa thực hiện"</formula1></dataValidation>`,
    `<dataValidation type="whole" allowBlank="1" sqref="E1:F${LAST_ROW}"><formula1>0</formula1><formula2>100000</formula2></dataValidation>`,
    `</dataValidations>`,
  ].join('');
  if (!sheet.includes('</sheetData>')) throw new Error('unexpected sheet XML from exceljs');
  parts[name] = strToU8(sheet.replace('</sheetData>', `${lastRow}</sheetData>${extra}`));
  return zipSync(parts, { level: 6 });
}

/** A workbook of one sheet with `rows` rows of `cols` numbers (a data export), written part by part. */
function bigSheet(rows: number, cols: number): Uint8Array {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const chunks: string[] = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'];
  for (let r = 1; r <= rows; r++) {
    let row = `<row r="${r}">`;
    for (let c = 0; c < cols; c++) row += `<c r="${letters[c]}${r}"><v>${(r * 7 + c) % 1000}</v></c>`;
    chunks.push(`${row}</row>`);
  }
  chunks.push('</sheetData></worksheet>');
  return zipSync(
    {
      '[Content_Types].xml': strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
      ),
      '_rels/.rels': strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
      ),
      'xl/workbook.xml': strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Dữ liệu" sheetId="1" r:id="rId1"/></sheets></workbook>',
      ),
      'xl/_rels/workbook.xml.rels': strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
      ),
      'xl/worksheets/sheet1.xml': strToU8(chunks.join('')),
    },
    { level: 6 },
  );
}

type Run = { ms: number; rssMiB: number | null; outcome: string; detail: string };

/** `tonghop import FILE --json` as its own process: wall time, peak memory, and what it said. */
function importFile(file: string): Run {
  const gnuTime = fs.existsSync('/usr/bin/time');
  const args = [path.join(root, 'bin', 'tonghop.mjs'), 'import', file, '--plan', '31-KH/BTGTU', '--round', 'Thử 6 tháng 2019', '--received', '2019-07-10', '--db', db, '--json'];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(gnuTime ? '/usr/bin/time' : process.execPath, gnuTime ? ['-f', '%M', process.execPath, ...args] : args, { encoding: 'utf8', maxBuffer: 64 << 20 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const kb = gnuTime ? Number(/(\d+)\s*$/u.exec(r.stderr.trim())?.[1] ?? NaN) : NaN;
  const [result] = JSON.parse(r.stdout || '[{}]') as { outcome?: string; unit?: { name: string } | null; error?: { message: string } | null }[];
  const detail = result?.error?.message ?? (result?.unit ? result.unit.name : '');
  return { ms, rssMiB: Number.isFinite(kb) ? kb / 1024 : null, outcome: result?.outcome ?? `exit ${r.status}`, detail };
}

const units = path.join(dir, 'units.csv');
fs.writeFileSync(units, `${fs.readFileSync(path.join(samples, 'units-binh-duong.csv'), 'utf8').trimEnd()}\nX0,${COMMUNE(0)},Đảng ủy xã,,,,,\nX1,${COMMUNE(1)},Đảng ủy xã,,,,,\n`);
tonghop('units', 'import', units);
tonghop('plan', 'import', path.join(samples, 'plans', 'plan-btg-binh-duong-31-kh-2019.txt'));
tonghop('plan', 'round', 'add', '31-KH/BTGTU', '--label', 'Thử 6 tháng 2019', '--due', '2019-07-15', '--from', '2019-01-01', '--to', '2019-06-30');

const files: [string, string, Uint8Array][] = [
  ['ordinary report (reference)', 'bao-cao-xa-1.xlsx', await reportWorkbook(0)],
  ['whole-column validations, format, merge', 'bao-cao-xa-2.xlsx', withWholeColumns(await reportWorkbook(1))],
  ['400,000 rows × 8 columns (not a report)', 'xuat-du-lieu.xlsx', bigSheet(400_000, 8)],
  ['400,000 rows × 1 column (not a report)', 'danh-sach.xlsx', bigSheet(400_000, 1)],
];
const lines = [`workbook bench: tonghop import FILE, whole process (GNU time for peak memory)`];
for (const [label, name, bytes] of files) {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  const r = importFile(file);
  const size = bytes.length >= 1048576 ? `${(bytes.length / 1048576).toFixed(1)} MiB` : `${(bytes.length / 1024).toFixed(0)} KiB`;
  const rss = r.rssMiB === null ? '' : `, peak RSS ${r.rssMiB.toFixed(0)} MiB`;
  lines.push(`  ${label.padEnd(42)} ${size.padStart(9)}: ${r.ms.toFixed(0).padStart(5)} ms${rss}; ${r.outcome}${r.detail ? ` (${r.detail})` : ''}`);
}
lines.push('  aims: the whole-column workbook imports in under 1 s; the 400,000-row refusal peaks under 300 MiB');
process.stdout.write(`${lines.join('\n')}\n`);
fs.rmSync(dir, { recursive: true, force: true });
