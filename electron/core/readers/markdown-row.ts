// A table row as a Markdown line, the form in which every reader hands tables on as text (Word
// tables for plans, tables rebuilt from a PDF page): "| 1 | Tổ chức … | Ban Tuyên giáo |".
export function markdownRow(cells: readonly string[]): string {
  return `| ${cells.map((c) => c.replace(/\|/gu, '/').replace(/\s*\n\s*/gu, ' ')).join(' | ')} |`;
}
