import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReportDocx } from '../../../electron/core/exports/docx/report-docx';
import { reportInputOf } from '../../../electron/core/exports/export-report';
import { draftReportBody } from '../../../electron/core/exports/report-draft';
import type { ReportDocumentInput } from '../../../electron/core/exports/report-document';
import { HOSTILE_UNITS, PLAN, PREVIOUS_TOTALS, ROUND, SETTINGS, STATUS, UNIT_FIGURES, hostileCase, vietnameseLetters, wideStatus } from './fixture';
import { sizedReport } from './sized-report';
import { tinosMeasure } from '../../../electron/core/exports/text-measure';
import { RESOURCES } from '../../helpers/engine';

const MEASURE = tinosMeasure(RESOURCES);

const LETTERS = vietnameseLetters();
/** Set REPORT_DOCX_OUT to keep the files (and the LibreOffice PDF) for a look. */
const outDir = process.env.REPORT_DOCX_OUT ?? mkdtempSync(join(tmpdir(), 'report-docx-'));

function input(overrides: Partial<ReportDocumentInput> = {}): ReportDocumentInput {
  const status = overrides.status ?? STATUS;
  const body = draftReportBody({ plan: PLAN, round: ROUND, status, previousTotals: PREVIOUS_TOTALS });
  body[1]?.paragraphs.push(`Kiểm tra phông chữ: ${LETTERS.join(' ')}.`);
  return { settings: SETTINGS, plan: PLAN, round: ROUND, status, body, number: '125-BC/TU', issueDate: '2026-02-08', unitFigures: UNIT_FIGURES, ...overrides };
}

function parts(bytes: Buffer): Record<string, string> {
  const files = unzipSync(new Uint8Array(bytes));
  return Object.fromEntries(Object.entries(files).filter(([name]) => name.endsWith('.xml') || name.endsWith('.rels')).map(([name, data]) => [name, strFromU8(data)]));
}

/** All w:t text of a part, runs joined, so a phrase split across runs is still found. */
function wordText(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

/** Page text through LibreOffice, or null when it is not installed. */
function libreOfficePdfText(docx: string): string | null {
  const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));
  if (!soffice) return null;
  const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
  execFileSync(soffice, [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, docx], { timeout: 120_000, stdio: 'pipe' });
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', docx.replace(/\.docx$/, '.pdf'), '-'], { encoding: 'utf8' });
}

describe('buildReportDocx', () => {
  let bytes: Buffer;
  let xml: Record<string, string>;
  let doc: string;
  beforeAll(async () => {
    bytes = await buildReportDocx(input(), MEASURE);
    writeFileSync(join(outDir, 'bao-cao.docx'), bytes);
    xml = parts(bytes);
    doc = xml['word/document.xml'] ?? '';
  }, 60_000);

  it('is a Word package with the report texts in document.xml', () => {
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    const text = wordText(doc);
    for (const s of ['ĐẢNG CỘNG SẢN VIỆT NAM', 'TỈNH ỦY ĐỒNG NAI', 'Số 125-BC/TU', 'BÁO CÁO', '31-KH/BTGTU', 'Huyện ủy Định Quán', 'Nơi nhận', 'T/M BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ', 'Nguyễn Văn Lộc', 'PHỤ LỤC 1', 'PHỤ LỤC 3', '1.450', '12.860']) {
      expect(text).toContain(s);
    }
    expect(text).toContain('Đồng Nai, ngày 08 tháng 02 năm 2026');
    expect(text).toContain('I. TÌNH HÌNH TRIỂN KHAI VÀ BÁO CÁO CỦA CÁC ĐƠN VỊ');
    expect(text).toContain('- Lưu Văn phòng Tỉnh ủy.');
  });

  it('defines named paragraph styles in styles.xml and uses them', () => {
    const styles = xml['word/styles.xml'] ?? '';
    for (const [id, name] of [['ReportBody', 'Nội dung báo cáo'], ['ReportHeading', 'Đề mục báo cáo'], ['RecipientsLabel', 'Nơi nhận'], ['RecipientsList', 'Danh sách nơi nhận'], ['Signature', 'Khối chữ ký'], ['TableText', 'Chữ trong bảng']]) {
      expect(styles).toMatch(new RegExp(`<w:style w:type="paragraph" w:styleId="${id}"[^>]*>\\s*<w:name w:val="${name}"/>`));
      expect(doc).toContain(`<w:pStyle w:val="${id}"/>`);
    }
    // Word rejects a paragraph with two styles, and one naming a style the package lacks.
    const props = [...doc.matchAll(/<w:pPr>(.*?)<\/w:pPr>/g)].map((m) => m[1] ?? '');
    expect(props.filter((p) => (p.match(/<w:pStyle /g) ?? []).length > 1)).toEqual([]);
    for (const [, id] of doc.matchAll(/<w:pStyle w:val="([^"]+)"\/>/g)) expect(styles).toContain(`w:styleId="${id}"`);
    expect(styles).toContain('w:ascii="Times New Roman"');
    expect(styles).toContain('<w:lang w:val="vi-VN"/>');
  });

  it('lays out A4 with the Party margins and numbers pages from page 2', () => {
    expect(doc).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    expect(doc).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="567"/);
    expect(doc).toContain('<w:titlePg/>');
    expect(doc).toMatch(/<w:headerReference w:type="first"/);
    const headers = Object.entries(xml).filter(([n]) => /^word\/header\d+\.xml$/.test(n)).map(([, x]) => x);
    expect(headers.some((h) => /<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/.test(h))).toBe(true);
  });

  it('writes the appendices as tables with repeated header rows that never split', () => {
    expect(doc).toContain('<w:tblHeader/>');
    expect(doc).toContain('<w:cantSplit/>');
    // The header and closing blocks are borderless tables; the appendix tables have rules.
    expect(doc).toMatch(/<w:tblBorders><w:top w:val="none"/);
    expect(doc).toMatch(/<w:tblBorders><w:top w:val="single" w:color="000000" w:sz="4"/);
  });

  it('keeps all 134 Vietnamese letters with diacritics (mammoth)', async () => {
    const { value } = await mammoth.extractRawText({ buffer: bytes });
    expect(value.normalize('NFC').replace(/\s+/g, ' ')).toContain(LETTERS.join(' '));
    expect(value).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
  });

  it('puts a wide status matrix in a landscape section', async () => {
    const wide = await buildReportDocx(input({ status: wideStatus(), unitFigures: null, number: '' }), MEASURE);
    writeFileSync(join(outDir, 'bao-cao-rong.docx'), wide);
    const wdoc = parts(wide)['word/document.xml'] ?? '';
    expect(wdoc).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    expect(wordText(wdoc)).toContain('Đảng ủy xã Phước Thiền 45');
  });

  it('keeps the last rows of a table on the page of its legend', () => {
    const before = doc.slice(0, doc.indexOf('Ghi chú: '));
    const table = before.slice(before.lastIndexOf('<w:tbl>'));
    const rows = [...table.matchAll(/<w:tr>.*?<\/w:tr>/gs)].map((m) => m[0]);
    expect(rows.slice(-3).every((r) => r.includes('<w:keepNext/>'))).toBe(true);
    expect(rows.at(-4)).not.toContain('<w:keepNext/>');
  });

  it('splits figures too many for a landscape line into parts that repeat TT and Đơn vị', async () => {
    const wide = parts(await buildReportDocx(reportInputOf(sizedReport({ figures: 16, units: 20 })), MEASURE))['word/document.xml'] ?? '';
    const text = wordText(wide);
    expect(text).toContain('Phần 1/2 (chỉ tiêu 1–8)');
    expect(text).toContain('Phần 2/2 (chỉ tiêu 9–16)');
    expect(wide).toContain('<w:pageBreakBefore/>');
    const appendix = wide.slice(wide.indexOf('Phần 1/2'), wide.indexOf('PHỤ LỤC 2'));
    const tables = [...appendix.matchAll(/<w:tbl>.*?<\/w:tbl>/gs)].map((m) => m[0]);
    expect(tables).toHaveLength(2);
    for (const t of tables) {
      expect(wordText(t)).toMatch(/^TTĐơn vị/);
      // Fixed column widths that add up to no more than the landscape line (297 − 30 − 15 mm).
      const widths = [...(t.match(/<w:tblGrid>(.*?)<\/w:tblGrid>/s)?.[1] ?? '').matchAll(/w:w="(\d+)"/g)].map((m) => Number(m[1]));
      expect(widths.length).toBeGreaterThan(2);
      expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(16838 - 1701 - 850);
    }
    expect(wide).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
  });

  it('escapes unit names that look like markup or formulas', async () => {
    const { status, unitFigures } = hostileCase();
    const d = parts(await buildReportDocx(input({ status, unitFigures }), MEASURE))['word/document.xml'] ?? '';
    expect(d).toContain('Chi bộ A &amp; B &lt;C&gt;');
    expect(wordText(d)).toContain(HOSTILE_UNITS.formula.name.replace(/"/g, '&quot;'));
  });

  it('opens in LibreOffice and prints the same report (when LibreOffice is installed)', () => {
    const text = libreOfficePdfText(join(outDir, 'bao-cao.docx'));
    if (text === null) {
      console.log('LibreOffice (soffice) is not installed: the docx → PDF check is left out.');
      return;
    }
    for (const s of ['ĐẢNG CỘNG SẢN VIỆT NAM', 'TỈNH ỦY ĐỒNG NAI', 'Số 125-BC/TU', 'Huyện ủy Định Quán', 'Nơi nhận:', 'PHỤ LỤC 2']) expect(text).toContain(s);
    const pages = text.split('\f').filter((p) => p.trim());
    expect(pages.length).toBeGreaterThanOrEqual(4);
    expect(pages[0]?.trimStart().startsWith('1')).toBe(false);
    expect(pages[1]?.trimStart().startsWith('2')).toBe(true);
  }, 150_000);
});
