// Pure: which directory unit sent the report, from its header lines and its file name.
// Exact name or alias in the header is strong; only in the file name is medium; word-overlap is weak.
import type { Unit } from '../../../../shared/domain';
import { fold, foldForMatch } from '../../../../shared/text';
import { unitsNamedIn } from '../../reconcile/assignees';
import type { Detected } from '../normalized-report';
import { dice } from './similarity';

export type DetectedUnit = Detected<{ code: string | null; name: string | null }>;

export const UNIT_CONFIDENCE = {
  headerExact: 0.95,
  headerAndFile: 1,
  headerAmbiguous: 0.7,
  fileExact: 0.6,
  fuzzy: 0.5,
} as const;

// Words that say what kind of body, not which one: "Đảng bộ huyện Phú Giáo" ≈ "Huyện ủy Phú Giáo".
const KIND_WORDS = new Set(['dang', 'bo', 'uy', 'ban', 'chap', 'hanh', 'thuong', 'vu', 'cac', 'va', 'cong', 'san', 'viet', 'nam']);

function namesOf(u: Unit): string[] {
  return [u.name, ...u.aliases];
}

/** "BC_HU_PhuGiao_6thang.xlsx" → "BC HU Phu Giao 6thang": camel case and separators become spaces. */
export function fileNameWords(fileName: string): string {
  return fileName
    .replace(/\.[A-Za-z0-9]{1,5}$/u, '')
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .replace(/[_\-.+]+/gu, ' ');
}

/** The longest name or alias of `u` found in `text`, as written in the directory. */
function matchedName(u: Unit, text: string): string | null {
  const f = ` ${foldForMatch(text)} `;
  const hits = namesOf(u).filter((n) => foldForMatch(n).length >= 4 && f.includes(` ${foldForMatch(n)} `));
  return hits.sort((a, b) => b.length - a.length)[0] ?? null;
}

function validAt(u: Unit, date: string | null): boolean {
  if (date === null) return true;
  return (u.validFrom === null || u.validFrom <= date) && (u.validTo === null || u.validTo >= date);
}

/** Among several units named, the one with the longest matching name, valid on the report date. */
function pick(cands: Unit[], text: string, date: string | null): Unit | null {
  const scored = cands
    .map((u) => ({ u, len: matchedName(u, text)?.length ?? 0, valid: validAt(u, date) }))
    .sort((a, b) => Number(b.valid) - Number(a.valid) || b.len - a.len);
  return scored[0]?.u ?? null;
}

function distinctive(s: string): string[] {
  return fold(s).split(' ').filter((t) => t !== '' && !KIND_WORDS.has(t));
}

function fuzzyMatch(text: string, units: Unit[]): { unit: Unit; score: number; name: string } | null {
  const words = distinctive(foldForMatch(text));
  let best: { unit: Unit; score: number; name: string } | null = null;
  for (const u of units) {
    for (const n of namesOf(u)) {
      const d = distinctive(foldForMatch(n));
      if (d.length < 2) continue;
      const score = dice(d, words);
      if (score >= 0.75 && (!best || score > best.score)) best = { unit: u, score, name: n };
    }
  }
  return best;
}

const found = (u: Unit, evidence: string, confidence: number): DetectedUnit => ({ code: u.code, name: u.name, evidence, confidence });

export function detectUnit(headerLines: readonly string[], fileName: string, units: readonly Unit[], reportDate: string | null): DetectedUnit {
  const all = [...units];
  const fileWords = fileNameWords(fileName);
  const inFile = unitsNamedIn(fileWords, all);
  // The issuer line sits just above the number and type lines: scan upwards so it wins over the superior body.
  for (let i = headerLines.length - 1; i >= 0; i--) {
    const line = headerLines[i] ?? '';
    const named = unitsNamedIn(line, all);
    if (named.length === 0) continue;
    const unit = pick(named, line, reportDate);
    if (!unit) continue;
    const others = new Set(named.map((u) => u.code));
    others.delete(unit.code);
    let confidence: number = others.size > 0 ? UNIT_CONFIDENCE.headerAmbiguous : UNIT_CONFIDENCE.headerExact;
    let evidence = `tiêu đề: "${line}"`;
    if (inFile.some((u) => u.code === unit.code)) {
      confidence = Math.min(1, confidence + 0.05);
      evidence += `; tên tệp "${fileName}" cũng ghi đơn vị này`;
    } else if (inFile.length > 0) {
      confidence = UNIT_CONFIDENCE.headerAmbiguous;
      evidence += `; nhưng tên tệp ghi ${inFile.map((u) => u.name).join(', ')}`;
    }
    if (!validAt(unit, reportDate)) {
      confidence *= 0.8;
      evidence += `; đơn vị không còn hiệu lực vào ngày báo cáo ${reportDate ?? ''}`;
    }
    return found(unit, evidence, confidence);
  }
  if (inFile.length > 0) {
    const unit = pick(inFile, fileWords, reportDate);
    if (unit) {
      const conf = inFile.length > 1 ? UNIT_CONFIDENCE.fuzzy : UNIT_CONFIDENCE.fileExact;
      return found(unit, `chỉ có ở tên tệp "${fileName}" (${matchedName(unit, fileWords) ?? unit.name})`, conf);
    }
  }
  for (const [source, text] of [...headerLines.map((l) => [`tiêu đề (gần đúng): "${l}"`, l] as const), [`tên tệp (gần đúng): "${fileName}"`, fileWords] as const]) {
    const fz = fuzzyMatch(text, all);
    if (fz) return found(fz.unit, `${source} ≈ "${fz.name}"`, UNIT_CONFIDENCE.fuzzy * fz.score);
  }
  return { code: null, name: null, evidence: 'không tìm thấy tên đơn vị nào của danh mục trong phần đầu văn bản và tên tệp', confidence: 0 };
}
