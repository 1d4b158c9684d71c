// Pure: which directory unit sent the report, from the issuer lines of its header and its file name.
// Party and state headers stack the superior body above the issuer ("ĐẢNG BỘ TỈNH X / HUYỆN ỦY Y"):
// the issuer is the lowest line that names a body ("ĐẢNG ỦY" alone under "ĐẢNG BỘ X" is X's own
// committee, named by the line above), a department ("BAN TUYÊN GIÁO") reports for the
// body above it, and a named body that is not in the directory is an unknown sender, whatever its
// superior is.
import type { Unit } from '../../../../shared/domain';
import { fold, foldForMatch } from '../../../../shared/text';
import type { Detected } from '../normalized-report';
import { bodyAtPlace, committeeOfBodyAbove, committeeOfPartyBody, isCommitteeOfPartyBody, isDepartmentLine, isLeadershipLine, isOrgLine, isProvinceLine, isProvincePartyBody, isPlaceLine, nameCore } from '../../vocabulary/org-words';
import { setDice } from './similarity';

export type DetectedUnit = Detected<{ code: string | null; name: string | null }>;
/** `unknownIssuer`: the header names a sender the directory does not hold (as written in `issuer`). */
export type UnitDetection = DetectedUnit & { issuer: string | null; unknownIssuer: boolean };

export const UNIT_CONFIDENCE = {
  headerExact: 0.95,
  headerAndFile: 1,
  headerAgainstFile: 0.85,
  department: 0.85,
  headerAmbiguous: 0.7,
  looseLine: 0.8,
  fileUnique: 0.8,
  fileAmbiguous: 0.5,
  fuzzy: 0.5,
} as const;

// Words that say what kind of body, not which one: "Đảng bộ huyện Phú Giáo" ≈ "Huyện ủy Phú Giáo".
const KIND_WORDS = new Set(['dang', 'bo', 'uy', 'ban', 'chap', 'hanh', 'thuong', 'vu', 'cac', 'va', 'cong', 'san', 'viet', 'nam']);

const namesOf = (u: Unit): string[] => [u.name, ...u.aliases];

/** "T/M", "TM.", "K/T", "KT.", "Q." before the body a signature signs for. */
export const SIGNS_FOR = /^\s*(?:T\/M|TM\.?|K\/T|KT\.?|Q\.|TL\.?|T\/L)\s+/u;

/** "BC_HU_PhuGiao_6thang.xlsx" → "BC HU Phu Giao 6thang": camel case and separators become spaces. */
export function fileNameWords(fileName: string): string {
  return fileName
    .replace(/\.[A-Za-z0-9]{1,5}$/u, '')
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .replace(/[_\-.+]+/gu, ' ');
}

type Hit = { unit: Unit; name: string; start: number; end: number };

/** A unit's name or alias, folded once: matched against every header line and table cell. */
type IndexedName = { unit: Unit; name: string; key: string; words: ReadonlySet<string>; ord: number };
/** `byCore`: units by their names reduced to the core ("phu lam"), for names written short in a table's cells. */
type NameIndex = { names: IndexedName[]; byKey: Map<string, Unit[]>; byFirstWord: Map<string, IndexedName[]>; byCore: Map<string, Unit[]> };

// The directory is read thousands of times per import (every header line, every table cell): its
// names are folded once per directory array, not once per look-up.
const nameIndexCache = new WeakMap<readonly Unit[], NameIndex>();
function nameIndex(units: readonly Unit[]): NameIndex {
  let index = nameIndexCache.get(units);
  if (index) return index;
  const names: IndexedName[] = [];
  const byKey = new Map<string, Unit[]>();
  const byFirstWord = new Map<string, IndexedName[]>();
  const byCore = new Map<string, Unit[]>();
  const add = (m: Map<string, Unit[]>, k: string, u: Unit): void => {
    const list = m.get(k) ?? [];
    if (!list.includes(u)) list.push(u);
    m.set(k, list);
  };
  for (const unit of units) {
    for (const name of namesOf(unit)) {
      const key = foldForMatch(name);
      const entry = { unit, name, key, words: new Set(distinctive(key)), ord: names.length };
      names.push(entry);
      add(byKey, key, unit);
      const core = nameCore(key);
      if (core.length >= 4 && core !== key) add(byCore, core, unit);
      // Names of four letters or more are looked for in text, by their first word.
      if (key.length < 4) continue;
      const first = key.split(' ')[0] ?? key;
      byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), entry]);
    }
  }
  index = { names, byKey, byFirstWord, byCore };
  nameIndexCache.set(units, index);
  return index;
}

/** Every directory name or alias found in `text`, with where it sits in the folded text. */
function hitsIn(text: string, units: readonly Unit[]): Hit[] {
  const f = ` ${foldForMatch(text)} `;
  const { byFirstWord } = nameIndex(units);
  const found: { entry: IndexedName; at: number }[] = [];
  // Each word of the text starts the names that begin with it: no scan of every name per line.
  for (let at = 0; at < f.length - 1; at = f.indexOf(' ', at + 1)) {
    const end = f.indexOf(' ', at + 1);
    if (end < 0) break;
    for (const entry of byFirstWord.get(f.slice(at + 1, end)) ?? []) if (f.startsWith(` ${entry.key} `, at)) found.push({ entry, at });
  }
  // In directory order, then by place: the order the rest of the detection breaks ties by.
  found.sort((a, b) => a.entry.ord - b.entry.ord || a.at - b.at);
  return found.map(({ entry, at }) => ({ unit: entry.unit, name: entry.name, start: at, end: at + entry.key.length + 1 }));
}

function validAt(u: Unit, date: string | null): boolean {
  if (date === null) return true;
  return (u.validFrom === null || u.validFrom <= date) && (u.validTo === null || u.validTo >= date);
}

/** The best hit: valid on the report date, then the longest name; rivals are units whose names are not part of it. */
function best(hits: readonly Hit[], date: string | null): { hit: Hit; rivals: Unit[] } | null {
  const sorted = [...hits].sort((a, b) => Number(validAt(b.unit, date)) - Number(validAt(a.unit, date)) || b.end - b.start - (a.end - a.start));
  const hit = sorted[0];
  if (!hit) return null;
  // "Đức An" inside "Nam Đức An" is no rival: the longer name at the same place wins.
  const rivals = sorted.filter((h) => h.unit.code !== hit.unit.code && (h.end <= hit.start || h.start >= hit.end));
  return { hit, rivals: [...new Map(rivals.map((h) => [h.unit.code, h.unit])).values()] };
}

function distinctive(s: string): string[] {
  return fold(s).split(' ').filter((t) => t !== '' && !KIND_WORDS.has(t));
}

function fuzzyMatch(text: string, units: readonly Unit[]): { unit: Unit; score: number; name: string } | null {
  const words = new Set(distinctive(foldForMatch(text)));
  if (words.size === 0) return null;
  let top: { unit: Unit; score: number; name: string } | null = null;
  for (const { unit, name, words: d } of nameIndex(units).names) {
    if (d.size < 2) continue;
    const score = setDice(d, words);
    if (score >= 0.75 && (!top || score > top.score)) top = { unit, score, name };
  }
  return top;
}

/** The one directory unit named `line` and "tỉnh" after it, valid on the date. */
function provinceBody(line: string, units: readonly Unit[], date: string | null): Unit | null {
  const named = (nameIndex(units).byKey.get(foldForMatch(`${line} tỉnh`)) ?? []).filter((u) => validAt(u, date));
  return named.length === 1 ? (named[0] ?? null) : null;
}

const found = (u: Unit, evidence: string, confidence: number): UnitDetection => ({
  code: u.code,
  name: u.name,
  evidence,
  confidence,
  issuer: null,
  unknownIssuer: false,
});
const nothing = (evidence: string, issuer: string | null = null): UnitDetection => ({
  code: null,
  name: null,
  evidence,
  confidence: 0,
  issuer,
  unknownIssuer: issuer !== null,
});

/** The issuer as one name: a place line ("TỈNH TÂY SƠN") continues the body named above it. */
function issuerName(org: readonly string[], end: number): string | null {
  const line = org[end] ?? '';
  if (isOrgLine(line)) return line;
  const above = org[end - 1];
  return isPlaceLine(line) && above !== undefined && isOrgLine(above) ? `${above} ${line}` : null;
}

type HeaderMatch = { unit: Unit; line: string; confidence: number; evidence: string } | { unknown: string; superior: Unit | null } | null;

/** Reads the issuer lines bottom-up (the issuer sits lowest, its superiors above). */
function fromIssuerLines(lines: readonly string[], units: readonly Unit[], date: string | null): HeaderMatch {
  const org = lines
    .filter((l, i) => !isLeadershipLine(l) && !isCommitteeOfPartyBody(l, lines.slice(0, i)))
    .map((l, i, all) => bodyAtPlace(l, all[i - 1]) ?? committeeOfBodyAbove(l, all[i - 1]) ?? l);
  let department: string | null = null;
  let unknown: string | null = null;
  // A name in these lines that reaches into the last of them: a name wholly above it is the superior's.
  const reaching = (span: readonly string[]): ReturnType<typeof best> => {
    const before = span.length === 1 ? 0 : foldForMatch(span.slice(0, -1).join(' ')).length + 1;
    return best(
      hitsIn(span.join(' '), units).filter((h) => h.end > before + 1),
      date,
    );
  };
  for (let end = org.length - 1; end >= 0; end--) {
    const line = org[end] ?? '';
    for (let start = end; start >= Math.max(0, end - 2); start--) {
      const text = org.slice(start, end + 1).join(' ');
      // "ĐẢNG BỘ HUYỆN HÒA THẮNG" is spoken for by "Huyện ủy Hòa Thắng", as the directory may name it.
      const led = committeeOfPartyBody(org[start] ?? '');
      const pick = reaching(org.slice(start, end + 1)) ?? (led === null ? null : reaching([led, ...org.slice(start + 1, end + 1)]));
      if (!pick) continue;
      const { hit, rivals } = pick;
      if (unknown !== null) return { unknown, superior: hit.unit };
      let confidence: number = rivals.length > 0 ? UNIT_CONFIDENCE.headerAmbiguous : UNIT_CONFIDENCE.headerExact;
      let evidence = `tiêu đề: "${text}"`;
      if (department !== null) {
        confidence = Math.min(confidence, UNIT_CONFIDENCE.department);
        evidence += `; "${department}" báo cáo thay cho ${hit.unit.name}`;
      }
      if (rivals.length > 0) evidence += `; cũng nêu ${rivals.map((u) => u.name).join(', ')}`;
      return { unit: hit.unit, line: text, confidence, evidence };
    }
    if (unknown !== null) continue;
    if (isDepartmentLine(line) && end > 0) {
      // "BAN TUYÊN GIÁO" under "TỈNH ỦY X" is "Ban Tuyên giáo Tỉnh ủy X" when the directory has it.
      const composed = `${line} ${org[end - 1] ?? ''}`;
      const pick = best(hitsIn(composed, units), date);
      if (pick && pick.rivals.length === 0) return { unit: pick.hit.unit, line: composed, confidence: UNIT_CONFIDENCE.headerExact, evidence: `tiêu đề: "${org[end - 1]} / ${line}"` };
      department ??= line;
      continue;
    }
    // "ĐẢNG BỘ TỈNH TÂY SƠN / ĐẢNG ỦY BỘ ĐỘI BIÊN PHÒNG": under the province its own bodies often
    // leave out the level their directory names end in ("… tỉnh").
    const leveled = end === org.length - 1 && department === null && org.slice(0, end).some(isProvinceLine) ? provinceBody(line, units, date) : null;
    if (leveled) return { unit: leveled, line, confidence: UNIT_CONFIDENCE.headerExact, evidence: `tiêu đề: "${org.slice(0, end + 1).join(' / ')}" (${leveled.name})` };
    // The lowest line names a body of its own that the directory does not hold — unless it is the
    // province's Đảng bộ, written above an issuer left out (the file name may then say who sent it).
    if (end === org.length - 1 && department === null && !isProvincePartyBody(line)) unknown = issuerName(org, end);
  }
  return unknown !== null ? { unknown, superior: null } : null;
}

export function detectUnit(
  head: { orgLines: readonly string[]; otherLines?: readonly string[]; signLines?: readonly string[] },
  fileName: string,
  units: readonly Unit[],
  reportDate: string | null,
): UnitDetection {
  const fileWords = fileNameWords(fileName);
  const inFile = best(hitsIn(fileWords, units), reportDate);
  const header = fromIssuerLines(head.orgLines, units, reportDate);
  if (header && 'unknown' in header) {
    // "Đảng bộ huyện Phú Giáo" for "Huyện ủy Phú Giáo": the same body under another form of its name.
    const fz = fuzzyMatch(header.unknown, units);
    if (fz) return found(fz.unit, `tiêu đề (gần đúng): "${header.unknown}" ≈ "${fz.name}"`, UNIT_CONFIDENCE.fuzzy * fz.score);
    if (inFile && inFile.rivals.length === 0) {
      // The file name names a directory unit the header does not: a person decides.
      return { ...found(inFile.hit.unit, `tên tệp "${fileName}" ghi ${inFile.hit.unit.name} nhưng tiêu đề ghi "${header.unknown}"`, UNIT_CONFIDENCE.fuzzy), issuer: header.unknown };
    }
    const sup = header.superior ? ` (cấp trên: ${header.superior.name})` : '';
    return nothing(`tiêu đề ghi cơ quan ban hành "${header.unknown}"${sup}, không có trong danh mục đơn vị`, header.unknown);
  }
  if (header) {
    let { confidence, evidence } = header;
    if (inFile?.hit.unit.code === header.unit.code) {
      confidence = Math.min(UNIT_CONFIDENCE.headerAndFile, confidence + 0.05);
      evidence += `; tên tệp "${fileName}" cũng ghi đơn vị này`;
    } else if (inFile) {
      confidence = Math.min(confidence, UNIT_CONFIDENCE.headerAgainstFile);
      evidence += `; tên tệp lại ghi ${inFile.hit.unit.name} (lấy theo tiêu đề)`;
    }
    if (!validAt(header.unit, reportDate)) {
      confidence *= 0.8;
      evidence += `; đơn vị không còn hiệu lực vào ngày báo cáo ${reportDate ?? ''}`;
    }
    return found(header.unit, evidence, confidence);
  }
  // No issuer block: a body named on a line of its own near the top (a spreadsheet's first rows).
  for (const line of head.otherLines ?? []) {
    if (!isOrgLine(line)) continue;
    const pick = best(hitsIn(line, units), reportDate);
    if (pick && pick.rivals.length === 0) return found(pick.hit.unit, `dòng đầu: "${line}"`, UNIT_CONFIDENCE.looseLine);
  }
  // No issuer written: the signature may name the body it signs for ("T/M BAN THƯỜNG VỤ HUYỆN ỦY ĐỨC AN").
  for (const line of head.signLines ?? []) {
    const pick = best(hitsIn(line.replace(SIGNS_FOR, ''), units), reportDate);
    if (pick && pick.rivals.length === 0) return found(pick.hit.unit, `chữ ký: "${line}"`, UNIT_CONFIDENCE.looseLine);
  }
  if (inFile) {
    const unique = inFile.rivals.length === 0;
    return found(
      inFile.hit.unit,
      `chỉ có ở tên tệp "${fileName}" (${inFile.hit.name})${unique ? '' : `; tên tệp còn khớp ${inFile.rivals.map((u) => u.name).join(', ')}`}`,
      unique ? UNIT_CONFIDENCE.fileUnique : UNIT_CONFIDENCE.fileAmbiguous,
    );
  }
  for (const [source, text] of [...head.orgLines.filter((l) => !isProvincePartyBody(l)).map((l) => [`tiêu đề (gần đúng): "${l}"`, l] as const), [`tên tệp (gần đúng): "${fileName}"`, fileWords] as const]) {
    const fz = fuzzyMatch(text, units);
    if (fz) return found(fz.unit, `${source} ≈ "${fz.name}"`, UNIT_CONFIDENCE.fuzzy * fz.score);
  }
  return nothing('không tìm thấy tên đơn vị nào của danh mục trong phần đầu văn bản và tên tệp');
}

const inCell = (u: Unit, evidence: string, confidence: number): DetectedUnit => ({ code: u.code, name: u.name, evidence, confidence });

/**
 * The unit a table cell names ("Huyện ủy Đức An", "Đức An", "TP. Phú Lâm", "Công an tỉnh"), or null.
 * Sure when the cell is a directory name or alias, or its core names one unit only; a near name is
 * returned unsure (a person confirms it) unless `sureOnly` (the caller only counts sure names).
 */
export function unitNamedIn(cell: string, units: readonly Unit[], date: string | null, sureOnly = false): DetectedUnit | null {
  const f = foldForMatch(cell);
  if (f.length < 3) return null;
  const exact = (nameIndex(units).byKey.get(f) ?? []).filter((u) => validAt(u, date));
  if (exact.length === 1 && exact[0]) return inCell(exact[0], `ô "${cell}"`, UNIT_CONFIDENCE.headerExact);
  const core = nameCore(f);
  const byCore = (nameIndex(units).byCore.get(core) ?? []).filter((u) => validAt(u, date));
  if (byCore.length === 1 && byCore[0]) return inCell(byCore[0], `ô "${cell}" (${byCore[0].name})`, UNIT_CONFIDENCE.headerExact);
  if (byCore.length > 1) return inCell(byCore[0] as Unit, `ô "${cell}" khớp nhiều đơn vị: ${byCore.map((u) => u.name).join(', ')}`, UNIT_CONFIDENCE.fileAmbiguous);
  // The whole name inside the cell, with nothing but kind and level words around it.
  const pick = best(hitsIn(cell, units), date);
  if (pick && pick.rivals.length === 0 && nameCore(f.replace(foldForMatch(pick.hit.name), ' ').replace(/\s+/gu, ' ').trim()) === '') {
    return inCell(pick.hit.unit, `ô "${cell}"`, UNIT_CONFIDENCE.looseLine);
  }
  if (sureOnly) return null;
  const fz = fuzzyMatch(cell, units);
  return fz ? inCell(fz.unit, `ô "${cell}" gần giống "${fz.name}"`, UNIT_CONFIDENCE.fuzzy * fz.score) : null;
}
