// Pure: a narrative report (Word, PDF, legacy .doc, plain text) given as paragraphs and tables →
// NormalizedReport. Tables are read like spreadsheets; prose gives figures and item statuses.
import type { NormalizedReport, ReaderContext, ReaderName } from '../normalized-report';
import { ReportCollector } from './collect';
import { detectReport } from './detect-report';
import type { ReportDetection } from './detect-report';
import { readGrid } from './grid-table';
import { indicatorTerms } from './indicator-match';
import type { IndicatorTerm } from './indicator-match';
import { itemIndex, itemsInParagraph } from './item-match';
import type { ItemIndex, ItemMatch } from './item-match';
import { figuresInText } from './prose-figures';
import { statusInText } from './prose-status';
import type { Block } from './text-blocks';
import { cleanText } from '../../../../shared/text';

const MARKER = /^([IVX]+\s*[.)-]|\d+(\.\d+)*\s*[.)]|[a-zđ]\s*\)|[-–+•])\s*/u;
const MAX_RESULT = 2000;

/** Reading-order lines for the header: paragraphs (split at tabs) and the cells of header tables. */
export function blockLines(blocks: readonly Block[]): string[] {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.kind === 'para') out.push(...b.text.split(/\t+|\n/u));
    else for (const row of b.text) out.push(...row.filter((c, i) => c !== '' && row[i - 1] !== c).flatMap((c) => c.split('\n')));
  }
  return out;
}

export function readNarrative(
  blocks: readonly Block[],
  fileName: string,
  reader: ReaderName,
  ctx: ReaderContext,
  warnings: string[] = [],
): { report: NormalizedReport; docType: string | null } {
  const paras = blocks.filter((b): b is Extract<Block, { kind: 'para' }> => b.kind === 'para').map((b) => b.text);
  const body = blocks.map((b) => (b.kind === 'para' ? b.text : b.text.map((r) => r.join('\t')).join('\n'))).join('\n');
  const d = detectReport({ lines: blockLines(blocks), body, fileName }, ctx);
  const out = new ReportCollector();
  for (const w of [...d.warnings, ...warnings]) out.warn(w);
  if (d.planObj) {
    const index = itemIndex(d.planObj, d.unit.code, ctx.units);
    const terms = indicatorTerms(d.planObj.indicators);
    readTables(blocks, { index, terms }, out);
    readProse(beforeTail(paras), index, terms, out, afterTitle(paras, d.title));
  }
  return { report: finish(d, reader, out), docType: d.docType };
}

export function finish(d: ReportDetection, reader: ReaderName, out: ReportCollector): NormalizedReport {
  return {
    reader,
    unit: d.unit,
    plan: d.plan,
    round: d.round,
    reportNumber: d.reportNumber,
    reportDate: d.reportDate,
    entries: out.entries,
    figures: out.figures,
    warnings: out.warnings,
  };
}

function readTables(blocks: readonly Block[], gc: { index: ItemIndex; terms: IndicatorTerm[] }, out: ReportCollector): void {
  let n = 0;
  for (const b of blocks) {
    if (b.kind !== 'table') continue;
    const t = ++n;
    readGrid(
      {
        text: b.text,
        value: b.value,
        source: (r) => `bảng ${t}, dòng ${r + 1}`,
        span: (a, z) => `bảng ${t}, dòng ${a + 1}–${z + 1}`,
      },
      gc,
      out,
    );
  }
}

function readProse(paras: readonly string[], index: ItemIndex, terms: IndicatorTerm[], out: ReportCollector, from = 0): void {
  const best = new Map<string, { m: ItemMatch; at: number }>();
  paras.forEach((text, i) => {
    if (i < from) return;
    for (const f of figuresInText(text, terms)) {
      out.addFigure({ indicatorKey: f.indicatorKey, value: f.value, source: `đoạn ${i + 1}`, cumulative: f.cumulative || undefined });
    }
    for (const m of itemsInParagraph(text, index)) {
      const prev = best.get(m.item.code);
      // On a tie the paragraph that says how far the task got is the better source.
      const better = !prev || m.confidence > prev.m.confidence || (m.confidence === prev.m.confidence && !statusInText(paras[prev.at] ?? '') && statusInText(text) !== null);
      if (better) best.set(m.item.code, { m, at: i });
    }
  });
  for (const { m, at } of best.values()) {
    const text = withFollowing(paras, at);
    const st = statusInText(text);
    const hasFigure = figuresInText(text, terms).length > 0;
    if (!st && !hasFigure) {
      out.warn(`Mục ${m.item.code} được nhắc ở đoạn ${at + 1} nhưng không rõ đã thực hiện hay chưa.`);
      continue;
    }
    const status = st ?? { status: 'done' as const, certainty: 0.6 };
    out.addEntry({
      itemCode: m.item.code,
      status: status.status,
      resultText: text.slice(0, MAX_RESULT),
      source: `đoạn ${at + 1}`,
      // Prose never reaches 1: a person confirms what was read between the lines.
      confidence: Math.min(0.9, Math.round(m.confidence * status.certainty * 100) / 100),
    });
  }
}

// "Nơi nhận" and the signature close the body: what they name is no result ("- Ban Tuyên giáo…").
const TAIL = /^\s*(Nơi nhận\s*:?|(T\/M|TM\.|K\/T|KT\.|T\/L|TL\.)\s*\p{Lu})/u;

const HEADER_SCAN = 20;

/**
 * The first paragraph after the header and the trích yếu: the title quotes the plan
 * ("…thực hiện Kế hoạch số 07-KH… của Ban Tuyên giáo…"), which is no result of any item.
 */
export function afterTitle(paras: readonly string[], title: string): number {
  const t = cleanText(title);
  if (t === '') return 0;
  let end = 0;
  for (let i = 0; i < Math.min(paras.length, HEADER_SCAN); i++) {
    const p = cleanText(paras[i] ?? '');
    if (p.length >= 8 && t.includes(p)) end = i + 1;
  }
  return end;
}

/** The paragraphs before the tail; numbering of what is kept stays that of the whole document. */
export function beforeTail(paras: readonly string[]): readonly string[] {
  const at = paras.findIndex((p, i) => i > 0 && TAIL.test(p));
  return at > 0 ? paras.slice(0, at) : paras;
}

/** A short heading ("2. Xây dựng kế hoạch tuyên truyền") reports through the paragraphs under it. */
function withFollowing(paras: readonly string[], at: number): string {
  const head = paras[at] ?? '';
  if (head.length > 160 || statusInText(head)) return head;
  const parts = [head];
  for (let i = at + 1; i < paras.length && i <= at + 3; i++) {
    const p = paras[i] ?? '';
    if (MARKER.test(p) && p.length <= 160) break;
    parts.push(p);
    if (statusInText(p)) break;
  }
  return parts.join(' ');
}
