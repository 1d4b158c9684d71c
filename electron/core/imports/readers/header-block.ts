// Pure: the header block of a Party or state document read as lines: issuer lines, number, place
// and date, the document type and its title ("BÁO CÁO / Kết quả 6 tháng đầu năm 2019 thực hiện …").
// A công văn has no type line: its "V/v …" line is its title.
import { joinWrappedDates, parseViDate } from '../../../../shared/dates';
import { cleanText, fold } from '../../../../shared/text';
import { isMottoLine, isOrgLine, withoutMotto, wrappedMotto } from '../../vocabulary/org-words';

export type HeaderBlock = {
  /** Lines above the document type: issuer, number, place and date. */
  headerLines: string[];
  /** The issuing body's lines, top (superior) to bottom (issuer), before "*", the number or the date. */
  orgLines: string[];
  /** "Báo cáo", "Kế hoạch", "Công văn", … when a type line (or a công văn's "V/v") was found. */
  docType: string | null;
  /** The words after the type: what the report is about. */
  title: string;
  reportNumber: string | null;
  reportDate: string | null;
  /** "ngày    tháng 5 năm 2025": a date whose day is left for the pen (a draft, or signed by hand): "2025-05". */
  reportMonth: string | null;
  place: string | null;
};

const DOC_TYPES: ReadonlyArray<[string, string]> = [
  ['bao cao', 'Báo cáo'],
  ['ke hoach', 'Kế hoạch'],
  ['quyet dinh', 'Quyết định'],
  ['nghi quyet', 'Nghị quyết'],
  ['chi thi', 'Chỉ thị'],
  ['huong dan', 'Hướng dẫn'],
  ['cong van', 'Công văn'],
  ['to trinh', 'Tờ trình'],
  ['thong bao', 'Thông báo'],
  ['chuong trinh', 'Chương trình'],
  // A workbook's own heading: "BIỂU TỔNG HỢP KẾT QUẢ …", "SỐ LIỆU KẾT QUẢ …".
  ['bieu', 'Biểu'],
  ['bang tong hop', 'Bảng tổng hợp'],
  ['so lieu', 'Số liệu'],
];

// "Số 45-BC/HU", "Số: 12-BC/ĐU", state style "Số 123/BC-UBND"; PDF text may run columns together.
const NUMBER_PARTY = /(?:^|\s)Số\s*:?\s*(\d+)\s*[-–]\s*([A-ZĐ][A-Za-zĐđ]{0,5})\s*\/\s*([A-ZĐ][A-Za-zĐđ0-9.]*(?:-[A-ZĐ][A-Za-zĐđ0-9.]*)*)/u;
const NUMBER_STATE = /(?:^|\s)Số\s*:?\s*(\d+)\s*\/\s*([A-ZĐ][A-Za-zĐđ]{0,5}(?:-[A-ZĐ][A-Za-zĐđ0-9.]*)+)/u;
const PLACE_DATE = /(\p{Lu}[\p{L} .'-]{1,40}?)\s*,\s*(ngày\b.*)$/u;
// "Phú Lâm, ngày 05 tháng 12 năm 2020" and nothing else on the line.
const PLACE_DATE_LINE = /^\p{Lu}[\p{L} .'-]{1,40}?,\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}\.?$/u;
const BODY_START = /^(Căn cứ|Thực hiện|Kính gửi|Theo|Nhằm|Trên cơ sở|Phần|Phần thứ|[IVX]+\s*[.)-]|\d+\s*[.)]|[-–+•])/u;
const SUBJECT_LINE = /^V\/v\b\.?\s*:?\s*/iu;
const NUMBER_LINE = /^Số\s*:?\s*\d/u;
const HEADER_SCAN = 40;

export function reportNumberIn(line: string): string | null {
  const p = NUMBER_PARTY.exec(line);
  if (p) return `${p[1] ?? ''}-${p[2] ?? ''}/${(p[3] ?? '').replace(/[.-]+$/u, '')}`;
  const s = NUMBER_STATE.exec(line);
  return s ? `${s[1] ?? ''}/${s[2] ?? ''}` : null;
}

export function placeAndDateIn(line: string): { place: string | null; date: string } | null {
  const m = PLACE_DATE.exec(line);
  if (m) {
    const date = parseViDate(m[2] ?? '');
    if (date) return { place: cleanText(m[1] ?? '').replace(/^.*\b(?:VIỆT NAM|HẠNH PHÚC)\s*/u, '') || null, date };
  }
  const bare = /(?:^|\s)(ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})/iu.exec(line);
  // A date cell on its own (a spreadsheet's real date, shown through a number format).
  const alone = /^(?:ngày\s*:?\s*)?(\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{4}-\d{2}-\d{2})$/iu.exec(line.trim());
  const date = bare ? parseViDate(bare[1] ?? '') : alone ? parseViDate(alone[1] ?? '') : null;
  return date ? { place: null, date } : null;
}

function docTypeOf(line: string): { type: string; rest: string } | null {
  const f = fold(line);
  for (const [key, name] of DOC_TYPES) {
    if (f !== key && !f.startsWith(`${key} `)) continue;
    // Only a type line when written as the title: upper case, or alone on its line.
    const head = line.trim().slice(0, key.length + 2);
    if (f !== key && head !== head.toUpperCase()) continue;
    const words = key.split(' ').length;
    const rest = line.trim().split(/\s+/u).slice(words).join(' ').replace(/^[:\s]+/u, '');
    return { type: name, rest };
  }
  return null;
}

// Lines that title or annotate the document, never name its issuer: "BIỂU TỔNG HỢP …", "(Kèm theo …)".
const NOT_ISSUER = /^(\(|BIỂU|BẢNG|DANH SÁCH|TỔNG HỢP|KẾT QUẢ|PHỤ LỤC|MẪU)/u;

// Words in capitals, then a place in title case and its date: "ĐẢNG ỦY Phú Lâm, ngày …".
const ISSUER_BEFORE_PLACE = /^((?:[\p{Lu}\d][\p{Lu}\d.-]*\s+)+?)\p{Lu}\p{Ll}[\p{L} .'-]*,\s*ngày\b/u;

/** The issuer's lines: from the top down to the first "*", number, date, motto, subject or title line. */
export function issuerLines(headerLines: readonly string[]): string[] {
  const out: string[] = [];
  // The tail of a motto a narrow column wrapped, still to come ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA" / "VIỆT NAM").
  let tail: string | null = null;
  for (const line of headerLines) {
    if (tail !== null && fold(line) === tail) {
      tail = null;
      continue;
    }
    const wrapped = wrappedMotto(line);
    if (wrapped) tail = wrapped.tail;
    // A PDF's two header columns may come out as one line: the issuer's part is what is left of the
    // motto, or the capitals before the place ("ĐẢNG ỦY Phú Lâm, ngày 24 tháng 6 năm 2019").
    const l = wrapped ? wrapped.rest : isMottoLine(line) ? withoutMotto(line) : line;
    if (l === '' || isMottoLine(l)) continue;
    if (placeAndDateIn(l) !== null) {
      const caps = ISSUER_BEFORE_PLACE.exec(l)?.[1]?.trim();
      if (caps !== undefined && isOrgLine(caps)) out.push(caps);
      break;
    }
    if (/^[*\-–_=.]+$/u.test(l) || NUMBER_LINE.test(l) || SUBJECT_LINE.test(l) || NOT_ISSUER.test(l)) break;
    out.push(l);
  }
  return out;
}

/** A công văn's subject: the "V/v" line and the lines that continue it, before the date or the addressee. */
function subjectOf(headerLines: readonly string[]): string | null {
  const at = headerLines.findIndex((l) => SUBJECT_LINE.test(l));
  if (at < 0) return null;
  const parts = [(headerLines[at] ?? '').replace(SUBJECT_LINE, '')];
  for (let i = at + 1; i < headerLines.length; i++) {
    const l = headerLines[i] ?? '';
    if (isMottoLine(l) || placeAndDateIn(l) || /^[*\-–]+$/u.test(l) || /^\p{Lu}[\p{Lu}\s,-]+$/u.test(l)) break;
    parts.push(l);
  }
  return parts.join(' ');
}

/** Reads the header block of a document given as lines (paragraphs or cells, in reading order). */
export function readHeaderBlock(rawLines: readonly string[]): HeaderBlock {
  const lines = joinWrappedDates(rawLines.map(cleanText).filter((l) => l !== ''));
  const limit = Math.min(lines.length, HEADER_SCAN);
  let typeAt = -1;
  let type: { type: string; rest: string } | null = null;
  for (let i = 0; i < limit; i++) {
    type = docTypeOf(lines[i] ?? '');
    if (type) {
      typeAt = i;
      break;
    }
  }
  const subjectScan = typeAt >= 0 ? lines.slice(0, typeAt) : lines.slice(0, Math.min(limit, 16));
  const subject = typeAt < 0 ? subjectOf(subjectScan) : null;
  // Without a type line, the header ends where the body starts ("Kính gửi", "Thực hiện …").
  const bodyAt = subjectScan.findIndex((l) => BODY_START.test(l));
  const headerLines = typeAt >= 0 ? lines.slice(0, typeAt) : subjectScan.slice(0, bodyAt >= 0 ? bodyAt : Math.min(subjectScan.length, 12));
  const titleParts = type?.rest ? [type.rest] : [];
  if (typeAt >= 0) {
    for (let i = typeAt + 1; i < lines.length && i <= typeAt + 4; i++) {
      const l = lines[i] ?? '';
      if (BODY_START.test(l) || /^-{3,}|^\*$/u.test(l)) break;
      // A title is no sentence: a finished one before, "đã" (what was done), or a line that ends as a
      // sentence does ("Năm 2017, các cấp bộ Đoàn tổ chức … Bình Dương.") starts the body.
      const prev = titleParts[titleParts.length - 1] ?? '';
      if (titleParts.length > 0 && (/[.;!?]$/u.test(prev) || /(^|\s)đã\s/u.test(l) || /[.;!?]$/u.test(l))) break;
      titleParts.push(l);
    }
  }
  let reportNumber: string | null = null;
  let reportDate: string | null = null;
  let place: string | null = null;
  for (const l of headerLines) {
    reportNumber ??= reportNumberIn(l) ?? attachedReport(l)?.number ?? null;
    if (reportDate === null) {
      const pd = placeAndDateIn(l);
      if (pd) {
        reportDate = pd.date;
        place = pd.place;
      } else reportDate = attachedReport(l)?.date ?? null;
    }
  }
  // A workbook may date itself under its heading: "SỐ LIỆU KẾT QUẢ …" / "Ngày 27/6/2019" or "Phú
  // Lâm, ngày 05 tháng 12 năm 2020" (a line of its own: a title's "… ngày 12/3/2020" is another
  // document's), or name the report it is attached to.
  for (let i = typeAt + 1; typeAt >= 0 && i <= typeAt + 4 && i < lines.length; i++) {
    const l = (lines[i] ?? '').replace(/^\((.*)\)$/u, '$1').trim();
    if (reportDate === null && (/^ngày\b/iu.test(l) || PLACE_DATE_LINE.test(l))) reportDate = placeAndDateIn(l)?.date ?? null;
    const attached = attachedReport(l);
    if (attached) {
      reportNumber ??= attached.number;
      reportDate ??= attached.date;
    }
  }
  const reportMonth = reportDate === null ? headerLines.map(blankDayMonth).find((m) => m !== null) ?? null : null;
  return {
    headerLines,
    orgLines: issuerLines(headerLines),
    docType: type?.type ?? (subject !== null ? 'Công văn' : null),
    title: subject ?? titleParts.join(' '),
    reportNumber,
    reportDate,
    reportMonth,
    place,
  };
}

// A table sent on its own names the report it belongs to: "(Kèm theo Báo cáo số 245-BC/TU ngày
// 18/6/2019 của Ban Thường vụ Thành ủy)" — that report's number and date are the table's.
const ATTACHED_TO = /^\(?\s*kèm theo\s+(?:báo cáo|bc)\b\s*(.*)$/iu;

/** The number and date of the report a table says it is attached to, or null. */
export function attachedReport(line: string): { number: string | null; date: string | null } | null {
  const m = ATTACHED_TO.exec(line.trim());
  if (!m) return null;
  const rest = (m[1] ?? '').replace(/^số(?=[\s:])/iu, 'Số');
  const at = /\bngày\b/iu.exec(rest);
  return { number: reportNumberIn(rest), date: at ? parseViDate(rest.slice(at.index)) : null };
}

/** "Ia Grông, ngày      tháng 5 năm 2025" → "2025-05": the month of a date with no day written. */
function blankDayMonth(line: string): string | null {
  const m = /(?:^|[\s,])ngày[\s._…]*tháng\s+(\d{1,2})\s+năm\s+(\d{4})/iu.exec(line);
  const month = Number(m?.[1]);
  return m && month >= 1 && month <= 12 ? `${m[2]}-${String(month).padStart(2, '0')}` : null;
}
