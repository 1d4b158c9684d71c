// The report import queue lives above the screens, so an import keeps going (and keeps its results)
// while the specialist looks at another screen. Files go through reports.import a few at a time.
import { createContext, useCallback, useContext, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type { ImportProgress, ImportResult } from '../../shared/domain';
import { ApiCallError, errorMessage } from './api/client';
import { toFileInput } from './api/files';
import { useApp } from './app-state';

export type ImportOptions = { planId: number | null; roundId: number | null; receivedAt: string | null };

export type ImportEntry = {
  id: number;
  name: string;
  size: number;
  state: 'queued' | 'working' | 'done';
  result: ImportResult | null;
  /** While a scan is read by OCR: the page being read. */
  progress: ImportProgress | null;
};

/** How often a running import is asked how far it has got (a scan's page takes seconds). */
const PROGRESS_POLL_MS = 700;
/** Files sent to the engine at once: one being filed while each of its parse workers reads the next. */
const IMPORT_LANES = 3;

/** A file from the page (drop, picker) or a path Electron handed over (second launch, app icon, menu). */
type Source = { kind: 'file'; file: File } | { kind: 'path'; name: string; path: string };
type Pending = { id: number; source: Source; options: ImportOptions };

type ImportQueue = {
  entries: ImportEntry[];
  running: boolean;
  processed: number;
  /** Changes whenever a report was stored, so views of the data can reload. */
  storedVersion: number;
  /** Changes whenever a file went to the review list, so the list can reload. */
  reviewsVersion: number;
  /** Ask every view of the review list to reload (after an accept or discard). */
  reviewsChanged(): void;
  enqueue(files: readonly File[], options: ImportOptions): void;
  enqueuePaths(paths: readonly string[], options: ImportOptions): void;
  clearFinished(): void;
};

const QueueContext = createContext<ImportQueue | null>(null);

function rejected(name: string, e: unknown): ImportResult {
  return {
    file: name,
    outcome: 'rejected',
    unit: null,
    plan: null,
    round: null,
    error: { code: e instanceof ApiCallError ? e.code : 'INTERNAL', message: errorMessage(e) },
    reportId: null,
  };
}

export function ImportQueueProvider(props: { children: ReactNode }) {
  const { api } = useApp();
  const [entries, setEntries] = useState<ImportEntry[]>([]);
  const [running, setRunning] = useState(false);
  const [storedVersion, setStoredVersion] = useState(0);
  const [reviewsVersion, setReviewsVersion] = useState(0);
  const pending = useRef<Pending[]>([]);
  const lanes = useRef(0);
  const nextId = useRef(1);

  const patch = useCallback((id: number, p: Partial<ImportEntry>) => {
    setEntries((list) => list.map((e) => (e.id === id ? { ...e, ...p } : e)));
  }, []);

  const runOne = useCallback(
    async (job: Pending) => {
      patch(job.id, { state: 'working' });
      let result: ImportResult;
      const progressKey = `import-${job.id}-${Date.now()}`;
      const poll = setInterval(() => {
        api('reports.progress', { progressKey }).then(
          (progress) => progress && patch(job.id, { progress }),
          () => undefined,
        );
      }, PROGRESS_POLL_MS);
      try {
        const { planId, roundId, receivedAt } = job.options;
        result = await api('reports.import', {
          file: job.source.kind === 'file' ? await toFileInput(job.source.file) : { name: job.source.name, path: job.source.path },
          ...(planId !== null ? { planId } : {}),
          ...(roundId !== null ? { roundId } : {}),
          ...(receivedAt ? { receivedAt } : {}),
          progressKey,
        });
      } catch (e) {
        result = rejected(job.source.kind === 'file' ? job.source.file.name : job.source.name, e);
      } finally {
        clearInterval(poll);
      }
      patch(job.id, { state: 'done', result, progress: null });
      if (result.reportId !== null) setStoredVersion((v) => v + 1);
      if (result.outcome === 'review') setReviewsVersion((v) => v + 1);
    },
    [api, patch],
  );

  // A few files in flight at once: the engine reads them side by side in its parse workers and
  // files them one after another in the order they were sent, which is the order of the queue.
  const pump = useCallback(() => {
    while (lanes.current < IMPORT_LANES && pending.current.length > 0) {
      lanes.current++;
      setRunning(true);
      void (async () => {
        try {
          for (let job = pending.current.shift(); job; job = pending.current.shift()) await runOne(job);
        } finally {
          lanes.current--;
          if (lanes.current === 0) setRunning(false);
        }
      })();
    }
  }, [runOne]);

  const add = useCallback(
    (sources: readonly Source[], options: ImportOptions) => {
      const added: ImportEntry[] = [];
      for (const source of sources) {
        const id = nextId.current++;
        pending.current.push({ id, source, options });
        const name = source.kind === 'file' ? source.file.name : source.name;
        added.push({ id, name, size: source.kind === 'file' ? source.file.size : 0, state: 'queued', result: null, progress: null });
      }
      setEntries((list) => [...list, ...added]);
      pump();
    },
    [pump],
  );
  const enqueue = useCallback((files: readonly File[], options: ImportOptions) => add(files.map((file) => ({ kind: 'file', file })), options), [add]);
  const enqueuePaths = useCallback(
    (paths: readonly string[], options: ImportOptions) =>
      add(paths.map((p) => ({ kind: 'path', path: p, name: p.split(/[\\/]/).pop() ?? p })), options),
    [add],
  );

  const clearFinished = useCallback(() => setEntries((list) => list.filter((e) => e.state !== 'done')), []);
  const reviewsChanged = useCallback(() => {
    setReviewsVersion((v) => v + 1);
    // An accepted review stored a report: the views of the data reload too.
    setStoredVersion((v) => v + 1);
  }, []);

  const value = useMemo<ImportQueue>(
    () => ({
      entries,
      running,
      processed: entries.filter((e) => e.state === 'done').length,
      storedVersion,
      reviewsVersion,
      reviewsChanged,
      enqueue,
      enqueuePaths,
      clearFinished,
    }),
    [entries, running, storedVersion, reviewsVersion, reviewsChanged, enqueue, enqueuePaths, clearFinished],
  );
  return <QueueContext.Provider value={value}>{props.children}</QueueContext.Provider>;
}

export function useImportQueue(): ImportQueue {
  const ctx = useContext(QueueContext);
  if (!ctx) throw new Error('useImportQueue outside ImportQueueProvider');
  return ctx;
}
