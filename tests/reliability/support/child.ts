// Running a bundled child process and killing it at a chosen moment.
import { spawn } from 'node:child_process';

export type ChildRun = {
  /** Lines the child printed on stdout before it ended. */
  lines: string[];
  stderr: string;
  /** True when our SIGKILL ended it; false when it exited on its own first. */
  killed: boolean;
  code: number | null;
  /** Milliseconds from spawn to the 'ready' line (null if never printed) and to the end. */
  readyMs: number | null;
  totalMs: number;
};

export type KillPlan =
  | { kind: 'none' }
  /** Kill this many ms after spawn, whatever the child is doing (startup, open, sweep, import). */
  | { kind: 'afterSpawn'; ms: number }
  /** Kill this many ms after the child prints 'ready'. */
  | { kind: 'afterReady'; ms: number };

export function runChild(script: string, args: string[], plan: KillPlan, env: NodeJS.ProcessEnv = process.env): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env });
    const lines: string[] = [];
    let buf = '';
    let stderr = '';
    let readyMs: number | null = null;
    let killed = false;
    let timer: NodeJS.Timeout | null = null;
    const kill = (): void => {
      if (child.exitCode === null && child.signalCode === null) killed = child.kill('SIGKILL');
    };
    const arm = (ms: number): void => {
      timer = setTimeout(kill, Math.max(0, ms));
    };
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (s: string) => {
      buf += s;
      let i: number;
      while ((i = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, i);
        buf = buf.slice(i + 1);
        lines.push(line);
        if (line === 'ready' && readyMs === null) {
          readyMs = performance.now() - t0;
          if (plan.kind === 'afterReady') arm(plan.ms);
        }
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (s: string) => {
      stderr += s;
    });
    if (plan.kind === 'afterSpawn') arm(plan.ms);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      if (buf) lines.push(buf);
      resolve({ lines, stderr, killed: killed && signal === 'SIGKILL', code, readyMs, totalMs: performance.now() - t0 });
    });
  });
}

/** Small seeded PRNG (mulberry32): the same seed gives the same kill points. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
