// Row windowing for long tables: only the rows in view (plus a margin) are rendered, with spacer
// rows keeping the scroll height, so a 200-unit × 80-item matrix stays smooth.
export const ROW_HEIGHT = 30;
const OVERSCAN = 10;
/** Below this, every row is rendered: windowing would only cost. */
export const WINDOW_FROM = 80;

export type RowWindow = { start: number; end: number; padTop: number; padBottom: number };

export function rowWindow(total: number, scrollTop: number, viewport: number, rowHeight = ROW_HEIGHT): RowWindow {
  if (total <= WINDOW_FROM) return { start: 0, end: total, padTop: 0, padBottom: 0 };
  const first = Math.max(0, Math.min(total, Math.floor(scrollTop / rowHeight)) - OVERSCAN);
  const last = Math.min(total, Math.ceil((scrollTop + viewport) / rowHeight) + OVERSCAN);
  return { start: first, end: last, padTop: first * rowHeight, padBottom: (total - last) * rowHeight };
}

/** Below this many item columns, every column is rendered. */
export const COLUMN_WINDOW_FROM = 30;
const COLUMN_OVERSCAN = 4;

export type ColumnWindow = { start: number; end: number };

/**
 * The item columns in view when the table scrolls sideways: `fixedLeft` pixels of sticky columns
 * (unit, count) cover the left of the viewport, and every item column is `colWidth` wide.
 */
export function columnWindow(total: number, scrollLeft: number, viewport: number, colWidth: number, fixedLeft: number): ColumnWindow {
  if (total <= COLUMN_WINDOW_FROM) return { start: 0, end: total };
  const first = Math.max(0, Math.min(total, Math.floor(scrollLeft / colWidth)) - COLUMN_OVERSCAN);
  const last = Math.min(total, Math.ceil((scrollLeft + Math.max(0, viewport - fixedLeft)) / colWidth) + COLUMN_OVERSCAN);
  return { start: first, end: Math.max(first, last) };
}
