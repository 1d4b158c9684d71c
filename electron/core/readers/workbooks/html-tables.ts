// An Excel "Web Page" (HTML) saved with an .xls name: each <table> read as a sheet, colspan and
// rowspan as merges. Parsed with htmlparser2, which takes the tag soup such files are.
import { Parser } from 'htmlparser2';
import type { SheetCells } from '../xlsx';
import { SheetBuilder, SpanTracker } from './cells-builder';

export function readHtmlTables(html: string): SheetCells[] {
  const sheets: SheetCells[] = [];
  type Table = { b: SheetBuilder; spans: SpanTracker; row: number; col: number };
  const stack: Table[] = [];
  let cell: { text: string[]; colspan: number; rowspan: number; num: number | null } | null = null;
  let skip = 0; // inside <style>, <script>: not text
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'style' || name === 'script') skip++;
        else if (name === 'table') stack.push({ b: new SheetBuilder(`Bảng ${sheets.length + stack.length + 1}`), spans: new SpanTracker(), row: -1, col: 0 });
        else if (name === 'tr' && stack.length > 0) {
          const t = stack[stack.length - 1]!;
          t.row++;
          t.col = 0;
        } else if ((name === 'td' || name === 'th') && stack.length > 0) {
          // Excel writes the number behind a formatted cell in x:num.
          const num = attrs['x:num'] !== undefined ? Number(attrs['x:num']) : null;
          cell = { text: [], colspan: Math.max(1, Number(attrs.colspan ?? 1) || 1), rowspan: Math.max(1, Number(attrs.rowspan ?? 1) || 1), num: Number.isFinite(num) ? num : null };
        } else if (name === 'br' && cell) cell.text.push('\n');
      },
      ontext(text) {
        if (cell && skip === 0) cell.text.push(text);
      },
      onclosetag(name) {
        if (name === 'style' || name === 'script') skip = Math.max(0, skip - 1);
        else if ((name === 'td' || name === 'th') && cell && stack.length > 0) {
          const t = stack[stack.length - 1]!;
          const row = Math.max(0, t.row);
          const col = t.spans.free(row, t.col);
          t.b.put(row, col, cell.text.join(''), cell.num);
          t.spans.occupy(row, row + cell.rowspan - 1, col, col + cell.colspan - 1);
          t.b.merge({ r1: row, c1: col, r2: row + cell.rowspan - 1, c2: col + cell.colspan - 1 });
          t.col = col + cell.colspan;
          cell = null;
        } else if (name === 'table') {
          const t = stack.pop();
          if (t) sheets.push(t.b.done());
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return sheets.filter((s) => s.cells.size > 0);
}
