// The consolidated report as an editable Word document: the same content as the PDF
// (report-document.ts), in Word's own terms — named styles, tables, sections and a PAGE field.
import { Document, Packer, PageOrientation, type ISectionOptions } from 'docx';
import { layoutAppendix } from '../appendix-layout';
import { appendixModels } from '../appendix-model';
import { appendixInputOf, numberLine, reportSummary, type ReportDocumentInput } from '../report-document';
import type { TextMeasure } from '../text-measure';
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

/**
 * The report section and one section per appendix, portrait or landscape as its table needs (the
 * same layout as the PDF's); page numbers run on across all of them.
 */
export function reportSections(input: ReportDocumentInput, measure: TextMeasure): ISectionOptions[] {
  const headers = pageNumberHeaders();
  return [
    // titlePage: the first page takes the empty "first" header, so it carries no number (HD 36 §II.4).
    { properties: { titlePage: true, page: pageProperties(false) }, headers, children: reportContent(input) },
    ...appendixModels(appendixInputOf(input)).map((model): ISectionOptions => {
      const layout = layoutAppendix(model, measure);
      return {
        properties: { page: pageProperties(layout.orientation === 'landscape') },
        headers: { default: headers.default },
        children: appendixContent(model, layout),
      };
    }),
  ];
}

export function buildReportDocxDocument(input: ReportDocumentInput, measure: TextMeasure): Document {
  const numberText = numberLine(input.number, input.settings.numberPrefix);
  return new Document({
    creator: 'Tổng hợp báo cáo',
    title: `Báo cáo ${numberText.replace(/^Số\s*/, 'số ')}`.normalize('NFC'),
    subject: reportSummary(input.plan, input.round).normalize('NFC'),
    description: input.settings.issuer.trim().normalize('NFC'),
    styles: reportStyles(),
    numbering: reportNumbering(),
    sections: reportSections(input, measure),
  });
}

/** The report as .docx bytes. */
export async function buildReportDocx(input: ReportDocumentInput, measure: TextMeasure): Promise<Buffer> {
  return Packer.toBuffer(buildReportDocxDocument(input, measure));
}
