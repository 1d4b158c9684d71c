import { describe, expect, it } from 'vitest';
import { buildMenuTemplate, menuLabelText, recentSubmenu } from '../../../electron/main/menu-template';
import type { MenuItemSpec } from '../../../electron/main/menu-template';

const flatten = (items: MenuItemSpec[]): MenuItemSpec[] => items.flatMap((i) => [i, ...flatten(i.submenu ?? [])]);

function build(recent: { path: string; name: string }[]) {
  const calls: string[] = [];
  const template = buildMenuTemplate(
    {
      navigate: (s) => calls.push(`navigate:${s}`),
      quit: () => calls.push('quit'),
      focusSearch: () => calls.push('focus-search'),
      openRecent: (p) => calls.push(`open:${p}`),
      clearRecent: () => calls.push('clear'),
    },
    { devTools: false, recent },
  );
  return { template, calls, all: flatten(template) };
}

describe('application menu additions', () => {
  it('Ctrl+F "Tìm" asks the renderer to focus its search box', () => {
    const { all, calls } = build([]);
    const find = all.find((i) => i.accelerator === 'CmdOrCtrl+F');
    expect(find?.label).toBe('Tìm');
    find?.click?.();
    expect(calls).toEqual(['focus-search']);
    // Accelerators stay unique.
    const accels = all.map((i) => i.accelerator).filter(Boolean);
    expect(new Set(accels).size).toBe(accels.length);
  });
  it('lists recent files under Tệp → Gần đây, numbered, and opens the one clicked', () => {
    const { template, calls } = build([
      { path: 'D:\\BC\\Huyện ủy A & B.xlsx', name: 'Huyện ủy A & B.xlsx' },
      { path: 'D:\\Out\\bc.pdf', name: 'bc.pdf' },
    ]);
    const recent = template[0]?.submenu?.find((i) => i.label === 'Gần đây');
    expect(recent?.submenu?.map((i) => i.label ?? i.type)).toEqual(['&1 Huyện ủy A && B.xlsx', '&2 bc.pdf', 'separator', 'Xóa danh sách']);
    recent?.submenu?.[1]?.click?.();
    recent?.submenu?.[3]?.click?.();
    expect(calls).toEqual(['open:D:\\Out\\bc.pdf', 'clear']);
  });
  it('shows an empty, disabled entry when there is nothing yet, and full paths for same-named files', () => {
    expect(recentSubmenu([], () => {})).toEqual([{ label: '(Chưa có tệp nào)', enabled: false }]);
    const items = recentSubmenu(Array.from({ length: 11 }, (_, i) => ({ path: `C:\\${i}\\bc.pdf`, name: 'bc.pdf' })), () => {});
    expect(items[0]?.label).toBe('&1 C:\\0\\bc.pdf');
    expect(items[10]?.label).toBe('C:\\10\\bc.pdf');
    expect(menuLabelText('A&B&&C')).toBe('A&&B&&&&C');
  });
  it('leaves search and recent files out for a caller that does not support them', () => {
    const all = flatten(buildMenuTemplate({ navigate: () => {}, quit: () => {} }, { devTools: false }));
    expect(all.some((i) => i.accelerator === 'CmdOrCtrl+F' || i.label === 'Gần đây')).toBe(false);
  });
});
