// App-wide state: the API client and the plan/round the specialist is working on, shared by every screen.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type { ApiClient } from '../../shared/api';
import type { TransportKind } from './api/client';

export type Selection = { planId: number | null; roundId: number | null };

export const SCREENS = ['units', 'plans', 'import', 'reconcile', 'export', 'settings', 'help'] as const;
export type Screen = (typeof SCREENS)[number];

function screenFromHash(hash: string): Screen | null {
  const raw = hash.replace(/^#\/?/, '');
  const name = raw === 'status' ? 'reconcile' : raw;
  return (SCREENS as readonly string[]).includes(name) ? (name as Screen) : null;
}

type AppState = {
  api: ApiClient;
  transport: TransportKind;
  selection: Selection;
  selectPlan(planId: number | null): void;
  /** `byUser`: the specialist picked it; the pick then holds for the session (see PlanRoundPicker). */
  selectRound(roundId: number | null, byUser?: boolean): void;
  /** Whether the selected round was picked by the specialist in this session rather than proposed. */
  roundPicked: boolean;
  /** Bumped whenever plans or rounds change so pickers reload. */
  plansVersion: number;
  plansChanged(): void;
  screen: Screen;
  navigate(screen: Screen): void;
  /** The whole database changed (a backup was restored): every view reloads. */
  dataReplaced(): void;
};

const AppContext = createContext<AppState | null>(null);
const STORAGE_KEY = 'tonghop.selection';

function loadSelection(): Selection {
  try {
    const raw = window.localStorage.getItem(STORAGE_KEY);
    if (!raw) return { planId: null, roundId: null };
    const v = JSON.parse(raw) as Partial<Selection>;
    return {
      planId: typeof v.planId === 'number' ? v.planId : null,
      roundId: typeof v.roundId === 'number' ? v.roundId : null,
    };
  } catch {
    return { planId: null, roundId: null };
  }
}

function storeSelection(s: Selection): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(s));
  } catch {
    // Storage may be off (private window); the selection then lasts for the session only.
  }
}

export function AppProvider(props: { api: ApiClient; transport: TransportKind; children: ReactNode }) {
  const { transport } = props;
  const [dataVersion, setDataVersion] = useState(0);
  // Views load with [api] as a dependency, so a fresh client identity makes every one of them reload.
  const api = useMemo<ApiClient>(() => {
    void dataVersion;
    const inner = props.api;
    return (method, input) => inner(method, input);
  }, [props.api, dataVersion]);
  const [selection, setSelection] = useState<Selection>(loadSelection);
  const [plansVersion, setPlansVersion] = useState(0);
  const [screen, setScreen] = useState<Screen>(() => screenFromHash(window.location.hash) ?? 'units');

  // Keep the URL hash in step so reload and Back land on the same screen.
  useEffect(() => {
    const onHash = () => {
      const s = screenFromHash(window.location.hash);
      if (s) setScreen(s);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const navigate = useCallback((s: Screen) => {
    setScreen(s);
    if (screenFromHash(window.location.hash) !== s) window.location.hash = `#/${s}`;
  }, []);

  // Electron's menu names screens too; the preload registers the listener once per page.
  const menuHooked = useRef(false);
  useEffect(() => {
    const on = window.api?.onNavigate;
    if (!on || menuHooked.current) return;
    menuHooked.current = true;
    on((name) => {
      const s = screenFromHash(name);
      if (s) navigate(s);
    });
  }, [navigate]);

  const update = useCallback((next: (s: Selection) => Selection) => {
    setSelection((s) => {
      const n = next(s);
      storeSelection(n);
      return n;
    });
  }, []);
  // Session only, never stored: on the next start the screens propose the round again.
  const [roundPicked, setRoundPicked] = useState(false);
  const selectPlan = useCallback(
    (planId: number | null) => {
      update((s) => (s.planId === planId ? s : { planId, roundId: null }));
      setRoundPicked(false);
    },
    [update],
  );
  const selectRound = useCallback(
    (roundId: number | null, byUser = false) => {
      update((s) => ({ ...s, roundId }));
      setRoundPicked(byUser && roundId !== null);
    },
    [update],
  );
  const plansChanged = useCallback(() => setPlansVersion((v) => v + 1), []);
  const dataReplaced = useCallback(() => {
    setDataVersion((v) => v + 1);
    setPlansVersion((v) => v + 1);
  }, []);

  const value = useMemo<AppState>(
    () => ({ api, transport, selection, selectPlan, selectRound, roundPicked, plansVersion, plansChanged, screen, navigate, dataReplaced }),
    [api, transport, selection, selectPlan, selectRound, roundPicked, plansVersion, plansChanged, screen, navigate, dataReplaced],
  );
  return <AppContext.Provider value={value}>{props.children}</AppContext.Provider>;
}

export function useApp(): AppState {
  const ctx = useContext(AppContext);
  if (!ctx) throw new Error('useApp outside AppProvider');
  return ctx;
}
