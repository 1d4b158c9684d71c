// Drafts the body of the consolidated report from the reconcile result. Pure: the specialist edits
// the sections afterwards, so the export takes them as input and never recomputes them.
import { issuerInText } from '../../../shared/organ-names';
import type { CellStatus, Plan, Round, StatusResult, UnitRef } from '../../../shared/domain';
import { formatViDate } from '../../../shared/dates';
import { formatPercent, formatViNumber } from '../../../shared/text';
import { widerFigureOf } from '../vocabulary/indicator-catalogue';
import { itemReference, itemReferences } from './item-reference';

/** One numbered part of the body; an empty heading marks the unnumbered opening paragraph. */
export type DraftSection = { heading: string; paragraphs: string[] };

/** A unit's own words on one item, quoted as an example of results. */
export type ReportQuote = { unitName: string; itemCode: string; text: string };

export type DraftInput = {
  plan: Plan;
  round: Round;
  status: StatusResult;
  previousTotals?: Record<string, number> | null;
  quotes?: ReportQuote[] | null;
};

type ItemCounts = Record<Exclude<CellStatus, 'not_assigned'>, UnitRef[]>;

/** "A", "A và B", "A, B và C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} và ${names[names.length - 1]}`;
}

function unitNames(units: readonly UnitRef[]): string {
  return joinNames(units.map((u) => u.name));
}

/** Beyond this many, a list of names in running text is left to the appendix tables. */
const MAX_NAMES_IN_TEXT = 8;
/** Examples, not a transcript: the rest of the units' words stay in their reports. */
const MAX_QUOTES_PER_ITEM = 2;
const SEE_APPENDIX = 'danh sách tại phụ lục kèm theo';

/** ": A, B và C." or " (danh sách tại phụ lục kèm theo)." when the list is long. */
function namesOrAppendix(units: readonly UnitRef[], max = MAX_NAMES_IN_TEXT): string {
  return units.length <= max ? `: ${unitNames(units)}.` : ` (${SEE_APPENDIX}).`;
}

/** "Kế hoạch số 31-KH/BTGTU, ngày 15/3/2024 của Ban Tuyên giáo Tỉnh ủy" with whatever parts are known. */
export function planReference(plan: Plan): string {
  const type = plan.docType?.trim() || 'Kế hoạch';
  let ref = plan.number ? `${type} số ${plan.number}` : type;
  if (plan.issuedDate) ref += `, ngày ${formatViDate(plan.issuedDate)}`;
  if (plan.issuer) ref += ` của ${issuerInText(plan.issuer, plan.superiorIssuer)}`;
  return ref;
}

/** The plan's trích yếu as a "về …" phrase, keeping capitals of proper names and acronyms. */
export function aboutPhrase(title: string): string {
  const t = title.trim().replace(/[.;:]+$/, '');
  if (t === '') return '';
  if (/^về\s/i.test(t)) return `về ${t.slice(3).trim()}`;
  const lowerFirst = /^\p{Lu}\p{Ll}/u.test(t) ? t.charAt(0).toLowerCase() + t.slice(1) : t;
  return `về ${lowerFirst}`;
}

function shorten(text: string, max = 180): string {
  const t = text.trim().replace(/\s+/g, ' ').replace(/[.;:]+$/, '');
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 20))}…`;
}

function countItem(status: StatusResult, code: string): ItemCounts {
  const counts: ItemCounts = { done: [], in_progress: [], not_done: [], not_reported: [] };
  for (const row of status.matrix) {
    const cell = row.items[code];
    if (cell && cell !== 'not_assigned') counts[cell].push(row.unit);
  }
  return counts;
}

function periodPhrase(round: Round): string {
  if (round.periodFrom && round.periodTo) {
    return ` (từ ngày ${formatViDate(round.periodFrom)} đến ngày ${formatViDate(round.periodTo)})`;
  }
  if (round.periodTo) return ` (đến ngày ${formatViDate(round.periodTo)})`;
  return '';
}

function openingSection(plan: Plan, round: Round): DraftSection {
  const about = aboutPhrase(plan.title);
  return {
    heading: '',
    paragraphs: [
      `Thực hiện ${planReference(plan)}${about ? ` ${about}` : ''}, trên cơ sở báo cáo của các đơn vị, ` +
        `kết quả thực hiện kỳ ${round.label} được tổng hợp như sau:`,
    ],
  };
}

function reportingSection(round: Round, status: StatusResult): DraftSection {
  const expected = status.expected.length;
  const reported = status.reported.length;
  const lateCodes = new Set(status.late.map((u) => u.code));
  const onTime = status.reported.filter((u) => !lateCodes.has(u.code)).length;
  const paragraphs = [
    `Kỳ báo cáo ${round.label}${periodPhrase(round)}, thời hạn gửi báo cáo ngày ${formatViDate(round.dueDate)}. ` +
      `Theo kế hoạch có ${formatViNumber(expected)} đơn vị phải báo cáo; đến nay đã nhận được báo cáo của ` +
      `${formatViNumber(reported)}/${formatViNumber(expected)} đơn vị, đạt tỷ lệ ${formatPercent(status.rates.completeness)}.`,
  ];
  let timing = `Có ${formatViNumber(onTime)} đơn vị gửi báo cáo đúng thời hạn (tỷ lệ đúng hạn ${formatPercent(status.rates.timeliness)})`;
  timing += status.late.length
    ? `; ${formatViNumber(status.late.length)} đơn vị gửi báo cáo chậm so với thời hạn${namesOrAppendix(status.late)}`
    : '.';
  if (reported > 0) paragraphs.push(timing);
  paragraphs.push(
    status.missing.length
      ? `Còn ${formatViNumber(status.missing.length)} đơn vị chưa gửi báo cáo${namesOrAppendix(status.missing)}`
      : 'Tất cả các đơn vị đã gửi báo cáo.',
  );
  return { heading: 'TÌNH HÌNH TRIỂN KHAI VÀ BÁO CÁO CỦA CÁC ĐƠN VỊ', paragraphs };
}

/** Long enough to say what the task is; the whole text is in the plan and the appendix legend. */
const TASK_TEXT_CHARS = 160;

/**
 * A task titled on a line of its own ("Tổ chức học tập chuyên đề năm 2022" over "Các huyện ủy …
 * tổ chức hội nghị …") is named by its title; run together, the two read as one broken sentence.
 */
function taskName(text: string): string {
  const [first = '', next = ''] = text.trim().split('\n');
  const title = first.trim();
  return title.length <= 120 && !/[.;:!?…]$/u.test(title) && /^\p{Lu}/u.test(next.trim()) ? title : text;
}

/** "- Tổ chức hội nghị quán triệt … (mục II.1): …": the task as the plan words and places it, never the app's code. */
function itemParagraph(code: string, text: string, c: ItemCounts): string {
  const assigned = c.done.length + c.in_progress.length + c.not_done.length + c.not_reported.length;
  const task = shorten(taskName(text), TASK_TEXT_CHARS);
  const where = itemReference(code);
  const head = task ? `- ${task} (${where}): ` : `- Nhiệm vụ tại ${where}: `;
  if (assigned === 0) return `${head}không có đơn vị được giao trong kỳ.`;
  const parts = [`${formatViNumber(c.done.length)} đơn vị đã thực hiện`];
  if (c.in_progress.length) parts.push(`${formatViNumber(c.in_progress.length)} đơn vị đang thực hiện`);
  if (c.not_done.length) {
    const who = c.not_done.length <= 3 ? unitNames(c.not_done) : 'chi tiết tại phụ lục kèm theo';
    parts.push(`${formatViNumber(c.not_done.length)} đơn vị chưa thực hiện (${who})`);
  }
  if (c.not_reported.length) parts.push(`${formatViNumber(c.not_reported.length)} đơn vị chưa báo cáo`);
  return `${head}${formatViNumber(assigned)} đơn vị được giao; ${parts.join(', ')}.`;
}

function changePhrase(current: number, previous: number | undefined, measure: string): string {
  if (previous === undefined) return '';
  const diff = current - previous;
  const unit = measure ? ` ${measure}` : '';
  if (diff === 0) return ' (bằng kỳ trước)';
  const dir = diff > 0 ? 'tăng' : 'giảm';
  const pct = previous !== 0 ? `, tương đương ${formatPercent(Math.abs(diff) / Math.abs(previous))}` : '';
  return ` (${dir} ${formatViNumber(Math.abs(diff))}${unit}${pct} so với kỳ trước)`;
}

function resultsSection(input: DraftInput): DraftSection {
  const { status, previousTotals, quotes } = input;
  const paragraphs: string[] = [];
  if (status.items.length) paragraphs.push('1. Kết quả thực hiện các nhiệm vụ được giao');
  for (const item of status.items) {
    paragraphs.push(itemParagraph(item.code, item.text, countItem(status, item.code)));
    const own = (quotes ?? []).filter((q) => q.itemCode === item.code && q.text.trim());
    for (const q of own.slice(0, MAX_QUOTES_PER_ITEM)) paragraphs.push(`${q.unitName}: “${shorten(q.text, 400)}”.`);
  }
  if (status.indicators.length) {
    paragraphs.push(`${status.items.length ? '2' : '1'}. Tổng hợp số liệu từ báo cáo của các đơn vị`);
    for (const ind of status.indicators) {
      const total = status.totals[ind.key] ?? 0;
      const prev = previousTotals?.[ind.key];
      const measure = ind.measure.trim();
      // A narrower kind of a figure listed too is counted in it: said as its part.
      const wider = widerFigureOf(ind.key);
      const within = wider !== undefined && status.indicators.some((i) => i.key === wider);
      const lead = within ? `+ Trong đó, ${ind.name.replace(/^Số\s+/u, '')}` : `- ${ind.name}`;
      paragraphs.push(`${lead}: ${formatViNumber(total)}${measure ? ` ${measure}` : ''}${changePhrase(total, prev, measure)}.`);
    }
  }
  if (paragraphs.length === 0) paragraphs.push('Kỳ này không có nhiệm vụ, chỉ tiêu cần tổng hợp.');
  return { heading: 'KẾT QUẢ THỰC HIỆN', paragraphs };
}

/** Items each unit has not done, for the chase section: "Đảng ủy X (mục I.2, II.1)". */
function unitsWithUndone(status: StatusResult): string[] {
  const out: string[] = [];
  for (const row of status.matrix) {
    const codes = status.items.filter((i) => row.items[i.code] === 'not_done').map((i) => i.code);
    if (codes.length) out.push(`${row.unit.name} (${itemReferences(codes)})`);
  }
  return out;
}

function chaseSection(plan: Plan, status: StatusResult): DraftSection {
  const paragraphs: string[] = [];
  const receiver = plan.issuer ? ` về ${issuerInText(plan.issuer, plan.superiorIssuer)}` : '';
  if (status.missing.length) {
    paragraphs.push(
      `Các đơn vị chưa gửi báo cáo: ${unitNames(status.missing)}. Đề nghị các đơn vị khẩn trương hoàn thành, ` +
        `gửi báo cáo${receiver} để tổng hợp, báo cáo Ban Thường vụ theo quy định.`,
    );
  }
  if (status.late.length) {
    paragraphs.push(
      `Các đơn vị gửi báo cáo chậm: ${unitNames(status.late)}. Đề nghị các đơn vị rút kinh nghiệm, ` +
        'bảo đảm thời hạn báo cáo trong các kỳ tiếp theo.',
    );
  }
  const undone = unitsWithUndone(status);
  if (undone.length > MAX_NAMES_IN_TEXT) {
    paragraphs.push(
      `Có ${formatViNumber(undone.length)} đơn vị còn nhiệm vụ chưa thực hiện (${SEE_APPENDIX}). ` +
        'Đề nghị các đơn vị xác định rõ nguyên nhân, có giải pháp khắc phục và báo cáo kết quả trong kỳ tiếp theo.',
    );
  } else if (undone.length) {
    paragraphs.push(
      `Các đơn vị còn nhiệm vụ chưa thực hiện: ${joinNames(undone)}. Đề nghị các đơn vị xác định rõ nguyên nhân, ` +
        'có giải pháp khắc phục và báo cáo kết quả trong kỳ tiếp theo.',
    );
  }
  if (paragraphs.length === 0) {
    paragraphs.push('Trong kỳ, tất cả các đơn vị đã gửi báo cáo đúng thời hạn và thực hiện các nhiệm vụ được giao.');
  }
  return { heading: 'ĐƠN VỊ CHƯA BÁO CÁO, BÁO CÁO CHẬM', paragraphs };
}

function proposalSection(plan: Plan, status: StatusResult): DraftSection {
  const lagging = status.items
    .filter((i) => {
      const c = countItem(status, i.code);
      return c.not_done.length + c.in_progress.length > 0;
    })
    .map((i) => i.code);
  const paragraphs = [
    `1. Đề nghị các cấp ủy, tổ chức đảng tiếp tục quán triệt, triển khai thực hiện nghiêm túc ${planReference(plan)}` +
      (lagging.length ? `; tập trung thực hiện các nhiệm vụ còn chậm tiến độ (${itemReferences(lagging)}).` : '.'),
  ];
  if (status.missing.length || status.late.length) {
    paragraphs.push(
      '2. Đề nghị Ban Thường vụ chỉ đạo, nhắc nhở các đơn vị chưa báo cáo, báo cáo chậm; ' +
        'đưa việc chấp hành chế độ báo cáo vào nội dung đánh giá, xếp loại tổ chức đảng cuối năm.',
    );
  }
  paragraphs.push(
    `${paragraphs.length + 1}. Đề nghị các đơn vị báo cáo theo đúng biểu mẫu đã gửi kèm, ` +
      'bảo đảm số liệu đầy đủ, chính xác để việc tổng hợp được kịp thời.',
  );
  return { heading: 'ĐỀ XUẤT, KIẾN NGHỊ', paragraphs };
}

/** The draft body: opening, I. reporting, II. results, III. missing and late units, IV. proposals. */
export function draftReportBody(input: DraftInput): DraftSection[] {
  const { plan, round, status } = input;
  return [
    openingSection(plan, round),
    reportingSection(round, status),
    resultsSection(input),
    chaseSection(plan, status),
    proposalSection(plan, status),
  ].map((s) => ({ heading: s.heading.normalize('NFC'), paragraphs: s.paragraphs.map((p) => p.normalize('NFC')) }));
}
