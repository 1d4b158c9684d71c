// Formula injection: a unit may be named "=HYPERLINK(…)" or a result may start with "+" or "-".
// Such text is written as a plain string cell (never a formula) AND given the Text number format
// "@". Excel and LibreOffice both show a string cell literally; the "@" format is what Excel sets
// when a user types a leading apostrophe-equivalent into a Text cell, and it keeps the content
// text when someone later edits the cell (F2, Enter) or copies it into another Text cell. A literal
// "'" prefix was rejected: in .xlsx (unlike CSV) it would print as part of the unit's name.
// exceljs cannot write the quotePrefix style attribute, so "@" is the equivalent used here.
import type ExcelJS from 'exceljs';

/** Leading characters that make Excel, LibreOffice or a CSV consumer read a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

/** Writes `text` (NFC) as a literal string; formula-like text also gets the Text format. */
export function setText(cell: ExcelJS.Cell, text: string): void {
  const value = text.normalize('NFC');
  cell.value = value;
  if (looksLikeFormula(value)) cell.numFmt = '@';
}
