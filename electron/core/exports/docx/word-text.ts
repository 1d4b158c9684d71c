// Small builders shared by the Word parts: every string goes through NFC here, because Word shows a
// decomposed "ế" (e + U+0302 + U+0301) with loose marks in many fonts, as pdfmake does.
import { Paragraph, TableBorders, TextRun, type IRunOptions } from 'docx';

export function run(text: string, opts: Omit<IRunOptions, 'text' | 'children'> = {}): TextRun {
  return new TextRun({ ...opts, text: text.normalize('NFC') });
}

/** A paragraph of one style holding one plain run. */
export function styled(style: string, text: string, runOpts: Omit<IRunOptions, 'text' | 'children'> = {}): Paragraph {
  return new Paragraph({ style, children: [run(text, runOpts)] });
}

/** The header and closing blocks are laid out with a table whose rules must not print. */
export const NO_BORDERS = { ...TableBorders.NONE } as const;
