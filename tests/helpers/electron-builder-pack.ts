// What electron-builder would put in the installed app, computed from electron-builder.yml with
// electron-builder's own file-matching code: the FileMatcher functions of the app-builder-lib its
// packager runs (resolved through the electron-builder in node_modules, so the rules are the ones the
// Windows build uses), in the order its PlatformPackager.doPack applies them. Only Electron itself and
// node_modules (collected by npm, checked separately against package.json) are left out.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parse } from 'yaml';

/** Where a packed file lands: inside app.asar, unpacked beside it (asarUnpack), or in resources/ (extraResources). */
export type PackedWhere = 'asar' | 'unpacked' | 'extra';
/** `dest` is relative to the installed app's resources folder (process.resourcesPath), with '/'. */
export type PackedFile = { src: string; dest: string; where: PackedWhere };
export type BuilderConfig = Record<string, unknown> & { directories?: { output?: string; buildResources?: string } };

type Filter = (file: string, stat: fs.Stats) => boolean;
type Minimatch = { negate: boolean };
type FileMatcher = { from: string; to: string; patterns: string[]; excludePatterns: Minimatch[] | null; createFilter(): Filter; computeParsedPatterns(out: Minimatch[], fromDir?: string): void; isEmpty(): boolean; containsOnlyIgnore(): boolean; prependPattern(p: string): void };
type MatcherOptions = { macroExpander: (p: string) => string; customBuildOptions: Record<string, unknown>; globalOutDir: string; defaultSrc: string };
type FileMatcherModule = {
  getFileMatchers(config: BuilderConfig, name: string, defaultDestination: string, options: MatcherOptions): FileMatcher[] | null;
  getMainFileMatchers(appDir: string, destination: string, macroExpander: (p: string) => string, platformOptions: Record<string, unknown>, platformPackager: unknown, outDir: string, isElectronCompile: boolean): FileMatcher[];
};
type MacroModule = { expandMacro(pattern: string, arch: string | null, appInfo: Record<string, string>, extra?: Record<string, string>): string };
type BuilderUtil = { walk(dir: string, filter?: Filter | null): Promise<string[]> };

const here = createRequire(import.meta.url);
const fromBuilder = createRequire(here.resolve('electron-builder/package.json'));
const fromLib = createRequire(fromBuilder.resolve('app-builder-lib/package.json'));
const fileMatcher = fromLib('./out/fileMatcher.js') as FileMatcherModule;
const macro = fromLib('./out/util/macroExpander.js') as MacroModule;
const builderUtil = fromLib('builder-util') as BuilderUtil;

/** @electron/asar as app-builder-lib loads it to write app.asar. */
export const asar = fromLib('@electron/asar') as {
  createPackageFromStreams(dest: string, streams: unknown[]): Promise<unknown>;
  listPackage(archive: string, options: { isPack: boolean }): string[];
};

export function readBuilderConfig(projectDir: string): BuilderConfig {
  return parse(fs.readFileSync(path.join(projectDir, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
}

// A stand-in install root: electron-builder resolves destinations against the app's output folder.
const INSTALL = path.resolve('/__install__');
const RESOURCES_PATH = path.join(INSTALL, 'resources');

async function walkMatcher(m: FileMatcher): Promise<string[]> {
  if (!fs.existsSync(m.from)) return [];
  if (fs.statSync(m.from).isFile()) return [m.from];
  // As copyFiles does for extraResources/extraFiles given only exclusions.
  if (m.isEmpty() || m.containsOnlyIgnore()) m.prependPattern('**/*');
  const files = await builderUtil.walk(m.from, m.createFilter());
  return files.filter((f) => fs.statSync(f).isFile());
}

function rel(dest: string): string {
  return path.relative(RESOURCES_PATH, dest).split(path.sep).join('/');
}

/** The files electron-builder would pack for Windows from `projectDir`, by where they land. */
export async function computePack(projectDir: string, config: BuilderConfig = readBuilderConfig(projectDir), arch = 'x64'): Promise<PackedFile[]> {
  const pkg = JSON.parse(fs.readFileSync(path.join(projectDir, 'package.json'), 'utf8')) as { name: string; productName?: string; version: string };
  const appInfo = { productName: pkg.productName ?? pkg.name, sanitizedProductName: pkg.productName ?? pkg.name, name: pkg.name, version: pkg.version };
  const macroExpander = (p: string): string => macro.expandMacro(p, arch, appInfo, { '/*': '{,/**/*}' });
  const platformOptions = (config.win ?? {}) as Record<string, unknown>;
  const outDir = path.resolve(projectDir, config.directories?.output ?? 'dist');
  const options: MatcherOptions = { macroExpander, customBuildOptions: platformOptions, globalOutDir: outDir, defaultSrc: projectDir };

  // doPack: extra resources (and extra files) first; their patterns are excluded from the app files.
  const excludePatterns: Minimatch[] = [];
  const extraResources = fileMatcher.getFileMatchers(config, 'extraResources', RESOURCES_PATH, options) ?? [];
  const extraFiles = fileMatcher.getFileMatchers(config, 'extraFiles', INSTALL, options) ?? [];
  for (const m of [...extraResources, ...extraFiles]) m.computeParsedPatterns(excludePatterns, projectDir);

  const packager = {
    info: { isPrepackedAppAsar: false, projectDir, buildResourcesDir: path.resolve(projectDir, config.directories?.buildResources ?? 'build'), config, debugLogger: { isEnabled: false } },
  };
  const appDest = path.join(RESOURCES_PATH, 'app');
  const main = fileMatcher.getMainFileMatchers(projectDir, appDest, macroExpander, platformOptions, packager, outDir, false);
  if (excludePatterns.length > 0) for (const m of main) m.excludePatterns = excludePatterns;
  const unpack = fileMatcher.getFileMatchers(config, 'asarUnpack', appDest, { ...options, defaultSrc: projectDir })?.[0]?.createFilter() ?? null;

  const out: PackedFile[] = [];
  for (const m of main) {
    for (const src of await walkMatcher(m)) {
      const inApp = rel(path.join(m.to, path.relative(m.from, src))).replace(/^app\//, '');
      const unpacked = config.asar !== false && unpack !== null && unpack(src, fs.statSync(src));
      out.push({ src, dest: `app.asar${unpacked ? '.unpacked' : ''}/${inApp}`, where: unpacked ? 'unpacked' : 'asar' });
    }
  }
  for (const m of extraResources) {
    for (const src of await walkMatcher(m)) out.push({ src, dest: rel(path.join(m.to, path.relative(m.from, src))), where: 'extra' });
  }
  return out;
}

/** Whether asarUnpack unpacks this path of the app (relative to the project, '/'-separated). */
export function isUnpackedBy(config: BuilderConfig, projectDir: string, relPath: string): boolean {
  const options: MatcherOptions = { macroExpander: (p) => p, customBuildOptions: {}, globalOutDir: path.join(projectDir, 'release'), defaultSrc: projectDir };
  const filter = fileMatcher.getFileMatchers(config, 'asarUnpack', path.join(RESOURCES_PATH, 'app'), options)?.[0]?.createFilter();
  if (!filter) return false;
  const file = path.join(projectDir, ...relPath.split('/'));
  const stat = { isDirectory: () => false, isFile: () => true, isSymbolicLink: () => false } as fs.Stats;
  return filter(file, stat);
}
