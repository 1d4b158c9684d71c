import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import PdfPrinter from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { describe, expect, it } from 'vitest';
import { keepContentAsText } from '../../../electron/core/exports/content-as-text';
import { tinosFonts } from '../../../electron/core/exports/fonts';
import { RESOURCES } from '../../helpers/engine';

const CREATED = new Date('2026-02-08T00:00:00Z');

/** Two pages of a ruled table: far more operators per page than are encoded at once, colours, a Vietnamese text layer. */
function definition(): TDocumentDefinitions {
  const rows = Array.from({ length: 90 }, (_, i) => [String(i + 1), `Đảng ủy xã Số ${i + 1}`, i % 3 === 0 ? 'Đã thực hiện' : 'Chưa', { text: String(i * 7), color: '#aa0000' }]);
  return {
    info: { creationDate: CREATED },
    defaultStyle: { font: 'Tinos', fontSize: 11 },
    content: [
      { text: 'BÁO CÁO TỔNG HỢP', bold: true, alignment: 'center' },
      { table: { headerRows: 1, widths: [30, '*', 90, 50], body: [['TT', 'Đơn vị', 'Tình hình', 'Số liệu'], ...rows] } },
    ],
  };
}

function bytesOf(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

/** The same definition rendered by pdfmake in a fresh thread, whose pdfkit nobody changed. */
function renderUnchanged(def: TDocumentDefinitions): Promise<Buffer> {
  const pdfmakePath = createRequire(import.meta.url).resolve('pdfmake');
  const code = `
    const { parentPort, workerData } = require('node:worker_threads');
    const PdfPrinter = require(workerData.pdfmakePath);
    const def = workerData.def;
    def.info.creationDate = new Date(def.info.creationDate);
    const doc = new PdfPrinter(workerData.fonts).createPdfKitDocument(def);
    const chunks = [];
    doc.on('data', (c) => chunks.push(c));
    doc.on('end', () => parentPort.postMessage(Buffer.concat(chunks)));
    doc.end();`;
  const worker = new Worker(code, { eval: true, workerData: { pdfmakePath, fonts: tinosFonts(RESOURCES), def: { ...def, info: { creationDate: CREATED.toISOString() } } } });
  return new Promise((resolve, reject) => {
    worker.once('message', (bytes: Uint8Array) => resolve(Buffer.from(bytes)));
    worker.once('error', reject);
  }).finally(() => void worker.terminate()) as Promise<Buffer>;
}

describe('keepContentAsText', () => {
  it('is in effect on the pdfkit that pdfmake loads, and leaves every byte of the PDF as pdfkit writes it', async () => {
    const expected = await renderUnchanged(definition());
    expect(keepContentAsText()).toBe(true);
    const actual = await bytesOf(new PdfPrinter(tinosFonts(RESOURCES)).createPdfKitDocument(definition()));
    expect(actual.length).toBeGreaterThan(10_000);
    expect(actual.equals(expected)).toBe(true);
  });

  it('is idempotent', () => {
    expect(keepContentAsText()).toBe(true);
    expect(keepContentAsText()).toBe(true);
  });
});
