// Writes the fillable .xlsx for one unit and round, pre-filled and with its metadata sheet.
import ExcelJS from 'exceljs';
import type { Indicator, Plan, PlanItem, Round, Unit } from '../../../shared/domain';
import { formatViDate } from '../../../shared/dates';
import { COL, META_SHEET, REPORT_SHEET, STATUS_CHOICES, TEMPLATE_FORMAT, TEMPLATE_VERSION } from './template-meta';
import type { TemplateMeta } from './template-meta';

export type TemplateInput = { plan: Plan; round: Round; unit: Unit; items: PlanItem[]; indicators: Indicator[] };

const THIN = { style: 'thin' as const, color: { argb: 'FF999999' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

export async function writeTemplate(input: TemplateInput): Promise<Buffer> {
  const { plan, round, unit, items, indicators } = input;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Tổng hợp báo cáo';
  const ws = wb.addWorksheet(REPORT_SHEET, { pageSetup: { paperSize: 9, orientation: 'portrait', fitToWidth: 1 } });
  ws.columns = [{ width: 10 }, { width: 60 }, { width: 18 }, { width: 40 }];

  const title = (row: number, text: string, bold = false): void => {
    ws.mergeCells(row, 1, row, 4);
    const c = ws.getCell(row, 1);
    c.value = text;
    c.font = { bold, size: bold ? 14 : 12 };
    c.alignment = { horizontal: 'center', wrapText: true };
  };
  title(1, 'BÁO CÁO KẾT QUẢ THỰC HIỆN', true);
  title(2, `${plan.docType ?? 'Kế hoạch'} số ${plan.number ?? '(chưa có số)'}: ${plan.title}`);
  title(3, `Kỳ báo cáo: ${round.label} — hạn nộp ${formatViDate(round.dueDate)}`);
  ws.getCell(4, 1).value = 'Đơn vị:';
  ws.getCell(4, 2).value = `${unit.name} (mã ${unit.code})`;
  ws.getCell(5, 1).value = 'Ngày báo cáo:';
  ws.getCell(5, 2).numFmt = 'dd/mm/yyyy';
  ws.getCell(5, 2).note = 'Nhập ngày báo cáo dạng dd/mm/yyyy';

  const header = (row: number, labels: string[]): void => {
    labels.forEach((l, i) => {
      const c = ws.getCell(row, i + 1);
      c.value = l;
      c.font = { bold: true };
      c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
      c.border = BORDER;
      c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    });
  };

  let row = 7;
  header(row, ['Mục', 'Nội dung nhiệm vụ', 'Tình trạng', 'Kết quả thực hiện']);
  const meta: TemplateMeta = {
    planId: plan.id,
    planNumber: plan.number,
    roundId: round.id,
    roundLabel: round.label,
    unitCode: unit.code,
    unitName: unit.name,
    reportDateCell: 'B5',
    items: [],
    figures: [],
  };
  for (const item of items) {
    row++;
    ws.getCell(row, COL.code).value = item.code;
    ws.getCell(row, COL.text).value = item.text;
    const status = ws.getCell(row, COL.status);
    status.dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [`"${STATUS_CHOICES.join(',')}"`],
      showErrorMessage: true,
      errorTitle: 'Tình trạng',
      error: `Chọn một trong: ${STATUS_CHOICES.join(', ')}`,
    };
    for (let c = 1; c <= 4; c++) {
      const cell = ws.getCell(row, c);
      cell.border = BORDER;
      cell.alignment = { vertical: 'top', wrapText: true };
    }
    meta.items.push({ code: item.code, row });
  }

  row += 2;
  // The clerk sees a row number; which figure a row is stays in the hidden metadata sheet.
  header(row, ['TT', 'Chỉ tiêu', 'Đơn vị tính', 'Số liệu']);
  for (const [n, ind] of indicators.entries()) {
    row++;
    ws.getCell(row, 1).value = n + 1;
    ws.getCell(row, 2).value = ind.name;
    ws.getCell(row, 3).value = ind.measure;
    ws.getCell(row, COL.figureValue).numFmt = '#,##0';
    for (let c = 1; c <= 4; c++) ws.getCell(row, c).border = BORDER;
    meta.figures.push({ key: ind.key, row });
  }

  writeMeta(wb, meta);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function writeMeta(wb: ExcelJS.Workbook, meta: TemplateMeta): void {
  const ms = wb.addWorksheet(META_SHEET, { state: 'veryHidden' });
  const rows: (string | number | null)[][] = [
    ['format', TEMPLATE_FORMAT],
    ['version', TEMPLATE_VERSION],
    ['planId', meta.planId],
    ['planNumber', meta.planNumber],
    ['roundId', meta.roundId],
    ['roundLabel', meta.roundLabel],
    ['unitCode', meta.unitCode],
    ['unitName', meta.unitName],
    ['reportDateCell', meta.reportDateCell],
    ...meta.items.map((i) => ['item', i.code, i.row]),
    ...meta.figures.map((f) => ['figure', f.key, f.row]),
  ];
  rows.forEach((r) => ms.addRow(r));
}
