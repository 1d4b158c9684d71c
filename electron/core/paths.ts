// Where the app's own files are. The door that starts the engine (Electron main, the CLI, the
// bridge, the smoke run, the scripts) builds an InstallLayout from what it knows about how it was
// started and hands it in; the engine only reads it and never guesses from its own file's place,
// because that place differs between the repository, dist/ and an installed app.asar.
import fs from 'node:fs';
import path from 'node:path';

export const APP_VERSION = '0.1.0';

export type InstallLayout = {
  /** Data read at run time: fonts/, calendar/, samples/ (and any data folder added later, e.g. ocr/). */
  resourcesDir: string;
  /** The parse worker: one self-contained bundle on a real file path (worker threads cannot load from app.asar). */
  workerFile: string;
  /** The built renderer (index.html and its assets). */
  rendererDir: string;
  /** Electron's preload script (CommonJS, sandboxed). */
  preloadFile: string;
};

/** The built files, relative to the app's root: the repository, or app.asar once packaged. */
export const BUILT = {
  worker: ['dist', 'workers', 'parse-worker.mjs'],
  renderer: ['dist', 'renderer'],
  preload: ['dist', 'electron', 'preload.cjs'],
} as const;

type PathApi = Pick<typeof path, 'join'>;

/** Running from the repository (`electron .`, the CLI, the bridge): dist/ and resources/ side by side. */
export function sourceLayout(appRoot: string, p: PathApi = path): InstallLayout {
  return {
    resourcesDir: p.join(appRoot, 'resources'),
    workerFile: p.join(appRoot, ...BUILT.worker),
    rendererDir: p.join(appRoot, ...BUILT.renderer),
    preloadFile: p.join(appRoot, ...BUILT.preload),
  };
}

/**
 * Installed by electron-builder (electron-builder.yml): `resourcesPath` (Electron's
 * process.resourcesPath) holds app.asar (dist/, package.json, node_modules/), app.asar.unpacked
 * (asarUnpack: the worker, native modules) and resources/ (extraResources).
 */
export function packagedLayout(resourcesPath: string, p: PathApi = path): InstallLayout {
  const asar = p.join(resourcesPath, 'app.asar');
  return {
    resourcesDir: p.join(resourcesPath, 'resources'),
    workerFile: p.join(`${asar}.unpacked`, ...BUILT.worker),
    rendererDir: p.join(asar, ...BUILT.renderer),
    preloadFile: p.join(asar, ...BUILT.preload),
  };
}

/**
 * The repository a door runs from: the first folder at or above `startDir` holding package.json
 * beside resources/. The door passes its own folder (dist/cli, electron/cli, a test bundle's folder).
 */
export function findSourceRoot(startDir: string, exists: (p: string) => boolean = fs.existsSync): string {
  let dir = path.resolve(startDir);
  for (;;) {
    if (exists(path.join(dir, 'package.json')) && exists(path.join(dir, 'resources'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`Không tìm thấy thư mục của phần mềm (package.json bên cạnh resources/) từ ${startDir}.`);
    dir = parent;
  }
}
