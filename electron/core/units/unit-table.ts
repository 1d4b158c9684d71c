// Pure: rows of a unit directory table (header row first) → Unit records, with row-level errors.
import type { Unit } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import { cleanText, fold } from '../../../shared/text';
import { guessUnitKind, parseUnitKind } from '../../../shared/unit-kinds';

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

export function mapHeader(header: string[]): Partial<Record<Field, number>> {
  const map: Partial<Record<Field, number>> = {};
  header.forEach((h, i) => {
    const f = fold(h);
    const hit = HEADER_NAMES.find(([field, re]) => map[field] === undefined && re.test(f));
    if (hit) map[hit[0]] = i;
  });
  return map;
}

function isoOrNull(raw: string): string | null {
  const s = raw.trim();
  if (s === '') return null;
  const dmy = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  if (dmy) return `${dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}`;
  return /^\d{4}-\d{2}-\d{2}$/.test(s) ? s : null;
}

export function unitsFromRows(rows: string[][], fileName: string): Unit[] {
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
  const units: Unit[] = [];
  const seen = new Set<string>();
  body.forEach((row, idx) => {
    const code = cell(row, 'code');
    const name = cell(row, 'name');
    if (code === '' && name === '') return; // blank line
    const line = idx + 2;
    if (code === '' || name === '') {
      throw new AppError('INVALID_INPUT', `Tệp ${fileName}, dòng ${line}: thiếu mã hoặc tên đơn vị.`);
    }
    if (seen.has(code)) throw new AppError('INVALID_INPUT', `Tệp ${fileName}, dòng ${line}: mã "${code}" bị trùng.`);
    seen.add(code);
    const kindRaw = cell(row, 'kind');
    const kind = kindRaw === '' ? guessUnitKind(name) : parseUnitKind(kindRaw);
    if (kind === null) {
      throw new AppError('INVALID_INPUT', `Tệp ${fileName}, dòng ${line}: không nhận ra loại đơn vị "${kindRaw}".`);
    }
    units.push({
      code,
      name,
      kind,
      parentCode: cell(row, 'parent') || null,
      aliases: cell(row, 'aliases')
        .split(/[|;]/)
        .map((a) => a.trim())
        .filter((a) => a !== ''),
      validFrom: isoOrNull(cell(row, 'validFrom')),
      validTo: isoOrNull(cell(row, 'validTo')),
      mergedInto: cell(row, 'mergedInto') || null,
    });
  });
  if (units.length === 0) throw new AppError('FILE_EMPTY', `Tệp ${fileName} không có đơn vị nào.`);
  return units;
}
