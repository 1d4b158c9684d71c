// An Excel 2003 "XML Spreadsheet" saved with an .xls name: Worksheet › Table › Row › Cell › Data,
// with ss:Index for skipped rows and cells and ss:MergeAcross/MergeDown for merges.
import type { SheetCells } from '../xlsx';
import { scanXml } from '../xlsx/sax';
import { SheetBuilder, SpanTracker } from './cells-builder';

export function readSpreadsheetXml(xml: string, fileName: string): SheetCells[] {
  const sheets: SheetCells[] = [];
  let b: SheetBuilder | null = null;
  let spans = new SpanTracker();
  let row = -1;
  let col = 0;
  let cell: { col: number; across: number; down: number; type: string; text: string[] } | null = null;
  let inData = 0;
  scanXml(xml, { file: fileName, part: 'XML Spreadsheet' }, {
    open: (t) => {
      const a = t.attributes;
      switch (t.name) {
        case 'Worksheet':
          b = new SheetBuilder(a['ss:Name'] ?? `Sheet${sheets.length + 1}`);
          spans = new SpanTracker();
          row = -1;
          break;
        case 'Row':
          row = a['ss:Index'] ? Number(a['ss:Index']) - 1 : row + 1;
          col = 0;
          break;
        case 'Cell': {
          const at = a['ss:Index'] ? Number(a['ss:Index']) - 1 : spans.free(row, col);
          cell = { col: at, across: Number(a['ss:MergeAcross'] ?? 0) || 0, down: Number(a['ss:MergeDown'] ?? 0) || 0, type: 'String', text: [] };
          break;
        }
        case 'Data':
        case 'ss:Data':
          inData++;
          if (cell) cell.type = a['ss:Type'] ?? 'String';
          break;
        default:
      }
    },
    text: (s) => {
      if (cell && inData > 0) cell.text.push(s);
    },
    close: (name) => {
      if (name === 'Data' || name === 'ss:Data') inData--;
      else if (name === 'Cell' && cell && b) {
        const text = cell.text.join('');
        const n = cell.type === 'Number' ? Number(text) : null;
        const value = cell.type === 'DateTime' ? null : n !== null && Number.isFinite(n) ? n : null;
        b.put(row, cell.col, cell.type === 'DateTime' ? text.slice(0, 10) : text, value);
        spans.occupy(row, row + cell.down, cell.col, cell.col + cell.across);
        b.merge({ r1: row, c1: cell.col, r2: row + cell.down, c2: cell.col + cell.across });
        col = cell.col + cell.across + 1;
        cell = null;
      } else if (name === 'Worksheet' && b) {
        sheets.push(b.done());
        b = null;
      }
    },
  });
  return sheets.filter((s) => s.cells.size > 0);
}
