// The ordered list of migrations. Append only: version N is the N-th entry.
import m0001 from './0001-init.sql';
import m0002 from './0002-review-queue.sql';
import m0003 from './0003-reminders.sql';
import m0004 from './0004-cumulative-figures.sql';
import m0005 from './0005-unit-kind-words.sql';
import m0006 from './0006-report-reading.sql';
import m0007 from './0007-scans.sql';
import m0008 from './0008-unit-rows.sql';
import m0009 from './0009-status-index.sql';
import m0010 from './0010-status-digest.sql';

export type Migration = { version: number; name: string; sql: string };

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: '0001-init', sql: m0001 },
  { version: 2, name: '0002-review-queue', sql: m0002 },
  { version: 3, name: '0003-reminders', sql: m0003 },
  { version: 4, name: '0004-cumulative-figures', sql: m0004 },
  { version: 5, name: '0005-unit-kind-words', sql: m0005 },
  { version: 6, name: '0006-report-reading', sql: m0006 },
  { version: 7, name: '0007-scans', sql: m0007 },
  { version: 8, name: '0008-unit-rows', sql: m0008 },
  { version: 9, name: '0009-status-index', sql: m0009 },
  { version: 10, name: '0010-status-digest', sql: m0010 },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
