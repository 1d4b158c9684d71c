import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { exportReportDocx, exportReportXlsx, reportInputOf, type ExportInput } from '../../../electron/core/exports/export-report';
import type { Report } from '../../../shared/domain';
import { PLAN, ROUND, SETTINGS, STATUS, UNIT_FIGURES, UNITS } from './fixture';
import { RESOURCES } from '../../helpers/engine';

function report(id: number, figures: (typeof UNIT_FIGURES)[number], supersededBy: number | null = null): Report {
  return {
    id,
    unit: figures.unit,
    planId: PLAN.id,
    roundId: ROUND.id,
    file: { sha256: 'a'.repeat(64), originalName: `${figures.unit.code}.xlsx`, size: 1, format: 'xlsx', storedAt: '2025-06-10T00:00:00Z' },
    reader: 'template',
    reportNumber: null,
    reportDate: '2025-06-10',
    receivedAt: '2025-06-10',
    supersededBy,
    entries: [{ itemCode: 'II.1', status: 'done', resultText: id === 1 ? 'Tổ chức 12 hội nghị quán triệt ở 30 phường' : '', source: 'Báo cáo!C12' }],
    figures: Object.entries(figures.values).map(([indicatorKey, value]) => ({ indicatorKey, value, source: 'Báo cáo!D20' })),
    notes: [],
  };
}

const first = UNIT_FIGURES[0] ?? { unit: UNITS.bienHoa, values: {} };
const INPUT: ExportInput = {
  plan: PLAN,
  round: ROUND,
  status: STATUS,
  // An earlier, superseded report of Biên Hòa with other figures must not count.
  reports: [report(99, { unit: first.unit, values: { hoi_nghi: 1 } }, 1), ...UNIT_FIGURES.map((f, i) => report(i + 1, f))],
  settings: SETTINGS,
  issueDate: new Date('2026-02-08T09:00:00'),
  resourcesDir: RESOURCES,
};

describe('export-report', () => {
  it('drafts one report input for every output', () => {
    const a = reportInputOf(INPUT);
    expect(a).toEqual(reportInputOf(INPUT));
    expect(a.issueDate).toBe('2026-02-08');
    expect(a.unitFigures?.find((f) => f.unit.code === first.unit.code)?.values.hoi_nghi).toBe(12);
    expect(a.body.flatMap((s) => s.paragraphs).join('\n')).toContain('Thành ủy Biên Hòa: “Tổ chức 12 hội nghị quán triệt ở 30 phường”.');
  });

  it('exports the .docx with the drafted body', async () => {
    const bytes = await exportReportDocx(INPUT);
    expect(bytes).toBeInstanceOf(Uint8Array);
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    expect(value).toContain('Tổ chức 12 hội nghị quán triệt ở 30 phường');
    expect(value).toContain('KẾT QUẢ THỰC HIỆN');
  });

  it('exports the .xlsx with the current figures of each unit', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await exportReportXlsx(INPUT)) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws?.getCell('C6').value).toBe(12);
    expect(ws?.getCell('A3').value).toMatch(/^\(Kèm theo Báo cáo số\s+-BC\/TU, ngày 08\/02\/2026\)$/);
  });
});
