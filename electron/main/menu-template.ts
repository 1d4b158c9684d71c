// The Vietnamese application menu as plain data; main.ts turns it into a native Menu.
export type MenuActions = {
  navigate: (screen: 'units' | 'plans' | 'import' | 'reconcile' | 'export' | 'help') => void;
  quit: () => void;
};

export type MenuItemSpec = {
  label?: string;
  accelerator?: string;
  role?: 'reload' | 'toggleDevTools' | 'resetZoom' | 'zoomIn' | 'zoomOut' | 'togglefullscreen' | 'copy' | 'paste' | 'cut' | 'selectAll' | 'undo' | 'redo';
  type?: 'separator';
  click?: () => void;
  submenu?: MenuItemSpec[];
};

export function buildMenuTemplate(a: MenuActions, opts: { devTools: boolean }): MenuItemSpec[] {
  return [
    {
      label: '&Tệp',
      submenu: [
        { label: 'Nhập báo cáo…', accelerator: 'CmdOrCtrl+O', click: () => a.navigate('import') },
        { label: 'Xuất báo cáo…', accelerator: 'CmdOrCtrl+E', click: () => a.navigate('export') },
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
