// A Word file of plain paragraphs and tables, in order, made by docx: what a unit types without a
// template (its header as lines, not a two-column table). `asDocx` in fixtures/reports lays one out
// as a Party document instead.
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';

/** A paragraph's text, or a table's rows of cell texts. */
export type Block = string | string[][];

const table = (rows: string[][]): Table =>
  new Table({ rows: rows.map((r) => new TableRow({ children: r.map((c) => new TableCell({ children: [new Paragraph(c)] })) })) });

export async function docxOf(blocks: readonly Block[]): Promise<Buffer> {
  const children = blocks.map((b) => (typeof b === 'string' ? new Paragraph(b) : table(b)));
  return Buffer.from(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}
