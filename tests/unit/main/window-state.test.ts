import { describe, expect, it } from 'vitest';
import { captureWindowState, clampToDisplays, DEFAULT_SIZE, initialWindowState, MIN_SIZE, parseWindowState } from '../../../electron/main/window-state';

const laptop = { workArea: { x: 0, y: 0, width: 1920, height: 1040 } };
const right = { workArea: { x: 1920, y: 0, width: 1280, height: 984 } };
const left = { workArea: { x: -1600, y: 200, width: 1600, height: 860 } };

describe('clampToDisplays', () => {
  it('keeps bounds that lie inside a display', () => {
    expect(clampToDisplays({ x: 100, y: 50, width: 1280, height: 820 }, [laptop, right])).toEqual({ x: 100, y: 50, width: 1280, height: 820 });
    expect(clampToDisplays({ x: 2000, y: 10, width: 1000, height: 700 }, [laptop, right])).toEqual({ x: 2000, y: 10, width: 1000, height: 700 });
    expect(clampToDisplays({ x: -1500, y: 300, width: 1000, height: 700 }, [laptop, left])).toEqual({ x: -1500, y: 300, width: 1000, height: 700 });
  });
  it('pulls a window hanging over an edge onto the display it mostly covers', () => {
    expect(clampToDisplays({ x: 1500, y: -40, width: 1280, height: 820 }, [laptop])).toEqual({ x: 640, y: 0, width: 1280, height: 820 });
    // Mostly on the right-hand monitor: moved fully onto it, not onto the primary one.
    expect(clampToDisplays({ x: 2600, y: 400, width: 1000, height: 700 }, [laptop, right])).toEqual({ x: 2200, y: 284, width: 1000, height: 700 });
  });
  it('centres on the primary display a window whose monitor is gone', () => {
    expect(clampToDisplays({ x: 3500, y: 100, width: 1280, height: 820 }, [laptop])).toEqual({ x: 320, y: 110, width: 1280, height: 820 });
    expect(clampToDisplays({ x: -1500, y: 300, width: 1000, height: 700 }, [laptop])).toEqual({ x: 460, y: 170, width: 1000, height: 700 });
  });
  it('shrinks a window larger than the display and grows one below the minimum size', () => {
    const small = { workArea: { x: 0, y: 0, width: 1366, height: 728 } };
    expect(clampToDisplays({ x: 0, y: 0, width: 1920, height: 1080 }, [small])).toEqual({ x: 0, y: 0, width: 1366, height: 728 });
    expect(clampToDisplays({ x: 10, y: 10, width: 200, height: 100 }, [laptop])).toEqual({ x: 10, y: 10, ...MIN_SIZE });
    const tiny = { workArea: { x: 0, y: 0, width: 800, height: 560 } };
    expect(clampToDisplays({ x: 0, y: 0, width: 200, height: 100 }, [tiny])).toEqual({ x: 0, y: 0, width: 800, height: 560 });
  });
  it('leaves bounds alone when no display is known', () => {
    expect(clampToDisplays({ x: 5, y: 5, width: 10, height: 10 }, [])).toEqual({ x: 5, y: 5, width: 10, height: 10 });
  });
});

describe('remembered window state', () => {
  it('restores the saved state fitted to today’s displays', () => {
    const text = JSON.stringify({ bounds: { x: 3000, y: 0, width: 1280, height: 820 }, maximized: true });
    expect(initialWindowState(text, [laptop])).toEqual({ bounds: { x: 320, y: 110, width: 1280, height: 820 }, maximized: true });
  });
  it('starts centred at the default size without a usable file', () => {
    const expected = { bounds: { x: 320, y: 110, ...DEFAULT_SIZE }, maximized: false };
    for (const text of [null, '', '{', '[]', JSON.stringify({ bounds: { x: 0, y: 0, width: -5, height: 10 }, maximized: false })]) {
      expect(initialWindowState(text, [laptop])).toEqual(expected);
    }
    expect(parseWindowState('{"bounds":{"x":1,"y":2,"width":3,"height":4},"maximized":"yes"}')).toBeNull();
  });
  it('saves the normal bounds of a maximized window, in whole pixels', () => {
    const win = { getNormalBounds: () => ({ x: 10.4, y: 20.6, width: 1000, height: 700 }), isMaximized: () => true, isMinimized: () => false };
    const state = captureWindowState(win);
    expect(state).toEqual({ bounds: { x: 10, y: 21, width: 1000, height: 700 }, maximized: true });
    expect(parseWindowState(JSON.stringify(state))).toEqual(state);
  });
});
