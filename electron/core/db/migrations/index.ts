// The ordered list of migrations. Append only: version N is the N-th entry.
import m0001 from './0001-init.sql';

export type Migration = { version: number; name: string; sql: string };

export const MIGRATIONS: readonly Migration[] = [{ version: 1, name: '0001-init', sql: m0001 }];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
