// The consolidated report as an editable Word document: the same content as the PDF
// (report-document.ts), in Word's own terms — named styles, tables, sections and a PAGE field.
import { Document, Packer, PageOrientation, type ISectionOptions } from 'docx';
import { appendixModels } from '../appendix-model';
import { numberLine, reportSummary, type ReportDocumentInput } from '../report-document';
import { appendixContent } from './word-appendix';
import { MARGINS, PAGE } from './word-geometry';
import { pageNumberHeaders, reportContent } from './word-report';
import { reportNumbering, reportStyles } from './word-styles';

function pageProperties(landscape: boolean): NonNullable<ISectionOptions['properties']>['page'] {
  return {
    size: { width: PAGE.width, height: PAGE.height, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
    margin: MARGINS,
  };
}

/** The report section and one section per appendix; page numbers run on across all of them. */
export function reportSections(input: ReportDocumentInput): ISectionOptions[] {
  const headers = pageNumberHeaders();
  const numberText = numberLine(input.number, input.settings.numberPrefix);
  const appendices = appendixModels({
    status: input.status,
    numberLine: numberText,
    issueDate: input.issueDate,
    unitFigures: input.unitFigures ?? null,
  });
  return [
    // titlePage: the first page takes the empty "first" header, so it carries no number (HD 36 §II.4).
    { properties: { titlePage: true, page: pageProperties(false) }, headers, children: reportContent(input) },
    ...appendices.map(
      (model): ISectionOptions => ({
        properties: { page: pageProperties(model.landscape) },
        headers: { default: headers.default },
        children: appendixContent(model),
      }),
    ),
  ];
}

export function buildReportDocxDocument(input: ReportDocumentInput): Document {
  const numberText = numberLine(input.number, input.settings.numberPrefix);
  return new Document({
    creator: 'Tổng hợp báo cáo',
    title: `Báo cáo ${numberText.replace(/^Số\s*/, 'số ')}`.normalize('NFC'),
    subject: reportSummary(input.plan, input.round).normalize('NFC'),
    description: input.settings.issuer.trim().normalize('NFC'),
    styles: reportStyles(),
    numbering: reportNumbering(),
    sections: reportSections(input),
  });
}

/** The report as .docx bytes. */
export async function buildReportDocx(input: ReportDocumentInput): Promise<Buffer> {
  return Packer.toBuffer(buildReportDocxDocument(input));
}
