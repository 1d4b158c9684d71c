// Page images and value boxes of scanned originals (see migration 0007).
import type { ScanBox, ScanField, ScanInfo } from '../../../shared/domain';
import type { ScanReading } from '../imports/normalized-report';
import type { Db } from './open';

/** Kept with the original; a file read again (after a discarded review) replaces what it had. */
export function insertScan(db: Db, fileSha: string, scan: ScanReading): void {
  db.prepare('DELETE FROM scan_pages WHERE file_sha = ?').run(fileSha);
  db.prepare('DELETE FROM scan_boxes WHERE file_sha = ?').run(fileSha);
  const page = db.prepare('INSERT INTO scan_pages (file_sha, page, width, height, mime, image, confidence, skew_deg) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  for (const p of scan.pages) page.run(fileSha, p.page, p.width, p.height, p.mime, Buffer.from(p.image), p.confidence, p.skewDeg);
  // One box per value: an item named twice keeps where it was read first.
  const box = db.prepare('INSERT OR IGNORE INTO scan_boxes (file_sha, field, key, page, x, y, w, h, text, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
  for (const b of scan.boxes) box.run(fileSha, b.field, b.key, b.page, b.x, b.y, b.w, b.h, b.text, b.confidence);
}

export function getScanInfo(db: Db, fileSha: string): ScanInfo | null {
  const pages = db.prepare('SELECT page, width, height, confidence, skew_deg FROM scan_pages WHERE file_sha = ? ORDER BY page').all(fileSha) as {
    page: number;
    width: number;
    height: number;
    confidence: number;
    skew_deg: number;
  }[];
  if (pages.length === 0) return null;
  const boxes = db.prepare('SELECT field, key, page, x, y, w, h, text, confidence FROM scan_boxes WHERE file_sha = ? ORDER BY page, y, x').all(fileSha) as (Omit<ScanBox, 'field'> & {
    field: ScanField;
  })[];
  return { pages: pages.map((p) => ({ page: p.page, width: p.width, height: p.height, confidence: p.confidence, skewDeg: p.skew_deg })), boxes };
}

export function getScanImage(db: Db, fileSha: string, page: number): { mime: string; image: Buffer; width: number; height: number } | null {
  const r = db.prepare('SELECT mime, image, width, height FROM scan_pages WHERE file_sha = ? AND page = ?').get(fileSha, page) as
    | { mime: string; image: Buffer; width: number; height: number }
    | undefined;
  return r ?? null;
}
