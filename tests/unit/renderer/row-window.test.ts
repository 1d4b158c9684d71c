import { describe, expect, it } from 'vitest';
import { COLUMN_WINDOW_FROM, columnWindow, ROW_HEIGHT, rowWindow, WINDOW_FROM } from '../../../renderer/src/lib/row-window';

describe('row windowing', () => {
  it('renders every row of a short table', () => {
    expect(rowWindow(WINDOW_FROM, 5000, 600)).toEqual({ start: 0, end: WINDOW_FROM, padTop: 0, padBottom: 0 });
  });
  it('renders only the rows in view of a long one, keeping the scroll height', () => {
    const w = rowWindow(200, 100 * ROW_HEIGHT, 20 * ROW_HEIGHT);
    expect(w.start).toBe(90);
    expect(w.end).toBe(130);
    expect(w.padTop + (w.end - w.start) * ROW_HEIGHT + w.padBottom).toBe(200 * ROW_HEIGHT);
  });
  it('clamps at both ends', () => {
    expect(rowWindow(200, 0, 600).start).toBe(0);
    const end = rowWindow(200, 1e9, 600);
    expect(end.end).toBe(200);
    expect(end.start).toBeLessThan(end.end);
  });
});

describe('the item columns in view', () => {
  it('renders every column of a small plan', () => {
    expect(columnWindow(COLUMN_WINDOW_FROM, 5000, 1000, 44, 400)).toEqual({ start: 0, end: COLUMN_WINDOW_FROM });
  });

  it('renders the columns in view of 80, with a margin, and follows the sideways scroll', () => {
    // 1000 px wide, 400 of them sticky: 600 / 44 → 14 columns in view, plus 4 on each side.
    expect(columnWindow(80, 0, 1000, 44, 400)).toEqual({ start: 0, end: 18 });
    expect(columnWindow(80, 44 * 40, 1000, 44, 400)).toEqual({ start: 36, end: 58 });
    expect(columnWindow(80, 1e9, 1000, 44, 400)).toEqual({ start: 76, end: 80 });
  });
});
