// The header block of a Party document: issuers, number, place and date, document type, title.
import { joinWrappedDates, parseViDate } from '../../../../shared/dates';
import { isUpper } from './lines';
import type { Line } from './lines';
import { parseMarker } from './numbering';

export interface Header {
  docType: string | null;
  number: string | null;
  place: string | null;
  issuedDate: string | null;
  issuer: string | null;
  superiorIssuer: string | null;
  title: string;
  /** First line after the header and title: the preamble or the body. */
  bodyStart: number;
}

const DOC_TYPES: ReadonlyArray<[string, string]> = [
  ['KẾ HOẠCH', 'Kế hoạch'],
  ['CÔNG VĂN', 'Công văn'],
  ['HƯỚNG DẪN', 'Hướng dẫn'],
  ['KẾT LUẬN', 'Kết luận'],
  ['CHỈ THỊ', 'Chỉ thị'],
  ['BÁO CÁO', 'Báo cáo'],
  ['QUYẾT ĐỊNH', 'Quyết định'],
  ['THÔNG BÁO', 'Thông báo'],
  ['NGHỊ QUYẾT', 'Nghị quyết'],
  ['QUY ĐỊNH', 'Quy định'],
  ['QUY CHẾ', 'Quy chế'],
  // Before "CHƯƠNG TRÌNH": "HÀNH ĐỘNG" is the type's, not the title's.
  ['CHƯƠNG TRÌNH HÀNH ĐỘNG', 'Chương trình hành động'],
  ['CHƯƠNG TRÌNH', 'Chương trình'],
  ['TỜ TRÌNH', 'Tờ trình'],
  ['THÔNG TRI', 'Thông tri'],
  ['ĐỀ ÁN', 'Đề án'],
  ['ĐỀ CƯƠNG', 'Đề cương'],
  ['PHƯƠNG ÁN', 'Phương án'],
];

// Party document symbols (Hướng dẫn 36-HD/VPTW): the letters before the slash name the type.
const SYMBOL_TYPES: Record<string, string> = {
  KH: 'Kế hoạch',
  CV: 'Công văn',
  HD: 'Hướng dẫn',
  KL: 'Kết luận',
  CT: 'Chỉ thị',
  BC: 'Báo cáo',
  QĐ: 'Quyết định',
  TB: 'Thông báo',
  NQ: 'Nghị quyết',
  QĐi: 'Quy định',
  QC: 'Quy chế',
  CTr: 'Chương trình',
  TTr: 'Tờ trình',
  TT: 'Thông tri',
  ĐA: 'Đề án',
};

const MOTTO = /ĐẢNG CỘNG SẢN VIỆT NAM|CỘNG H[ÒO]À? XÃ HỘI CHỦ NGHĨA VIỆT NAM|ĐỘC LẬP - TỰ DO - HẠNH PHÚC/gu;
const NUMBER_PARTY = /^Số\s*:?\s*(\d*)\s*[-–]\s*([A-ZĐ][A-Za-zĐđ]{0,5})\s*\/\s*([A-ZĐ][A-Za-zĐđ0-9.-]*)/u;
const NUMBER_STATE = /^Số\s*:?\s*(\d+)\s*\/\s*([A-ZĐ][A-Za-zĐđ0-9.-]*(?:-[A-ZĐ][A-Za-zĐđ0-9.-]*)*)/u;
const PLACE_DATE = /(?:^|\s)(\p{Lu}[\p{L} .'-]{1,40}?)\s*,\s*(ngày\b.*)$/u;
const SUBJECT_LINE = /^(V\/v|V\/V|Về việc)\s*:?\s*(.*)$/u;
const BODY_START = /^(Căn cứ|Thực hiện|Kính gửi|Theo|Nhằm|Để|Trên cơ sở|Ngày \d)/u;

function docTypeOf(text: string): { type: string; rest: string } | null {
  for (const [upper, name] of DOC_TYPES) {
    if (text === upper) return { type: name, rest: '' };
    if (text.startsWith(`${upper} `) || text.startsWith(`${upper}:`)) {
      return { type: name, rest: text.slice(upper.length).replace(/^[:\s]+/u, '') };
    }
  }
  return null;
}

export function tidyNumber(text: string): string | null {
  const p = NUMBER_PARTY.exec(text);
  if (p) return `${p[1] ?? ''}-${p[2] ?? ''}/${p[3] ?? ''}`.replace(/[.-]+$/u, '');
  const s = NUMBER_STATE.exec(text);
  if (s) return `${s[1] ?? ''}/${s[2] ?? ''}`;
  return null;
}

function typeFromNumber(num: string | null): string | null {
  if (num === null) return null;
  const m = /^\d*-([^/]+)\//u.exec(num) ?? /^\d+\/([^-]+)-/u.exec(num);
  return m ? (SYMBOL_TYPES[m[1] ?? ''] ?? null) : null;
}

function placeAndDate(text: string): { place: string | null; date: string | null } | null {
  const withPlace = PLACE_DATE.exec(text);
  if (withPlace) {
    const date = parseViDate(withPlace[2] ?? '');
    if (date) return { place: (withPlace[1] ?? '').trim(), date };
  }
  if (/^ngày\b/iu.test(text)) {
    const date = parseViDate(text);
    if (date) return { place: null, date };
  }
  return null;
}

const HEADER_SCAN = 30;

export function readHeader(lines: Line[]): Header {
  const limit = Math.min(lines.length, HEADER_SCAN);
  let typeAt = -1;
  let typeMatch: { type: string; rest: string } | null = null;
  let headerEnd = limit;
  for (let i = 0; i < limit; i++) {
    const line = lines[i];
    if (!line || line.sep) continue;
    const m = parseMarker(line.text);
    if (m && (m.kind === 'part' || m.kind === 'roman' || m.kind === 'decimal')) {
      headerEnd = i;
      break;
    }
    const dt = docTypeOf(line.text);
    if (dt) {
      typeAt = i;
      typeMatch = dt;
      headerEnd = i;
      break;
    }
    if (BODY_START.test(line.text) || line.text.length > 200) {
      headerEnd = i;
      break;
    }
  }

  let number: string | null = null;
  let place: string | null = null;
  let issuedDate: string | null = null;
  let subject = '';
  const issuerLines: string[] = [];
  // A PDF's narrow date column wraps before the year: "Phú Lâm, ngày 12 tháng 3 năm" / "2020".
  const head = joinWrappedDates(lines.slice(0, headerEnd).filter((l) => !l.sep).map((l) => l.text));
  for (const t of head) {
    // PDF text may run the columns together: "Số 31-KH/TU Bình Dương, ngày 8 tháng 7 năm 2019".
    const num: string | null = number === null ? tidyNumber(t) : null;
    if (num !== null) number = num;
    const pd: { place: string | null; date: string | null } | null = issuedDate === null ? placeAndDate(t) : null;
    if (pd) {
      place = pd.place;
      issuedDate = pd.date;
    }
    if (num !== null || pd !== null) continue;
    const subj = SUBJECT_LINE.exec(t);
    if (subj && subject === '') {
      subject = (subj[2] ?? '').trim();
      continue;
    }
    const issuerText = t.replace(/\s*[-–]\s*/gu, ' - ').replace(MOTTO, '').trim();
    if (isUpper(issuerText)) issuerLines.push(issuerText);
  }

  let title = '';
  let bodyStart = headerEnd;
  if (typeMatch !== null) {
    const parts = typeMatch.rest ? [typeMatch.rest] : [];
    let i = typeAt + 1;
    for (; i < lines.length && i < typeAt + 10; i++) {
      const line = lines[i];
      if (!line) break;
      if (line.sep) {
        if (parts.length > 0) {
          i++;
          break;
        }
        continue;
      }
      const m = parseMarker(line.text);
      if (m && m.kind !== 'dash' && m.kind !== 'plus') break;
      if (BODY_START.test(line.text) || (m && parts.length > 0)) break;
      if (parts.length > 0 && line.text.length > 200) break;
      parts.push(line.text);
    }
    title = parts.join(' ');
    bodyStart = i;
  } else title = subject;

  const docType = typeMatch?.type ?? typeFromNumber(number) ?? (subject !== '' ? 'Công văn' : null);
  const superiorIssuer = issuerLines.length >= 2 ? (issuerLines[0] ?? null) : null;
  const issuer = issuerLines.length >= 2 ? issuerLines.slice(1).join(' ') : (issuerLines[0] ?? null);
  return { docType, number, place, issuedDate, issuer, superiorIssuer, title, bodyStart };
}
