// OCR bench (issue 18): district reports written as PDFs, printed to pixels (pdftoppm) and made to
// look scanned — clean, a copier's PDF (turned a little, grain, the red seal) and a phone photo
// (turned the other way, more grain, a rougher JPEG) — then read as the app reads them. Prints
// character accuracy (each printed line matched to where OCR read it) and seconds per page, and
// whether the unit, the date and the figures came out right. Figures only; nothing here is a test.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dispatch } from '../electron/core/dispatch';
import { reportFromScan } from '../electron/core/imports/readers/ocr-report';
import { OCR_MAX_PAGES, OCR_PAGE_TIMEOUT_MS } from '../electron/core/imports/read-scan';
import { ocrScan } from '../electron/core/readers/ocr-scan';
import type { ScanKind } from '../electron/core/readers/ocr-scan';
import { findSourceRoot, sourceLayout } from '../electron/core/paths';
import { createService, engineFor } from '../electron/core/service';
import type { ApiMethod, ApiOutput } from '../shared/api';
import type { Plan } from '../shared/domain';
import { asPdf } from '../tests/fixtures/reports/documents';
import type { ReportSpec } from '../tests/fixtures/reports/documents';
import { imagePdf, paper, pdfToPngs } from '../tests/fixtures/reports/scans';
import type { PaperOptions } from '../tests/fixtures/reports/scans';

// Run from the repository (dist/bench): its layout, and the worker thread the app parses in.
const layout = sourceLayout(findSourceRoot(import.meta.dirname));
const resources = layout.resourcesDir;
const fixtures = path.join(path.dirname(resources), 'tests', 'fixtures', 'province');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tonghop-bench-ocr-'));
const svc = createService({ ...engineFor(layout), dbPath: path.join(dir, 'b.sqlite') });
const ok = async <M extends ApiMethod>(m: M, input: unknown): Promise<ApiOutput<M>> => {
  const r = await dispatch(svc.handlers, m, input);
  if (!r.ok) throw new Error(r.error.message);
  return r.value as ApiOutput<M>;
};

await ok('units.importTable', { file: { name: 'don-vi.csv', path: path.join(fixtures, 'don-vi.csv') } });
const draft = await ok('plans.extract', { file: { name: 'kh.txt', path: path.join(fixtures, 'ke-hoach-27-KH-TU.txt') } });
const plan: Plan = await ok('plans.create', { draft });
const ctx = { units: await ok('units.list', {}), plans: [plan] };

type Case = { unit: string; date: string; figures: Record<string, number>; spec: ReportSpec };
const report = (issuer: string, code: string, number: string, placeDate: string, date: string, body: string[], figures: Record<string, number>): Case => ({
  unit: code,
  date,
  figures,
  spec: {
    issuer: ['ĐẢNG BỘ TỈNH KIÊN TRUNG', issuer],
    number,
    placeDate,
    title: ['kết quả thực hiện Kế hoạch số 27-KH/TU của Ban Thường vụ Tỉnh ủy', 'về công tác dân vận chính quyền năm 2021'],
    body: [
      'Thực hiện Kế hoạch số 27-KH/TU ngày 10/4/2021 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ báo cáo kết quả như sau:',
      'I. ĐẶC ĐIỂM TÌNH HÌNH',
      'Địa phương có 14 xã, thị trấn với dân số trên 165.000 người.',
      'II. KẾT QUẢ THỰC HIỆN',
      ...body,
      'III. PHƯƠNG HƯỚNG NĂM 2022',
      'Tiếp tục quán triệt, tổ chức thực hiện Chỉ thị trong cán bộ, đảng viên và Nhân dân.',
    ],
  },
});
const cases: Case[] = [
  report('HUYỆN ỦY HÒN ĐẤT', 'HUHD', 'Số 112-BC/HU', 'Hòn Đất, ngày 08 tháng 12 năm 2021', '2021-12-08', [
    '1. Công tác quán triệt',
    'Các cấp ủy đã tổ chức 12 hội nghị quán triệt Chỉ thị số 18-CT/TW với 1.450 lượt cán bộ, đảng viên tham dự. Trang thông tin điện tử huyện đăng 35 tin, bài.',
    '2. Tập huấn nghiệp vụ',
    'Đã mở 02 lớp tập huấn nghiệp vụ công tác dân vận cho 140 cán bộ cơ sở.',
  ], { hoi_nghi: 12, luot_tham_du: 1450, tin_bai: 35, tap_huan: 2 }),
  report('HUYỆN ỦY GIỒNG RIỀNG', 'HUGR', 'Số 80-BC/HU', 'Giồng Riềng, ngày 05 tháng 12 năm 2021', '2021-12-05', [
    'Tổ chức 21 hội nghị quán triệt với 2.650 lượt cán bộ, đảng viên tham dự.',
    'Trang thông tin điện tử huyện đăng 48 tin, bài; mở 03 lớp tập huấn nghiệp vụ cho cán bộ cơ sở.',
  ], { hoi_nghi: 21, luot_tham_du: 2650, tin_bai: 48, tap_huan: 3 }),
  report('ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH', 'DUK', 'Số 60-BC/ĐUK', 'Trung Phố, ngày 12 tháng 12 năm 2021', '2021-12-12', [
    'Tổ chức 9 hội nghị quán triệt với 700 lượt đảng viên tham dự; đăng 17 tin, bài trên bản tin của Khối.',
  ], { hoi_nghi: 9, luot_tham_du: 700, tin_bai: 17 }),
];

const looks: { name: string; kind: ScanKind; paper: PaperOptions | null; quality: number }[] = [
  { name: 'sạch (PNG)', kind: 'png', paper: null, quality: 0 },
  { name: 'máy photo (PDF ảnh)', kind: 'pdf', paper: { rotateDeg: 0.8, noise: 30, stamp: { x: 0.72, y: 0.8 }, seed: 3 }, quality: 85 },
  { name: 'điện thoại (JPEG)', kind: 'jpeg', paper: { rotateDeg: -1.8, noise: 60, stamp: { x: 0.7, y: 0.78 }, seed: 11 }, quality: 70 },
];

/** Edits to turn `needle` into the best-matching stretch of `hay` (its ends free). */
function substringDistance(needle: string, hay: string): number {
  let prev = new Array<number>(hay.length + 1).fill(0);
  for (let i = 1; i <= needle.length; i++) {
    const cur = [i];
    for (let j = 1; j <= hay.length; j++) {
      const cost = needle[i - 1] === hay[j - 1] ? 0 : 1;
      cur.push(Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost));
    }
    prev = cur;
  }
  return Math.min(...prev);
}

const squash = (s: string): string => s.normalize('NFC').replace(/\s+/gu, ' ').trim();

function truthLines(pdf: Uint8Array): string[] {
  const file = path.join(dir, 'truth.pdf');
  fs.writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).split('\n').map(squash).filter((l) => l.length > 0);
}

const rows: string[] = [];
let chars = 0;
let errors = 0;
let seconds = 0;
let pages = 0;
let rightFields = 0;
let fields = 0;
for (const c of cases) {
  const pdf = await asPdf(c.spec);
  const truth = truthLines(pdf);
  const pngs = pdfToPngs(pdf);
  for (const look of looks) {
    const images = look.paper ? await Promise.all(pngs.map((p, i) => paper(p, { ...look.paper!, seed: look.paper!.seed + i }, look.quality))) : pngs;
    const bytes = look.kind === 'pdf' ? await imagePdf(images) : (images[0] as Buffer);
    const scan = await ocrScan(bytes, look.kind, 'bench', { modelDir: path.join(resources, 'ocr'), pageTimeoutMs: OCR_PAGE_TIMEOUT_MS, maxPages: OCR_MAX_PAGES });
    // A photo is one page: the truth is that page's lines only.
    const shown = look.kind === 'pdf' ? truth : truthLines(await onlyFirstPage(pdf));
    const read = scan.pages.flatMap((p) => p.lines.map((l) => squash(l.words.map((w) => w.text).join(' '))));
    const e = shown.reduce((sum, line) => sum + Math.min(line.length, ...read.map((r) => substringDistance(line, r))), 0);
    const n = shown.reduce((sum, line) => sum + line.length, 0);
    const secs = scan.pages.reduce((s, p) => s + p.seconds, 0);
    const r = reportFromScan(scan, 'bench', ctx);
    const got = Object.fromEntries(r.figures.map((f) => [f.indicatorKey, f.value]));
    const figOk = Object.entries(c.figures).filter(([k, v]) => got[k] === v).length;
    const wrong = Object.entries(c.figures).filter(([k, v]) => got[k] !== v).map(([k]) => `${k}=${got[k] ?? '—'}`);
    const okUnit = r.unit.code === c.unit;
    const okDate = r.reportDate === c.date;
    rightFields += figOk + Number(okUnit) + Number(okDate);
    fields += Object.keys(c.figures).length + 2;
    chars += n;
    errors += e;
    seconds += secs;
    pages += scan.pages.length;
    rows.push(
      `${c.unit.padEnd(5)} ${look.name.padEnd(20)} ${String(scan.pages.length).padStart(2)} tr  ${(secs / scan.pages.length).toFixed(2).padStart(6)} s/tr  chữ đúng ${((1 - e / n) * 100).toFixed(1).padStart(5)}%  ` +
        `đơn vị ${okUnit ? 'đúng' : `SAI (${r.unit.code ?? '—'})`}, ngày ${okDate ? 'đúng' : `SAI (${r.reportDate ?? '—'})`}, số liệu ${figOk}/${Object.keys(c.figures).length}${wrong.length ? ` (sai: ${wrong.join(', ')})` : ''}`,
    );
  }
}

async function onlyFirstPage(pdf: Uint8Array): Promise<Uint8Array> {
  const file = path.join(dir, 'all.pdf');
  const first = path.join(dir, 'first.pdf');
  fs.writeFileSync(file, pdf);
  try {
    execFileSync('pdfseparate', ['-f', '1', '-l', '1', file, first]);
    return fs.readFileSync(first);
  } catch {
    return pdf;
  }
}

console.log('OCR bench: district reports scanned three ways (200 dpi, Tesseract vie, tessdata_fast)');
for (const r of rows) console.log(`  ${r}`);
console.log(
  `OCR: character accuracy ${((1 - errors / chars) * 100).toFixed(1)}% over ${chars} characters; ${(seconds / pages).toFixed(2)} s per page (${pages} pages); unit, date and figures right ${rightFields}/${fields}`,
);
svc.close();
fs.rmSync(dir, { recursive: true, force: true });
