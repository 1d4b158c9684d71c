// The installer config is checked here against electron-builder's own JSON schema, since the
// installer itself can only be built on Windows with internet.
import fs from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { REPO } from '../../helpers/temp';

const config = parse(fs.readFileSync(path.join(REPO, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;

describe('electron-builder.yml', () => {
  it('validates against electron-builder’s schema', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(REPO, 'node_modules', 'app-builder-lib', 'scheme.json'), 'utf8'));
    const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true });
    const validate = ajv.compile(schema);
    const ok = validate(config);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });
  it('installs per user without admin, in Vietnamese, with shortcuts and a portable build', () => {
    const nsis = config.nsis as Record<string, unknown>;
    expect(nsis).toMatchObject({ oneClick: false, perMachine: false, createDesktopShortcut: 'always', createStartMenuShortcut: true });
    expect(nsis.installerLanguages).toEqual(['vi_VN']);
    expect(config.productName).toBe('Tổng hợp báo cáo');
    const targets = ((config.win as Record<string, unknown>).target as { target: string }[]).map((t) => t.target);
    expect(targets).toEqual(expect.arrayContaining(['nsis', 'portable']));
    expect(config.asarUnpack).toEqual(expect.arrayContaining([expect.stringContaining('better-sqlite3')]));
    expect(config.publish).toBeNull();
  });
});
