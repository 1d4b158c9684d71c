// Fills a generated template the way a unit's clerk would: statuses, results, figures, report date.
// Used by the demo and by tests to make real returned templates with the real library.
import ExcelJS from 'exceljs';
import { COL, REPORT_SHEET } from '../templates/template-meta';
import { readTemplateMeta } from '../templates/template-reader';

export type Filling = {
  status: string | ((itemCode: string) => string);
  result: string;
  reportDate: string | null;
  figures: Record<string, number | string>;
};

export async function fillTemplate(bytes: Buffer, fill: Filling): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const meta = readTemplateMeta(wb, 'template');
  const ws = wb.getWorksheet(REPORT_SHEET);
  if (!ws) throw new Error('template without report sheet');
  for (const item of meta.items) {
    ws.getCell(item.row, COL.status).value = typeof fill.status === 'function' ? fill.status(item.code) : fill.status;
    ws.getCell(item.row, COL.result).value = fill.result;
  }
  for (const f of meta.figures) {
    const v = fill.figures[f.key];
    if (v !== undefined) ws.getCell(f.row, COL.figureValue).value = v;
  }
  if (fill.reportDate) {
    const [y, m, d] = fill.reportDate.split('-').map(Number) as [number, number, number];
    ws.getCell(meta.reportDateCell).value = new Date(Date.UTC(y, m - 1, d));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
