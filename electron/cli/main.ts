// Entry point of the `tonghop` binary: the CLI runs from the repository (bin/tonghop.mjs → dist/cli),
// so its layout is the repository's, found from this file's own folder.
import { findSourceRoot, sourceLayout } from '../core/paths';
import { engineFor } from '../core/service';
import { runCli } from './program';

const layout = sourceLayout(findSourceRoot(import.meta.dirname));
const code = await runCli(
  process.argv.slice(2),
  {
    out: (s) => process.stdout.write(`${s}\n`),
    err: (s) => process.stderr.write(`${s}\n`),
  },
  engineFor(layout),
);
process.exitCode = code;
