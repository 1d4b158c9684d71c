import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bringToFront, createFileInbox, filesFromArgv, MAX_FILES_PER_LAUNCH } from '../../../electron/main/file-inbox';

const existing = new Set(['/home/u/bc1.xlsx', '/home/u/Báo cáo/bc 2.docx', '/srv/kh.pdf']);
const opts = (isPackaged: boolean, platform: NodeJS.Platform = 'linux') => ({
  isPackaged,
  cwd: '/home/u',
  resolve: path.posix.resolve,
  isFile: (p: string) => existing.has(p),
  platform,
});

describe('files named on the command line', () => {
  it('keeps only existing files after the executable, resolved against the launch folder', () => {
    const argv = ['/opt/TongHop/tonghop', 'bc1.xlsx', '/home/u/Báo cáo/bc 2.docx', 'missing.xlsx', '/home/u'];
    expect(filesFromArgv(argv, opts(true))).toEqual(['/home/u/bc1.xlsx', '/home/u/Báo cáo/bc 2.docx']);
  });
  it('skips the app path in development and Chromium’s own switches in a second instance', () => {
    const argv = ['/usr/lib/electron', '.', '--allow-file-access-from-files', '--original-process-start-time=1337', '/srv/kh.pdf'];
    expect(filesFromArgv(argv, opts(false))).toEqual(['/srv/kh.pdf']);
    // In a packaged app the first argument is a file, not the app.
    expect(filesFromArgv(['/opt/app', '/srv/kh.pdf'], opts(true))).toEqual(['/srv/kh.pdf']);
    expect(filesFromArgv(['/opt/app', '/srv/kh.pdf'], opts(false))).toEqual([]);
  });
  it('lists a file once, however it is spelled, and nothing for a bare launch', () => {
    expect(filesFromArgv(['/opt/app', 'bc1.xlsx', './bc1.xlsx', '/home/u/bc1.xlsx'], opts(true))).toEqual(['/home/u/bc1.xlsx']);
    expect(filesFromArgv(['/opt/app'], opts(true))).toEqual([]);
    expect(filesFromArgv([], opts(true))).toEqual([]);
  });
  it('treats Windows paths that differ only in case as one file', () => {
    const win = { ...opts(true, 'win32'), cwd: 'C:\\Users\\u', resolve: path.win32.resolve, isFile: () => true };
    expect(filesFromArgv(['C:\\App\\app.exe', 'C:\\BC\\a.xlsx', 'c:\\bc\\A.XLSX', 'b.pdf'], win)).toEqual(['C:\\BC\\a.xlsx', 'C:\\Users\\u\\b.pdf']);
  });
  it('survives a file system check that throws, and caps a runaway selection', () => {
    const throwing = { ...opts(true), isFile: () => {
      throw new Error('EACCES');
    } };
    expect(filesFromArgv(['/opt/app', '/srv/kh.pdf'], throwing)).toEqual([]);
    const many = ['/opt/app', ...Array.from({ length: MAX_FILES_PER_LAUNCH + 20 }, (_, i) => `/f/${i}.xlsx`)];
    expect(filesFromArgv(many, { ...opts(true), isFile: () => true })).toHaveLength(MAX_FILES_PER_LAUNCH);
  });
});

describe('the open-files inbox', () => {
  it('holds files until the page listens, then sends them at once', () => {
    const sent: string[][] = [];
    const inbox = createFileInbox((p) => sent.push(p));
    inbox.add(['/a.xlsx']);
    inbox.add([]);
    inbox.add(['/b.pdf']);
    expect(sent).toEqual([]);
    expect(inbox.pending()).toEqual(['/a.xlsx', '/b.pdf']);
    inbox.ready();
    expect(sent).toEqual([['/a.xlsx', '/b.pdf']]);
    inbox.add(['/c.docx']);
    expect(sent).toEqual([['/a.xlsx', '/b.pdf'], ['/c.docx']]);
    inbox.add([]);
    expect(sent).toHaveLength(2);
  });
  it('queues again while the page reloads', () => {
    const sent: string[][] = [];
    const inbox = createFileInbox((p) => sent.push(p));
    inbox.ready();
    inbox.reset();
    inbox.add(['/a.xlsx']);
    expect(sent).toEqual([]);
    inbox.ready();
    inbox.ready();
    expect(sent).toEqual([['/a.xlsx']]);
  });
});

describe('second launch', () => {
  it('restores a minimized window and focuses it', () => {
    const calls: string[] = [];
    const win = { isMinimized: () => true, restore: () => calls.push('restore'), show: () => calls.push('show'), focus: () => calls.push('focus') };
    bringToFront(win);
    expect(calls).toEqual(['restore', 'show', 'focus']);
    calls.length = 0;
    bringToFront({ ...win, isMinimized: () => false });
    expect(calls).toEqual(['show', 'focus']);
    expect(() => bringToFront(null)).not.toThrow();
  });
});
