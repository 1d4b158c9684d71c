import { describe, expect, it } from 'vitest';
import { LAYOUT, lineWidth } from '../../../electron/core/exports/layout-settings';
import { splitForClosing } from '../../../electron/core/exports/page-keeping';
import { exportReportPdf, reportInputOf } from '../../../electron/core/exports/export-report';
import { renderPdf } from '../../../electron/core/exports/pdf-render';
import { tailKey } from '../../../electron/core/exports/report-appendix';
import { buildReportDocument } from '../../../electron/core/exports/report-document';
import type { DraftSection } from '../../../electron/core/exports/report-draft';
import { tinosMeasure } from '../../../electron/core/exports/text-measure';
import { PLAN, ROUND, SETTINGS, STATUS, UNIT_FIGURES } from './fixture';
import { lineText, linesOf, pdfPages, type PageText } from './pdf-geometry';
import { sizedReport } from './sized-report';
import { RESOURCES } from '../../helpers/engine';

const MEASURE = tinosMeasure(RESOURCES);
const BOX = { size: 14, bold: false, width: lineWidth('portrait'), indent: LAYOUT.body.firstLineIndent, maxLines: 4 };
const SENTENCE = 'Các đơn vị tiếp tục tổ chức quán triệt, triển khai thực hiện nghiêm túc kế hoạch.';

function body(fillers: number, last: string): DraftSection[] {
  const filler = 'Đề nghị các cấp ủy, tổ chức đảng quan tâm chỉ đạo, kiểm tra, đôn đốc việc thực hiện; kịp thời tháo gỡ khó khăn, vướng mắc phát sinh ở cơ sở.';
  return [
    { heading: 'TÌNH HÌNH TRIỂN KHAI', paragraphs: Array.from({ length: fillers }, (_, i) => `${i + 1}. ${filler}`) },
    { heading: 'ĐỀ XUẤT, KIẾN NGHỊ', paragraphs: [last] },
  ];
}

async function pages(sections: DraftSection[]): Promise<PageText[]> {
  const def = buildReportDocument({ settings: SETTINGS, plan: PLAN, round: ROUND, status: STATUS, body: sections, number: '', issueDate: '2026-02-08', unitFigures: UNIT_FIGURES }, MEASURE);
  return pdfPages(await renderPdf(def, { resourcesDir: RESOURCES }));
}

function pageWith(ps: PageText[], start: string): PageText | undefined {
  return ps.find((p) => linesOf(p).some((l) => lineText(l).startsWith(start)));
}

describe('splitForClosing', () => {
  it('moves a short paragraph whole', () => {
    expect(splitForClosing(SENTENCE, MEASURE, BOX)).toEqual({ before: null, kept: SENTENCE });
  });

  it('moves only the last whole sentences of a long one, and loses nothing', () => {
    const text = Array.from({ length: 12 }, (_, i) => SENTENCE.replace('Các', `(${i + 1}) Các`)).join(' ');
    const { before, kept } = splitForClosing(text, MEASURE, BOX);
    expect(`${before} ${kept}`).toBe(text);
    expect(kept).toMatch(/^\(\d+\) Các/);
    expect(kept?.endsWith('(12) Các đơn vị tiếp tục tổ chức quán triệt, triển khai thực hiện nghiêm túc kế hoạch.')).toBe(true);
  });
});

describe('the signature block in the PDF', () => {
  it('never stands alone: the body’s last paragraph is on its page, however long the body (nor a heading at a page’s foot)', async () => {
    const last = '3. Đề nghị các đơn vị báo cáo theo đúng biểu mẫu đã gửi kèm, bảo đảm số liệu đầy đủ, chính xác để việc tổng hợp được kịp thời.';
    // From a body that ends high on page 1 to one whose end falls at every height of page 2.
    for (let fillers = 14; fillers <= 34; fillers += 2) {
      const ps = await pages(body(fillers, last));
      const closing = pageWith(ps, 'Nơi nhận');
      expect(closing, `${fillers} paragraphs`).toBeDefined();
      expect(linesOf(closing!).map(lineText).join(' '), `${fillers} paragraphs`).toContain('tổng hợp được kịp thời.');
      // A section heading is never the last line of its page either.
      const headingPage = pageWith(ps, 'II. ĐỀ XUẤT, KIẾN NGHỊ');
      expect(linesOf(headingPage!).map(lineText).at(-1), `${fillers} paragraphs`).not.toBe('II. ĐỀ XUẤT, KIẾN NGHỊ');
    }
  }, 120_000);

  it('keeps every word of a last paragraph too long to move whole', async () => {
    const long = Array.from({ length: 40 }, (_, i) => SENTENCE.replace('Các', `(${i + 1}) Các`)).join(' ');
    const ps = await pages(body(20, long));
    const text = ps.flatMap((p) => linesOf(p).map(lineText)).join(' ');
    for (let i = 1; i <= 40; i++) expect(text).toContain(`(${i}) Các`);
    expect(text.match(/tiếp tục tổ chức quán triệt/g)).toHaveLength(40);
    expect(linesOf(pageWith(ps, 'Nơi nhận')!).map(lineText).join(' ')).toContain('(40) Các đơn vị');
  }, 60_000);
});

describe('the end of an appendix table', () => {
  it('never leaves the totals or the legend alone on a page: the last rows come with them', async () => {
    let partedAtFirst = 0;
    // Unit counts around the ones whose first layout ends a table at the foot of a page.
    for (let units = 26; units <= 31; units++) {
      const input = sizedReport({ figures: 3, units });
      const ends = new Map<string, Set<number>>();
      await renderPdf(buildReportDocument(reportInputOf(input), MEASURE), {
        resourcesDir: RESOURCES,
        onPlaced: (id, place) => {
          const key = tailKey(id);
          if (key) ends.set(key, (ends.get(key) ?? new Set<number>()).add(place.page));
        },
      });
      partedAtFirst += [...ends.values()].filter((p) => p.size > 1).length;
      for (const page of await pdfPages(await exportReportPdf(input))) {
        const lines = linesOf(page).map(lineText);
        // On the page of a totals row or a legend, a unit row (TT number, then the name) is above it.
        for (const start of ['Tổng cộng', 'Số đơn vị đã thực hiện', 'Ghi chú:']) {
          const at = lines.findIndex((l) => l.startsWith(start));
          if (at >= 0) expect(lines.slice(0, at).some((l) => /^\d+ \D/.test(l)), `${units} units, page ${page.number}: ${start}`).toBe(true);
        }
      }
    }
    // The range must hold such a case, or this test checks nothing.
    expect(partedAtFirst).toBeGreaterThan(0);
  }, 120_000);
});
