// The Vietnamese application menu as plain data; main.ts turns it into a native Menu.
export type MenuActions = {
  navigate: (screen: 'units' | 'plans' | 'import' | 'reconcile' | 'export' | 'help') => void;
  quit: () => void;
  /** Items for the actions below appear only when the caller supports them. */
  focusSearch?: () => void;
  openRecent?: (path: string) => void;
  clearRecent?: () => void;
};

export type RecentMenuEntry = { path: string; name: string };

export type MenuOptions = { devTools: boolean; recent?: readonly RecentMenuEntry[] };

export type MenuItemSpec = {
  label?: string;
  accelerator?: string;
  role?: 'reload' | 'toggleDevTools' | 'resetZoom' | 'zoomIn' | 'zoomOut' | 'togglefullscreen' | 'copy' | 'paste' | 'cut' | 'selectAll' | 'undo' | 'redo';
  type?: 'separator';
  enabled?: boolean;
  click?: () => void;
  submenu?: MenuItemSpec[];
};

/** '&' marks a mnemonic in Windows menu labels; a file name's own '&' must be doubled. */
export function menuLabelText(text: string): string {
  return text.replace(/&/g, '&&');
}

/**
 * Tệp → Gần đây: numbered 1–9 as mnemonics; two files of the same name show their full paths so
 * they can be told apart.
 */
export function recentSubmenu(recent: readonly RecentMenuEntry[], open: (path: string) => void, clear?: () => void): MenuItemSpec[] {
  if (recent.length === 0) return [{ label: '(Chưa có tệp nào)', enabled: false }];
  const names = recent.map((r) => r.name.toLowerCase());
  const items: MenuItemSpec[] = recent.map((r, i) => {
    const shown = names.indexOf(r.name.toLowerCase()) !== names.lastIndexOf(r.name.toLowerCase()) ? r.path : r.name;
    const prefix = i < 9 ? `&${i + 1} ` : '';
    return { label: `${prefix}${menuLabelText(shown)}`, click: () => open(r.path) };
  });
  return clear ? [...items, { type: 'separator' }, { label: 'Xóa danh sách', click: clear }] : items;
}

export function buildMenuTemplate(a: MenuActions, opts: MenuOptions): MenuItemSpec[] {
  const openRecent = a.openRecent;
  return [
    {
      label: '&Tệp',
      submenu: [
        { label: 'Nhập báo cáo…', accelerator: 'CmdOrCtrl+O', click: () => a.navigate('import') },
        { label: 'Xuất báo cáo…', accelerator: 'CmdOrCtrl+E', click: () => a.navigate('export') },
        ...(openRecent ? [{ label: 'Gần đây', submenu: recentSubmenu(opts.recent ?? [], openRecent, a.clearRecent) }] : []),
        { type: 'separator' },
        { label: 'Thoát', accelerator: 'Alt+F4', click: a.quit },
      ],
    },
    {
      label: '&Sửa',
      submenu: [
        { label: 'Hoàn tác', role: 'undo' },
        { label: 'Làm lại', role: 'redo' },
        { type: 'separator' },
        { label: 'Cắt', role: 'cut' },
        { label: 'Sao chép', role: 'copy' },
        { label: 'Dán', role: 'paste' },
        { label: 'Chọn tất cả', role: 'selectAll' },
        ...(a.focusSearch ? [{ type: 'separator' as const }, { label: 'Tìm', accelerator: 'CmdOrCtrl+F', click: a.focusSearch }] : []),
      ],
    },
    {
      label: '&Xem',
      submenu: [
        { label: 'Đơn vị', accelerator: 'CmdOrCtrl+1', click: () => a.navigate('units') },
        { label: 'Kế hoạch', accelerator: 'CmdOrCtrl+2', click: () => a.navigate('plans') },
        { label: 'Nhập báo cáo', accelerator: 'CmdOrCtrl+3', click: () => a.navigate('import') },
        { label: 'Đối chiếu', accelerator: 'CmdOrCtrl+4', click: () => a.navigate('reconcile') },
        { label: 'Xuất báo cáo', accelerator: 'CmdOrCtrl+5', click: () => a.navigate('export') },
        { type: 'separator' },
        { label: 'Phóng to', role: 'zoomIn' },
        { label: 'Thu nhỏ', role: 'zoomOut' },
        { label: 'Cỡ chữ mặc định', role: 'resetZoom' },
        { label: 'Toàn màn hình', role: 'togglefullscreen' },
        ...(opts.devTools ? [{ label: 'Công cụ phát triển', role: 'toggleDevTools' as const }] : []),
      ],
    },
    { label: '&Trợ giúp', submenu: [{ label: 'Hướng dẫn sử dụng', accelerator: 'F1', click: () => a.navigate('help') }] },
  ];
}
