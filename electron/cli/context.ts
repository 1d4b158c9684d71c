// Shared CLI plumbing: options every command has, output in text or JSON, opening the service.
import type { Command } from 'commander';
import { defaultDbPath } from '../core/data-dir';
import { createService } from '../core/service';
import type { EngineOptions, Service } from '../core/service';

export type Io = { out: (s: string) => void; err: (s: string) => void };
/** What every command gets: where to write, and the engine as the entry point's layout gives it. */
export type CliEnv = Io & { engine: EngineOptions };
export type CommonOpts = { db?: string; json?: boolean };

export function withCommon(cmd: Command): Command {
  return cmd.option('--db <file>', 'tệp cơ sở dữ liệu SQLite (mặc định: thư mục dữ liệu của người dùng)').option('--json', 'in kết quả dạng JSON');
}

export async function withService<T>(env: CliEnv, opts: CommonOpts, fn: (svc: Service) => Promise<T>): Promise<T> {
  const svc = createService({ ...env.engine, dbPath: opts.db ?? defaultDbPath(), allowPaths: true });
  try {
    return await fn(svc);
  } finally {
    svc.close();
  }
}

export function emit(io: Io, opts: CommonOpts, json: unknown, text: () => string): void {
  io.out(opts.json ? JSON.stringify(json, null, 2) : text());
}
