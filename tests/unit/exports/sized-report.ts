// Reports at real sizes for the layout tests: a plan with N figures, a directory of M units, their
// returned reports, and the reconcile result computed by the real engine (computeStatus), so the
// export is fed exactly what the app would feed it.
import type { EntryStatus, Indicator, Plan, PlanItem, Report, Round, StatusResult, Unit } from '../../../shared/domain';
import { computeStatus } from '../../../electron/core/reconcile/status';
import type { ExportInput } from '../../../electron/core/exports/export-report';
import { SETTINGS } from './fixture';
import { RESOURCES } from '../../helpers/engine';

/** Figures as provincial plans name them: long names, units of measure, one with money. */
const INDICATOR_POOL: Array<[string, string, string]> = [
  ['hoi_nghi', 'Số hội nghị quán triệt, triển khai', 'hội nghị'],
  ['luot_nguoi', 'Số lượt cán bộ, đảng viên tham dự', 'lượt người'],
  ['tin_bai', 'Số tin, bài tuyên truyền', 'tin, bài'],
  ['bang_ron', 'Số băng rôn, pano, khẩu hiệu', 'cái'],
  ['sinh_hoat', 'Số buổi sinh hoạt chuyên đề', 'buổi'],
  ['tai_lieu', 'Số tài liệu, đề cương phát hành', 'bản'],
  ['van_nghe', 'Số chương trình văn hóa, văn nghệ', 'chương trình'],
  ['trien_lam', 'Số lượt người xem triển lãm ảnh', 'lượt người'],
  ['phong_su', 'Số phóng sự, chuyên mục phát thanh, truyền hình', 'phóng sự'],
  ['kinh_phi', 'Kinh phí thực hiện', 'nghìn đồng'],
  ['ho_chinh_sach', 'Số hộ gia đình chính sách được thăm hỏi', 'hộ'],
  ['suat_qua', 'Số suất quà tặng', 'suất'],
  ['doan_vien', 'Số lượt đoàn viên, hội viên tham gia', 'lượt'],
  ['toa_dam', 'Số cuộc tọa đàm, hội thảo', 'cuộc'],
  ['cuoc_thi', 'Số cuộc thi tìm hiểu được tổ chức', 'cuộc'],
  ['mang_xa_hoi', 'Số bài đăng trên mạng xã hội, trang thông tin điện tử', 'bài'],
];

/** Units of a province after 07/2025: bodies of the committee first (long names), then communes. */
const PROVINCE_UNITS: Array<[string, string, Unit['family']]> = [
  ['VPTU', 'Văn phòng Tỉnh ủy', 'ban-dang'],
  ['BTGDV', 'Ban Tuyên giáo và Dân vận Tỉnh ủy', 'ban-dang'],
  ['DUCQD', 'Đảng ủy các cơ quan Đảng tỉnh', 'dang-uy-truc-thuoc'],
  ['DUUBND', 'Đảng ủy Ủy ban nhân dân tỉnh', 'dang-uy-truc-thuoc'],
  ['DUMTTQ', 'Đảng ủy Mặt trận Tổ quốc và các đoàn thể tỉnh', 'dang-uy-truc-thuoc'],
  ['DAI', 'Đài Phát thanh và Truyền hình Đồng Nai', 'bao-chi'],
];
const FIRST = ['Phước', 'Long', 'Tân', 'Bình', 'Xuân', 'Phú', 'Thạnh', 'An', 'Hòa', 'Vĩnh', 'Thuận', 'Trung', 'Đông', 'Tây', 'Hiệp'];
const SECOND = ['Thiền', 'Hưng', 'Lợi', 'Khánh', 'Định', 'Thành', 'Mỹ', 'Lộc', 'Hiệp', 'Điền', 'Quang', 'Sơn'];

function unitsOf(count: number): Unit[] {
  const units: Unit[] = PROVINCE_UNITS.slice(0, count).map(([code, name, kind]) => unit(code, name, kind));
  for (let i = 0; units.length < count; i++) {
    const place = `${FIRST[i % FIRST.length]} ${SECOND[Math.floor(i / FIRST.length) % SECOND.length]}`;
    const kind = i % 3 === 2 ? 'phường' : 'xã';
    units.push(unit(`X${String(i + 1).padStart(3, '0')}`, `Đảng ủy ${kind} ${place}`, 'dang-uy-xa'));
  }
  return units;
}

function unit(code: string, name: string, family: Unit['family']): Unit {
  return { code, name, kind: family, family, parentCode: null, aliases: [], validFrom: null, validTo: null, mergedInto: null };
}

const ALL_KINDS: Unit['family'][] = ['ban-dang', 'dang-uy-truc-thuoc', 'bao-chi', 'dang-uy-xa'];

function task(code: string, parentCode: string, text: string, kinds: Unit['family'][] = ALL_KINDS): PlanItem {
  return {
    code,
    parentCode,
    level: code.split('.').length - 1,
    kind: 'task',
    text,
    assignees: [{ label: 'Các cấp ủy, tổ chức đảng trực thuộc Tỉnh ủy', unitCode: null, unitKinds: kinds }],
    deadline: null,
    flags: [],
  };
}

/** Numbered items, dash bullets ("III.2.2.-1") and a lettered point, as the extractor codes them. */
const TASKS: PlanItem[] = [
  task('II.1', 'II', 'Tổ chức hội nghị quán triệt, triển khai Kế hoạch đến cán bộ, đảng viên và các tầng lớp nhân dân'),
  task('II.2', 'II', 'Tuyên truyền trên báo chí, hệ thống thông tin cơ sở và mạng xã hội'),
  task('III.2.2.-1', 'III.2.2', 'Xây dựng kế hoạch tuyên truyền cụ thể, phù hợp với tình hình địa phương, đơn vị'),
  task('III.2.2.-2', 'III.2.2', 'Treo băng rôn, pano, khẩu hiệu tại các tuyến đường chính, trụ sở cơ quan'),
  task('III.3.a', 'III.3', 'Mở chuyên trang, chuyên mục trên báo, đài', ['bao-chi']),
];

export type Size = { figures: number; units: number };

export type SizedReport = ExportInput & { units: Unit[]; status: StatusResult };

/** A value that looks like a unit's: mostly small counts, sometimes thousands, money in millions. */
function valueOf(key: string, u: number, f: number): number {
  const base = ((u + 3) * 37 + (f + 1) * 101) % 997;
  if (key === 'kinh_phi') return 150_000 + base * 1_234;
  if (key.startsWith('luot') || key === 'trien_lam' || key === 'doan_vien') return 300 + base * 17;
  return base % 60;
}

export function sizedReport(size: Size, issueDate = new Date('2026-02-08T09:00:00')): SizedReport {
  const indicators: Indicator[] = INDICATOR_POOL.slice(0, size.figures).map(([key, name, measure]) => ({ key, name, measure, synonyms: [] }));
  if (indicators.length < size.figures) throw new Error(`at most ${INDICATOR_POOL.length} figures`);
  const round: Round = { id: 11, planId: 5, label: '6 tháng đầu năm 2026', periodFrom: '2026-01-01', periodTo: '2026-06-30', dueDate: '2026-06-20', locked: false };
  const plan: Plan = {
    id: 5,
    docType: 'Kế hoạch',
    number: '45-KH/TU',
    place: 'Đồng Nai',
    issuedDate: '2025-12-15',
    issuer: 'Tỉnh ủy Đồng Nai',
    superiorIssuer: null,
    title: 'Tuyên truyền, kỷ niệm các ngày lễ lớn, sự kiện lịch sử quan trọng năm 2026',
    cites: [],
    recipients: [],
    signer: null,
    items: [
      { code: 'II', parentCode: null, level: 0, kind: 'section', text: 'NHIỆM VỤ TRỌNG TÂM', assignees: [], deadline: null, flags: [] },
      { code: 'III', parentCode: null, level: 0, kind: 'section', text: 'TỔ CHỨC THỰC HIỆN', assignees: [], deadline: null, flags: [] },
      ...TASKS,
    ],
    rounds: [round],
    indicators,
    createdAt: '2025-12-20T08:00:00Z',
  };
  const units = unitsOf(size.units);
  const statuses: EntryStatus[] = ['done', 'done', 'in_progress', 'done', 'not_done'];
  const reports: Report[] = [];
  units.forEach((u, n) => {
    // Every seventh unit has not reported; every fifth reported late; some leave a figure out.
    if (n % 7 === 3) return;
    reports.push({
      id: n + 1,
      unit: { code: u.code, name: u.name },
      planId: plan.id,
      roundId: round.id,
      file: { sha256: n.toString(16).padStart(64, '0'), originalName: `${u.code}.xlsx`, size: 1000, format: 'xlsx', storedAt: '2026-06-18T08:00:00Z' },
      reader: 'template',
      reportNumber: null,
      notes: [],
      reportDate: '2026-06-15',
      receivedAt: n % 5 === 1 ? '2026-06-25' : '2026-06-18',
      supersededBy: null,
      entries: TASKS.map((t, i) => ({ itemCode: t.code, status: statuses[(n + i) % statuses.length] ?? 'done', resultText: i === 0 && n < 3 ? 'Tổ chức hội nghị quán triệt cho toàn thể cán bộ, đảng viên.' : '', source: `Báo cáo!C${9 + i}` })),
      figures: indicators.flatMap((ind, f) => ((n + f) % 11 === 5 ? [] : [{ indicatorKey: ind.key, value: valueOf(ind.key, n, f), source: `Báo cáo!D${20 + f}` }])),
    });
  });
  const status = computeStatus({ plan, round, units, reports, asOf: '2026-07-01' });
  return { plan, round, units, reports, status, settings: SETTINGS, issueDate, resourcesDir: RESOURCES };
}
