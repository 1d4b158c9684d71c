import { describe, expect, it } from 'vitest';
import { buildMenuTemplate } from '../../../electron/main/menu-template';
import type { MenuItemSpec } from '../../../electron/main/menu-template';

function flatten(items: MenuItemSpec[]): MenuItemSpec[] {
  return items.flatMap((i) => [i, ...flatten(i.submenu ?? [])]);
}

describe('application menu', () => {
  const navigated: string[] = [];
  const template = buildMenuTemplate({ navigate: (s) => navigated.push(s), quit: () => navigated.push('quit') }, { devTools: false });
  const all = flatten(template);

  it('is in Vietnamese with the promised shortcuts', () => {
    expect(template.map((t) => t.label)).toEqual(['&Tệp', '&Sửa', '&Xem', '&Trợ giúp']);
    const byAccel = Object.fromEntries(all.filter((i) => i.accelerator).map((i) => [i.accelerator, i.label]));
    expect(byAccel['CmdOrCtrl+O']).toBe('Nhập báo cáo…');
    expect(byAccel['CmdOrCtrl+E']).toBe('Xuất báo cáo…');
    expect(byAccel.F1).toBe('Hướng dẫn sử dụng');
  });
  it('routes menu clicks to screens', () => {
    all.find((i) => i.accelerator === 'CmdOrCtrl+O')?.click?.();
    all.find((i) => i.accelerator === 'CmdOrCtrl+4')?.click?.();
    expect(navigated).toEqual(['import', 'reconcile']);
  });
  it('hides developer tools in a packaged build', () => {
    expect(all.some((i) => i.role === 'toggleDevTools')).toBe(false);
    const dev = flatten(buildMenuTemplate({ navigate: () => {}, quit: () => {} }, { devTools: true }));
    expect(dev.some((i) => i.role === 'toggleDevTools')).toBe(true);
  });
});
