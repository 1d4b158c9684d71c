// app.info, backup and restore, document settings.
import path from 'node:path';
import type { ApiHandlers } from '../../../shared/api';
import { backupFileName, dataDirWarnings } from '../backup/data-dir-checks';
import { writeAudit } from '../db/audit';
import { openDatabase, schemaVersion } from '../db/open';
import { loadDocumentSettings, saveDocumentSettings } from '../document-settings';
import { APP_VERSION } from '../paths';
import type { ServiceContext } from './context';

// The backup reader and writer (zip) load on first use.
const backupFile = () => import('../backup/backup-file');

type Methods = 'app.info' | 'backup.create' | 'backup.restore' | 'settings.getDocument' | 'settings.saveDocument';

export function appHandlers(ctx: ServiceContext): Pick<ApiHandlers, Methods> {
  return {
    'app.info': () => ({
      version: APP_VERSION,
      dataDir: path.dirname(path.resolve(ctx.dbPath)),
      dbPath: path.resolve(ctx.dbPath),
      schemaVersion: schemaVersion(ctx.db),
      warnings: dataDirWarnings(path.resolve(ctx.dbPath)),
    }),
    'backup.create': async () => {
      const { createBackup } = await backupFile();
      return { fileName: backupFileName(ctx.now()), dataBase64: createBackup(ctx.db, ctx.store, ctx.now()).toString('base64') };
    },
    'backup.restore': async ({ file }) => {
      const { checkBackup, installBackup } = await backupFile();
      // Everything is checked before the current database is touched.
      const checked = await checkBackup(ctx.readInput(file), file.name);
      let kept = '';
      ctx.replaceDb(() => {
        kept = installBackup(checked, ctx.dbPath, ctx.store, ctx.now());
        return openDatabase(ctx.dbPath, { now: ctx.now });
      });
      writeAudit(ctx.db, ctx.stamp(), 'restore', 'database', file.name, `sao lưu lúc ${checked.manifest.createdAt}`);
      return { restoredFrom: file.name, createdAt: checked.manifest.createdAt, files: checked.files.size, previousKeptAs: kept };
    },
    'settings.getDocument': () => loadDocumentSettings(ctx.db),
    'settings.saveDocument': (s) => saveDocumentSettings(ctx.db, s),
  };
}
