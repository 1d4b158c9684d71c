// Who an item's text asks to act: the unit phrase before the first verb of a sentence
// ("Các huyện ủy, thành ủy, đảng ủy trực thuộc xây dựng…"), or a heading that is a unit name
// ("2.4 Các Huyện, Thị, Thành ủy và Đảng bộ trực thuộc Tỉnh ủy:").
import type { Assignee } from '../../../../shared/domain';
import { fold } from '../../../../shared/text';
import { OPEN_END } from './lines';
import { UNIT_OPENING, foldUnit, groupKinds, isBareKindWord, isLeadership, singleHead } from './unit-kinds';

// Verbs that end the subject. Longest first so "tổ chức thực hiện" is not cut at "tổ".
const VERBS = [
  'có trách nhiệm', 'chịu trách nhiệm', 'xây dựng', 'triển khai', 'tổ chức', 'chỉ đạo', 'chủ trì', 'phối hợp',
  'thực hiện', 'tiếp tục', 'căn cứ', 'nghiêm túc', 'lãnh đạo', 'tăng cường', 'đẩy mạnh', 'rà soát', 'cần', 'phải',
  'gửi', 'báo cáo', 'quán triệt', 'tuyên truyền', 'theo dõi', 'hướng dẫn', 'kiểm tra', 'giám sát', 'phổ biến',
  'bố trí', 'quan tâm', 'chủ động', 'định kỳ', 'ban hành', 'mở', 'duy trì', 'nâng cao', 'lựa chọn', 'khẩn trương',
  'đề xuất', 'tham mưu', 'cung cấp', 'biên tập', 'biên soạn', 'đăng tải', 'nắm bắt', 'cử', 'tập trung', 'đôn đốc',
  'giúp', 'bảo đảm', 'đảm bảo', 'sơ kết', 'tổng kết', 'đánh giá', 'thường xuyên', 'kịp thời', 'vận động', 'được',
  'sẽ', 'đã', 'tích cực', 'nghiên cứu', 'xác định', 'tổng hợp', 'hoàn thành', 'thống nhất', 'phát huy', 'chấp hành',
  'tiến hành', 'lồng ghép', 'kiện toàn', 'hỗ trợ', 'chuẩn bị', 'phát động', 'yêu cầu', 'đề nghị', 'giao',
  'phát sóng', 'đưa tin', 'xuất bản', 'treo', 'trang trí', 'biểu dương', 'khen thưởng', 'đăng', 'tiếp nhận', 'giải quyết',
  'giới thiệu', 'chú trọng', 'kết nạp', 'xem xét', 'củng cố', 'thành lập', 'phân công', 'cập nhật', 'làm tốt',
].sort((a, b) => b.length - a.length);
const DELEGATING = new Set(['yêu cầu', 'đề nghị', 'giao']);
const VERB_RE = new RegExp(`(?<![\\p{L}\\p{N}])(${VERBS.join('|')})(?![\\p{L}\\p{N}])`, 'gu');

// A verb inside a body's name is no verb: "Ban Chỉ đạo", "Ủy ban Kiểm tra", "Đoàn kiểm tra", "tổ chức
// đảng"; the Youth Union's "Tỉnh đoàn phát động …" is a name and its verb.
const NAME_BEFORE = /(ban|ủy ban|uỷ ban|hội đồng|tổ|nhóm|(?<!(?:tỉnh|huyện|thành|thị|quận) )đoàn|bầu)\s+$/u;
// "các tổ chức hội" is a name, "tổ chức hội nghị" and "vận động hội viên" a verb and its object.
const NAME_AFTER = /^\s+(viên|đảng|chính trị|hữu nghị|nhân dân|cơ sở|quần chúng|xã hội|thành viên|hội(?!\s+(?:nghị|thảo|diễn|thi|đàm|viên))|đoàn thể|phi chính phủ|quốc tế)(?![\p{L}])/u;

export function firstVerb(text: string): { index: number; verb: string } | null {
  const lower = text.toLowerCase();
  const re = new RegExp(VERB_RE.source, 'gu');
  for (let m = re.exec(lower); m !== null; m = re.exec(lower)) {
    const verb = m[1] ?? '';
    if (NAME_BEFORE.test(lower.slice(0, m.index))) continue;
    // "Đề nghị Đảng ủy Công an tỉnh…": the word after a request is its addressee, not a name's tail.
    const name = NAME_AFTER.exec(lower.slice(m.index + verb.length));
    // "các tổ chức nhân dân" is a name; "vận động Nhân dân ủng hộ …" a verb and its object.
    if (!DELEGATING.has(verb) && name && (name[1] !== 'nhân dân' || verb === 'tổ chức')) continue;
    return { index: m.index, verb };
  }
  return null;
}

const CONNECTOR = /^(đồng thời|trong đó|ngoài ra|bên cạnh đó|mặt khác|đối với)\s*,?\s*/iu;
const ADVERBIAL = /^(căn cứ|trên cơ sở|thực hiện|theo|sau khi|để)(?![\p{L}])[^,;:]{0,200},\s*/iu;
// Names that go on after a comma: the merged provincial media ("Báo và Phát thanh, Truyền hình …").
const CONTINUED_NAME = /phát thanh, truyền hình/iu;
const GROUPISH = /^(nhung|moi|tat ca|toan the|cap uy|to chuc dang)\b|\bcac\b/;

function isSingle(part: string): boolean {
  const f = foldUnit(part);
  return /^\p{Lu}/u.test(part) && !GROUPISH.test(f) && !isBareKindWord(f) && singleHead(f) !== null;
}

function opensUnit(text: string): boolean {
  const f = foldUnit(text);
  return UNIT_OPENING.test(f) || isBareKindWord(f) || groupKinds(text).length > 0;
}

/** A named unit: resolved to a directory code later, by name; its kind when the name tells it. */
function single(label: string): Assignee {
  const kind = singleHead(foldUnit(label))?.kind ?? null;
  return { label, unitCode: null, unitKinds: kind === null ? [] : [kind] };
}

/** Split "A, B; các C, D" into parts, keeping commas inside parentheses. */
function parts(clause: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of clause) {
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (ch === ',' && depth === 0) {
      out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  out.push(cur.trim());
  return out.filter((p) => p !== '');
}

/**
 * A unit phrase → assignees. Named units ("Ban cán sự đảng UBND tỉnh") stand alone; runs of group
 * words ("các huyện ủy, thành ủy, đảng ủy trực thuộc") make one group assignee.
 */
export function parseUnitPhrase(phrase: string): Assignee[] {
  const out: Assignee[] = [];
  for (const clause of phrase.split(/\s*;\s*/u)) {
    let group: string[] = [];
    let lastWasSingle = false;
    const flush = (): void => {
      if (group.length === 0) return;
      const label = group.join(', ');
      const kinds = groupKinds(label);
      if (kinds.length > 0) out.push({ label, unitCode: null, unitKinds: kinds });
      group = [];
    };
    for (const part of parts(clause)) {
      // "Ban Tuyên giáo và Ban Dân vận Tỉnh ủy" are two units, "Ban Tuyên giáo và Dân vận Tỉnh ủy"
      // is one, "Thành ủy và Đảng bộ trực thuộc Tỉnh ủy" is a group.
      const pieces = part.split(/\s+và\s+/u);
      const prev = out[out.length - 1];
      if (pieces.length > 1 && pieces.every(isSingle)) {
        flush();
        out.push(...pieces.map(single));
      } else if (isSingle(part) && pieces.slice(1).every((p) => !opensUnit(p))) {
        flush();
        out.push(single(part));
      } else if (group.length === 0 && prev && prev.unitKinds.length <= 1 && lastWasSingle && (!opensUnit(part) || CONTINUED_NAME.test(`${prev.label}, ${part}`))) {
        // "Sở Văn hóa, Thể thao và Du lịch", "Báo và Phát thanh, Truyền hình Đồng Nai": a comma inside a unit's name.
        prev.label = `${prev.label}, ${part}`;
      } else group.push(part);
      lastWasSingle = group.length === 0;
    }
    flush();
  }
  const seen = new Set<string>();
  return out.filter((a) => {
    const key = fold(a.label);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function tidySubject(s: string): string {
  return s.replace(/^[\s,;:–-]+|[\s,;:–-]+$/gu, '');
}

/** The units a sentence opens with, before its verb; requesters of "đề nghị/giao" are skipped. */
export function subjectOf(sentence: string, depth = 0): Assignee[] {
  if (depth > 3) return [];
  let s = sentence.trim().replace(CONNECTOR, '');
  const adverbial = ADVERBIAL.exec(s);
  if (adverbial) {
    const after = subjectOf(s.slice(adverbial[0].length), depth + 1);
    if (after.length > 0) return after;
  }
  const verb = firstVerb(s);
  if (verb === null) return [];
  if (DELEGATING.has(verb.verb)) {
    // "Ban Thường vụ Tỉnh ủy đề nghị các huyện ủy…", "Giao Ban Tuyên giáo…": the object acts.
    s = s.slice(verb.index + verb.verb.length).replace(/^\s*(cho|với)\s+/u, '');
    return subjectOf(s, depth + 1);
  }
  const subject = tidySubject(s.slice(0, verb.index));
  const f = foldUnit(subject);
  if (subject === '' || subject.length > 220 || !UNIT_OPENING.test(f) || isLeadership(f)) return [];
  return parseUnitPhrase(subject);
}

/** "Văn phòng Tỉnh ủy:" or "Đối với các huyện ủy: …": a unit name heading what follows. */
export function headingUnit(text: string): Assignee[] {
  const first = text.split('\n')[0] ?? '';
  const m = /^(?:đối với\s+|ở\s+)?([^:]{3,200}?)\s*:(?:\s|$)/iu.exec(first);
  // A heading with no colon may be a unit name too ("1. Ban Tuyên giáo Tỉnh ủy").
  const bare = !m && first.length <= 120 && !/[.;!?…]$/u.test(first) ? first.replace(/^(đối với|ở)\s+/iu, '') : null;
  if (!m && bare === null) return [];
  const name = tidySubject(m ? (m[1] ?? '') : (bare ?? ''));
  const f = foldUnit(name);
  if (firstVerb(name) !== null || !UNIT_OPENING.test(f) || isLeadership(f)) return [];
  return parseUnitPhrase(name);
}

/**
 * "Tổ chức các hoạt động văn hóa, văn nghệ, thể thao" over "Sở Văn hóa, Thể thao và Du lịch chủ trì
 * …": a short heading that starts with its verb names no one, and is no sentence the line under it
 * carries on.
 */
function isVerbHeading(line: string): boolean {
  const t = line.trim();
  return t.length <= 150 && !/[.;:!?…–-]$/u.test(t) && !OPEN_END.test(t) && firstVerb(t)?.index === 0;
}

/** Every unit an item's own text names as the subject of one of its sentences. */
export function findAssignees(text: string): Assignee[] {
  const sentences: string[] = [];
  const [head = '', ...rest] = text.split('\n');
  const read = rest.length > 0 && isVerbHeading(head) ? rest.join('\n') : text;
  for (const para of unwrapLines(read).split('\n')) {
    const labelled = /^([^:]{2,80}):\s+(\S.*)$/u.exec(para);
    const body = labelled ? (labelled[2] ?? '') : para;
    if (labelled) sentences.push(para);
    sentences.push(...joinVerbless(body.split(/(?<=[.;!?])\s+(?=\p{Lu})/u)));
  }
  const out: Assignee[] = [];
  const seen = new Set<string>();
  for (const s of sentences) {
    for (const a of subjectOf(s)) {
      const key = fold(a.label);
      if (!seen.has(key)) {
        seen.add(key);
        out.push(a);
      }
    }
  }
  return out;
}

/**
 * "Các huyện ủy, thành ủy; Mặt trận Tổ quốc và các đoàn thể tỉnh căn cứ …": a part before a
 * semicolon with no verb of its own is more of the subject after it.
 */
function joinVerbless(parts: readonly string[]): string[] {
  const out: string[] = [];
  let carry = '';
  for (const part of parts) {
    const whole = carry === '' ? part : `${carry} ${part}`;
    carry = part.trimEnd().endsWith(';') && firstVerb(part) === null ? whole : '';
    if (carry === '') out.push(whole);
  }
  if (carry !== '') out.push(carry);
  return out;
}

/**
 * Lines broken mid-sentence (PDF text layers wrap every line) joined back, so a wrapped line
 * starting with a capitalised name is not read as a new sentence with its own subject.
 */
export function unwrapLines(text: string): string {
  return text.replace(/([^.:;!?…"”’)])\n(?=\S)/gu, '$1 ');
}
