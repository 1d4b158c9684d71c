// The pure parts of reading a scan: repairs of numbers and dates, the stamp's red, the page's skew,
// table rules, and the committed model being the one the README names.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createCanvas } from '@napi-rs/canvas';
import UTIF from 'utif';
import { describe, expect, it } from 'vitest';
import { fixOcrWord } from '../../../electron/core/imports/readers/ocr-fixes';
import { imageFormat, sniff } from '../../../electron/core/imports/sniff';
import { grayWithoutRed, removeRules, skewAngle } from '../../../electron/core/readers/scan-clean';
import { imagePages } from '../../../electron/core/readers/scan-pages';
import { jpegOrientation } from '../../../electron/core/readers/jpeg-orientation';
import { ocrScan } from '../../../electron/core/readers/ocr-scan';
import { outsideAsar, tesseractWorkerPath } from '../../../electron/core/readers/ocr-engine';
import type { Gray } from '../../../electron/core/readers/scan-clean';
import { parseViNumber } from '../../../shared/text';
import { REPO } from '../../helpers/temp';

const fixed = (w: string): string => fixOcrWord(w).text;

describe('numbers and dates as OCR misreads them', () => {
  it('turns look-alike letters into digits only inside a word that holds a digit', () => {
    expect(fixed('l.450')).toBe('1.450');
    expect(fixed('2O19')).toBe('2019');
    expect(fixed('l5/7/2Ol9')).toBe('15/7/2019');
    expect(fixed('1O,')).toBe('10,');
    expect(fixed('(l2')).toBe('(12');
    // Words, abbreviations and document numbers stay as read.
    for (const w of ['Số', 'ISO', 'lOl', 'Ol', 'SO', '32-CT/TW', 'II.', 'l']) expect(fixed(w)).toBe(w);
  });

  it('reads a comma before groups of three digits as the thousands dot units write', () => {
    expect(fixed('1,450')).toBe('1.450');
    expect(parseViNumber(fixed('1,450'))).toBe(1450);
    expect(fixed('12,345.678')).toBe('12.345.678');
    expect(fixed('1,450;')).toBe('1.450;');
    // A decimal comma stays a decimal.
    expect(fixed('12,5')).toBe('12,5');
    expect(fixed('0,75%')).toBe('0,75%');
  });
});

describe('sniffing pictures', () => {
  it('tells JPEG, PNG and TIFF by their bytes', () => {
    const jpeg = createCanvas(60, 60).toBuffer('image/jpeg');
    const png = createCanvas(60, 60).toBuffer('image/png');
    expect([sniff(jpeg), imageFormat(jpeg)]).toEqual(['image', 'jpeg']);
    expect([sniff(png), imageFormat(png)]).toEqual(['image', 'png']);
    expect(imageFormat(Buffer.from([0x49, 0x49, 0x2a, 0x00, 8, 0, 0, 0]))).toBe('tiff');
    expect(imageFormat(Buffer.from('%PDF-1.4'))).toBeNull();
  });
});

/** A JPEG with an EXIF APP1 segment saying `orientation`, put right after SOI as cameras do. */
function withOrientation(jpeg: Buffer, orientation: number): Buffer {
  const tiff = Buffer.from([0x4d, 0x4d, 0, 0x2a, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, orientation, 0, 0, 0, 0, 0, 0]);
  const payload = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  const app1 = Buffer.concat([Buffer.from([0xff, 0xe1, (payload.length + 2) >> 8, (payload.length + 2) & 255]), payload]);
  return Buffer.concat([jpeg.subarray(0, 2), app1, jpeg.subarray(2)]);
}

describe('pages of a picture', () => {
  it('turns a phone photo upright by its EXIF orientation', async () => {
    // 300×100 as stored, a black block at the stored top-left; orientation 6 = turn 90° clockwise.
    const c = createCanvas(300, 100);
    const g = c.getContext('2d');
    g.fillStyle = '#fff';
    g.fillRect(0, 0, 300, 100);
    g.fillStyle = '#000';
    g.fillRect(0, 0, 60, 40);
    const photo = withOrientation(c.toBuffer('image/jpeg', 95), 6);
    expect(jpegOrientation(photo)).toBe(6);
    expect(jpegOrientation(c.toBuffer('image/jpeg'))).toBe(1);
    const page = await (await imagePages(photo, 'jpeg', 'anh.jpg')).page(0);
    expect([page.width, page.height]).toEqual([100, 300]);
    // Turned clockwise, the stored top-left goes to the top-right.
    const px = (x: number, y: number) => page.getContext('2d').getImageData(x, y, 1, 1).data[0] ?? 255;
    expect(px(90, 10)).toBeLessThan(60);
    expect(px(10, 10)).toBeGreaterThan(200);
  });

  it('refuses a damaged or cut-off JPEG or PNG by name, never handing it to a native decoder', async () => {
    const c = createCanvas(200, 100);
    const jpeg = c.toBuffer('image/jpeg');
    const png = c.toBuffer('image/png');
    // Fixed junk, not random: random bytes after the JPEG's start are now and then a frame header of
    // huge made-up size, rightly refused as too large instead.
    const junk = Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 37 + 11) & 0xff));
    const broken: [string, Buffer, 'jpeg' | 'png'][] = [
      ['cut.jpg', jpeg.subarray(0, Math.floor(jpeg.length / 2)), 'jpeg'],
      ['junk.jpg', Buffer.concat([jpeg.subarray(0, 3), junk]), 'jpeg'],
      ['junk.png', Buffer.concat([png.subarray(0, 8), junk]), 'png'],
      ['cut.png', png.subarray(0, Math.floor(png.length / 2)), 'png'],
    ];
    for (const [name, bytes, kind] of broken) {
      const err = await imagePages(bytes, kind, name).then((s) => s.page(0)).then(() => null, (e: unknown) => e);
      expect(err, name).toMatchObject({ code: 'FILE_CORRUPT', message: expect.stringContaining(name) });
    }
  });

  it('decodes a copier\'s TIFF page into pixels, and refuses a broken one by name', async () => {
    const tiff = UTIF.encodeImage(new Uint8Array(120 * 160 * 4).fill(255), 120, 160);
    const src = await imagePages(new Uint8Array(tiff), 'tiff', 'a.tif');
    expect(src.count).toBe(1);
    const c = await src.page(0);
    expect([c.width, c.height]).toEqual([120, 160]);
    expect(c.getContext('2d').getImageData(5, 5, 1, 1).data[0]).toBe(255);
    await expect(imagePages(new Uint8Array([0x49, 0x49, 0x2a, 0, 0xff, 0xff, 0xff, 0x7f]), 'tiff', 'hong.tif')).rejects.toMatchObject({ code: 'FILE_CORRUPT', message: expect.stringContaining('hong.tif') });
  });
});

/** A page of bars like lines of text, turned by `deg`. */
function page(deg: number): { gray: Gray; rgba: Uint8ClampedArray } {
  const c = createCanvas(800, 1000);
  const g = c.getContext('2d');
  g.fillStyle = '#fff';
  g.fillRect(0, 0, 800, 1000);
  g.translate(400, 500);
  g.rotate((deg * Math.PI) / 180);
  g.translate(-400, -500);
  g.fillStyle = '#000';
  for (let y = 100; y < 900; y += 40) for (let x = 80; x < 700; x += 60) g.fillRect(x, y, 44, 14);
  g.setTransform(1, 0, 0, 1, 0, 0);
  const rgba = g.getImageData(0, 0, 800, 1000).data;
  return { gray: grayWithoutRed(rgba, 800, 1000), rgba };
}

describe('cleaning a scanned page', () => {
  it('finds how far the page is turned, either way, and calls a straight page straight', () => {
    expect(skewAngle(page(0).gray)).toBe(0);
    expect(skewAngle(page(1.5).gray)).toBeCloseTo(1.5, 0);
    expect(skewAngle(page(-2).gray)).toBeCloseTo(-2, 0);
  });

  it('takes out the stamp red but keeps black print and blue ink', () => {
    const px = (r: number, g: number, b: number) => grayWithoutRed(new Uint8Array([r, g, b, 255]), 1, 1).data[0];
    expect(px(214, 40, 48)).toBe(255);
    expect(px(20, 20, 20)).toBeLessThan(40);
    expect(px(30, 40, 160)).toBeLessThan(80);
    // Print under the seal: dark in every channel, so it stays.
    expect(px(70, 10, 12)).toBeLessThan(60);
  });

  it('whitens long rules and leaves letters', () => {
    const w = 400;
    const h = 200;
    const data = new Uint8Array(w * h).fill(255);
    for (let x = 20; x < 380; x++) data[100 * w + x] = 0;
    for (let y = 60; y < 80; y++) for (let x = 50; x < 60; x++) data[y * w + x] = 0;
    const out = removeRules({ width: w, height: h, data });
    expect(out.data[100 * w + 200]).toBe(255);
    expect(out.data[70 * w + 55]).toBe(0);
  });
});

describe('the OCR model', () => {
  it('is the tessdata_fast Vietnamese model the README names, by its sum', () => {
    const dir = path.join(REPO, 'resources', 'ocr');
    const want = /sha256 `([0-9a-f]{64})`/u.exec(fs.readFileSync(path.join(dir, 'README.md'), 'utf8'))?.[1];
    expect(crypto.createHash('sha256').update(fs.readFileSync(path.join(dir, 'vie.traineddata'))).digest('hex')).toBe(want);
    expect(fs.readFileSync(path.join(dir, 'LICENSE-Apache-2.0.txt'), 'utf8')).toContain('Apache License');
  });
});

describe('the Tesseract worker in the packaged app', () => {
  it('starts from the unpacked copy beside the asar archive', () => {
    expect(tesseractWorkerPath()).toMatch(/tesseract\.js[\\/]src[\\/]worker-script[\\/]node[\\/]index\.js$/u);
    expect(fs.existsSync(tesseractWorkerPath())).toBe(true);
    expect(outsideAsar('C:\\App\\resources\\app.asar\\node_modules\\tesseract.js\\x.js')).toBe('C:\\App\\resources\\app.asar.unpacked\\node_modules\\tesseract.js\\x.js');
    expect(outsideAsar('/opt/app/resources/app.asar/node_modules/x.js')).toBe('/opt/app/resources/app.asar.unpacked/node_modules/x.js');
    expect(outsideAsar('/work/node_modules/x.js')).toBe('/work/node_modules/x.js');
  });
});

describe('the time limit of a page', () => {
  it('stops Tesseract on a page past its limit, says so for that page, and goes on', async () => {
    const c = createCanvas(600, 800);
    const g = c.getContext('2d');
    g.fillStyle = '#fff';
    g.fillRect(0, 0, 600, 800);
    g.fillStyle = '#000';
    g.font = '28px serif';
    g.fillText('Báo cáo kết quả thực hiện', 40, 100);
    const told: number[] = [];
    const r = await ocrScan(c.toBuffer('image/png'), 'png', 'cham.png', { modelDir: path.join(REPO, 'resources', 'ocr'), pageTimeoutMs: 1, maxPages: 5, onPage: (p) => told.push(p) });
    expect(told).toEqual([1]);
    expect(r.pages[0]).toMatchObject({ page: 1, failed: 'đọc quá 1 giây nên đã dừng', lines: [] });
  });
});
