// What happens when the database cannot be opened at start. A damaged database (DB_CORRUPT) is the
// case that matters: the specialist is offered the newest automatic backup, or a backup file of
// their choosing, or to quit. Restoring runs the same checks as 'backup.restore' and keeps the
// damaged file beside the new one, so nothing is lost either way.
import fs from 'node:fs';
import path from 'node:path';
import { isAppError } from '../../shared/errors';
import { checkBackup, installBackup } from '../core/backup/backup-file';
import { FileStore } from '../core/files/store';

export type BackupRef = { path: string; name: string; mtime: Date };

export type RecoveryChoice = { kind: 'restore'; file: string } | { kind: 'pick-backup' } | { kind: 'retry' } | { kind: 'quit' };

export type StartupDialog = {
  type: 'error' | 'warning';
  title: string;
  message: string;
  detail: string;
  buttons: string[];
  defaultId: number;
  cancelId: number;
};

export type RecoveryPlan = { dialog: StartupDialog; choices: RecoveryChoice[] };

const TITLE = 'Tổng hợp báo cáo';

function when(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getHours())}:${p(d.getMinutes())} ngày ${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()}`;
}

function plan(type: StartupDialog['type'], message: string, detail: string, options: [string, RecoveryChoice][]): RecoveryPlan {
  const quitAt = options.findIndex(([, c]) => c.kind === 'quit');
  return {
    dialog: { type, title: TITLE, message, detail, buttons: options.map(([b]) => b), defaultId: 0, cancelId: quitAt >= 0 ? quitAt : options.length - 1 },
    choices: options.map(([, c]) => c),
  };
}

/** The dialog to show for an error from opening the service, and what each button means. */
export function startupRecoveryPlan(error: unknown, newest: BackupRef | null): RecoveryPlan {
  const code = isAppError(error) ? error.code : 'INTERNAL';
  const text = error instanceof Error ? error.message : String(error);
  const quit: [string, RecoveryChoice] = ['Thoát', { kind: 'quit' }];
  switch (code) {
    case 'DB_CORRUPT': {
      const keep = 'Khi khôi phục, cơ sở dữ liệu hiện tại được giữ lại bên cạnh (đuôi .before-restore-…) để có thể gửi kiểm tra.';
      if (newest) {
        return plan('error', 'Cơ sở dữ liệu bị hỏng. Khôi phục từ bản sao lưu gần nhất?', `${text}\n\nBản sao lưu tự động gần nhất: ${newest.name} (lúc ${when(newest.mtime)}). Dữ liệu nhập sau thời điểm đó cần nhập lại.\n${keep}`, [
          ['Khôi phục bản sao lưu gần nhất', { kind: 'restore', file: newest.path }],
          ['Chọn tệp sao lưu khác…', { kind: 'pick-backup' }],
          quit,
        ]);
      }
      return plan('error', 'Cơ sở dữ liệu bị hỏng và không có bản sao lưu tự động.', `${text}\n\nCó thể chọn một tệp sao lưu (.thbk) đã lưu trước đó.\n${keep}`, [
        ['Chọn tệp sao lưu…', { kind: 'pick-backup' }],
        quit,
      ]);
    }
    case 'DB_BUSY':
      return plan('warning', 'Cơ sở dữ liệu đang bận.', `${text}\n\nHãy đóng chương trình khác đang dùng dữ liệu (cửa sổ dòng lệnh tonghop) rồi thử lại.`, [
        ['Thử lại', { kind: 'retry' }],
        quit,
      ]);
    case 'DB_NEWER':
      return plan('error', 'Dữ liệu do phiên bản mới hơn của phần mềm tạo ra.', text, [quit]);
    default:
      return plan('error', 'Không khởi động được phần mềm.', text, [quit]);
  }
}

/** A button index from the dialog, or anything out of range (the window closed): quit. */
export function choiceFor(p: RecoveryPlan, response: number): RecoveryChoice {
  return p.choices[response] ?? { kind: 'quit' };
}

export type RecoveryDeps<S> = {
  open: () => S;
  newestBackup: () => BackupRef | null;
  /** Shows the dialog and returns the button pressed (dialog.showMessageBoxSync). */
  ask: (d: StartupDialog) => number;
  /** Lets the user pick a .thbk file; null when canceled. */
  pickBackup: () => string | null;
  restore: (file: string) => Promise<void>;
  /** A failed restore: say why, then the choice is offered again. */
  tell: (d: StartupDialog) => void;
};

/** Open the service, offering recovery until it opens or the user quits; null means quit. */
export async function openWithRecovery<S>(deps: RecoveryDeps<S>, maxRounds = 10): Promise<S | null> {
  for (let round = 0; round < maxRounds; round++) {
    let failure: unknown;
    try {
      return deps.open();
    } catch (e) {
      failure = e;
    }
    const p = startupRecoveryPlan(failure, deps.newestBackup());
    const choice = choiceFor(p, deps.ask(p.dialog));
    if (choice.kind === 'quit') return null;
    if (choice.kind === 'retry') continue;
    const file = choice.kind === 'restore' ? choice.file : deps.pickBackup();
    if (!file) continue;
    try {
      await deps.restore(file);
    } catch (e) {
      deps.tell({
        type: 'error',
        title: TITLE,
        message: 'Không khôi phục được từ tệp sao lưu này.',
        detail: e instanceof Error ? e.message : String(e),
        buttons: ['Đóng'],
        defaultId: 0,
        cancelId: 0,
      });
    }
  }
  return null;
}

/** The same checks and installation as 'backup.restore', for a database that cannot be opened. */
export async function restoreBackupFile(file: string, dbPath: string, now: Date): Promise<string> {
  const checked = await checkBackup(fs.readFileSync(file), path.basename(file));
  return installBackup(checked, dbPath, new FileStore(`${dbPath}-files`), now);
}
