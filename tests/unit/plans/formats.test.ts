// Each seed plan read from .docx and from a text-layer .pdf (made here with the real libraries)
// must give the same item tree as its .txt.
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractPlan } from '../../../electron/core/plans/extract';
import { readPlanText } from '../../../electron/core/plans/read-plan-document';
import { renderPdf } from '../../../electron/core/exports/pdf-render';
import type { PlanDraft } from '../../../shared/domain';
import { fixture } from './helpers';
import { RESOURCES } from '../../helpers/engine';

const SEEDS = ['plan-tinh-uy-ct32-2019', 'plan-btg-binh-duong-31-kh-2019', 'plan-tinh-uy-ct04-doi-ngoai-nhan-dan'];

/** The document as a Word author would have it: Markdown marks become bold runs, lines become paragraphs. */
function lines(text: string): { text: string; bold: boolean }[] {
  return text.split(/\r?\n/).map((l) => ({ text: l.replace(/\*\*|^#+\s*|\*{1,3}/g, '').replace(/\s+$/, ''), bold: /\*\*/.test(l) }));
}

async function asDocx(text: string): Promise<Buffer> {
  const doc = new Document({
    sections: [{ children: lines(text).map((l) => new Paragraph({ children: [new TextRun({ text: l.text, bold: l.bold, font: 'Times New Roman' })] })) }],
  });
  return Packer.toBuffer(doc);
}

async function asPdf(text: string): Promise<Buffer> {
  const content = lines(text)
    .filter((l) => l.text.trim() !== '')
    .map((l) => ({ text: l.text, bold: l.bold, margin: [0, 0, 0, 4] as [number, number, number, number] }));
  return Buffer.from(await renderPdf({ content, defaultStyle: { font: 'Tinos', fontSize: 13 }, pageSize: 'A4' }, { resourcesDir: RESOURCES, pageNumbers: false }));
}

const shape = (d: PlanDraft) => d.items.map((i) => ({ code: i.code, kind: i.kind, kinds: i.assignees.flatMap((a) => a.unitKinds).sort(), deadline: i.deadline?.date ?? null }));

describe.each(SEEDS)('seed %s in every format', (seed) => {
  let txt: PlanDraft;
  beforeAll(async () => {
    txt = extractPlan(await readPlanText(Buffer.from(fixture(`${seed}.txt`)), `${seed}.txt`));
  });

  it('reads the same item tree, assignees and deadlines from .docx', async () => {
    const text = await readPlanText(await asDocx(fixture(`${seed}.txt`)), `${seed}.docx`);
    const draft = extractPlan(text);
    expect(shape(draft)).toEqual(shape(txt));
    expect(draft.number).toBe(txt.number);
  });

  it('reads the same item tree, assignees and deadlines from a text-layer .pdf', async () => {
    const text = await readPlanText(await asPdf(fixture(`${seed}.txt`)), `${seed}.pdf`);
    const draft = extractPlan(text);
    expect(shape(draft)).toEqual(shape(txt));
    expect(draft.number).toBe(txt.number);
  });
});

describe('plan documents that cannot be read', () => {
  it.each([
    ['empty', Buffer.alloc(0), 'FILE_EMPTY'],
    ['corrupt docx', Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(64, 1)]), 'FILE_CORRUPT'],
    ['binary', Buffer.from([0, 159, 146, 150, 0, 1]), 'UNSUPPORTED_FORMAT'],
  ])('%s → %s', async (_n, bytes, code) => {
    await expect(readPlanText(bytes, 'x')).rejects.toMatchObject({ code });
  });
  it('refuses a PDF without a text layer', async () => {
    const pdf = Buffer.from(await renderPdf({ content: [{ canvas: [{ type: 'rect', x: 0, y: 0, w: 100, h: 100 }] }] }, { resourcesDir: RESOURCES, pageNumbers: false }));
    await expect(readPlanText(pdf, 'scan.pdf')).rejects.toMatchObject({ code: 'UNSUPPORTED_FORMAT' });
  });
});

describe('plan metadata from a two-column PDF header', () => {
  it('keeps the issuing body apart from the Party title on the same line', async () => {
    const content = [
      { columns: [{ text: 'TỈNH ỦY BÌNH DƯƠNG\nBAN TUYÊN GIÁO\n*\nSố 31-KH/BTGTU', alignment: 'center' as const }, { text: 'ĐẢNG CỘNG SẢN VIỆT NAM\nBình Dương, ngày 08 tháng 7 năm 2019', alignment: 'center' as const }] },
      { text: 'KẾ HOẠCH', bold: true, alignment: 'center' as const, margin: [0, 10, 0, 0] as [number, number, number, number] },
      { text: 'Tuyên truyền Chỉ thị số 32-CT/TW của Bộ Chính trị', bold: true, alignment: 'center' as const },
      { text: 'I. MỤC ĐÍCH, YÊU CẦU' },
      { text: '1. Các huyện ủy, thị ủy, thành ủy tổ chức quán triệt trong quý III năm 2019.' },
    ];
    const pdf = Buffer.from(await renderPdf({ content, defaultStyle: { font: 'Tinos', fontSize: 13 }, pageSize: 'A4' }, { resourcesDir: RESOURCES, pageNumbers: false }));
    const draft = extractPlan(await readPlanText(pdf, 'kh.pdf'));
    expect(draft).toMatchObject({ number: '31-KH/BTGTU', place: 'Bình Dương', issuedDate: '2019-07-08', docType: 'Kế hoạch' });
    expect(draft.issuer ?? '').toMatch(/BAN TUYÊN GIÁO/);
    expect(draft.issuer ?? '').not.toMatch(/ĐẢNG CỘNG SẢN/);
  });
});
