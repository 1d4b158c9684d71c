// Pure: a narrative report (Word, PDF, legacy .doc, plain text) given as paragraphs and tables →
// NormalizedReport. Tables are read like spreadsheets; prose gives figures and item statuses, read
// only in the sections that report results, and in a general report only in its section on the plan.
import { CATALOGUE } from '../../vocabulary/indicator-catalogue';
import type { Plan } from '../../../../shared/domain';
import type { NormalizedReport, ReaderContext, ReaderName, ReportNote } from '../normalized-report';
import { ReportCollector } from './collect';
import { detectReport } from './detect-report';
import type { ReportDetection } from './detect-report';
import { readGrid } from './grid-table';
import type { GridContext } from './grid-table';
import { roundPeriod } from './detect-round';
import { readingTerms } from './indicator-match';
import type { IndicatorTerm } from './indicator-match';
import { planSymbolKeys } from './detect-plan';
import { itemImplemented, itemIndex, itemsInClause, itemsInParagraph } from './item-match';
import type { ItemIndex, ItemMatch } from './item-match';
import { chooseFigures, figuresInText } from './prose-figures';
import { statusInText } from './prose-status';
import type { ReportCheck } from './report-check';
import { sectionsOf } from './sections';
import type { Paragraph } from './sections';
import type { Block } from './text-blocks';
import { cleanText, formatViNumber } from '../../../../shared/text';

const MARKER = /^([IVX]+\s*[.)-]|\d+(\.\d+)*\s*[.)]|[a-zđ]\s*\)|[-–+•])\s*/u;
const MAX_RESULT = 2000;

/** Reading-order lines for the header: paragraphs (split at tabs), and tables column by column (left header block first). */
export function blockLines(blocks: readonly Block[]): string[] {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.kind === 'para') {
      out.push(...b.text.split(/\t+|\n/u));
      continue;
    }
    const width = Math.max(0, ...b.text.map((r) => r.length));
    for (let c = 0; c < width; c++) {
      for (const row of b.text) {
        const cell = row[c] ?? '';
        if (cell !== '' && row[c - 1] !== cell) out.push(...cell.split('\n'));
      }
    }
  }
  return out;
}

export function readNarrative(
  blocks: readonly Block[],
  fileName: string,
  reader: ReaderName,
  ctx: ReaderContext,
  notes: ReportNote[] = [],
): { report: NormalizedReport; check: ReportCheck } {
  const paras = blocks.filter((b): b is Extract<Block, { kind: 'para' }> => b.kind === 'para').map((b) => b.text);
  const body = blocks.map((b) => (b.kind === 'para' ? b.text : b.text.map((r) => r.join('\t')).join('\n'))).join('\n');
  const d = detectReport({ lines: blockLines(blocks), body, fileName }, ctx);
  const out = new ReportCollector();
  for (const w of d.warnings) out.warn(w);
  for (const n of [...d.notes, ...notes]) out.note(n.message, n.code, n.source);
  if (d.planObj && !d.refusal) {
    const index = itemIndex(d.planObj, d.unit.code, ctx.units);
    const terms = readingTerms(d.planObj.indicators);
    out.nameFigures([...CATALOGUE, ...d.planObj.indicators]);
    const reportYear = d.reportDate ? Number(d.reportDate.slice(0, 4)) : null;
    const sections = sectionsOf(beforeTail(paras), { plan: d.planObj, title: d.title, reportYear });
    const from = afterTitle(paras, d.title);
    const counted = sections.filter((p) => p.index >= from && p.inScope && p.kind === 'results');
    const round = d.planObj.rounds.find((r) => r.id === d.round.id);
    readTables(blocks, { index, terms, topic: d.planObj.title, period: round ? roundPeriod(round) : null }, out);
    readProseFigures(counted, terms, out, round?.periodFrom ? Number(round.periodFrom.slice(0, 4)) : reportYear, monthsOf(round));
    readProseItems(counted, sections, index, terms, d.planObj, out);
  }
  return { report: finish(d, reader, out), check: { docType: d.docType, title: d.title, refusal: d.refusal } };
}

/** How many months a round covers (12 for a year, 6 for a half-year), or null when unknown. */
function monthsOf(round: { periodFrom: string | null; periodTo: string | null } | undefined): number | null {
  if (!round?.periodFrom || !round.periodTo) return null;
  const [y1, m1] = round.periodFrom.split('-').map(Number);
  const [y2, m2] = round.periodTo.split('-').map(Number);
  if (y1 === undefined || m1 === undefined || y2 === undefined || m2 === undefined) return null;
  return (y2 - y1) * 12 + (m2 - m1) + 1;
}

export function finish(d: ReportDetection, reader: ReaderName, out: ReportCollector): NormalizedReport {
  return {
    reader,
    unit: { code: d.unit.code, name: d.unit.name, evidence: d.unit.evidence, confidence: d.unit.confidence },
    plan: d.plan,
    round: d.round,
    reportNumber: d.reportNumber,
    reportDate: d.reportDate,
    replaces: d.replaces,
    entries: out.entries,
    figures: out.figures,
    warnings: out.warnings,
    notes: out.notes,
  };
}

function readTables(blocks: readonly Block[], gc: GridContext, out: ReportCollector): void {
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

/**
 * One value per figure from the counted paragraphs; other values given elsewhere become a note. A
 * running total from before the period ("Lũy kế từ năm 2012 đến nay … 23 hội nghị", in a report on
 * 2017) is no figure of it, not even when nothing else gives one: added in, it would swell the total.
 */
function readProseFigures(paras: readonly Paragraph[], terms: readonly IndicatorTerm[], out: ReportCollector, periodYear: number | null, roundMonths: number | null): void {
  const before = (since: number | null): boolean => since !== null && (since === 0 || (periodYear !== null && since < periodYear));
  const cands = paras
    .flatMap((p) => figuresInText(p.text, terms).map((f) => ({ ...f, at: p.index })))
    .filter((f) => !before(f.since))
    // "6 tháng cuối năm … 02 hội nghị; lũy kế cả năm … 05 hội nghị" in a report on the year: the
    // running total over the round's whole period is the round's figure.
    .map((f) => (f.over !== null && f.over === roundMonths ? { ...f, cumulative: false, role: 'total' as const } : f));
  for (const f of chooseFigures(cands)) {
    if (out.hasFigure(f.indicatorKey)) continue;
    const source = `đoạn ${f.at + 1}`;
    out.addFigure({ indicatorKey: f.indicatorKey, value: f.value, source, cumulative: f.cumulative || undefined }, { withinWider: f.role === 'part' });
    if (f.also.length > 0) {
      out.note(`${out.figureName(f.indicatorKey)}: ${source} ghi ${formatViNumber(f.value)}; chỗ khác ghi ${f.also.map((v) => formatViNumber(v)).join(', ')} — đã lấy ${formatViNumber(f.value)}.`, 'FIGURE_CONFLICT', source);
    }
  }
}

function readProseItems(counted: readonly Paragraph[], all: readonly Paragraph[], index: ItemIndex, terms: readonly IndicatorTerm[], plan: Plan, out: ReportCollector): void {
  const planSymbols = planSymbolKeys(plan);
  const text = (i: number): string => all[i]?.text ?? '';
  const best = new Map<string, { m: ItemMatch; at: number; clause?: string }>();
  const consider = (m: ItemMatch, at: number, clause?: string): void => {
    const prev = best.get(m.item.code);
    // Two clauses of one paragraph on one item ("Cử 04 cán bộ đi bồi dưỡng. Việc bố trí cán bộ
    // chuyên trách chưa thực hiện được"): how far it got is read from both.
    if (prev && clause !== undefined && prev.clause !== undefined && prev.at === at) {
      best.set(m.item.code, { ...prev, clause: `${prev.clause} ${clause}` });
      return;
    }
    // On a tie the paragraph that says how far the task got is the better source.
    const better = !prev || m.confidence > prev.m.confidence || (m.confidence === prev.m.confidence && !statusInText(prev.clause ?? text(prev.at)) && statusInText(clause ?? text(at)) !== null);
    if (better) best.set(m.item.code, { m, at, clause });
  };
  for (const p of counted) {
    // "Căn cứ Kế hoạch số …, Ban Thường vụ … báo cáo như sau:" quotes the plan; it reports nothing.
    if (/như sau\s*:?\s*$/u.test(p.text)) continue;
    const named = itemsInParagraph(p.text, index);
    for (const m of named) consider(m, p.index);
    // A heading alone ("3. Kiện toàn lực lượng") reports nothing: it lends its words to what follows.
    if (p.heading && p.heading.text !== '' && !p.text.includes(':')) continue;
    for (const clause of clausesOf(p.text)) {
      // The unit's own plan to carry ours out is the task that asks for it, whatever else is said.
      const own = itemImplemented(clause, index, planSymbols);
      if (own) consider(own, p.index, clause);
      // Nothing named by code or by most of its words: each clause, with its heading, by the words
      // that tell the items apart. A clause says its own status ("đã ban hành …; chưa bố trí …").
      else if (named.length === 0) for (const m of itemsInClause(clause, p.under, index, plan.title)) consider(m, p.index, clause);
    }
  }
  for (const { m, at, clause } of best.values()) {
    const said = clause === undefined ? withFollowing(all, at) : m.saysDone ? clause : withSentence(clause, text(at));
    const st = statusInText(said);
    const hasFigure = figuresInText(said, terms).length > 0;
    if (!st && !hasFigure && !m.saysDone) {
      out.note(`Mục ${m.item.code} được nhắc ở đoạn ${at + 1} nhưng không rõ đã thực hiện hay chưa.`, 'STATUS_UNCLEAR', `đoạn ${at + 1}`);
      continue;
    }
    // A figure says something was done; so does a numbered document the unit issued ("ban hành Kế
    // hoạch số 64-KH/HU ngày 17/02/2020", often without "đã").
    const status = st ?? { status: 'done' as const, certainty: m.saysDone ? 0.85 : 0.6 };
    for (const task of m.tasks) {
      out.addEntry({
        itemCode: task.code,
        status: status.status,
        resultText: said.slice(0, MAX_RESULT),
        source: `đoạn ${at + 1}`,
        // Prose never reaches 1: a person confirms what was read between the lines.
        confidence: Math.min(0.9, Math.round(m.confidence * status.certainty * 100) / 100),
      });
    }
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

/** A paragraph's clauses: its sentences, and the parts of a sentence a semicolon divides. */
function clausesOf(text: string): string[] {
  return text
    .split(/(?<=[.;!?])\s+/u)
    .map((c) => c.trim())
    .filter((c) => c.length > 0);
}

/**
 * A clause that says no status, with the sentence it is part of when that sentence says it was done:
 * "Báo đã mở chuyên mục …; sử dụng fanpage …" — the "đã" governs both. A "không" does not: each
 * clause denied repeats it ("không tổ chức đoàn ra …; không có dự án … được thẩm định").
 */
function withSentence(clause: string, paragraph: string): string {
  if (statusInText(clause)) return clause;
  const sentence = paragraph.split(/(?<=[.!?])\s+/u).find((s) => s.includes(clause));
  return sentence !== undefined && statusInText(sentence)?.status === 'done' ? sentence : clause;
}

/** A short heading ("2. Xây dựng kế hoạch tuyên truyền") reports through the paragraphs under it. */
function withFollowing(paras: readonly Paragraph[], at: number): string {
  const head = paras[at]?.text ?? '';
  if (head.length > 160 || statusInText(head)) return head;
  const parts = [head];
  for (let i = at + 1; i < paras.length && i <= at + 3; i++) {
    const p = paras[i];
    if (!p || p.kind !== 'results' || (MARKER.test(p.text) && p.text.length <= 160)) break;
    parts.push(p.text);
    if (statusInText(p.text)) break;
  }
  return parts.join(' ');
}
