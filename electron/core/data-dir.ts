// The default data folder: local (not roaming) app data, since Roaming may sit on a network share.
import os from 'node:os';
import path from 'node:path';

export const APP_DIR_NAME = 'TongHopBaoCao';

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.TONGHOP_DATA_DIR) return env.TONGHOP_DATA_DIR;
  if (platform === 'win32') return path.join(env.LOCALAPPDATA ?? path.join(os.homedir(), 'AppData', 'Local'), APP_DIR_NAME);
  if (platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support', APP_DIR_NAME);
  return path.join(env.XDG_DATA_HOME ?? path.join(os.homedir(), '.local', 'share'), APP_DIR_NAME);
}

export function defaultDbPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.TONGHOP_DB ?? path.join(defaultDataDir(env), 'tonghop.sqlite');
}
