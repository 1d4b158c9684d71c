// Pure checks on where the data lives, and backup naming.

/** SQLite's locking is unreliable over network file systems: warn when the data folder is on one. */
export function dataDirWarnings(dbPath: string): string[] {
  const out: string[] = [];
  if (/^\\\\|^\/\//.test(dbPath)) {
    out.push('Thư mục dữ liệu nằm trên ổ mạng: cơ sở dữ liệu SQLite có thể hỏng khi dùng qua mạng. Hãy chuyển dữ liệu về ổ đĩa của máy.');
  }
  if (/\\AppData\\Roaming\\/i.test(dbPath)) {
    out.push('Dữ liệu đang ở thư mục Roaming, có thể bị đồng bộ lên máy chủ; nên dùng thư mục Local.');
  }
  return out;
}

export function backupFileName(at: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `TongHopBaoCao-saoluu-${at.getFullYear()}${p(at.getMonth() + 1)}${p(at.getDate())}-${p(at.getHours())}${p(at.getMinutes())}.thbk`;
}
