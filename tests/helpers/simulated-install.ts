// A folder laid out like the installed Windows app, from the files electron-builder would pack
// (electron-builder-pack.ts): <root>/resources/app.asar, app.asar.unpacked/ and resources/. The
// archive is written with @electron/asar the way electron-builder writes it (files marked unpacked
// land in app.asar.unpacked), so plain Node sees exactly what it could reach outside Electron.
// 'folder' writes app.asar as a plain folder instead: it stands in for Electron's own asar-aware
// fs where a test runs Electron main against fakes.
import fs from 'node:fs';
import path from 'node:path';
import { asar } from './electron-builder-pack';
import type { PackedFile } from './electron-builder-pack';

export type InstallShape = 'archive' | 'folder';

function copy(src: string, dest: string): void {
  fs.mkdirSync(path.dirname(dest), { recursive: true });
  fs.copyFileSync(src, dest);
}

/** Lays out the install under `root`; returns its resources folder (what Electron calls process.resourcesPath). */
export async function simulateInstall(root: string, pack: readonly PackedFile[], shape: InstallShape): Promise<string> {
  const resourcesPath = path.join(root, 'resources');
  const inArchive = pack.filter((f) => f.where !== 'extra');
  for (const f of pack.filter((p) => p.where === 'extra')) copy(f.src, path.join(resourcesPath, ...f.dest.split('/')));
  if (shape === 'folder') {
    // Electron shows an unpacked file through the archive's path too; on disk it is in app.asar.unpacked.
    for (const f of inArchive) {
      copy(f.src, path.join(resourcesPath, ...f.dest.replace(/^app\.asar\.unpacked\//, 'app.asar/').split('/')));
      if (f.where === 'unpacked') copy(f.src, path.join(resourcesPath, ...f.dest.split('/')));
    }
    return resourcesPath;
  }
  const streams: unknown[] = [];
  const dirs = new Set<string>();
  for (const f of inArchive) {
    const inner = f.dest.replace(/^app\.asar(\.unpacked)?\//, '');
    const parts = inner.split('/').slice(0, -1);
    for (let i = 1; i <= parts.length; i++) {
      const dir = parts.slice(0, i).join(path.sep);
      if (!dirs.has(dir)) {
        dirs.add(dir);
        streams.push({ type: 'directory', path: dir, unpacked: false });
      }
    }
    const stat = fs.statSync(f.src);
    streams.push({ type: 'file', path: inner.split('/').join(path.sep), streamGenerator: () => fs.createReadStream(f.src), unpacked: f.where === 'unpacked', stat: { mode: stat.mode, size: stat.size } });
  }
  await asar.createPackageFromStreams(path.join(resourcesPath, 'app.asar'), streams);
  return resourcesPath;
}
