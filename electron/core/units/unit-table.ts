// Pure: rows of a unit directory table (header row first) → Unit records. Kind words are never
// refused (see kind-families.ts); real errors — a row with no code or name, a code used twice, a
// parent or "merged into" that is no unit, a date that cannot be read — are all collected and
// refuse the file together, each naming its row and what is accepted.
import type { Unit, UnitImportWarning } from '../../../shared/domain';
import { toIso } from '../../../shared/dates';
import { AppError } from '../../../shared/errors';
import { cleanText, fold } from '../../../shared/text';
import { assignKinds, knownKinds } from './kind-families';
import { linkLookup } from './unit-links';

type Field = 'code' | 'name' | 'kind' | 'aliases' | 'parent' | 'validFrom' | 'validTo' | 'mergedInto';

// Header names are matched folded (case and diacritics ignored), whole, in this order: "Tên viết
// tắt" is an alias before "Tên …" can be the name, "Mã đơn vị cấp trên" the parent before "Mã …" the code.
const HEADER_NAMES: ReadonlyArray<[Field, RegExp]> = [
  ['aliases', /^(aliases|ten goi khac|ten khac|ten viet tat|viet tat|bi danh|ten thuong goi|ten cu)$/],
  ['parent', /^(parent|(ma )?don vi cap tren|cap tren|truc thuoc|thuoc|don vi chu quan|(ma )?don vi truc thuoc)$/],
  ['mergedInto', /^(merged into|hop nhat vao|sap nhap vao|nhap vao)$/],
  ['validFrom', /^(valid from|hieu luc tu|tu ngay|ngay thanh lap)$/],
  ['validTo', /^(valid to|hieu luc den|den ngay|ngay giai the)$/],
  ['code', /^(code|ma|ma so|ma don vi|ma to chuc( dang)?|ma co quan|ky hieu)$/],
  ['name', /^(name|ten|ten don vi|ten to chuc( dang)?|ten co quan|ten day du|don vi|co quan|to chuc dang|ten dang bo)$/],
  ['kind', /^(kind|loai|loai don vi|loai hinh|phan loai|nhom|khoi|loai to chuc)$/],
];

const MAX_ERRORS_SHOWN = 12;

export interface UnitTable {
  units: Unit[];
  warnings: UnitImportWarning[];
}

export function mapHeader(header: string[]): Partial<Record<Field, number>> {
  const map: Partial<Record<Field, number>> = {};
  header.forEach((h, i) => {
    const f = fold(h);
    const hit = HEADER_NAMES.find(([field, re]) => map[field] === undefined && re.test(f));
    if (hit) map[hit[0]] = i;
  });
  return map;
}

/** dd/mm/yyyy, d-m-yyyy or yyyy-mm-dd; undefined when the cell holds something else. */
function dateCell(raw: string): string | null | undefined {
  const s = raw.trim();
  if (s === '') return null;
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (dmy) return toIso(Number(dmy[3]), Number(dmy[2]), Number(dmy[1])) ?? undefined;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (iso) return toIso(Number(iso[1]), Number(iso[2]), Number(iso[3])) ?? undefined;
  return undefined;
}

interface RawRow {
  line: number;
  code: string;
  name: string;
  kindRaw: string;
  parent: string;
  mergedInto: string;
  aliases: string[];
  validFrom: string | null;
  validTo: string | null;
}

/**
 * The directory in the table. `directory` is what the app already holds: parents may point at
 * its units, and the families the specialist set for its kinds are kept.
 */
export function unitsFromRows(rows: string[][], fileName: string, directory: readonly Unit[] = []): UnitTable {
  const [header, ...body] = rows;
  if (!header) throw new AppError('FILE_EMPTY', `Tệp ${fileName} trống: không có dòng tiêu đề.`);
  const map = mapHeader(header);
  if (map.code === undefined || map.name === undefined) {
    throw new AppError(
      'INVALID_INPUT',
      `Tệp ${fileName}: không tìm thấy cột "Mã" và "Tên đơn vị" ở dòng tiêu đề (đã đọc: ${header.join(', ')}).`,
    );
  }
  const cell = (row: string[], f: Field): string => {
    const i = map[f];
    return i === undefined ? '' : cleanText(row[i] ?? '');
  };

  const errors: string[] = [];
  const firstLine = new Map<string, number>();
  const raws: RawRow[] = [];
  body.forEach((row, idx) => {
    const line = idx + 2;
    const code = cell(row, 'code');
    const name = cell(row, 'name');
    if (code === '' && name === '') return; // a blank line
    if (code === '') errors.push(`dòng ${line} (${name}): thiếu mã đơn vị — mỗi đơn vị cần một mã riêng, ví dụ "HUPG".`);
    if (name === '') errors.push(`dòng ${line} (mã ${code}): thiếu tên đơn vị — cần tên đầy đủ, ví dụ "Huyện ủy Phú Giáo".`);
    const seen = firstLine.get(fold(code));
    if (code !== '' && seen !== undefined) {
      errors.push(`dòng ${line}: mã "${code}" đã dùng ở dòng ${seen} — mỗi mã chỉ dùng cho một đơn vị.`);
    } else if (code !== '') firstLine.set(fold(code), line);
    const dates = { validFrom: dateCell(cell(row, 'validFrom')), validTo: dateCell(cell(row, 'validTo')) };
    for (const [f, v] of Object.entries(dates) as Array<[Field, string | null | undefined]>) {
      if (v === undefined) errors.push(`dòng ${line}: ngày "${cell(row, f)}" không đọc được — ghi ngày dạng dd/mm/yyyy.`);
    }
    raws.push({
      line,
      code,
      name,
      kindRaw: cell(row, 'kind'),
      parent: cell(row, 'parent'),
      mergedInto: cell(row, 'mergedInto'),
      aliases: cell(row, 'aliases')
        .split(/[|;]/)
        .map((a) => a.trim())
        .filter((a) => a !== ''),
      validFrom: dates.validFrom ?? null,
      validTo: dates.validTo ?? null,
    });
  });
  if (raws.length === 0 && errors.length === 0) throw new AppError('FILE_EMPTY', `Tệp ${fileName} không có đơn vị nào.`);

  // The file's own units come first, so a code it redefines points at the new row.
  const lookup = linkLookup([...raws, ...directory]);
  const link = (r: RawRow, raw: string, what: string): string | null => {
    if (raw === '') return null;
    const code = lookup(raw);
    if (code === null) {
      errors.push(`dòng ${r.line}: ${what} "${raw}" không có trong tệp hay trong danh mục — ghi mã hoặc tên của một đơn vị có trong tệp hoặc danh mục, hoặc để trống.`);
    } else if (fold(code) === fold(r.code)) errors.push(`dòng ${r.line}: ${what} "${raw}" là chính đơn vị này.`);
    return code;
  };
  const links = raws.map((r) => ({ parentCode: link(r, r.parent, 'đơn vị cấp trên'), mergedInto: link(r, r.mergedInto, 'đơn vị hợp nhất vào') }));

  if (errors.length > 0) {
    const shown = errors.slice(0, MAX_ERRORS_SHOWN).map((e) => `- ${e}`);
    if (errors.length > MAX_ERRORS_SHOWN) shown.push(`- … và ${errors.length - MAX_ERRORS_SHOWN} lỗi khác.`);
    throw new AppError('INVALID_INPUT', `Tệp ${fileName}: chưa nhập đơn vị nào vì ${errors.length} lỗi:\n${shown.join('\n')}`);
  }

  const { kinds, warnings } = assignKinds(raws, knownKinds(directory));
  const units = raws.map((r, i): Unit => ({
    code: r.code,
    name: r.name,
    kind: kinds[i]!.kind,
    family: kinds[i]!.family,
    parentCode: links[i]!.parentCode,
    aliases: r.aliases,
    validFrom: r.validFrom,
    validTo: r.validTo,
    mergedInto: links[i]!.mergedInto,
  }));
  return { units, warnings };
}
