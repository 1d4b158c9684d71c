// The shell: a left navigation and one screen at a time.
import { useEffect, useRef } from 'react';
import { useApp } from './app-state';
import { useImportQueue } from './import-queue';
import type { Screen } from './app-state';
import { useLoad } from './lib/use-async';
import { ExportScreen } from './screens/ExportScreen';
import { HelpScreen } from './screens/HelpScreen';
import { ImportScreen } from './screens/ImportScreen';
import { PlansScreen } from './screens/PlansScreen';
import { SettingsScreen } from './screens/SettingsScreen';
import { StatusScreen } from './screens/StatusScreen';
import { UnitsScreen } from './screens/UnitsScreen';

const NAV: ReadonlyArray<{ screen: Screen; label: string; step: number }> = [
  { screen: 'units', label: 'Đơn vị', step: 1 },
  { screen: 'plans', label: 'Kế hoạch', step: 2 },
  { screen: 'import', label: 'Nhập báo cáo', step: 3 },
  { screen: 'reconcile', label: 'Đối chiếu', step: 4 },
  { screen: 'export', label: 'Xuất báo cáo', step: 5 },
];

/** Below the workflow: the screens that are not a step of it. */
const NAV_SECONDARY: ReadonlyArray<{ screen: Screen; label: string; mark: string }> = [
  { screen: 'settings', label: 'Cài đặt', mark: '⚙' },
  { screen: 'help', label: 'Trợ giúp', mark: '?' },
];

function CurrentScreen(props: { screen: Screen }) {
  switch (props.screen) {
    case 'units':
      return <UnitsScreen />;
    case 'plans':
      return <PlansScreen />;
    case 'import':
      return <ImportScreen />;
    case 'reconcile':
      return <StatusScreen />;
    case 'export':
      return <ExportScreen />;
    case 'settings':
      return <SettingsScreen />;
    case 'help':
      return <HelpScreen />;
  }
}

export function App() {
  const { api, screen, transport, navigate, selection } = useApp();
  const info = useLoad(() => api('app.info', {}), [api]);
  const queue = useImportQueue();

  // Files Electron hands over (second launch, dropped on the app icon, Tệp → Gần đây) are imported
  // like dropped ones, for the plan and round chosen at that moment.
  const selectionRef = useRef(selection);
  selectionRef.current = selection;
  useEffect(() => {
    const on = window.api?.onOpenFiles;
    if (!on) return;
    return on((paths) => {
      navigate('import');
      const { planId, roundId } = selectionRef.current;
      queue.enqueuePaths(paths, { planId, roundId, receivedAt: null });
    });
  }, [navigate, queue.enqueuePaths]);
  const mainRef = useRef<HTMLElement>(null);
  const first = useRef(true);

  // After a navigation, put keyboard focus on the new screen's title.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    mainRef.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [screen]);

  useEffect(() => {
    const label = [...NAV, ...NAV_SECONDARY].find((n) => n.screen === screen)?.label;
    document.title = label ? `${label} — Tổng hợp báo cáo` : 'Tổng hợp báo cáo';
  }, [screen]);

  return (
    <div className="app">
      <a
        className="skip-link"
        href="#main-content"
        onClick={(e) => {
          // Focus the content without replacing the screen's #/hash.
          e.preventDefault();
          mainRef.current?.focus();
        }}
      >
        Bỏ qua thanh điều hướng
      </a>
      <aside className="sidebar">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">★</span>
          <span className="brand-name">Tổng hợp báo cáo</span>
        </div>
        <nav aria-label="Điều hướng chính" className="nav">
          <ul>
            {NAV.map((n) => (
              <li key={n.screen}>
                <a href={`#/${n.screen}`} className="nav-link" aria-current={screen === n.screen ? 'page' : undefined}>
                  <span className="nav-step" aria-hidden="true">{n.step}</span>
                  <span>{n.label}</span>
                  {n.screen === 'import' && queue.running && (
                    <span className="nav-badge" aria-hidden="true">
                      {queue.processed}/{queue.entries.length}
                    </span>
                  )}
                </a>
              </li>
            ))}
          </ul>
          <ul className="nav-secondary">
            {NAV_SECONDARY.map((n) => (
              <li key={n.screen}>
                <a href={`#/${n.screen}`} className="nav-link" aria-current={screen === n.screen ? 'page' : undefined}>
                  <span className="nav-step" aria-hidden="true">
                    {n.mark}
                  </span>
                  <span>{n.label}</span>
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div className="sidebar-footer">
          {info.data ? <span>Phiên bản {info.data.version}</span> : null}
          {transport === 'bridge' && <span>Chế độ trình duyệt</span>}
        </div>
      </aside>
      <main id="main-content" className="content" ref={mainRef} tabIndex={-1}>
        {transport === 'none' && (
          <div className="alert alert-error" role="alert">
            <div className="alert-body">
              Không tìm thấy kết nối tới chương trình. Hãy mở giao diện từ ứng dụng Tổng hợp báo cáo hoặc bằng lệnh “npm run
              web”.
            </div>
          </div>
        )}
        <CurrentScreen screen={screen} />
      </main>
    </div>
  );
}
