// The one place that says where the app's files are (electron/core/paths.ts), for the layouts a
// door can start from: the repository and an electron-builder install, with Windows paths as a
// specialist's machine has them (diacritics, spaces, deep folders).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findSourceRoot, packagedLayout, sourceLayout } from '../../../electron/core/paths';
import { runtimeFiles } from '../../../electron/core/runtime-files';
import { REPO } from '../../helpers/temp';

const INSTALL = 'C:\\Users\\Nguyễn Văn Ánh\\AppData\\Local\\Programs\\TongHopBaoCao\\resources';

describe('packagedLayout', () => {
  it('puts the worker beside app.asar (unpacked), preload and renderer inside it, data in resources\\resources', () => {
    expect(packagedLayout(INSTALL, path.win32)).toEqual({
      workerFile: `${INSTALL}\\app.asar.unpacked\\dist\\workers\\parse-worker.mjs`,
      preloadFile: `${INSTALL}\\app.asar\\dist\\electron\\preload.cjs`,
      rendererDir: `${INSTALL}\\app.asar\\dist\\renderer`,
      resourcesDir: `${INSTALL}\\resources`,
    });
  });

  it('keeps a folder chosen at install time whole, past 260 characters', () => {
    const deep = `D:\\Phần mềm của Văn phòng Tỉnh ủy\\${'Thư mục con có dấu và khoảng trắng\\'.repeat(8)}Tổng hợp báo cáo\\resources`;
    const layout = packagedLayout(deep, path.win32);
    expect(layout.workerFile.length).toBeGreaterThan(260);
    expect(layout.workerFile.startsWith(`${deep}\\app.asar.unpacked\\`)).toBe(true);
    const fonts = runtimeFiles(layout, path.win32).filter((f) => f.part === 'resources');
    expect(fonts.map((f) => f.path)).toContain(`${deep}\\resources\\fonts\\Tinos-Regular.ttf`);
  });
});

describe('sourceLayout and findSourceRoot', () => {
  it('finds the repository from a door’s folder and lays dist/ beside resources/', () => {
    expect(findSourceRoot(path.join(REPO, 'dist', 'cli'))).toBe(REPO);
    expect(findSourceRoot(path.join(REPO, 'electron', 'cli'))).toBe(REPO);
    expect(sourceLayout(REPO)).toEqual({
      workerFile: path.join(REPO, 'dist', 'workers', 'parse-worker.mjs'),
      preloadFile: path.join(REPO, 'dist', 'electron', 'preload.cjs'),
      rendererDir: path.join(REPO, 'dist', 'renderer'),
      resourcesDir: path.join(REPO, 'resources'),
    });
  });

  it('needs package.json beside resources/, and says so in Vietnamese when there is none', () => {
    const only = new Set([path.resolve('/a/package.json'), path.resolve('/a/b/package.json'), path.resolve('/a/b/resources')]);
    expect(findSourceRoot(path.resolve('/a/b/c/d'), (p) => only.has(p))).toBe(path.resolve('/a/b'));
    expect(() => findSourceRoot(path.resolve('/x/y'), () => false)).toThrow(/Không tìm thấy thư mục của phần mềm/);
  });
});
