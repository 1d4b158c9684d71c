// What must stay on one page with what follows it.
// - Headings and the caption of a table part stay with the text after them: the definitions mark
//   them (headlineLevel, plain JSON) and the renderer passes keepTogether to pdfmake, which calls it
//   once per node after a first layout and moves the node to the next page when it returns true.
// - The body's last paragraph goes to the page of the Nơi nhận and signature block: the two are one
//   unbreakable block. pdfmake prints only the first page of an unbreakable block (the rest is
//   lost), so a paragraph too long to move whole keeps only its last sentences with the signature.
import type { Node } from 'pdfmake/interfaces';
import { wordWidths, wrappedLines, type TextMeasure } from './text-measure';

/** headlineLevel of a node kept with the node after it: a section heading, a table part's caption. */
export const KEEP_WITH_NEXT = 1;

/** A node that already starts a page (a break before it would only add a blank page). */
export function startsPage(node: Node): boolean {
  return node.startPosition.verticalRatio < 0.01;
}

export function keepTogether(node: Node, followingOnPage: Node[]): boolean {
  return node.headlineLevel === KEEP_WITH_NEXT && !startsPage(node) && followingOnPage.length === 0;
}

export type ParagraphBox = { size: number; bold: boolean; width: number; indent: number; maxLines: number };

/**
 * The last paragraph cut for the signature page: `kept` goes with the signature (at most
 * `box.maxLines` lines, whole sentences), `before` stays in the flow; either may be null.
 */
export function splitForClosing(text: string, measure: TextMeasure, box: ParagraphBox): { before: string | null; kept: string | null } {
  const lines = (t: string) => wrappedLines(wordWidths(measure, t, box.size, box.bold), measure.width(' ', box.size, box.bold), box.width, box.indent);
  if (lines(text) <= box.maxLines) return { before: null, kept: text };
  const sentences = text.split(/(?<=[.;!?…])\s+(?=\S)/u);
  for (let from = 1; from < sentences.length; from++) {
    const kept = sentences.slice(from).join(' ');
    if (lines(kept) <= box.maxLines) return { before: sentences.slice(0, from).join(' '), kept };
  }
  return { before: text, kept: null };
}
