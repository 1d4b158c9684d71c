// Text is cleaned once, where it leaves a file: NFC, no zero-width or bidi controls, no control
// characters, absurdly long cells cut. Everything after (matching, storing, exporting) sees clean text.
import { stripInvisible } from '../../../shared/text';

/** A cell or a paragraph longer than this is no report text: it is cut, and the reader says so. */
export const MAX_TEXT = 4000;

export type EdgeText = { text: string; cut: boolean };

export function edgeText(raw: string): EdgeText {
  const text = stripInvisible(raw);
  return text.length > MAX_TEXT ? { text: text.slice(0, MAX_TEXT), cut: true } : { text, cut: false };
}
