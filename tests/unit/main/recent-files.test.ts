import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addRecent, createRecentStore, parseRecent, RECENT_MAX } from '../../../electron/main/recent-files';
import type { RecentFile } from '../../../electron/main/ipc-channels';

const e = (p: string, kind: RecentFile['kind'] = 'imported'): RecentFile => ({ path: p, name: path.win32.basename(p), kind, at: '2026-01-01T00:00:00.000Z' });

describe('recent files', () => {
  it('puts the newest first, moves a repeated file to the top, and keeps at most max', () => {
    let list: RecentFile[] = [];
    for (const p of ['C:\\a.xlsx', 'C:\\b.xlsx', 'C:\\c.xlsx']) list = addRecent(list, e(p), 3, 'win32');
    list = addRecent(list, e('c:\\A.XLSX', 'exported'), 3, 'win32');
    expect(list.map((r) => r.path)).toEqual(['c:\\A.XLSX', 'C:\\c.xlsx', 'C:\\b.xlsx']);
    list = addRecent(list, e('C:\\d.pdf'), 3, 'win32');
    expect(list.map((r) => r.path)).toEqual(['C:\\d.pdf', 'c:\\A.XLSX', 'C:\\c.xlsx']);
    // Case matters on Linux.
    expect(addRecent([e('/a.xlsx')], e('/A.xlsx'), 3, 'linux')).toHaveLength(2);
  });
  it('reads a damaged or foreign file as an empty list', () => {
    for (const text of [null, '', 'not json', '{}', '[{"path":1}]']) expect(parseRecent(text, RECENT_MAX)).toEqual([]);
    expect(parseRecent(JSON.stringify([e('/a.xlsx'), e('/b.xlsx')]), 1)).toEqual([e('/a.xlsx')]);
  });
  it('persists through its file and tells the menu about changes', () => {
    const files = new Map<string, string>();
    const io = { read: (f: string) => files.get(f) ?? null, write: (f: string, t: string) => void files.set(f, t) };
    const changes: number[] = [];
    const make = () =>
      createRecentStore({ file: '/d/recent.json', io, platform: 'win32', baseName: path.win32.basename, now: () => new Date('2026-02-03T04:05:06Z'), onChange: (l) => changes.push(l.length) });
    const store = make();
    store.add('D:\\BC\\Huyện ủy A.xlsx', 'imported');
    store.add('D:\\Out\\bc.pdf', 'exported');
    expect(changes).toEqual([1, 2]);
    const again = make();
    expect(again.list()).toEqual([
      { path: 'D:\\Out\\bc.pdf', name: 'bc.pdf', kind: 'exported', at: '2026-02-03T04:05:06.000Z' },
      { path: 'D:\\BC\\Huyện ủy A.xlsx', name: 'Huyện ủy A.xlsx', kind: 'imported', at: '2026-02-03T04:05:06.000Z' },
    ]);
    expect(again.find('d:\\out\\BC.PDF')?.kind).toBe('exported');
    again.clear();
    expect(make().list()).toEqual([]);
  });
  it('keeps working when its file cannot be written', () => {
    const store = createRecentStore({
      file: '/ro/recent.json',
      io: { read: () => null, write: () => {
        throw new Error('EROFS');
      } },
      platform: 'linux',
      baseName: path.posix.basename,
      now: () => new Date(0),
    });
    expect(() => store.add('/a.xlsx', 'imported')).not.toThrow();
    expect(store.list()).toHaveLength(1);
  });
});
