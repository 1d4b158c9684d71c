// Vietnamese labels for enumerations, used by the UI, the CLI's text output and the exports.
import type { CellStatus, EntryStatus, ImportOutcome, UnitFamily } from './domain';

export const UNIT_FAMILY_LABELS: Record<UnitFamily, string> = {
  'huyen-uy': 'Huyện ủy, thị ủy, thành ủy',
  'dang-uy-xa': 'Đảng ủy xã, phường, thị trấn, đặc khu',
  'co-so': 'Chi bộ, đảng bộ cơ sở',
  'dang-uy-truc-thuoc': 'Đảng ủy trực thuộc',
  'ban-dang': 'Cơ quan tham mưu, giúp việc',
  'dang-doan-bcs': 'Đảng đoàn, ban cán sự đảng',
  'mttq-doan-the': 'Mặt trận Tổ quốc, đoàn thể chính trị - xã hội',
  'hoi-quan-chung': 'Tổ chức hữu nghị, hội quần chúng',
  'bao-chi': 'Cơ quan báo chí',
  'so-nganh': 'Sở, ban, ngành',
  khac: 'Khác',
};

export const ENTRY_STATUS_LABELS: Record<EntryStatus, string> = {
  done: 'Đã thực hiện',
  in_progress: 'Đang thực hiện',
  not_done: 'Chưa thực hiện',
};

export const CELL_STATUS_LABELS: Record<CellStatus, string> = {
  ...ENTRY_STATUS_LABELS,
  not_reported: 'Chưa báo cáo',
  not_assigned: 'Không giao',
};

export const IMPORT_OUTCOME_LABELS: Record<ImportOutcome, string> = {
  imported: 'Đã nhận',
  duplicate: 'Trùng',
  superseded: 'Thay thế',
  review: 'Cần xem lại',
  rejected: 'Lỗi',
};
