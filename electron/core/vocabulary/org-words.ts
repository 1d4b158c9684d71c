// Words of the header block, as offices write them (folded: no diacritics, lower case). Data, not
// logic: a province that writes its headers differently adds its words here.
import { fold } from '../../../shared/text';

/** National and Party mottos printed at the top right: never the issuer. */
const MOTTOS = ['cong hoa xa hoi chu nghia viet nam', 'doc lap tu do hanh phuc', 'dang cong san viet nam'];

/** The leadership of the body named on the line above: the same unit, not a part of it. */
const LEADERSHIP = ['ban thuong vu', 'ban thuong truc', 'thuong truc', 'ban chap hanh', 'ban chi huy', 'ban bi thu', 'thuong vu'];

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

export function isLeadershipLine(line: string): boolean {
  return LEADERSHIP.includes(fold(line));
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
