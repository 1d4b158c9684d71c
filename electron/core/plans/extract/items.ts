// The item tree as the document numbers it.
//
// Code scheme (stable, readable, unique within a plan):
//   roman section          "II"
//   decimal under it       "II.2", "II.2.3" (the number as written, after the section's numeral;
//                          without a roman section just "2.3")
//   letter                 parent + ".a"            → "II.2.3.a"
//   "-" bullet             parent + ".-" + ordinal  → "II.2.3.-2" (second dash under II.2.3)
//   "+" bullet             parent + ".+" + ordinal  → "II.1.-2.+1"
//   unnumbered paragraph   parent + ".p" + ordinal  → "III.p1" (a paragraph under a roman
//                          section, or a reporting instruction after the last item; "p1" at top)
//   a code already used    gets "#2", "#3"… and the flag 'numbering-duplicate'.
// Numbering slips are kept as written ("7." after "2.5" is "III.7", flagged 'numbering-gap').
import type { Line } from './lines';
import { followsOn, parseMarker } from './numbering';
import type { Marker } from './numbering';
import { isRecipientsHead, isSignerStart } from './tail';
import type { TaskRow } from './task-table';

export interface TreeItem {
  code: string;
  parent: TreeItem | null;
  level: number;
  marker: Marker | null;
  paragraphs: string[];
  /** The marker line was bold or a Markdown heading. */
  emph: boolean;
  children: TreeItem[];
  flags: string[];
  /** A row of a task table: its lead units and deadline come from its columns. */
  row?: TaskRow;
  /**
   * Lines that close the section after its bullets ("Thời gian hoàn thành: …", "Đơn vị thực hiện: …"):
   * they hold for the section and every bullet in it.
   */
  closing: string[];
  /** An unnumbered paragraph ending in ":" that the bullets after it belong to: the rank it holds on the stack. */
  introRank?: number;
}

// A line after a section's bullets that says when, or who, for the whole section.
const CLOSING_DEADLINE = /^(thời gian|thời hạn|tiến độ)( hoàn thành| thực hiện)?\s*:|^(hoàn thành|xong) (trước|trong|chậm nhất)(?![\p{L}])/iu;
const CLOSING_OWNER = /^(đơn vị|cơ quan) (chủ trì|thực hiện|phụ trách|tham mưu)\s*:|^(chủ trì|chịu trách nhiệm|trách nhiệm thực hiện)\s*:/iu;

export function isClosingLine(text: string): boolean {
  return CLOSING_DEADLINE.test(text) || CLOSING_OWNER.test(text);
}

export function isOwnerLine(text: string): boolean {
  return CLOSING_OWNER.test(text);
}

const isBullet = (item: TreeItem | null | undefined): boolean => item?.marker?.kind === 'dash' || item?.marker?.kind === 'plus';

/** The item a closing line after bullets belongs to: the first ancestor that is no bullet. */
function closedSection(top: TreeItem): TreeItem | null {
  let at: TreeItem | null = top;
  while (at && isBullet(at)) at = at.parent;
  return at === top ? null : at;
}

function rankOf(item: TreeItem): number {
  return item.marker?.rank ?? item.introRank ?? -1;
}

// A closing sentence: "Trên đây là…", "Nhận được công văn…", "Đề nghị các đơn vị nghiêm túc
// triển khai thực hiện." — the whole line, so a task that starts "Đề nghị các huyện ủy…" is no closing.
const CLOSING =
  /^(Trên đây là|Nhận được (công văn|kế hoạch|văn bản|hướng dẫn|thông báo)|(Trong )?quá trình (thực hiện|triển khai),? (nếu|có)|([^.;:]{0,100}\s)?(đề nghị|yêu cầu) (các|những) [^.;:]{0,80}?(quan tâm|nghiêm túc|khẩn trương)?\s*(chỉ đạo,?\s*)?(triển khai\s*)?(tổ chức\s*)?thực hiện( tốt| nghiêm túc| có hiệu quả)?( (kế hoạch|công văn|hướng dẫn|văn bản|nội dung)( này| trên)?)?\s*[.!]?\s*(\.\/\.)?$)/iu;
const REPORTING = /^(Báo cáo kết quả|Chế độ báo cáo|Thời (gian|hạn) báo cáo|Các (đơn vị|địa phương|cơ quan).{0,80}(gửi )?báo cáo)/iu;
const TERMINAL = /[.;!?…]["”’)]?$|\/\.$/u;
const PREAMBLE = /^(Căn cứ|Thực hiện|Theo|Kính gửi|Nhằm|Trên cơ sở)/u;

/** Nơi nhận or the signature: the body has certainly ended. */
function isHardEnd(line: Line): boolean {
  return !line.sep && (isRecipientsHead(line.text) || isSignerStart(line.text));
}

function isClosing(line: Line): boolean {
  return !line.sep && parseMarker(line.text) === null && CLOSING.test(line.text);
}

/**
 * Where the body's items end: the closing paragraph, Nơi nhận or the signature. A closing-like
 * sentence followed by more numbered items was part of an item, not the closing.
 */
export function findBodyEnd(lines: Line[], from: number): number {
  let closing = -1;
  for (let i = Math.max(0, from); i < lines.length; i++) {
    const line = lines[i];
    if (!line || line.sep) continue;
    if (isHardEnd(line)) return closing >= 0 ? closing : i;
    if (isClosing(line)) {
      if (closing < 0) closing = i;
    } else if (closing >= 0 && parseMarker(line.text) !== null) closing = -1;
  }
  return closing >= 0 ? closing : lines.length;
}

/** First line of the numbered body, or -1 when the document numbers nothing. */
export function findItemsStart(lines: Line[], from: number): number {
  let firstBullet = -1;
  for (let i = from; i < lines.length; i++) {
    const line = lines[i];
    if (!line || line.sep) continue;
    if (isHardEnd(line) || (isClosing(line) && findBodyEnd(lines, i) === i)) break;
    const m = parseMarker(line.text);
    if (m && (m.kind === 'part' || m.kind === 'roman' || m.kind === 'decimal')) return i;
    if (m && firstBullet < 0 && !PREAMBLE.test(m.rest)) firstBullet = i;
  }
  return firstBullet;
}

/** Reads as a heading: bold, or a short line that is no finished sentence ("Yêu cầu", "Văn phòng Tỉnh ủy:"). */
function headingLike(item: TreeItem): boolean {
  const last = item.paragraphs[item.paragraphs.length - 1] ?? '';
  if (item.emph && last.length <= 250) return true;
  return last.length <= 160 && (last.endsWith(':') || !TERMINAL.test(last));
}

// "PHỤ LỤC" and its title lines above a task table printed after the signature.
/** The code of the item that holds a task table printed after the signature. */
export const APPENDIX_CODE = 'PL';
const APPENDIX_HEAD = /^(phụ lục|danh mục|bảng phân công)/iu;

/** The nearest item of a kind of section (a roman section, a lettered part) at or above `item`. */
function sectionOf(item: TreeItem | null, kind: 'roman' | 'part'): TreeItem | null {
  let at = item;
  while (at && at.marker?.kind !== kind) at = at.parent;
  return at;
}

export function buildTree(lines: Line[], start: number, end: number, paragraphMode: boolean): TreeItem[] {
  const roots: TreeItem[] = [];
  const used = new Set<string>();
  const stack: TreeItem[] = [];
  let lastParagraph: TreeItem | null = null;

  const add = (parent: TreeItem | null, code: string, marker: Marker | null, text: string, emph: boolean): TreeItem => {
    let unique = code;
    const flags: string[] = [];
    for (let n = 2; used.has(unique); n++) unique = `${code}#${n}`;
    if (unique !== code) flags.push('numbering-duplicate');
    used.add(unique);
    const item: TreeItem = { code: unique, parent, level: parent ? parent.level + 1 : 0, marker, paragraphs: [text], emph, children: [], flags, closing: [] };
    (parent ? parent.children : roots).push(item);
    return item;
  };
  const ordinal = (parent: TreeItem | null, kind: 'dash' | 'plus' | null): number =>
    (parent ? parent.children : roots).filter((c) => (kind === null ? c.marker === null : c.marker?.kind === kind)).length + 1;
  const prefix = (parent: TreeItem | null): string => (parent ? `${parent.code}.` : '');
  const addParagraph = (parent: TreeItem | null, text: string): TreeItem =>
    add(parent, `${prefix(parent)}p${ordinal(parent, null)}`, null, text, false);

  // Rows of a task table hang under the item the table sits in, or under the group row above them.
  let rowGroup: TreeItem | null = null;
  let rowBase: TreeItem | null = null;
  const addRow = (base: TreeItem | null, row: TaskRow): void => {
    if (base !== rowBase) rowGroup = null;
    rowBase = base;
    const parent = row.group ? base : (rowGroup ?? base);
    const siblings = parent ? parent.children : roots;
    const code = `${prefix(parent)}${row.number ?? `r${siblings.filter((c) => c.row && c.row.number === null).length + 1}`}`;
    const item = add(parent, code, null, row.text, row.group);
    item.row = row;
    if (row.group) rowGroup = item;
  };

  for (let i = start; i < end; i++) {
    const line = lines[i];
    if (!line || line.sep) continue;
    if (line.row) {
      addRow(stack[stack.length - 1] ?? null, line.row);
      lastParagraph = null;
      continue;
    }
    const marker = paragraphMode ? null : parseMarker(line.text);
    // "- Thời gian hoàn thành: …" written as one more bullet still closes the section.
    const top0 = stack[stack.length - 1];
    const closes = marker && top0 && isBullet(top0) && top0.marker?.kind === marker.kind && isClosingLine(marker.rest) ? closedSection(top0) : null;
    if (closes) {
      closes.closing.push(marker!.rest);
      continue;
    }
    if (marker) {
      // "Các chi bộ, đảng bộ cơ sở … thực hiện tốt các nội dung sau:" heads the bullets that follow it.
      const intro = lastParagraph;
      if (intro && (marker.kind === 'dash' || marker.kind === 'plus') && intro.paragraphs[intro.paragraphs.length - 1]?.endsWith(':')) {
        intro.introRank = marker.rank - 1;
        stack.push(intro);
      }
      while (stack.length > 0 && rankOf(stack[stack.length - 1]!) >= marker.rank) stack.pop();
      const parent = stack[stack.length - 1] ?? null;
      const siblings = parent ? parent.children : roots;
      const prev = [...siblings].reverse().find((c) => c.marker?.kind === marker.kind)?.marker ?? null;
      let code: string;
      if (marker.kind === 'part') code = marker.label;
      else if (marker.kind === 'roman') code = `${prefix(sectionOf(parent, 'part'))}${marker.label}`;
      else if (marker.kind === 'decimal') code = `${prefix(sectionOf(parent, 'roman') ?? sectionOf(parent, 'part'))}${marker.label}`;
      else if (marker.kind === 'letter') code = `${prefix(parent)}${marker.label}`;
      else code = `${prefix(parent)}${marker.label}${ordinal(parent, marker.kind)}`;
      const item = add(parent, code, marker, marker.rest, line.emph);
      if (!followsOn(prev, marker)) item.flags.push('numbering-gap');
      stack.push(item);
      lastParagraph = null;
      continue;
    }
    // An unnumbered paragraph.
    const top = stack[stack.length - 1] ?? null;
    const section = top && isBullet(top) && isClosingLine(line.text) ? closedSection(top) : null;
    if (section) {
      section.closing.push(line.text);
      continue;
    }
    // A finished paragraph after the bullets an introductory sentence headed ends that list: it is
    // the next paragraph of the section, not more of the last bullet.
    const listHead = top && isBullet(top) ? closedSection(top) : null;
    if (top && listHead?.introRank !== undefined && TERMINAL.test(top.paragraphs[top.paragraphs.length - 1] ?? '')) {
      while (stack.length > 0 && stack[stack.length - 1] !== listHead) stack.pop();
      stack.pop();
      lastParagraph = addParagraph(listHead.parent, line.text);
      continue;
    }
    if (top === null || top.marker?.kind === 'roman' || top.marker?.kind === 'part') {
      // Under a section heading each paragraph is an item of its own, unless it breaks off mid-sentence.
      const last = lastParagraph?.paragraphs[lastParagraph.paragraphs.length - 1] ?? '';
      if (lastParagraph && !TERMINAL.test(last)) lastParagraph.paragraphs.push(line.text);
      else lastParagraph = addParagraph(top, line.text);
    } else if (lastParagraph) {
      lastParagraph.paragraphs.push(line.text);
    } else if (REPORTING.test(line.text) && !headingLike(top)) {
      // A reporting instruction after the last task stands alone, under the roman section (or the part) if any.
      lastParagraph = addParagraph(sectionOf(top, 'roman') ?? sectionOf(top, 'part'), line.text);
    } else top.paragraphs.push(line.text);
  }
  appendixRows(lines, end, add, addRow);
  return roots;
}

/** A task table after the signature ("PHỤ LỤC … PHÂN CÔNG NHIỆM VỤ"): its rows under a "PL" item. */
function appendixRows(
  lines: Line[],
  from: number,
  add: (parent: TreeItem | null, code: string, marker: Marker | null, text: string, emph: boolean) => TreeItem,
  addRow: (base: TreeItem | null, row: TaskRow) => void,
): void {
  const first = lines.findIndex((l, i) => i >= from && l.row !== undefined);
  if (first < 0) return;
  const title: string[] = [];
  for (let i = first - 1; i >= from && title.length < 3; i--) {
    const l = lines[i];
    if (!l || l.sep) continue;
    if (l.row || isSignerStart(l.text) || isRecipientsHead(l.text) || l.text.length > 200) break;
    title.unshift(l.text);
    if (APPENDIX_HEAD.test(l.text)) break;
  }
  const head = add(null, APPENDIX_CODE, null, title.length > 0 ? title.join(' ') : 'Phụ lục', true);
  for (let i = first; i < lines.length; i++) {
    const row = lines[i]?.row;
    if (row) addRow(head, row);
  }
}

export function flatten(roots: TreeItem[]): TreeItem[] {
  const out: TreeItem[] = [];
  const walk = (items: TreeItem[]): void => {
    for (const item of items) {
      out.push(item);
      walk(item.children);
    }
  };
  walk(roots);
  return out;
}

export function textOf(item: TreeItem): string {
  return item.paragraphs.filter((p) => p !== '').join('\n');
}

/** The item's text as the plan screen shows it: its paragraphs, then the lines that close it. */
export function fullTextOf(item: TreeItem): string {
  return [...item.paragraphs, ...item.closing].filter((p) => p !== '').join('\n');
}

export { headingLike };
