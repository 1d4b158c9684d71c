// The main window's size, place and maximized state, remembered between runs. A remembered place
// can lie off screen after a monitor was unplugged or the resolution changed, so it is always fitted
// back onto a display before use.
import { z } from 'zod';

export type Rect = { x: number; y: number; width: number; height: number };
export type DisplayLike = { workArea: Rect };
export type WindowState = { bounds: Rect; maximized: boolean };

export const DEFAULT_SIZE = { width: 1280, height: 820 };
export const MIN_SIZE = { width: 900, height: 600 };

const StateSchema = z.object({
  bounds: z.object({ x: z.number().int(), y: z.number().int(), width: z.number().int().positive(), height: z.number().int().positive() }),
  maximized: z.boolean(),
});

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

function centered(size: { width: number; height: number }, area: Rect): Rect {
  const width = Math.min(size.width, area.width);
  const height = Math.min(size.height, area.height);
  return { x: area.x + Math.round((area.width - width) / 2), y: area.y + Math.round((area.height - height) / 2), width, height };
}

/**
 * Fit bounds wholly inside the work area of the display they overlap most; bounds on no display
 * are centred on the first one (the caller lists the primary display first). Never larger than
 * the work area, never smaller than MIN_SIZE unless the display itself is.
 */
export function clampToDisplays(bounds: Rect, displays: readonly DisplayLike[]): Rect {
  const first = displays[0];
  if (!first) return { ...bounds };
  let best = first;
  let bestArea = 0;
  for (const d of displays) {
    const a = overlap(bounds, d.workArea);
    if (a > bestArea) {
      best = d;
      bestArea = a;
    }
  }
  const area = best.workArea;
  const width = Math.min(Math.max(bounds.width, MIN_SIZE.width), area.width);
  const height = Math.min(Math.max(bounds.height, MIN_SIZE.height), area.height);
  if (bestArea === 0) return centered({ width, height }, area);
  const x = Math.min(Math.max(bounds.x, area.x), area.x + area.width - width);
  const y = Math.min(Math.max(bounds.y, area.y), area.y + area.height - height);
  return { x, y, width, height };
}

/** What to open the window with: the remembered state fitted to today's displays, or a centred default. */
export function initialWindowState(savedText: string | null, displays: readonly DisplayLike[]): WindowState {
  const saved = parseWindowState(savedText);
  const first = displays[0];
  if (!saved) {
    return { bounds: first ? centered(DEFAULT_SIZE, first.workArea) : { x: 0, y: 0, ...DEFAULT_SIZE }, maximized: false };
  }
  return { bounds: clampToDisplays(saved.bounds, displays), maximized: saved.maximized };
}

export function parseWindowState(text: string | null): WindowState | null {
  if (!text) return null;
  try {
    const parsed = StateSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The part of BrowserWindow that saving needs. */
export type StatefulWindow = { getNormalBounds(): Rect; isMaximized(): boolean; isMinimized(): boolean };

/** Normal (un-maximized) bounds, so un-maximizing after a restart returns to the user's size. */
export function captureWindowState(win: StatefulWindow): WindowState {
  const b = win.getNormalBounds();
  return { bounds: { x: Math.round(b.x), y: Math.round(b.y), width: Math.round(b.width), height: Math.round(b.height) }, maximized: win.isMaximized() };
}
