// `npm run fuzz`: a seeded, randomized mutation loop over the hostile suite's real seed files
// (filled template, free-form .xlsx, .docx, .pdf, plan .docx/.pdf/.txt) through reports.import
// (worker parser with its time limit, as the app runs) and plans.extract. Prints how many
// mutations ran, how they ended, and the crashes (untyped errors, exceptions), hangs (past the
// time limit) and rows written by a rejected file. Inputs that broke something are saved under
// out/fuzz-findings/ to be added to tests/fixtures/regressions/.
//   FUZZ_ITERATIONS (default 300), FUZZ_SEED (default 1), FUZZ_TIMEOUT_MS (default 10000)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { sha256 } from '../electron/core/files/store';
import { workerParser } from '../electron/core/imports/parse-runner';
import { findSourceRoot, sourceLayout } from '../electron/core/paths';
import { createService } from '../electron/core/service';
import { prng } from '../tests/reliability/support/child';
import { bitFlip, makeSeeds } from '../tests/reliability/support/hostile-inputs';
import type { HostileCase, Target } from '../tests/reliability/support/hostile-inputs';
import { runCase } from '../tests/reliability/support/hostile-run';
import { copyBase, makeSeed } from '../tests/reliability/support/seed';

const ITERATIONS = Number(process.env.FUZZ_ITERATIONS ?? 300);
const SEED = Number(process.env.FUZZ_SEED ?? 1);
const TIMEOUT_MS = Number(process.env.FUZZ_TIMEOUT_MS ?? 10_000);

type Rand = () => number;
const pick = <T>(rand: Rand, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;

/** Byte-level damage: what a bad disk, a cut download or a mail gateway does to a file. */
function byteMutation(b: Buffer, rand: Rand): [string, Buffer] {
  switch (Math.floor(rand() * 5)) {
    case 0:
      return ['bit flips', bitFlip(b, rand, 1 + Math.floor(rand() * 16))];
    case 1:
      return ['truncate', b.subarray(0, Math.floor(rand() * b.length))];
    case 2: {
      const at = Math.floor(rand() * b.length);
      return ['insert random bytes', Buffer.concat([b.subarray(0, at), Buffer.from(Array.from({ length: 1 + Math.floor(rand() * 64) }, () => Math.floor(rand() * 256))), b.subarray(at)])];
    }
    case 3: {
      const at = Math.floor(rand() * b.length);
      const len = Math.floor(rand() * Math.min(4096, b.length - at));
      return ['delete span', Buffer.concat([b.subarray(0, at), b.subarray(at + len)])];
    }
    default: {
      const at = Math.floor(rand() * b.length);
      const chunk = b.subarray(at, at + Math.floor(rand() * 2048));
      return ['duplicate chunk', Buffer.concat([b.subarray(0, at), chunk, chunk, b.subarray(at)])];
    }
  }
}

/** Damage inside a zip part, re-zipped with valid CRCs, so it reaches the XML parsers behind guardZip. */
function xmlMutation(b: Buffer, rand: Rand): [string, Buffer] | null {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(new Uint8Array(b));
  } catch {
    return null;
  }
  const parts = Object.keys(files).filter((n) => n.endsWith('.xml'));
  if (parts.length === 0) return null;
  const part = pick(rand, parts);
  let xml = strFromU8(files[part]!);
  const at = Math.floor(rand() * xml.length);
  const ops = [
    () => xml.slice(0, at) + xml.slice(at + 1 + Math.floor(rand() * 200)),
    () => xml.slice(0, at) + pick(rand, ['<', '>', '&', '"', '</w:tbl>', '<w:tbl>', '<row>', '</c>', '&#xFFFF;', '\u0000', '<!DOCTYPE x>']) + xml.slice(at),
    () => {
      const tag = xml.slice(at).match(/<[^>]{1,80}>/u)?.[0] ?? '<x>';
      return xml.slice(0, at) + tag.repeat(1 + Math.floor(rand() * 2000)) + xml.slice(at);
    },
    () => xml.replace(/r="[A-Z]+\d+"/gu, () => `r="${pick(rand, ['A0', 'XFD1048577', 'ZZZZ9', '', 'A-1', 'A99999999999'])}"`),
    () => xml.replace(/<v>[^<]*<\/v>/u, `<v>${pick(rand, ['1e308', 'NaN', '-0', '99999999999999999999', 'abc', ''])}</v>`),
  ];
  xml = pick(rand, ops)();
  files[part] = strToU8(xml);
  return [`xml in ${part}`, Buffer.from(zipSync(files, { level: 6 }))];
}

async function main(): Promise<void> {
  const root = findSourceRoot(import.meta.dirname);
  const layout = sourceLayout(root);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tonghop-fuzz-'));
  const findings = path.join(root, 'out', 'fuzz-findings');
  const seed = await makeSeed(path.join(dir, 'seed'));
  const s = await makeSeeds(seed.batch[0]!.bytes);
  const db = path.join(dir, 'fuzz', 'data.sqlite');
  copyBase(seed, db);
  const svc = createService({ dbPath: db, resourcesDir: layout.resourcesDir, parse: workerParser(layout.workerFile, { timeoutMs: TIMEOUT_MS, maxOldGenerationSizeMb: 512 }) });
  const seeds: { name: string; bytes: Buffer; target: Target }[] = [
    { name: 'template.xlsx', bytes: s.template, target: 'import' },
    { name: 'tu-lap.xlsx', bytes: s.freeXlsx, target: 'import' },
    { name: 'bao-cao.docx', bytes: s.docx, target: 'import' },
    { name: 'bao-cao.pdf', bytes: s.pdf, target: 'import' },
    { name: 'bao-cao.txt', bytes: s.text, target: 'import' },
    { name: 'ke-hoach.docx', bytes: s.planDocx, target: 'extract' },
    { name: 'ke-hoach.pdf', bytes: s.planPdf, target: 'extract' },
  ];
  const rand = prng(SEED);
  const counts = { mutations: 0, crashes: 0, hangs: 0, rowsOnReject: 0, notVietnamese: 0 };
  const outcomes = new Map<string, number>();
  const kinds = new Map<string, number>();
  const t0 = performance.now();
  for (let i = 0; i < ITERATIONS; i++) {
    const sd = pick(rand, seeds);
    const [kind, bytes] = (rand() < 0.5 ? xmlMutation(sd.bytes, rand) : null) ?? byteMutation(sd.bytes, rand);
    const c: HostileCase = { cls: 'fuzz', name: `fuzz-${i}-${sd.name}`, bytes, targets: [sd.target], mustReject: [] };
    const r = await runCase(svc, c, sd.target, { timeBoundMs: TIMEOUT_MS });
    counts.mutations++;
    kinds.set(kind.replace(/ in .*/u, ' (zip part)'), (kinds.get(kind.replace(/ in .*/u, ' (zip part)')) ?? 0) + 1);
    const outcome = `${sd.target}: ${r.outcome}`;
    outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    const hang = r.ms > TIMEOUT_MS || /quá \d+ giây/u.test(r.message);
    const crash = r.problems.some((p) => p.startsWith('crash') || p.startsWith('untyped'));
    if (hang) counts.hangs++;
    if (crash) counts.crashes++;
    if (r.problems.some((p) => p.startsWith('rows written'))) counts.rowsOnReject++;
    if (r.problems.some((p) => p.startsWith('message not Vietnamese'))) counts.notVietnamese++;
    if (hang || crash || r.problems.some((p) => p.startsWith('rows') || p.startsWith('message not'))) {
      fs.mkdirSync(findings, { recursive: true });
      const file = path.join(findings, `${sha256(bytes).slice(0, 12)}-${sd.name}`);
      fs.writeFileSync(file, bytes);
      console.log(`finding #${i} (${kind}, ${sd.target}): ${r.problems.join('; ')} — ${r.outcome}: ${r.message.slice(0, 200)}\n  saved ${path.relative(root, file)}`);
    }
  }
  svc.close();
  fs.rmSync(dir, { recursive: true, force: true });
  console.log(
    `fuzz: ${counts.mutations} mutations run (seed ${SEED}) in ${((performance.now() - t0) / 1000).toFixed(1)} s: ${counts.crashes} crashes, ${counts.hangs} hangs,` +
      ` ${counts.rowsOnReject} rejected files that wrote rows, ${counts.notVietnamese} messages not in Vietnamese\n` +
      `  mutations: ${[...kinds.entries()].map(([k, n]) => `${k} ×${n}`).join(', ')}\n` +
      `  outcomes: ${[...outcomes.entries()].sort().map(([k, n]) => `${k} ×${n}`).join(', ')}`,
  );
  process.exitCode = counts.crashes + counts.hangs + counts.rowsOnReject > 0 ? 1 : 0;
}

await main();
