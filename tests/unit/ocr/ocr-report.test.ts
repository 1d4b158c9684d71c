// Reading OCR words as a report, without Tesseract: words laid out as a scanner sees them (the
// header's two columns on one row, words close together, "l" and "O" for digits, a comma for the
// thousands dot) go down the narrative reader like a typed report, each value boxed on its page.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReaderContext } from '../../../electron/core/imports/normalized-report';
import { reportFromScan } from '../../../electron/core/imports/readers/ocr-report';
import type { OcrLine } from '../../../electron/core/readers/ocr-engine';
import type { ScanResult } from '../../../electron/core/readers/ocr-scan';
import { readerContext } from '../../fixtures/reports/build';

const W = 1654;
const H = 2339;

/** One line of words from x at baseline y, 18 px a letter, words 4 px apart (grain closes the gaps). */
function line(text: string, x: number, y: number, confidence = 93): OcrLine {
  let at = x;
  const words = text.split(' ').map((t) => {
    const w = { text: t, x0: at, y0: y - 32, x1: at + t.length * 18, y1: y + 8, confidence };
    at = w.x1 + 4;
    return w;
  });
  return { words, x0: x, y0: y - 32, x1: at, y1: y + 8, confidence };
}

function scan(lines: OcrLine[]): ScanResult {
  return { pageCount: 1, pages: [{ page: 1, width: W, height: H, lines, confidence: 91, image: new Uint8Array([0xff, 0xd8]), imageWidth: 1240, imageHeight: 1754, skewDeg: 1.5, seconds: 2, failed: null }] };
}

let ctx: ReaderContext;
beforeAll(async () => {
  ctx = await readerContext();
});

const page = (): OcrLine[] => [
  line('HUYỆN ỦY PHÚ GIÁO', 180, 150),
  line('ĐẢNG CỘNG SẢN VIỆT NAM', 950, 150),
  line('Số 45-BC/HU', 240, 200),
  line('Phú Giáo, ngày l0 tháng 7 năm 2Ol9', 900, 200),
  line('BÁO CÁO', 760, 300),
  line('Kết quả 6 tháng đầu năm 2019 thực hiện Kế hoạch số 31-KH/BTGTU', 200, 350),
  line('I. KẾT QUẢ THỰC HIỆN', 110, 450),
  line('1. Công tác quán triệt', 110, 500),
  line('Ban Thường vụ Huyện ủy đã tổ chức hội nghị quán triệt Chỉ thị số 32-CT/TW cho cán bộ chủ', 110, 550),
  line('chốt: l2 hội nghị với l,450 lượt cán bộ, đảng viên tham dự.', 110, 600),
  line('II. PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM', 110, 700),
  line('Tiếp tục tuyên truyền sâu rộng Chỉ thị.', 110, 750),
];

describe('a scan read as a report', () => {
  it('finds the unit, number and date in the header columns and the figures in the body, digits repaired', () => {
    const r = reportFromScan(scan(page()), 'scan.jpg', ctx);
    expect(r).toMatchObject({ reader: 'scan', unit: { code: 'HUPG' }, reportNumber: '45-BC/HU', reportDate: '2019-07-10' });
    expect(Object.fromEntries(r.figures.map((f) => [f.indicatorKey, f.value]))).toMatchObject({ hoi_nghi: 12, luot_tham_du: 1450 });
    expect(r.notes.find((n) => n.code === 'OCR_FIXED')?.message).toContain('Đã sửa 4 chỗ');
  });

  it('always asks for review, and says how sure the machine was', () => {
    const r = reportFromScan(scan(page()), 'scan.jpg', ctx);
    expect(r.warnings[0]).toMatch(/^Bản scan \(1 trang\), chữ do máy nhận dạng — độ tin cậy trung bình 91%/u);
  });

  it('keeps each value\'s page and box: the figure on its own word, the header fields on their words only', () => {
    const r = reportFromScan(scan(page()), 'scan.jpg', ctx);
    const box = (field: string, key = '') => r.scan?.boxes.find((b) => b.field === field && b.key === key);
    expect(r.figures.find((f) => f.indicatorKey === 'luot_tham_du')?.source).toMatch(/^trang 1, đoạn \d+$/u);
    // "l,450" at x = 110 + len("chốt: l2 hội nghị với ") words… its box is that one word, as repaired.
    expect(box('figure', 'luot_tham_du')).toMatchObject({ page: 1, text: '1.450', h: expect.closeTo(40 / H, 4) });
    expect(box('figure', 'luot_tham_du')!.y).toBeCloseTo((600 - 32) / H, 4);
    expect(box('unit')).toMatchObject({ text: 'HUYỆN ỦY PHÚ GIÁO', x: expect.closeTo(180 / W, 4) });
    expect(box('date')?.text).toBe('ngày 10 tháng 7 năm 2019');
    expect(box('number')?.text).toBe('45-BC/HU');
    expect(r.scan?.pages[0]).toMatchObject({ page: 1, width: 1240, height: 1754, skewDeg: 1.5, mime: 'image/jpeg' });
  });

  it('sends a scan whose words say it is no report to review, not away: the machine may have misread them', () => {
    const lines = page().map((l) => (l.words[0]?.text === 'BÁO' ? line('KẾ HOẠCH', 760, 300) : l));
    const r = reportFromScan(scan(lines), 'scan.jpg', ctx);
    expect(r.warnings.some((w) => w.startsWith('Theo chữ máy đọc được:') && w.includes('Kế hoạch'))).toBe(true);
  });

  it('refuses a scan on which nothing was read, by name', () => {
    expect(() => reportFromScan(scan([]), 'trang-trang.jpg', ctx)).toThrow(/trang-trang\.jpg: không nhận ra được chữ nào/u);
  });
});
