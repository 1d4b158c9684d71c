// Where the database lives on a specialist's Windows machine: the user folder has diacritics and
// spaces, Documents (and often the whole profile's known folders) is redirected into OneDrive, and
// Roaming may be a network share. The data must stay in %LOCALAPPDATA%, which nothing syncs.
import { describe, expect, it } from 'vitest';
import { defaultDataDir, defaultDbPath } from '../../../electron/core/data-dir';

const USER = 'C:\\Users\\Nguyễn Văn Ánh';
const windows = {
  USERPROFILE: USER,
  LOCALAPPDATA: `${USER}\\AppData\\Local`,
  APPDATA: `${USER}\\AppData\\Roaming`,
  OneDrive: `${USER}\\OneDrive - Văn phòng Tỉnh ủy`,
  OneDriveCommercial: `${USER}\\OneDrive - Văn phòng Tỉnh ủy`,
  OneDriveConsumer: `${USER}\\OneDrive`,
};

describe('the data folder on Windows', () => {
  it('is %LOCALAPPDATA%\\TongHopBaoCao, even with Documents in OneDrive and a Vietnamese user name', () => {
    expect(defaultDataDir(windows, 'win32', '/home/ignored')).toBe(`${USER}\\AppData\\Local\\TongHopBaoCao`);
    expect(defaultDbPath(windows, 'win32', '/home/ignored')).toBe(`${USER}\\AppData\\Local\\TongHopBaoCao\\tonghop.sqlite`);
    expect(defaultDbPath(windows, 'win32')).not.toMatch(/OneDrive|Documents|Roaming/);
  });

  it('falls back to the profile’s AppData\\Local when LOCALAPPDATA is unset', () => {
    const { LOCALAPPDATA: _l, ...env } = windows;
    expect(defaultDataDir(env, 'win32', '/home/ignored')).toBe(`${USER}\\AppData\\Local\\TongHopBaoCao`);
    expect(defaultDataDir({}, 'win32', 'D:\\Hồ sơ\\Trần Thị Bình')).toBe('D:\\Hồ sơ\\Trần Thị Bình\\AppData\\Local\\TongHopBaoCao');
  });

  it('gives way to TONGHOP_DB and TONGHOP_DATA_DIR', () => {
    expect(defaultDbPath({ ...windows, TONGHOP_DB: 'E:\\Dữ liệu\\thử.sqlite' }, 'win32')).toBe('E:\\Dữ liệu\\thử.sqlite');
    expect(defaultDbPath({ ...windows, TONGHOP_DATA_DIR: 'E:\\Tổng hợp' }, 'win32')).toBe('E:\\Tổng hợp\\tonghop.sqlite');
  });
});

describe('the data folder elsewhere', () => {
  it('is the XDG data folder on Linux and Application Support on macOS', () => {
    expect(defaultDataDir({}, 'linux', '/home/nguyen van anh')).toBe('/home/nguyen van anh/.local/share/TongHopBaoCao');
    expect(defaultDataDir({ XDG_DATA_HOME: '/data/xdg' }, 'linux', '/home/x')).toBe('/data/xdg/TongHopBaoCao');
    expect(defaultDataDir({}, 'darwin', '/Users/anh')).toBe('/Users/anh/Library/Application Support/TongHopBaoCao');
  });
});
