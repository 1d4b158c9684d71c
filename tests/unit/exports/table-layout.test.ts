import { describe, expect, it } from 'vitest';
import { layoutAppendix } from '../../../electron/core/exports/appendix-layout';
import { LAYOUT, lineWidth } from '../../../electron/core/exports/layout-settings';
import { renderPdf } from '../../../electron/core/exports/pdf-render';
import { LEAD_COLUMNS, cellOverhead, layoutTable, type TableText } from '../../../electron/core/exports/table-layout';
import { tinosMeasure } from '../../../electron/core/exports/text-measure';
import type { AppendixModel } from '../../../electron/core/exports/appendix-model';
import { pdfPages } from './pdf-geometry';
import { RESOURCES } from '../../helpers/engine';

const MEASURE = tinosMeasure(RESOURCES);
const NAMES = ['Văn phòng Tỉnh ủy', 'Đảng ủy Mặt trận Tổ quốc và các đoàn thể tỉnh', 'Đảng ủy xã Phước Thiền', 'Đảng ủy phường Long Bình Tân'];
const HEADERS = ['Số hội nghị quán triệt, triển khai (hội nghị)', 'Số lượt cán bộ, đảng viên tham dự (lượt người)', 'Số băng rôn, pano, khẩu hiệu (cái)', 'Kinh phí thực hiện (nghìn đồng)'];

function table(figures: number): TableText {
  const header = ['TT', 'Đơn vị', ...Array.from({ length: figures }, (_, i) => HEADERS[i % HEADERS.length] ?? '')];
  const rows = NAMES.map((name, n) => [{ text: String(n + 1) }, { text: name }, ...Array.from({ length: figures }, (_, i) => ({ text: i % 4 === 3 ? '1.234.567' : 'CBC' }))]);
  return { header, rows: [...rows, [null, { text: 'Tổng cộng', bold: true }, ...Array.from({ length: figures }, () => ({ text: '12.860', bold: true }))]] };
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

describe('text measure', () => {
  it('measures words as pdfmake prints them with the embedded Tinos', async () => {
    const words = ['Đảng', 'ủy', 'Mặt', 'trận', 'Tổ', 'quốc', '1.234.567', 'III.2.2.-1', 'khẩu', 'hiệu'];
    const bytes = await renderPdf({ content: [{ text: words.join(' '), fontSize: 12 }, { text: words.join(' '), fontSize: 10, bold: true }] }, { resourcesDir: RESOURCES, pageNumbers: false });
    const [page] = await pdfPages(bytes);
    expect(page?.items).toHaveLength(words.length * 2);
    for (const item of page?.items ?? []) {
      const bold = item.size < 11;
      expect(MEASURE.width(item.str, item.size, bold)).toBeCloseTo(item.w, 1);
    }
  });
});

describe('layoutTable', () => {
  it('keeps a narrow table on a portrait page at 12 pt, unit names on one line', () => {
    const layout = layoutTable(MEASURE, table(3));
    expect(layout).toMatchObject({ orientation: 'portrait', fontSize: LAYOUT.appendix.tableFontSize });
    expect(layout.parts).toHaveLength(1);
    const widths = layout.parts[0]?.widths ?? [];
    expect(sum(widths)).toBeLessThanOrEqual(lineWidth('portrait'));
    const longest = Math.max(...NAMES.filter((n) => n.length < 30).map((n) => MEASURE.width(n, 12)));
    expect(widths[1]).toBeGreaterThan(longest + cellOverhead());
  });

  it('turns landscape, then splits into even parts that each repeat TT and Đơn vị', () => {
    const layout = layoutTable(MEASURE, table(24));
    expect(layout.orientation).toBe('landscape');
    expect(layout.parts.length).toBeGreaterThan(1);
    const data = layout.parts.map((p) => p.columns.slice(LEAD_COLUMNS));
    for (const part of layout.parts) {
      expect(part.columns.slice(0, LEAD_COLUMNS)).toEqual([0, 1]);
      expect(sum(part.widths)).toBeLessThanOrEqual(lineWidth('landscape'));
    }
    expect(data.flat()).toEqual(Array.from({ length: 24 }, (_, i) => i + LEAD_COLUMNS));
    const sizes = data.map((d) => d.length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
  });

  it('never makes a column narrower than its longest word', () => {
    for (const figures of [3, 8, 12, 24]) {
      const t = table(figures);
      const layout = layoutTable(MEASURE, t);
      for (const part of layout.parts) {
        part.columns.forEach((col, k) => {
          const words = [t.header[col] ?? '', ...t.rows.map((r) => r[col]?.text ?? '')].flatMap((s) => s.split(/\s+/));
          const widest = Math.max(...words.map((w) => MEASURE.width(w, layout.fontSize, true)));
          expect(part.widths[k], `${figures} figures, column ${col}`).toBeGreaterThanOrEqual(widest + cellOverhead());
        });
      }
    }
  });
});

describe('layoutAppendix', () => {
  it('cuts the model into captioned parts with their own header, rows and totals', () => {
    const t = table(24);
    const model: AppendixModel = {
      kind: 'figures',
      index: 1,
      title: 'Tổng hợp số liệu',
      attachedLine: '',
      header: [...t.header],
      rows: t.rows.slice(0, -1).map((r) => r.map((c) => ({ text: c?.text ?? '', align: 'right' as const }))),
      summaryRow: t.rows.at(-1)?.map((c) => ({ text: c?.text ?? '', align: 'right' as const, bold: true })) ?? null,
      legend: null,
      columnNoun: 'chỉ tiêu',
    };
    const layout = layoutAppendix(model, MEASURE);
    const n = layout.parts.length;
    expect(n).toBeGreaterThan(1);
    expect(layout.parts[0]?.caption).toMatch(new RegExp(`^Phần 1/${n} \\(chỉ tiêu 1–\\d+\\)$`));
    expect(layout.parts[n - 1]?.caption).toMatch(new RegExp(`^Phần ${n}/${n} \\(chỉ tiêu \\d+–24\\)$`));
    for (const part of layout.parts) {
      expect(part.header.slice(0, 2)).toEqual(['TT', 'Đơn vị']);
      expect(part.rows).toHaveLength(NAMES.length + 1);
      expect(part.rows.at(-1)?.[1]?.text).toBe('Tổng cộng');
      for (const row of part.rows) expect(row).toHaveLength(part.widths.length);
    }
  });

  it('asks for rows kept whole only when some row of the part takes two lines', () => {
    const model = (names: string[]): AppendixModel => ({
      kind: 'matrix',
      index: 2,
      title: 'Tình hình thực hiện',
      attachedLine: '',
      header: ['TT', 'Đơn vị', 'II.1', 'II.2'],
      rows: names.map((name, n) => [{ text: String(n + 1), align: 'center' as const }, { text: name, align: 'left' as const }, { text: 'x', align: 'center' as const }, { text: 'CBC', align: 'center' as const }]),
      summaryRow: null,
      legend: null,
      columnNoun: 'nhiệm vụ',
    });
    const short = layoutAppendix(model(['Đảng ủy xã Số 1', 'Đảng ủy xã Số 2']), MEASURE);
    expect(short.parts.map((p) => p.rowsWrap)).toEqual([false]);
    // Most names on one line (the column is sized for them), one far longer: it wraps, so rows stay whole.
    const long = 'Đảng ủy Cơ quan Ủy ban nhân dân tỉnh và các sở, ban, ngành, đoàn thể trực thuộc Ủy ban nhân dân tỉnh Bình Dương';
    const mixed = layoutAppendix(model([...Array.from({ length: 20 }, (_, i) => `Đảng ủy xã Số ${i + 1}`), long]), MEASURE);
    const nameWidth = (mixed.parts[0]?.widths[1] ?? 0) - cellOverhead();
    expect(MEASURE.width(long, mixed.fontSize)).toBeGreaterThan(nameWidth);
    expect(mixed.parts.map((p) => p.rowsWrap)).toEqual([true]);
    // A short name with a line break typed into it takes two lines all the same.
    expect(layoutAppendix(model(['Đảng ủy xã Số 1', 'Đảng ủy\nxã Số 2']), MEASURE).parts.map((p) => p.rowsWrap)).toEqual([true]);
  });
});
