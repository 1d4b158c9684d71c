// A realistic plan, round, reconcile result and document settings for the report export tests.
import type { CellStatus, DocumentSettings, Indicator, Plan, PlanItem, Round, StatusResult, UnitRef } from '../../../shared/domain';
import type { UnitFigures } from '../../../electron/core/exports/report-appendix';

export const UNITS = {
  bienHoa: { code: 'TU_BH', name: 'Thành ủy Biên Hòa' },
  longKhanh: { code: 'TU_LK', name: 'Thành ủy Long Khánh' },
  nhonTrach: { code: 'HU_NT', name: 'Huyện ủy Nhơn Trạch' },
  dinhQuan: { code: 'HU_DQ', name: 'Huyện ủy Định Quán' },
  khoiDn: { code: 'DU_KDN', name: 'Đảng ủy Khối Doanh nghiệp tỉnh' },
  baoDn: { code: 'BAO_DN', name: 'Báo Đồng Nai' },
} satisfies Record<string, UnitRef>;

const ALL: UnitRef[] = Object.values(UNITS);

export const INDICATORS: Indicator[] = [
  { key: 'hoi_nghi', name: 'Hội nghị quán triệt, triển khai', measure: 'hội nghị', synonyms: [] },
  { key: 'luot_nguoi', name: 'Cán bộ, đảng viên tham dự', measure: 'lượt người', synonyms: [] },
  { key: 'tin_bai', name: 'Tin, bài tuyên truyền', measure: 'tin, bài', synonyms: [] },
];

function task(code: string, parentCode: string, text: string): PlanItem {
  return {
    code,
    parentCode,
    level: 2,
    kind: 'task',
    text,
    assignees: [{ label: 'Các huyện ủy, thành ủy, đảng ủy trực thuộc', unitCode: null, unitKinds: ['huyen-uy', 'dang-uy-truc-thuoc'] }],
    deadline: { text: '6 tháng đầu năm 2025', date: '2025-06-15', recurrence: 'half-yearly-and-yearly' },
    flags: [],
  };
}

const TASKS: PlanItem[] = [
  task('II.1', 'II', 'Tổ chức hội nghị quán triệt, triển khai Kế hoạch đến cán bộ, đảng viên'),
  task('II.2', 'II', 'Tuyên truyền trên báo chí, hệ thống thông tin cơ sở và mạng xã hội về thành tựu 50 năm giải phóng'),
  task('II.3', 'II', 'Tổ chức các hoạt động văn hóa, văn nghệ, thể dục thể thao chào mừng'),
  task('III.1', 'III', 'Rà soát, hỗ trợ gia đình chính sách, người có công với cách mạng'),
  task('III.2', 'III', 'Báo cáo sơ kết 6 tháng gửi Ban Tuyên giáo Tỉnh ủy'),
];

export const ROUND: Round = {
  id: 7,
  planId: 3,
  label: '6 tháng đầu năm 2025',
  periodFrom: '2025-01-01',
  periodTo: '2025-06-30',
  dueDate: '2025-06-15',
  locked: false,
};

export const PLAN: Plan = {
  id: 3,
  docType: 'Kế hoạch',
  number: '31-KH/BTGTU',
  place: 'Đồng Nai',
  issuedDate: '2024-03-15',
  issuer: 'Ban Tuyên giáo Tỉnh ủy',
  superiorIssuer: 'Tỉnh ủy Đồng Nai',
  title: 'Tuyên truyền kỷ niệm 50 năm Ngày giải phóng miền Nam, thống nhất đất nước (30/4/1975 - 30/4/2025)',
  cites: ['Hướng dẫn số 125-HD/BTGTW'],
  recipients: [],
  signer: 'Phó Trưởng ban',
  items: [
    { code: 'II', parentCode: null, level: 1, kind: 'section', text: 'NHIỆM VỤ TRỌNG TÂM', assignees: [], deadline: null, flags: [] },
    { code: 'III', parentCode: null, level: 1, kind: 'section', text: 'TỔ CHỨC THỰC HIỆN', assignees: [], deadline: null, flags: [] },
    ...TASKS,
  ],
  rounds: [ROUND],
  indicators: INDICATORS,
  createdAt: '2025-01-10T08:00:00Z',
};

type Row = [UnitRef, CellStatus[]];
const MATRIX: Row[] = [
  [UNITS.bienHoa, ['done', 'done', 'done', 'done', 'done']],
  [UNITS.longKhanh, ['done', 'done', 'in_progress', 'done', 'done']],
  [UNITS.nhonTrach, ['done', 'in_progress', 'not_done', 'done', 'done']],
  [UNITS.dinhQuan, ['not_reported', 'not_reported', 'not_reported', 'not_reported', 'not_reported']],
  [UNITS.khoiDn, ['done', 'done', 'done', 'not_assigned', 'done']],
  [UNITS.baoDn, ['not_assigned', 'done', 'not_assigned', 'not_assigned', 'done']],
];

/** Per-unit figures: the totals are 44 hội nghị, 12.860 lượt người and 1.450 tin, bài. */
export const UNIT_FIGURES: UnitFigures[] = [
  { unit: UNITS.bienHoa, values: { hoi_nghi: 12, luot_nguoi: 3200, tin_bai: 185 } },
  { unit: UNITS.longKhanh, values: { hoi_nghi: 15, luot_nguoi: 4150, tin_bai: 240 } },
  { unit: UNITS.nhonTrach, values: { hoi_nghi: 9, luot_nguoi: 2780, tin_bai: 210 } },
  { unit: UNITS.khoiDn, values: { hoi_nghi: 6, luot_nguoi: 2430, tin_bai: 95 } },
  { unit: UNITS.baoDn, values: { hoi_nghi: 2, luot_nguoi: 300, tin_bai: 720 } },
];

export const STATUS: StatusResult = {
  plan: { id: PLAN.id, number: PLAN.number, title: PLAN.title },
  round: { id: ROUND.id, label: ROUND.label, dueDate: ROUND.dueDate },
  expected: ALL,
  reported: ALL.filter((u) => u !== UNITS.dinhQuan),
  missing: [UNITS.dinhQuan],
  late: [UNITS.khoiDn],
  rates: { completeness: 5 / 6, timeliness: 4 / 6 },
  totals: { hoi_nghi: 44, luot_nguoi: 12860, tin_bai: 1450 },
  indicators: INDICATORS,
  items: TASKS.map((t) => ({ code: t.code, text: t.text })),
  matrix: MATRIX.map(([unit, cells], i) => ({
    unit,
    items: Object.fromEntries(TASKS.map((t, j) => [t.code, cells[j] ?? 'not_assigned'])),
    reportId: unit === UNITS.dinhQuan ? null : 100 + i,
  })),
  asOf: '2026-02-08',
  units: [],
  byKind: [],
  totalsByKind: {},
  previousRound: null,
  previousTotals: null,
  warnings: [],
};

export const PREVIOUS_TOTALS: Record<string, number> = { hoi_nghi: 40, luot_nguoi: 11500, tin_bai: 1200 };

export const SETTINGS: DocumentSettings = {
  superiorIssuer: '',
  issuer: 'Tỉnh ủy Đồng Nai',
  numberPrefix: 'BC/TU',
  place: 'Đồng Nai',
  signerCapacity: 'T/M Ban Thường vụ',
  signerTitle: 'Phó Bí thư',
  signerName: 'Nguyễn Văn Lộc',
  recipients: [
    'Ban Bí thư Trung ương Đảng (để báo cáo)',
    'Ban Tuyên giáo và Dân vận Trung ương',
    'Các đồng chí Tỉnh ủy viên',
    'Các huyện ủy, thành ủy, đảng ủy trực thuộc',
    'Lưu Văn phòng Tỉnh ủy',
  ],
};

/** Settings of a body under the committee: superior body regular, issuer bold. */
export const BAN_SETTINGS: DocumentSettings = {
  ...SETTINGS,
  superiorIssuer: 'Tỉnh ủy Đồng Nai',
  issuer: 'Ban Tuyên giáo và Dân vận',
  numberPrefix: 'BC/BTGDVTU',
  signerCapacity: 'K/T Trưởng ban',
  signerTitle: 'Phó Trưởng ban',
};

/** All 134 Vietnamese letters with diacritics (67 lower case, 67 upper case), grouped by base letter. */
export function vietnameseLetters(): string[] {
  const bases = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
  const tones = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
  const groups = bases.map((b) =>
    tones
      .map((t) => (b + t).normalize('NFC'))
      .filter((l) => !/^[a-z]$/.test(l))
      .join(''),
  );
  groups.push('đ');
  return [...groups, ...groups.map((g) => g.toLocaleUpperCase('vi'))];
}

/** A status matrix too wide for a portrait page: 45 communes × 14 items, every status present. */
export function wideStatus(): StatusResult {
  const units: UnitRef[] = Array.from({ length: 45 }, (_, i) => ({ code: `X${i + 1}`, name: `Đảng ủy xã Phước Thiền ${i + 1}` }));
  const items = Array.from({ length: 14 }, (_, i) => ({ code: `II.${i + 1}`, text: `Nhiệm vụ tuyên truyền số ${i + 1}` }));
  const marks = ['done', 'in_progress', 'not_done', 'not_reported', 'not_assigned'] as const;
  return {
    ...STATUS,
    expected: units,
    reported: units.slice(1),
    missing: units.slice(0, 1),
    late: units.slice(1, 3),
    items,
    matrix: units.map((unit, u) => ({
      unit,
      items: Object.fromEntries(items.map((it, i) => [it.code, marks[(u + i) % marks.length] ?? 'done'])),
      reportId: u,
    })),
  };
}

/** Unit names a spreadsheet or a document could mistake for markup or formulas. */
export const HOSTILE_UNITS = {
  formula: { code: 'X_F', name: '=HYPERLINK("x")' },
  plus: { code: 'X_P', name: '+1+1' },
  markup: { code: 'X_M', name: 'Chi bộ A & B <C>' },
} satisfies Record<string, UnitRef>;

/** The fixture with the hostile units added as reporting units with figures. */
export function hostileCase(): { status: StatusResult; unitFigures: UnitFigures[] } {
  const extra = Object.values(HOSTILE_UNITS);
  const figures = extra.map((unit, i): UnitFigures => ({ unit, values: { hoi_nghi: i + 1, luot_nguoi: 100 * (i + 1), tin_bai: 10 * (i + 1) } }));
  const sum = (key: string) => [...UNIT_FIGURES, ...figures].reduce((s, f) => s + (f.values[key] ?? 0), 0);
  return {
    status: {
      ...STATUS,
      expected: [...STATUS.expected, ...extra],
      reported: [...STATUS.reported, ...extra],
      totals: { hoi_nghi: sum('hoi_nghi'), luot_nguoi: sum('luot_nguoi'), tin_bai: sum('tin_bai') },
      matrix: [
        ...STATUS.matrix,
        ...extra.map((unit, i) => ({ unit, items: Object.fromEntries(STATUS.items.map((it) => [it.code, 'done' as const])), reportId: 200 + i })),
      ],
    },
    unitFigures: [...UNIT_FIGURES, ...figures],
  };
}
