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

// A motto a narrow column wrapped: its head on one line, its tail ("VIỆT NAM") on a line below.
const MOTTO_WRAPS: ReadonlyArray<[string, string]> = [
  ['cong hoa xa hoi chu nghia', 'viet nam'],
  ['dang cong san', 'viet nam'],
  ['doc lap tu do', 'hanh phuc'],
];

/**
 * A line holding the head of a wrapped motto ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA", alone or run into the
 * issuer's line): the rest of the line, and the folded tail to skip on a line below. Null otherwise.
 */
export function wrappedMotto(line: string): { rest: string; tail: string } | null {
  if (isMottoLine(line)) return null;
  const words = line.trim().split(/\s+/u);
  for (const [head, tail] of MOTTO_WRAPS) {
    const n = head.split(' ').length;
    if (fold(words.slice(-n).join(' ')) === head) return { rest: words.slice(0, -n).join(' '), tail };
  }
  return null;
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
 * "CÔNG AN TỈNH TÂY SƠN / ĐẢNG ỦY": the committee of the body named above it (not a Đảng bộ, whose
 * committee is the Đảng bộ's own), as one name ("ĐẢNG ỦY CÔNG AN TỈNH TÂY SƠN"); null otherwise.
 */
export function committeeOfBodyAbove(line: string, above: string | undefined): string | null {
  if (above === undefined || fold(line) !== 'dang uy' || !isOrgLine(above) || fold(above).startsWith('dang bo ')) return null;
  return `${line.trim()} ${above.trim()}`;
}

/**
 * "ĐẢNG BỘ TỈNH TÂY SƠN": the province's Đảng bộ, above every unit that reports to the province — on
 * a header of its own it is the superior line of an issuer left unwritten, not a sender.
 */
export function isProvincePartyBody(line: string): boolean {
  return fold(line).startsWith('dang bo tinh ');
}

// "BAN CHẤP HÀNH TỈNH TÂY SƠN": a body's leadership at a place, the body named on the line above.
const LEADERSHIP_AT_PLACE = /^(?:ban chap hanh|bch|ban thuong vu)\s+((?:tinh|thanh pho|huyen|thi xa|quan)\b.*)$/u;

/**
 * "HỘI CỰU CHIẾN BINH VIỆT NAM / BAN CHẤP HÀNH TỈNH TÂY SƠN" is the province's Hội Cựu chiến binh:
 * the national body above, less "Việt Nam", at the place the leadership line names. Null otherwise.
 */
export function bodyAtPlace(line: string, above: string | undefined): string | null {
  if (above === undefined || !fold(above).endsWith(' viet nam') || !isOrgLine(above)) return null;
  const words = line.trim().split(/\s+/u);
  const f = fold(line);
  const m = LEADERSHIP_AT_PLACE.exec(f);
  if (!m) return null;
  const place = words.slice(words.length - (m[1] ?? '').split(' ').length).join(' ');
  return `${above.trim().split(/\s+/u).slice(0, -2).join(' ')} ${place}`;
}

/** "ĐẢNG BỘ TỈNH TÂY SƠN", "TỈNH ỦY TÂY SƠN": the province, whose own bodies' names end in "tỉnh". */
export function isProvinceLine(line: string): boolean {
  const f = fold(line);
  return f.startsWith('dang bo tinh ') || f.startsWith('tinh uy ');
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

// A Đảng bộ and the committee that leads it, by the level written after "Đảng bộ"; the Front and
// its Ủy ban ("MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH X" is spoken for by "Ủy ban MTTQ Việt Nam tỉnh").
const COMMITTEE_OF_LEVEL: ReadonlyArray<[RegExp, string]> = [
  [/^mặt trận tổ quốc\s+/iu, 'Ủy ban Mặt trận Tổ quốc '],
  [/^đảng bộ\s+huyện\s+/iu, 'Huyện ủy '],
  [/^đảng bộ\s+thành phố\s+/iu, 'Thành ủy '],
  [/^đảng bộ\s+thị xã\s+/iu, 'Thị ủy '],
  [/^đảng bộ\s+quận\s+/iu, 'Quận ủy '],
  [/^đảng bộ\s+tỉnh\s+/iu, 'Tỉnh ủy '],
  [/^đảng bộ\s+/iu, 'Đảng ủy '],
];

/**
 * "ĐẢNG BỘ HUYỆN HÒA THẮNG" → "Huyện ủy HÒA THẮNG", "ĐẢNG BỘ CÔNG AN TỈNH" → "Đảng ủy CÔNG AN TỈNH",
 * "MẶT TRẬN TỔ QUỐC …" → "Ủy ban Mặt trận Tổ quốc …": the committee that speaks for a Đảng bộ or the
 * Front, as a directory names it; null for a line naming neither.
 */
export function committeeOfPartyBody(line: string): string | null {
  const t = line.trim().normalize('NFC');
  for (const [level, committee] of COMMITTEE_OF_LEVEL) if (level.test(t)) return t.replace(level, committee);
  return null;
}
