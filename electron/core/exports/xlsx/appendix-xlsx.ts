// The appendices of the consolidated report as a workbook the specialist can sort, correct and
// print: one formatted sheet per appendix, the same tables as the PDF and the Word document.
import ExcelJS from 'exceljs';
import { appendixModels } from '../appendix-model';
import { appendixInputOf, numberLine, type ReportDocumentInput } from '../report-document';
import { addAppendixSheet } from './appendix-sheets';

/** The appendices as .xlsx bytes. */
export async function buildAppendixXlsx(input: ReportDocumentInput): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Tổng hợp báo cáo';
  wb.title = `Phụ lục Báo cáo ${numberLine(input.number, input.settings.numberPrefix).replace(/^Số/, 'số')}`;
  // The issue date as the workbook's dates: the same data gives the same properties.
  wb.created = new Date(`${input.issueDate}T00:00:00Z`);
  wb.modified = wb.created;
  const models = appendixModels(appendixInputOf(input));
  for (const model of models) addAppendixSheet(wb, model);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
