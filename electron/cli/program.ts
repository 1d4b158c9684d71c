// The `tonghop` command line: every command over the same service and contract as the UI.
import { Command, CommanderError } from 'commander';
import { isAppError } from '../../shared/errors';
import { CliError } from './call';
import { registerDemo } from './commands/demo';
import { registerPlan } from './commands/plan';
import { registerRemind } from './commands/remind';
import { registerReports } from './commands/reports';
import { registerReview } from './commands/review';
import { registerUnits } from './commands/units';
import type { EngineOptions } from '../core/service';
import type { CliEnv, Io } from './context';

export function buildProgram(io: CliEnv): Command {
  const program = new Command('tonghop')
    .description('Tổng hợp báo cáo — đối chiếu báo cáo của đơn vị với kế hoạch và xuất báo cáo tổng hợp')
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) });
  registerUnits(program, io);
  registerPlan(program, io);
  registerReports(program, io);
  registerReview(program, io);
  registerRemind(program, io);
  registerDemo(program, io);
  return program;
}

// Options every command takes, which may also come before the command: "tonghop --db F status …".
const GLOBAL_FLAGS = new Set(['--json']);
const GLOBAL_VALUES = new Set(['--db']);

/** Moves global options written before the command to after it, where each command reads them. */
export function hoistGlobalOptions(argv: readonly string[]): string[] {
  const leading: string[] = [];
  let i = 0;
  for (; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (GLOBAL_FLAGS.has(a)) leading.push(a);
    else if (GLOBAL_VALUES.has(a) && i + 1 < argv.length) leading.push(a, argv[++i] ?? '');
    else if (/^--db=/u.test(a)) leading.push(a);
    else break;
  }
  return leading.length === 0 ? [...argv] : [...argv.slice(i), ...leading];
}

/** Runs argv (without node and script) and returns the exit code; never throws. The entry point passes the engine its layout gives. */
export async function runCli(rawArgv: string[], io: Io, engine: EngineOptions): Promise<number> {
  const argv = hoistGlobalOptions(rawArgv);
  const program = buildProgram({ ...io, engine });
  process.exitCode = undefined;
  try {
    await program.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode;
    const json = argv.includes('--json');
    const error =
      e instanceof CliError || isAppError(e)
        ? { code: e.code, message: e.message }
        : { code: 'INTERNAL', message: `Lỗi không mong đợi: ${(e as Error).message}` };
    if (json) io.out(JSON.stringify({ error }, null, 2));
    io.err(`Lỗi [${error.code}]: ${error.message}`);
    return 1;
  } finally {
    process.exitCode = undefined;
  }
}
