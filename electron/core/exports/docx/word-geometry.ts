// Word measures in twips (1/20 pt) and run sizes in half-points; LAYOUT is in points and millimetres.
// These helpers convert, so every number still comes from layout-settings.ts.
import { A4_MM, LAYOUT } from '../layout-settings';

/** Points (LAYOUT's unit) to twips. */
export function twip(pt: number): number {
  return Math.round(pt * 20);
}

/** Points to the half-points of w:sz. */
export function halfPoints(pt: number): number {
  return Math.round(pt * 2);
}

/** Millimetres to twips. */
export function mmTwip(mm: number): number {
  return Math.round((mm * 1440) / 25.4);
}

/** A4 in twips, given portrait: docx swaps the sides itself for a landscape section. */
export const PAGE = { width: mmTwip(A4_MM.width), height: mmTwip(A4_MM.height) } as const;

export const MARGINS = {
  top: twip(LAYOUT.margins.top),
  bottom: twip(LAYOUT.margins.bottom),
  left: twip(LAYOUT.margins.left),
  right: twip(LAYOUT.margins.right),
  /** The page number sits this far from the top edge (HD 36: in the top margin). */
  header: twip(LAYOUT.pageNumber.top),
  footer: twip(LAYOUT.pageNumber.top),
} as const;

/** Width of the text line in twips. */
export function contentWidth(landscape: boolean): number {
  return (landscape ? PAGE.height : PAGE.width) - MARGINS.left - MARGINS.right;
}

/** Line spacing "multiple" in Word's units (240 = single). */
export function lineSpacing(multiple: number): number {
  return Math.round(LAYOUT.word.lineUnit * multiple);
}
