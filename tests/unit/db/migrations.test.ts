import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../electron/core/db/migrations';
import { openDatabase, schemaVersion } from '../../../electron/core/db/open';
import type { UnitFamily } from '../../../shared/domain';
import { UNIT_FAMILY_LABELS } from '../../../shared/labels';
import { tempDir } from '../../helpers/temp';

describe('database opening and migrations', () => {
  it('creates the schema with WAL and foreign keys on a new file, without a backup', () => {
    const dir = tempDir();
    const db = openDatabase(path.join(dir, 'a.sqlite'));
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[];
    expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(['units', 'plans', 'plan_items', 'rounds', 'reports', 'report_entries', 'report_figures', 'stored_files', 'audit_log']));
    db.close();
    expect(fs.existsSync(path.join(dir, 'backups'))).toBe(false);
  });

  it('backs up an existing database before migrating it', () => {
    const dir = tempDir();
    const file = path.join(dir, 'old.sqlite');
    const raw = new Database(file);
    raw.exec('CREATE TABLE legacy (x INTEGER); INSERT INTO legacy VALUES (42);');
    raw.close();
    const db = openDatabase(file, { now: () => new Date('2026-01-02T03:04:05Z') });
    db.close();
    const backups = fs.readdirSync(path.join(dir, 'backups'));
    expect(backups).toHaveLength(1);
    const copy = new Database(path.join(dir, 'backups', backups[0]!), { readonly: true });
    expect(copy.prepare('SELECT x FROM legacy').get()).toEqual({ x: 42 });
    expect(copy.pragma('user_version', { simple: true })).toBe(0);
    copy.close();
  });

  it('reopening an up-to-date database changes nothing and takes no backup', () => {
    const dir = tempDir();
    const file = path.join(dir, 'a.sqlite');
    openDatabase(file).close();
    openDatabase(file).close();
    expect(fs.existsSync(path.join(dir, 'backups'))).toBe(false);
  });

  it('refuses a database written by a newer version', () => {
    const dir = tempDir();
    const file = path.join(dir, 'future.sqlite');
    const raw = new Database(file);
    raw.pragma('user_version = 999');
    raw.close();
    expect(() => openDatabase(file)).toThrow(/phiên bản mới hơn/);
  });

  it('0002 keeps a version-1 database’s rounds and adds the review queue and lock time', () => {
    const dir = tempDir();
    const file = path.join(dir, 'v1.sqlite');
    const raw = new Database(file);
    raw.exec(MIGRATIONS[0]!.sql);
    raw.pragma('user_version = 1');
    raw.exec("INSERT INTO plans (id, title, created_at) VALUES (1, 'KH', 'x'); INSERT INTO rounds (plan_id, label, due_date, locked) VALUES (1, 'Năm 2019', '2019-12-15', 1);");
    raw.close();
    const db = openDatabase(file);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(db.prepare('SELECT label, locked, locked_at FROM rounds').get()).toEqual({ label: 'Năm 2019', locked: 1, locked_at: null });
    expect(db.prepare("SELECT COUNT(*) AS n FROM sqlite_master WHERE name = 'review_items'").get()).toEqual({ n: 1 });
    db.close();
    expect(fs.readdirSync(path.join(dir, 'backups'))).toHaveLength(1);
  });

  it('0005 turns a version-4 database’s kind keys into families, each with a Vietnamese kind label', () => {
    const dir = tempDir();
    const file = path.join(dir, 'v4.sqlite');
    const raw = new Database(file);
    for (const m of MIGRATIONS.slice(0, 4)) raw.exec(m.sql);
    raw.pragma('user_version = 4');
    const add = raw.prepare('INSERT INTO units (code, name, kind, parent_code) VALUES (?, ?, ?, ?)');
    add.run('HUPG', 'Huyện ủy Phú Giáo', 'huyen-uy', null);
    add.run('XAL', 'Đảng ủy xã An Lạc', 'dang-uy-xa', 'HUPG');
    add.run('BTG', 'Ban Tuyên giáo Tỉnh ủy', 'ban-dang', null);
    add.run('MTTQ', 'Ủy ban MTTQ tỉnh', 'mttq-doan-the', null);
    add.run('KH', 'Trung tâm Hội nghị', 'khac', null);
    raw.exec("INSERT INTO unit_aliases (unit_id, ord, alias) SELECT id, 0, 'HU Phú Giáo' FROM units WHERE code = 'HUPG'");
    raw.close();

    const db = openDatabase(file);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(db.prepare('SELECT code, kind, family, parent_code FROM units ORDER BY code').all()).toEqual([
      { code: 'BTG', kind: 'Cơ quan tham mưu, giúp việc', family: 'ban-dang', parent_code: null },
      { code: 'HUPG', kind: 'Huyện ủy, thị ủy, thành ủy', family: 'huyen-uy', parent_code: null },
      { code: 'KH', kind: 'Khác', family: 'khac', parent_code: null },
      { code: 'MTTQ', kind: 'Mặt trận Tổ quốc, đoàn thể chính trị - xã hội', family: 'mttq-doan-the', parent_code: null },
      { code: 'XAL', kind: 'Đảng ủy xã, phường, thị trấn, đặc khu', family: 'dang-uy-xa', parent_code: 'HUPG' },
    ]);
    // The labels are the app's own family labels, so the UI shows one kind per family after the upgrade.
    for (const r of db.prepare('SELECT kind, family FROM units').all() as { kind: string; family: UnitFamily }[]) {
      expect(r.kind).toBe(UNIT_FAMILY_LABELS[r.family]);
    }
    expect(db.prepare('SELECT alias FROM unit_aliases').all()).toEqual([{ alias: 'HU Phú Giáo' }]);
    db.close();
  });

  it('detects a database damaged on purpose at open', () => {
    const dir = tempDir();
    const file = path.join(dir, 'c.sqlite');
    const db = openDatabase(file);
    db.exec("CREATE TABLE filler (x TEXT); INSERT INTO filler SELECT hex(randomblob(500)) FROM (WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 400) SELECT n FROM c);");
    db.close();
    const bytes = fs.readFileSync(file);
    bytes.fill(0x5a, 4096 * 2, 4096 * 6); // scribble over b-tree pages
    fs.writeFileSync(file, bytes);
    expect(() => openDatabase(file)).toThrow(expect.objectContaining({ code: 'DB_CORRUPT', message: expect.stringContaining('khôi phục') }));
    const header = fs.readFileSync(file);
    header.fill(0, 0, 100);
    fs.writeFileSync(file, header);
    expect(() => openDatabase(file)).toThrow(expect.objectContaining({ code: 'DB_CORRUPT' }));
  });
});
