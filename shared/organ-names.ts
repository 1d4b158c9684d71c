// A body's name as a header prints it ("BAN TUYÊN GIÁO", over "TỈNH ỦY BÌNH DƯƠNG") turned into
// the form running text uses ("Ban Tuyên giáo Tỉnh ủy"), following how Party documents write
// the names of organs: the organ word and the first word of its function capitalised, place
// names capitalised, the rest in lower case.

// Committees: the organ word pair, then a place name.
const COMMITTEE = /^(tỉnh ủy|tỉnh uỷ|thành ủy|thành uỷ|huyện ủy|huyện uỷ|thị ủy|thị uỷ|quận ủy|quận uỷ|đảng ủy|đảng uỷ|đảng bộ)(\s+|$)/u;
// Bodies of a committee whose function word is capitalised after them.
const BODY_HEAD = /^(ban|văn phòng|ủy ban|uỷ ban|ban cán sự đảng|đảng đoàn|trường chính trị|báo)\s+/u;
const AFTER_AND = /(\s(và|,)\s+)(\p{Ll})/gu;

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function titleCase(words: string): string {
  return words
    .split(/\s+/u)
    .filter((w) => w !== '')
    .map(capitalise)
    .join(' ');
}

function isAllCaps(s: string): boolean {
  return /\p{Lu}/u.test(s) && s === s.toUpperCase();
}

/** "TỈNH ỦY PHÚ YÊN" → "Tỉnh ủy Phú Yên"; "BAN TUYÊN GIÁO VÀ DÂN VẬN" → "Ban Tuyên giáo và Dân vận". */
export function organInText(name: string): string {
  const raw = name.normalize('NFC').replace(/\s+/gu, ' ').trim();
  if (!isAllCaps(raw)) return raw;
  const lower = raw.toLowerCase();
  const committee = COMMITTEE.exec(lower);
  if (committee) {
    const organ = committee[1] ?? '';
    const rest = lower.slice(committee[0].length);
    // "ĐẢNG BỘ TỈNH ĐỒNG NAI": the level word stays lower case, the place is a name.
    const level = /^(tỉnh|thành phố|huyện|thị xã|quận|xã|phường)\s+/u.exec(rest);
    // "Đảng ủy Khối các cơ quan tỉnh": Khối names the organ, what follows is no place.
    const tail = /^khối\s/u.test(rest) ? capitalise(rest) : level ? `${level[0]}${titleCase(rest.slice(level[0].length))}` : titleCase(rest);
    return `${capitalise(organ)}${tail ? ` ${tail}` : ''}`.trim();
  }
  const head = BODY_HEAD.exec(lower);
  if (head) {
    const rest = lower.slice(head[0].length);
    // "BAN THƯỜNG VỤ THÀNH ỦY HÀ NỘI": a committee named inside, then its place.
    const inside = /(^|\s)(tỉnh|thành|huyện|thị|quận) (ủy|uỷ)(\s|$)/u.exec(rest);
    const fnPart = inside ? rest.slice(0, inside.index) : rest;
    const fn = capitalise(fnPart).replace(AFTER_AND, (_m, sep: string, _w: string, ch: string) => `${sep}${ch.toUpperCase()}`);
    const committee = inside ? ` ${organInText(rest.slice(inside.index).trim().toUpperCase())}` : '';
    return `${capitalise(head[1] ?? '')} ${fn.trim()}${committee}`.replace(/\s+/gu, ' ').trim();
  }
  return capitalise(lower);
}

/** The committee word a body's superior gives it in text: "TỈNH ỦY BÌNH DƯƠNG" → "Tỉnh ủy". */
function committeeWord(superior: string | null | undefined): string | null {
  if (!superior) return null;
  const s = superior.normalize('NFC').toLowerCase().trim();
  if (/^(tỉnh (ủy|uỷ)|đảng bộ tỉnh)/u.test(s)) return 'Tỉnh ủy';
  if (/^(thành (ủy|uỷ)|đảng bộ thành phố)/u.test(s)) return 'Thành ủy';
  if (/^(huyện (ủy|uỷ)|đảng bộ huyện)/u.test(s)) return 'Huyện ủy';
  if (/^(thị (ủy|uỷ)|đảng bộ thị xã)/u.test(s)) return 'Thị ủy';
  if (/^(đảng (ủy|uỷ))/u.test(s)) return 'Đảng ủy';
  return null;
}

/** The issuing body as running text names it: "Ban Tuyên giáo Tỉnh ủy". */
export function issuerInText(issuer: string, superior?: string | null): string {
  const own = organInText(issuer);
  const word = committeeWord(superior);
  if (word === null || COMMITTEE.test(own.toLowerCase()) || own.toLowerCase().includes(word.toLowerCase())) return own;
  return BODY_HEAD.test(own.toLowerCase()) ? `${own} ${word}` : own;
}
