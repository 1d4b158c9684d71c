// The default data folder: local (not roaming) app data. Roaming may sit on a network share, and
// Documents is often redirected into OneDrive, where a SQLite file being synced mid-write can be
// corrupted or duplicated; %LOCALAPPDATA% is never synced. The doors pass the result in as dbPath.
import os from 'node:os';
import path from 'node:path';

export const APP_DIR_NAME = 'TongHopBaoCao';
export const DB_FILE_NAME = 'tonghop.sqlite';

/** A platform's paths are joined its own way, whatever machine computes them (tests run everywhere). */
const pathsOf = (platform: NodeJS.Platform): path.PlatformPath => (platform === 'win32' ? path.win32 : path.posix);

/** `home` is the user's folder (os.homedir(); on Windows %USERPROFILE%), passed in so tests can stand in for another machine. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home: string = os.homedir()): string {
  if (env.TONGHOP_DATA_DIR) return env.TONGHOP_DATA_DIR;
  const p = pathsOf(platform);
  if (platform === 'win32') return p.join(env.LOCALAPPDATA ?? p.join(env.USERPROFILE ?? home, 'AppData', 'Local'), APP_DIR_NAME);
  if (platform === 'darwin') return p.join(home, 'Library', 'Application Support', APP_DIR_NAME);
  return p.join(env.XDG_DATA_HOME ?? p.join(home, '.local', 'share'), APP_DIR_NAME);
}

export function defaultDbPath(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home: string = os.homedir()): string {
  return env.TONGHOP_DB ?? pathsOf(platform).join(defaultDataDir(env, platform, home), DB_FILE_NAME);
}
