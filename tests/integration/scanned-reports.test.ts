// Scanned reports: a district's report printed, turned, grained and stamped by the tests, sent as the
// PDF a copier makes and as a phone photo, imported through the service. Each goes to review with
// the unit, date and figures read by OCR, every value boxed on its page; accepting files it as any
// report, with the scan kept as the original.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportResult, ReviewItem } from '../../shared/domain';
import { asPdf } from '../fixtures/reports/documents';
import { scanned } from '../fixtures/reports/scans';
import { districtReport, importFile, province, status } from '../fixtures/province/province';
import type { Province } from '../fixtures/province/province';
import { fold } from '../../shared/text';
import { callOk } from '../helpers/service-calls';

let p: Province;
const results = new Map<string, ImportResult>();
let reviews: ReviewItem[];

const figures = (r: ReviewItem | undefined): Record<string, number> => Object.fromEntries((r?.figures ?? []).map((f) => [f.indicatorKey, f.value]));
const review = (file: string): ReviewItem | undefined => reviews.find((r) => r.fileName === file);

beforeAll(async () => {
  p = await province();
  const scan = await scanned(await asPdf(districtReport()));
  for (const [name, bytes] of [
    ['HU Hon Dat - ban scan.pdf', scan.pdf],
    ['HU Hon Dat - anh chup.jpg', scan.jpeg],
  ] as const) {
    results.set(name, await importFile(p, name, bytes, '2021-12-10'));
  }
  reviews = await callOk(p.svc, 'reviews.list', {});
}, 180_000);

describe('a scanned report', () => {
  it('always goes to review, saying it was read by OCR', () => {
    for (const [name, r] of results) {
      expect(r, name).toMatchObject({ outcome: 'review', unit: { code: 'HUHD' }, error: { code: 'NEEDS_REVIEW' } });
      expect(review(name)?.reason, name).toContain('Bản scan');
    }
  });

  it('proposes the unit, the report date and the figures, from the PDF without text and from the photo', () => {
    for (const name of results.keys()) {
      const r = review(name);
      expect(r, name).toMatchObject({ unitCode: 'HUHD', reportDate: '2021-12-08', reportNumber: '112-BC/HU', reader: 'scan' });
      expect(figures(r), name).toMatchObject({ hoi_nghi: 12, luot_tham_du: 1450, tin_bai_mang: 35, tap_huan: 2 });
    }
  });

  it('keeps the page and box of every value, on a page image that can be shown', async () => {
    const r = review('HU Hon Dat - ban scan.pdf');
    expect(r?.scan?.pages.length).toBeGreaterThanOrEqual(1);
    for (const f of r?.figures ?? []) expect(f.source).toMatch(/^trang \d+, /u);
    const box = (field: string, key = '') => r?.scan?.boxes.find((b) => b.field === field && b.key === key);
    expect(box('figure', 'luot_tham_du')).toMatchObject({ page: 1, text: expect.stringContaining('1.450') });
    // Boxes hold what OCR read there, marks and all: matched folded, as the readers match.
    expect(fold(box('unit')?.text ?? '')).toMatch(/^huyen uy hon dat$/u);
    expect(fold(box('date')?.text ?? '')).toBe('ngay 08 thang 12 nam 2021');
    expect(box('number')?.text).toContain('112-BC/HU');
    for (const b of r?.scan?.boxes ?? []) {
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.x + b.w).toBeLessThanOrEqual(1);
      expect(b.y + b.h).toBeLessThanOrEqual(1);
    }
    // The figures sit below the header on the page.
    expect(box('figure', 'hoi_nghi')!.y).toBeGreaterThan(box('unit')!.y);
    const img = await callOk(p.svc, 'reviews.page', { id: r!.id, page: 1 });
    expect(img.mime).toBe('image/jpeg');
    expect(Buffer.from(img.dataBase64, 'base64').subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
    expect(img.width).toBeGreaterThan(600);
  });

  it('accepting files it like any report, with the corrections made, the scan kept as the original', async () => {
    const r = review('HU Hon Dat - anh chup.jpg')!;
    const done = await callOk(p.svc, 'reviews.accept', {
      id: r.id,
      unitCode: 'HUHD',
      planId: p.plan.id,
      roundId: p.roundId,
      reportDate: r.reportDate,
      receivedAt: '2021-12-10',
      reportNumber: '113-BC/HU',
      entries: r.entries.map(({ confidence: _c, ...e }) => e),
      figures: r.figures.map((f) => (f.indicatorKey === 'tin_bai_mang' ? { ...f, value: 36 } : f)),
    });
    expect(done).toMatchObject({ outcome: 'imported', unit: { code: 'HUHD' } });
    const reports = await callOk(p.svc, 'reports.list', { planId: p.plan.id, roundId: p.roundId });
    const filed = reports.find((x) => x.id === done.reportId);
    expect(filed?.file).toMatchObject({ originalName: 'HU Hon Dat - anh chup.jpg', format: 'scan' });
    expect(filed?.reportNumber).toBe('113-BC/HU');
    expect(filed?.figures.find((f) => f.indicatorKey === 'tin_bai_mang')).toMatchObject({ value: 36, source: expect.stringMatching(/^trang 1, /u) });
    expect(p.svc.store.read(filed!.file.sha256).subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
    const s = await status(p);
    expect(s.reported.map((u) => u.code)).toContain('HUHD');
  });
});
