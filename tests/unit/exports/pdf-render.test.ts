import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fontsDir } from '../../../electron/core/exports/fonts';
import { renderPdf } from '../../../electron/core/exports/pdf-render';
import { draftReportBody } from '../../../electron/core/exports/report-draft';
import { buildReportDocument } from '../../../electron/core/exports/report-document';
import { PLAN, PREVIOUS_TOTALS, ROUND, SETTINGS, STATUS, UNIT_FIGURES, vietnameseLetters, wideStatus } from './fixture';
import { tinosMeasure } from '../../../electron/core/exports/text-measure';
import { RESOURCES } from '../../helpers/engine';

const MEASURE = tinosMeasure(RESOURCES);

const LETTERS = vietnameseLetters();
const CREATED = new Date('2026-02-08T00:00:00Z');
/** Set REPORT_PDF_OUT to keep the rendered file for a look (pdftoppm). */
const outDir = process.env.REPORT_PDF_OUT ?? mkdtempSync(join(tmpdir(), 'report-pdf-'));

function buildDef() {
  const body = draftReportBody({ plan: PLAN, round: ROUND, status: STATUS, previousTotals: PREVIOUS_TOTALS });
  body[1]?.paragraphs.push(`Kiểm tra phông chữ: ${LETTERS.join(' ')}.`);
  return buildReportDocument({
    settings: SETTINGS,
    plan: PLAN,
    round: ROUND,
    status: STATUS,
    body,
    number: '125-BC/TU',
    issueDate: '2026-02-08',
    unitFigures: UNIT_FIGURES,
  }, MEASURE);
}

function pdfText(file: string, layout: boolean): string {
  return execFileSync('pdftotext', [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

describe('renderPdf', () => {
  let bytes: Uint8Array;
  let file: string;
  beforeAll(async () => {
    bytes = await renderPdf(buildDef(), { resourcesDir: RESOURCES, creationDate: CREATED });
    file = join(outDir, 'bao-cao.pdf');
    writeFileSync(file, bytes);
  }, 60_000);

  it('finds the fonts under the resources folder it is given', () => {
    expect(fontsDir(RESOURCES)).toBe(join(RESOURCES, 'fonts'));
  });

  it('writes a PDF whose text layer carries the report', () => {
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    const text = pdfText(file, true);
    for (const s of ['ĐẢNG CỘNG SẢN VIỆT NAM', 'TỈNH ỦY ĐỒNG NAI', 'BÁO CÁO', 'Số 125-BC/TU', '31-KH/BTGTU', 'Huyện ủy Định Quán', '1.450', '12.860', 'Nơi nhận:', 'T/M BAN THƯỜNG VỤ', 'Nguyễn Văn Lộc', 'PHỤ LỤC 1']) {
      expect(text).toContain(s);
    }
    expect(text).toMatch(/Đồng Nai, ngày 08 tháng 02 năm 2026/);
  });

  it('round-trips all 134 Vietnamese letters with diacritics', () => {
    expect(LETTERS.join('')).toHaveLength(134);
    const flat = pdfText(file, false).normalize('NFC').replace(/\s+/g, ' ');
    expect(flat).toContain(LETTERS.join(' '));
  });

  it('numbers pages from the second one and embeds only Tinos', () => {
    const pages = pdfText(file, true).split('\f').filter((p) => p.trim());
    expect(pages.length).toBeGreaterThanOrEqual(4);
    expect(pages[0]?.trimStart().startsWith('1')).toBe(false);
    expect(pages[1]?.trimStart().startsWith('2')).toBe(true);
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
    expect(fonts).toMatch(/Tinos/);
    expect(fonts).not.toMatch(/Roboto|Helvetica/);
  });

  it('is byte-for-byte repeatable with a fixed creation date, though the fonts are parsed once a process', async () => {
    // Another document in between uses other glyphs of the same parsed faces; each PDF keeps its own subset.
    const other = buildReportDocument({ settings: SETTINGS, plan: PLAN, round: ROUND, status: wideStatus(), body: [{ heading: 'Ω', paragraphs: ['Ỹ ỹ Ỵ ỵ ₫ № ½'] }], number: '', issueDate: '2026-02-08' }, MEASURE);
    await renderPdf(other, { resourcesDir: RESOURCES, creationDate: CREATED });
    const again = await renderPdf(buildDef(), { resourcesDir: RESOURCES, creationDate: CREATED });
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  }, 60_000);

  it('turns a wide status matrix landscape and repeats table headers on every page', async () => {
    const status = wideStatus();
    const def = buildReportDocument({
      settings: SETTINGS,
      plan: PLAN,
      round: ROUND,
      status,
      body: draftReportBody({ plan: PLAN, round: ROUND, status }),
      number: '',
      issueDate: '2026-02-08',
    }, MEASURE);
    const wide = join(outDir, 'bao-cao-rong.pdf');
    writeFileSync(wide, await renderPdf(def, { resourcesDir: RESOURCES, creationDate: CREATED }));
    const info = execFileSync('pdfinfo', ['-f', '1', '-l', '99', wide], { encoding: 'utf8' });
    expect(info).toMatch(/Page +\d+ size: +841\.89 x 595\.28/);
    const pages = pdfText(wide, true).split('\f').filter((p) => p.includes('Đảng ủy xã Phước Thiền'));
    const tablePages = pages.filter((p) => /^ *\d+ +Đảng ủy xã Phước Thiền \d+/m.test(p));
    expect(tablePages.length).toBeGreaterThan(2);
    for (const p of tablePages) expect(p).toMatch(/TT +Đơn vị/);
  }, 60_000);
});
