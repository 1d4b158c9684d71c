// Small hooks for the two shapes of async work: loading data for a view, and running a user action.
import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage } from '../api/client';

export type Loaded<T> = {
  data: T | undefined;
  loading: boolean;
  error: string | null;
  reload(): void;
};

/** Load data when deps change; a null loader means "nothing to load yet". */
export function useLoad<T>(load: (() => Promise<T>) | null, deps: readonly unknown[]): Loaded<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    const fn = loadRef.current;
    if (!fn) {
      setData(undefined);
      setLoading(false);
      setError(null);
      return;
    }
    let live = true;
    setLoading(true);
    setError(null);
    fn().then(
      (v) => {
        if (!live) return;
        setData(v);
        setLoading(false);
      },
      (e: unknown) => {
        if (!live) return;
        setData(undefined);
        setError(errorMessage(e));
        setLoading(false);
      },
    );
    return () => {
      live = false;
    };
  }, [...deps, tick]);

  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { data, loading, error, reload };
}

export type Action = {
  busy: boolean;
  error: string | null;
  clearError(): void;
  /** Runs fn, records its error; resolves to its value or undefined on failure. */
  run<T>(fn: () => Promise<T>): Promise<T | undefined>;
};

export function useAction(): Action {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const run = useCallback(async <T>(fn: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    setError(null);
    try {
      return await fn();
    } catch (e) {
      if (mounted.current) setError(errorMessage(e));
      return undefined;
    } finally {
      if (mounted.current) setBusy(false);
    }
  }, []);
  const clearError = useCallback(() => setError(null), []);
  return { busy, error, clearError, run };
}
