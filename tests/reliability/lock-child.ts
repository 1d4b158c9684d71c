// Child process for the concurrency test: another program holding the database. Opens the file
// with better-sqlite3 directly, takes a lock, prints 'ready', holds it for HOLD ms, then releases.
// Usage: node lock-child.mjs <db> <write|exclusive> <holdMs>
//   write      BEGIN IMMEDIATE: other writers wait or get SQLITE_BUSY; readers go on (WAL).
//   exclusive  locking_mode EXCLUSIVE + a write: nobody else can even read.
import Database from 'better-sqlite3';

const [file, mode, hold] = process.argv.slice(2);
if (!file || (mode !== 'write' && mode !== 'exclusive')) {
  process.stderr.write('usage: lock-child <db> <write|exclusive> <holdMs>\n');
  process.exit(64);
}
const db = new Database(file);
if (mode === 'exclusive') db.pragma('locking_mode = EXCLUSIVE');
db.exec('BEGIN IMMEDIATE');
db.prepare("INSERT OR REPLACE INTO settings (key, value) VALUES ('lock-child', ?)").run(String(process.pid));
process.stdout.write('ready\n');
// A blocked thread, like a long transaction in another program.
Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Number(hold ?? 1000));
db.exec('COMMIT');
db.close();
process.stdout.write('released\n');
