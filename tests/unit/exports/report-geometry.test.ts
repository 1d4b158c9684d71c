// The consolidated report at real sizes, checked where the text lands on the page, not only what it
// says: for 3, 10 and 16 figures and 20 and 170 units (reconciled by the real engine), every text
// item of the PDF sits inside the printable area, no cell runs into the next, every figure of every
// unit is printed in its row, wide tables turn landscape and split repeating TT and Đơn vị, and the
// signature block keeps the body's last paragraph. The .docx of the same reports, printed to PDF by
// LibreOffice when it is installed, passes the same checks. Set REPORT_GEOMETRY_OUT to keep the files.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatViNumber } from '../../../shared/text';
import { exportReportDocx, exportReportPdf, reportInputOf, unitFiguresOf } from '../../../electron/core/exports/export-report';
import { LAYOUT } from '../../../electron/core/exports/layout-settings';
import { lineText, linesOf, outsidePrintableArea, overlaps, pdfPages, type PageText } from './pdf-geometry';
import { sizedReport, type SizedReport } from './sized-report';

const outDir = process.env.REPORT_GEOMETRY_OUT ?? mkdtempSync(join(tmpdir(), 'report-geometry-'));
const SIZES = [3, 10, 16].flatMap((figures) => [20, 170].map((units) => ({ figures, units })));
const VALUE = /^(\d{1,3}(\.\d{3})*|CBC)$/;

/** Pages from the one whose text has `start` up to the one before `end`. */
function pagesBetween(pages: PageText[], start: string, end: string): PageText[] {
  const has = (p: PageText, s: string) => linesOf(p).some((l) => lineText(l) === s);
  const from = pages.findIndex((p) => has(p, start));
  const to = pages.findIndex((p, i) => i > from && has(p, end));
  return pages.slice(from, to < 0 ? undefined : to);
}

type PrintedTable = { parts: Array<{ from: number; to: number }>; rows: Map<string, string[]>; totals: Map<number, string[]>; headersOnEveryPage: boolean };

/**
 * The figures table as printed: its parts (from the "Phần i/n (chỉ tiêu a–b)" captions), each row's
 * values keyed by part and TT, and each part's totals. A row is a line starting with its TT number
 * in the TT column; its values are the number-like tokens after the name.
 */
function printedFigures(pages: PageText[], figures: number): PrintedTable {
  const parts: Array<{ from: number; to: number }> = [];
  const rows = new Map<string, string[]>();
  const totals = new Map<number, string[]>();
  let headersOnEveryPage = true;
  let part = -1;
  for (const page of pages) {
    const lines = linesOf(page);
    let sawHeader = false;
    for (const line of lines) {
      const text = lineText(line);
      const caption = /^Phần (\d+)\/(\d+) \(chỉ tiêu (\d+)(?:–(\d+))?\)$/.exec(text);
      if (caption) {
        parts.push({ from: Number(caption[3]), to: Number(caption[4] ?? caption[3]) });
        part = parts.length - 1;
        continue;
      }
      if (/^TT Đơn vị( |$)/.test(text)) sawHeader = true;
      if (part < 0 && sawHeader) {
        parts.push({ from: 1, to: figures });
        part = 0;
      }
      const tokens = text.split(/\s+/);
      const first = line[0];
      if (first && /^\d+$/.test(first.str.trim()) && first.x < LAYOUT.margins.left + 30) {
        const key = `${part}|${first.str.trim()}`;
        if (rows.has(key)) throw new Error(`row ${key} printed twice`);
        rows.set(key, tokens.slice(1).filter((t) => VALUE.test(t)));
      } else if (text.startsWith('Tổng cộng')) {
        totals.set(part, tokens.slice(2).filter((t) => VALUE.test(t)));
      }
    }
    if (lines.some((l) => /^\d+\s/.test(lineText(l))) && !sawHeader) headersOnEveryPage = false;
  }
  return { parts, rows, totals, headersOnEveryPage };
}

/** Every figure of every unit in its row of the right part, every part's totals, headers on every page. */
function expectEveryFigure(input: SizedReport, pages: PageText[]): void {
  const { status } = input;
  const printed = printedFigures(pagesBetween(pages, 'PHỤ LỤC 1', 'PHỤ LỤC 2'), status.indicators.length);
  expect(printed.parts.length).toBeGreaterThan(0);
  expect(printed.parts.flatMap((p) => Array.from({ length: p.to - p.from + 1 }, (_, i) => p.from + i))).toEqual(status.indicators.map((_, i) => i + 1));
  const values = new Map(unitFiguresOf(status, input.reports).map((f) => [f.unit.code, f.values]));
  const missing = new Set(status.missing.map((u) => u.code));
  printed.parts.forEach((part, p) => {
    const inds = status.indicators.slice(part.from - 1, part.to);
    status.expected.forEach((unit, n) => {
      const own = values.get(unit.code) ?? {};
      const expected = inds.flatMap((i) => (missing.has(unit.code) ? ['CBC'] : own[i.key] === undefined ? [] : [formatViNumber(own[i.key] ?? 0)]));
      expect(printed.rows.get(`${p}|${n + 1}`), `${unit.name}, part ${p + 1}`).toEqual(expected);
    });
    expect(printed.totals.get(p)).toEqual(inds.map((i) => formatViNumber(status.totals[i.key] ?? 0)));
  });
  expect(printed.headersOnEveryPage).toBe(true);
}

/** Nothing outside the printable area, no text running into the next cell. */
function expectInsidePrintableArea(pages: PageText[]): void {
  for (const page of pages) {
    expect(outsidePrintableArea(page, LAYOUT.margins), `page ${page.number}`).toEqual([]);
    expect(overlaps(page), `page ${page.number}`).toEqual([]);
  }
}

describe.each(SIZES)('the report with $figures figures and $units units', (size) => {
  let input: SizedReport;
  let pages: PageText[];
  beforeAll(async () => {
    input = sizedReport(size);
    const bytes = await exportReportPdf(input);
    writeFileSync(join(outDir, `bao-cao-${size.figures}-chi-tieu-${size.units}-don-vi.pdf`), bytes);
    pages = await pdfPages(bytes);
  }, 120_000);

  it('keeps every text item inside the printable area, with no cell running into the next', () => {
    expectInsidePrintableArea(pages);
  });

  it('prints every figure of every unit in its row and the totals of every part', () => {
    expectEveryFigure(input, pages);
  });

  it('gives the figures table a landscape page when portrait is too narrow, and parts past landscape', () => {
    const appendix = pagesBetween(pages, 'PHỤ LỤC 1', 'PHỤ LỤC 2');
    const landscape = appendix.every((p) => p.width > p.height);
    expect(landscape).toBe(size.figures > 3);
    const captions = appendix.flatMap((p) => linesOf(p).map(lineText)).filter((t) => t.startsWith('Phần '));
    if (size.figures === 16) expect(captions.length).toBeGreaterThanOrEqual(2);
    else expect(captions).toEqual([]);
  });

  it('never wraps a unit name one word a line', () => {
    const appendix = pagesBetween(pages, 'PHỤ LỤC 1', 'PHỤ LỤC 3');
    const firstLines = appendix.flatMap((p) => linesOf(p)).filter((l) => /^\d+$/.test(l[0]?.str.trim() ?? '') && (l[0]?.x ?? 99) < LAYOUT.margins.left + 30);
    for (const line of firstLines) {
      const words = lineText(line).split(/\s+/).slice(1).filter((t) => !VALUE.test(t) && !/^(x|ĐTH|CTH|—)$/.test(t));
      expect(words.length, lineText(line)).toBeGreaterThanOrEqual(2);
    }
  });

  it('keeps the last paragraph of the body on the page of Nơi nhận and the signature', () => {
    const body = reportInputOf(input).body;
    const last = body[body.length - 1]?.paragraphs.at(-1) ?? '';
    const closing = pages.find((p) => linesOf(p).some((l) => lineText(l).startsWith('Nơi nhận')));
    expect(closing).toBeDefined();
    const text = linesOf(closing!).map(lineText).join(' ');
    expect(text).toContain(last.split(' ').slice(-4).join(' '));
  });
});

/** The .docx files printed to PDF by LibreOffice in one run, or null when it is not installed. */
function libreOfficePdfs(docxFiles: string[]): Map<string, Uint8Array> | null {
  const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));
  if (!soffice) return null;
  const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
  execFileSync(soffice, [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...docxFiles], { timeout: 300_000, stdio: 'pipe' });
  return new Map(docxFiles.map((f) => [f, new Uint8Array(readFileSync(f.replace(/\.docx$/, '.pdf')))]));
}

describe('the same reports as .docx, printed by LibreOffice', () => {
  const cases = SIZES.map((size) => ({ size, input: sizedReport(size), file: join(outDir, `bao-cao-word-${size.figures}-chi-tieu-${size.units}-don-vi.docx`) }));
  let printed: Map<string, Uint8Array> | null = null;
  beforeAll(async () => {
    for (const c of cases) writeFileSync(c.file, await exportReportDocx(c.input));
    printed = libreOfficePdfs(cases.map((c) => c.file));
  }, 300_000);

  it.each(cases)('keeps $size.figures figures × $size.units units inside the page, every figure in its row', async ({ input, file }) => {
    if (printed === null) {
      console.log('LibreOffice (soffice) is not installed: the .docx pages are not checked.');
      return;
    }
    const pages = await pdfPages(printed.get(file) ?? new Uint8Array());
    expectInsidePrintableArea(pages);
    expectEveryFigure(input, pages);
  });
});
