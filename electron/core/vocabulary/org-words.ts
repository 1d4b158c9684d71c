// Words of the header block, as offices write them (folded: no diacritics, lower case). Data, not
// logic: a province that writes its headers differently adds its words here.
import { fold } from '../../../shared/text';

/** National and Party mottos printed at the top right: never the issuer. */
const MOTTOS = ['cong hoa xa hoi chu nghia viet nam', 'doc lap tu do hanh phuc', 'dang cong san viet nam'];

/** The leadership of the body named on the line above: the same unit, not a part of it. */
const LEADERSHIP = ['ban thuong vu', 'ban thuong truc', 'thuong truc', 'ban chap hanh', 'ban chi huy', 'ban bi thu', 'thuong vu'];

/** A committee named by its level alone ("ĐẢNG ỦY", "HUYỆN ỦY"): under "ĐẢNG BỘ X" it is X's own committee. */
const BARE_COMMITTEES = ['dang uy', 'huyen uy', 'thanh uy', 'thi uy', 'quan uy'];

/** A department of the body named above ("BAN TUYÊN GIÁO" under "HUYỆN ỦY X"): it may report for it. */
const DEPARTMENT_HEADS = ['ban', 'van phong', 'uy ban kiem tra', 'phong', 'co quan'];

/** Words that start the name of an organisation: a header line starting with one names a body. */
const ORG_HEADS = [
  'dang bo', 'dang uy', 'huyen uy', 'thanh uy', 'thi uy', 'tinh uy', 'quan uy', 'chi bo', 'dang doan', 'ban', 'hoi', 'uy ban',
  'ubnd', 'mat tran', 'mttq', 'lien hiep', 'lien doan', 'tinh doan', 'huyen doan', 'thanh doan', 'doan', 'cong an', 'bo chi huy',
  'bo doi', 'so', 'van phong', 'trung uong', 'bao', 'dai', 'truong', 'cong ty', 'tong cong ty', 'hop tac xa', 'benh vien',
  'trung tam', 'vien', 'cuc', 'chi cuc', 'lien minh', 'cau lac bo',
];

/** Words that mark a place or level in a name ("… TỈNH TÂY SƠN", "XÃ IA MƠ"): a department line has none. */
const PLACE_WORDS = ['tinh', 'huyen', 'thanh pho', 'thi xa', 'xa', 'phuong', 'quan', 'thi tran', 'khoi', 'dac khu'];

const startsWithAny = (f: string, heads: readonly string[]): boolean => heads.some((h) => f === h || f.startsWith(`${h} `));

export function isMottoLine(line: string): boolean {
  const f = fold(line);
  return MOTTOS.some((m) => f === m || f.startsWith(`${m} `) || f.endsWith(` ${m}`));
}

/**
 * A header line with the motto run into it, as a PDF's two header columns come out on one line
 * ("ĐẢNG BỘ HUYỆN HÒA THẮNG ĐẢNG CỘNG SẢN VIỆT NAM"): the rest of the line, or '' when it is all motto.
 */
export function withoutMotto(line: string): string {
  const words = line.trim().split(/\s+/u);
  for (const m of MOTTOS) {
    const n = m.split(' ').length;
    if (fold(words.slice(-n).join(' ')) === m) return words.slice(0, -n).join(' ');
    if (fold(words.slice(0, n).join(' ')) === m) return words.slice(n).join(' ');
  }
  return line;
}

export function isLeadershipLine(line: string): boolean {
  return LEADERSHIP.includes(fold(line));
}

/**
 * "ĐẢNG BỘ HUYỆN HÒA THẮNG / HUYỆN ỦY", "ĐẢNG BỘ CÔNG AN TỈNH / ĐẢNG ỦY": the committee line names no
 * body of its own but the committee of the Đảng bộ written above it (`above`: the issuer lines over it).
 */
export function isCommitteeOfPartyBody(line: string, above: readonly string[]): boolean {
  return BARE_COMMITTEES.includes(fold(line)) && above.some((l) => fold(l).startsWith('dang bo '));
}

/**
 * "ĐẢNG BỘ TỈNH TÂY SƠN": the province's Đảng bộ, above every unit that reports to the province — on
 * a header of its own it is the superior line of an issuer left unwritten, not a sender.
 */
export function isProvincePartyBody(line: string): boolean {
  return fold(line).startsWith('dang bo tinh ');
}

export function isOrgLine(line: string): boolean {
  return startsWithAny(fold(line), ORG_HEADS);
}

/** "BAN TUYÊN GIÁO", "VĂN PHÒNG": a department with no place of its own, so part of the line above. */
export function isDepartmentLine(line: string): boolean {
  const f = fold(line);
  if (!startsWithAny(f, DEPARTMENT_HEADS) || isLeadershipLine(line)) return false;
  const words = f.split(' ');
  return words.length <= 6 && !PLACE_WORDS.some((p) => ` ${f} `.includes(` ${p} `));
}

/** "TỈNH TÂY SƠN", "HUYỆN IA GRÔNG": a place that completes the body named on the line above. */
export function isPlaceLine(line: string): boolean {
  const f = fold(line);
  return startsWithAny(f, PLACE_WORDS) && f.split(' ').length <= 6;
}

const LEADING_WORDS = [...LEADERSHIP, ...ORG_HEADS, ...PLACE_WORDS].sort((a, b) => b.length - a.length);

/**
 * What is left of a folded name once the words for its kind and level are taken off the front:
 * "thanh uy phu lam", "dang bo thanh pho phu lam" and "huyen phu lam" all leave "phu lam".
 */
export function nameCore(folded: string): string {
  let s = folded;
  for (let changed = true; changed; ) {
    changed = false;
    for (const w of LEADING_WORDS) {
      if (s.startsWith(`${w} `)) {
        s = s.slice(w.length + 1);
        changed = true;
        break;
      }
    }
  }
  return s;
}

// A Đảng bộ and the committee that leads it, by the level written after "Đảng bộ".
const COMMITTEE_OF_LEVEL: ReadonlyArray<[RegExp, string]> = [
  [/^đảng bộ\s+huyện\s+/iu, 'Huyện ủy '],
  [/^đảng bộ\s+thành phố\s+/iu, 'Thành ủy '],
  [/^đảng bộ\s+thị xã\s+/iu, 'Thị ủy '],
  [/^đảng bộ\s+quận\s+/iu, 'Quận ủy '],
  [/^đảng bộ\s+tỉnh\s+/iu, 'Tỉnh ủy '],
  [/^đảng bộ\s+/iu, 'Đảng ủy '],
];

/**
 * "ĐẢNG BỘ HUYỆN HÒA THẮNG" → "Huyện ủy HÒA THẮNG", "ĐẢNG BỘ CÔNG AN TỈNH" → "Đảng ủy CÔNG AN TỈNH":
 * the committee that speaks for a Đảng bộ, as a directory names it; null for a line naming no Đảng bộ.
 */
export function committeeOfPartyBody(line: string): string | null {
  const t = line.trim().normalize('NFC');
  for (const [level, committee] of COMMITTEE_OF_LEVEL) if (level.test(t)) return t.replace(level, committee);
  return null;
}
