// Reconciliation arithmetic on plain data: classes, rates per kind, totals, change, validation.
import { describe, expect, it } from 'vitest';
import { computeStatus } from '../../../electron/core/reconcile/status';
import { outliers } from '../../../electron/core/reconcile/validation';
import { StatusResult } from '../../../shared/domain';
import type { EntryStatus, Plan, Report, Round, Unit, UnitFamily } from '../../../shared/domain';
import { UNIT_FAMILY_LABELS } from '../../../shared/labels';

const unit = (code: string, name: string, family: UnitFamily, over: Partial<Unit> = {}): Unit => ({ code, name, kind: UNIT_FAMILY_LABELS[family], family, parentCode: null, aliases: [], validFrom: null, validTo: null, mergedInto: null, ...over });
const UNITS: Unit[] = [
  unit('A', 'Huyện ủy A', 'huyen-uy'),
  unit('B', 'Huyện ủy B', 'huyen-uy'),
  unit('C', 'Huyện ủy C', 'huyen-uy', { validTo: '2025-06-30', mergedInto: 'X' }),
  unit('X', 'Đảng ủy phường X', 'dang-uy-xa', { validFrom: '2025-07-01' }),
  unit('P', 'Báo P', 'bao-chi'),
  unit('Q', 'Báo Q', 'bao-chi'),
];
const round = (id: number, label: string, due: string, from: string, to: string): Round => ({ id, planId: 1, label, periodFrom: from, periodTo: to, dueDate: due, locked: false });
const R1 = round(1, '6 tháng đầu năm 2026', '2026-07-15', '2026-01-01', '2026-06-30');
const R0 = round(0, 'Năm 2025', '2025-12-15', '2025-01-01', '2025-12-31');
const PLAN: Plan = {
  id: 1, docType: 'Kế hoạch', number: '5-KH/TU', place: null, issuedDate: '2026-01-10', issuer: null, superiorIssuer: null, title: 'KH', cites: [], recipients: [], signer: null, createdAt: 'x',
  items: [
    { code: '1', parentCode: null, level: 0, kind: 'task', text: 'Quán triệt', assignees: [{ label: 'Các huyện ủy, đảng ủy xã', unitCode: null, unitKinds: ['huyen-uy', 'dang-uy-xa'] }], deadline: null, flags: [] },
    { code: '2', parentCode: null, level: 0, kind: 'task', text: 'Tuyên truyền', assignees: [{ label: 'Các cơ quan báo chí', unitCode: null, unitKinds: ['bao-chi'] }], deadline: null, flags: [] },
    { code: '3', parentCode: null, level: 0, kind: 'task', text: 'Báo cáo', assignees: [{ label: 'Các huyện ủy', unitCode: null, unitKinds: ['huyen-uy'] }], deadline: null, flags: [] },
  ],
  rounds: [R0, R1],
  indicators: [
    { key: 'hn', name: 'Hội nghị', measure: 'hội nghị', synonyms: [] },
    { key: 'tb', name: 'Tin bài', measure: 'tin, bài', synonyms: [] },
  ],
};
let nextId = 1;
function report(u: Unit, roundId: number, received: string, entries: [string, EntryStatus][], figures: Record<string, number>, over: Partial<Report> = {}): Report {
  return {
    id: nextId++, unit: { code: u.code, name: u.name }, planId: 1, roundId,
    file: { sha256: 'a'.repeat(64), originalName: `${u.code}.xlsx`, size: 1, format: 'xlsx', storedAt: 'x' },
    reader: 'template', reportNumber: null, reportDate: received, receivedAt: received, supersededBy: null, notes: [],
    entries: entries.map(([itemCode, status]) => ({ itemCode, status, resultText: '', source: `Báo cáo!C${itemCode}` })),
    figures: Object.entries(figures).map(([indicatorKey, value]) => ({ indicatorKey, value, source: 'Báo cáo!D20' })),
    ...over,
  };
}
const [A, B, , X, P] = UNITS as [Unit, Unit, Unit, Unit, Unit, Unit];

describe('computeStatus', () => {
  const first = report(A, 1, '2026-07-01', [['1', 'done'], ['3', 'done']], { hn: 3, tb: 4 });
  const revised = report(A, 1, '2026-07-20', [['1', 'done'], ['3', 'in_progress']], { hn: 5, tb: 4 });
  first.supersededBy = revised.id;
  const reports = [
    first,
    revised,
    report(B, 1, '2026-07-18', [['1', 'not_done']], { hn: 1, tb: 2 }),
    report(P, 1, '2026-07-10', [['2', 'done']], { tb: 30 }),
  ];
  const previous = { round: R0, reports: [report(A, 0, '2025-12-01', [], { hn: 2, tb: 1 }), report(P, 0, '2025-12-01', [], { tb: 20 })] };
  const s = computeStatus({ plan: PLAN, round: R1, units: UNITS, reports, asOf: '2026-08-01', previous });

  it('expects the units valid in the round: the merged committee is replaced by its successor', () => {
    expect(s.expected.map((u) => u.code).sort()).toEqual(['A', 'B', 'P', 'Q', 'X']);
  });
  it('classes each unit as Vietnamese follow-up does', () => {
    const cls = Object.fromEntries(s.units.map((u) => [u.unit.code, u.deadlineClass]));
    // A's first report was on time; its later revision does not make it late.
    expect(cls).toEqual({ A: 'dung_han', B: 'qua_han', P: 'dung_han', Q: 'qua_han_chua_bao_cao', X: 'qua_han_chua_bao_cao' });
    expect(s.units.find((u) => u.unit.code === 'B')).toMatchObject({ incomplete: true, missingItems: ['3'] });
    expect(s.units.find((u) => u.unit.code === 'A')).toMatchObject({ incomplete: false, receivedAt: '2026-07-01', reportDate: '2026-07-20', fileName: 'A.xlsx' });
    const early = computeStatus({ plan: PLAN, round: R1, units: UNITS, reports, asOf: '2026-07-10' });
    expect(early.units.find((u) => u.unit.code === 'Q')?.deadlineClass).toBe('chua_den_han');
  });
  it('gives rates overall and per unit kind', () => {
    expect(s.rates).toEqual({ completeness: 3 / 5, timeliness: 2 / 5 });
    expect(s.byKind.find((k) => k.kind === 'Huyện ủy, thị ủy, thành ủy')).toEqual({ kind: 'Huyện ủy, thị ủy, thành ủy', expected: 2, reported: 2, onTime: 1, completeness: 1, timeliness: 0.5 });
    expect(s.byKind.find((k) => k.kind === 'Cơ quan báo chí')).toMatchObject({ expected: 2, reported: 1, completeness: 0.5 });
  });
  it('totals the current reports, per kind, and against the previous round', () => {
    expect(s.totals).toEqual({ hn: 6, tb: 36 });
    expect(s.totalsByKind).toEqual({ 'Huyện ủy, thị ủy, thành ủy': { hn: 6, tb: 6 }, 'Cơ quan báo chí': { tb: 30 } });
    expect(s.previousRound).toEqual({ id: 0, label: 'Năm 2025' });
    expect(s.previousTotals).toEqual({ hn: 2, tb: 21 });
  });
  it('traces every matrix row to the report its cells were read from', () => {
    const row = s.matrix.find((m) => m.unit.code === 'A')!;
    expect(row.items).toEqual({ '1': 'done', '2': 'not_assigned', '3': 'in_progress' });
    const from = reports.find((r) => r.id === row.reportId);
    expect(from?.file.originalName).toBe('A.xlsx');
    expect(from?.entries.find((e) => e.itemCode === '3')?.source).toBe('Báo cáo!C3');
  });
  it('is what the contract promises, and the contract refuses a matrix cell it does not know', () => {
    expect(StatusResult.safeParse(s).success).toBe(true);
    const broken = { ...s, matrix: s.matrix.map((m, i) => (i === 0 ? { ...m, items: { ...m.items, '2': 'maybe' } } : m)) };
    expect(StatusResult.safeParse(broken).success).toBe(false);
    expect(StatusResult.safeParse({ ...s, matrix: [{ ...s.matrix[0], items: ['done'] }] }).success).toBe(false);
  });
});

describe('validation rules', () => {
  const base = (u: Unit, figures: Record<string, number>, over: Partial<Report> = {}) => report(u, 1, '2026-07-01', [['1', 'done']], figures, over);
  it('flags negative figures, reports dated before the plan, done without figures and copied figures', () => {
    const reports = [base(A, { hn: -2, tb: 1 }), base(B, {}, { reportDate: '2025-12-31' }), base(X, { hn: 4, tb: 9 }), base(P, { hn: 4, tb: 9 })];
    const codes = computeStatus({ plan: PLAN, round: R1, units: UNITS, reports, asOf: '2026-07-02' }).warnings.map((w) => `${w.code}:${w.unit?.code}`);
    expect(codes.sort()).toEqual(['COPIED_FIGURES:X', 'DATED_BEFORE_PLAN:B', 'DONE_WITHOUT_FIGURES:B', 'NEGATIVE_FIGURE:A'].sort());
  });
  it('finds robust outliers and leaves ordinary spread alone', () => {
    expect([...outliers([10, 12, 9, 11, 10, 950])]).toEqual([5]);
    expect([...outliers([10, 12, 9, 11, 14, 8])]).toEqual([]);
    expect([...outliers([1, 2, 1000])]).toEqual([]); // too few to judge
  });
});

describe('cumulative figures', () => {
  const R2 = round(2, '9 tháng năm 2026', '2026-10-15', '2026-07-01', '2026-09-30');
  const plan = { ...PLAN, rounds: [R0, R1, R2] };
  const cum = (r: Report) => ({ ...r, figures: r.figures.map((f) => ({ ...f, cumulative: true })) });
  it('derives the period value from the previous round of the same year, and warns when it goes down', () => {
    const prev = [report(A, 1, '2026-07-01', [['1', 'done']], { hn: 5, tb: 10 }), report(B, 1, '2026-07-01', [['1', 'done']], { hn: 4 })];
    const now = [cum(report(A, 2, '2026-10-01', [['1', 'done']], { hn: 8, tb: 10 })), cum(report(B, 2, '2026-10-01', [['1', 'done']], { hn: 3 })), report(P, 2, '2026-10-01', [['2', 'done']], { tb: 7 })];
    const s = computeStatus({ plan, round: R2, units: UNITS, reports: now, asOf: '2026-10-20', previous: { round: R1, reports: prev } });
    expect(s.totals).toEqual({ hn: 3, tb: 7 }); // A: 8−5 and 10−10; B: 3 < 4 → 0 with a warning; P reports for the period
    expect(s.warnings.map((w) => `${w.code}:${w.unit?.code}`)).toContain('CUMULATIVE_DECREASED:B');
  });
  it('takes the year-to-date figure as it is in the first round of a year', () => {
    const s = computeStatus({ plan, round: R1, units: UNITS, reports: [cum(report(A, 1, '2026-07-01', [['1', 'done']], { hn: 5 }))], asOf: '2026-07-20', previous: { round: R0, reports: [report(A, 0, '2025-12-01', [], { hn: 40 })] } });
    expect(s.totals.hn).toBe(5);
  });
});

