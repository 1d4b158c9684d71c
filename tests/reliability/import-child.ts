// Child process for the kill test: opens the database the way createService does (pragmas,
// quick_check, migrations, sweep of uncommitted originals) and imports a batch of files through
// the real importReport — real store writes, real transactions — one file after another, printing
// a line per file so the parent knows how far it got when it sends SIGKILL.
// Usage: node import-child.mjs <db> <replay.json> <file>...
// The parse step replays what the real reader returned for each file (see seed.ts): parsing writes
// nothing, and skipping it keeps a child's start under 200 ms so hundreds of kills fit the budget.
import fs from 'node:fs';
import path from 'node:path';
import { allStoredShas } from '../../electron/core/db/files';
import { openDatabase } from '../../electron/core/db/open';
import { FileStore } from '../../electron/core/files/store';
import { importReport } from '../../electron/core/imports/import-report';
import type { NormalizedReport } from '../../electron/core/imports/normalized-report';
import { replayParser } from './support/replay';

const [dbPath, replayFile, ...files] = process.argv.slice(2);
if (!dbPath || !replayFile) {
  process.stderr.write('usage: import-child <db> <replay.json> <file>...\n');
  process.exit(64);
}
const reports = JSON.parse(fs.readFileSync(replayFile, 'utf8')) as Record<string, NormalizedReport>;
const db = openDatabase(dbPath);
const store = new FileStore(`${dbPath}-files`);
store.sweep(allStoredShas(db));
process.stdout.write('ready\n');
const deps = { db, store, now: () => new Date(), parse: replayParser(reports) };
for (const [i, f] of files.entries()) {
  const r = await importReport(deps, { bytes: fs.readFileSync(f), fileName: path.basename(f), receivedAt: '2019-07-14' });
  process.stdout.write(`done ${i} ${r.outcome}${r.error ? ` ${r.error.code}` : ''}\n`);
}
db.close();
