// The smoke run's own decisions: which folder the command line names, and that a broken install
// or a missing folder fails with a Vietnamese reason and exit code 1 (the full run, through the
// worker of a simulated install, is in tests/integration/package-contents and main-smoke).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceLayout } from '../../../electron/core/paths';
import { runSmokeTest, smokeExitCode, smokeTestDir, SMOKE_RESULT_FILE, writeSmokeResult } from '../../../electron/main/smoke-test';
import { REPO, tempDir } from '../../helpers/temp';

const resolve = path.win32.resolve;
const CWD = 'C:\\Users\\Nguyễn Văn Ánh\\Tải về';

describe('smokeTestDir', () => {
  it('reads the folder after --smoke-test, or after =, against the launching folder', () => {
    expect(smokeTestDir(['TongHopBaoCao.exe', '--smoke-test', 'Kết quả'], CWD, resolve)).toBe('C:\\Users\\Nguyễn Văn Ánh\\Tải về\\Kết quả');
    expect(smokeTestDir(['electron', '.', '--smoke-test=D:\\Thử nghiệm'], CWD, resolve)).toBe('D:\\Thử nghiệm');
  });
  it('is empty when the flag names no folder, and null when there is no flag', () => {
    expect(smokeTestDir(['TongHopBaoCao.exe', '--smoke-test'], CWD, resolve)).toBe('');
    expect(smokeTestDir(['TongHopBaoCao.exe', '--smoke-test', '--verbose'], CWD, resolve)).toBe('');
    expect(smokeTestDir(['TongHopBaoCao.exe', '--smoke-test='], CWD, resolve)).toBe('');
    expect(smokeTestDir(['TongHopBaoCao.exe', 'Báo cáo.xlsx'], CWD, resolve)).toBeNull();
  });
});

describe('runSmokeTest', () => {
  it('refuses to run without a folder', async () => {
    const r = await runSmokeTest({ layout: sourceLayout(REPO), dir: '', check: ['resources'] });
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('--smoke-test') } });
    expect(smokeExitCode(r)).toBe(1);
  });

  it('names every missing file of a broken install and writes nothing but its result', async () => {
    const dir = path.join(tempDir(), 'Kết quả');
    const layout = { ...sourceLayout(path.join(tempDir(), 'cài đặt hỏng')), resourcesDir: path.join(REPO, 'resources') };
    const r = await runSmokeTest({ layout, dir, check: ['worker', 'preload', 'renderer', 'resources'] });
    expect(r.ok).toBe(false);
    expect(r.error?.message).toContain('Thiếu bộ đọc tệp báo cáo');
    expect(r.error?.message).toContain('Thiếu cầu nối giao diện');
    expect(r.error?.message).toContain('Thiếu giao diện');
    expect(r.error?.message).not.toContain('phông chữ');
    expect(fs.existsSync(dir)).toBe(false);
    const line = writeSmokeResult(r);
    expect(line).not.toContain('\n');
    expect(fs.readFileSync(path.join(dir, SMOKE_RESULT_FILE), 'utf8')).toBe(`${line}\n`);
    expect(fs.readdirSync(dir)).toEqual([SMOKE_RESULT_FILE]);
  });
});
