// The layering rules in eslint.config.mjs really fail on a wrong import (and only then).
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { REPO } from '../../helpers/temp';

const eslint = new ESLint({ cwd: REPO });
async function errors(file: string, code: string): Promise<string[]> {
  const [res] = await eslint.lintText(code, { filePath: path.join(REPO, file) });
  return (res?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layering', () => {
  it('keeps shared/ pure', async () => {
    expect(await errors('shared/x.ts', "import { createService } from '../electron/core/service';\nexport const a = createService;\n")).not.toEqual([]);
    expect(await errors('shared/x.ts', "import fs from 'node:fs';\nexport const a = fs;\n")).not.toEqual([]);
    expect(await errors('shared/x.ts', "import { fold } from './text';\nexport const a = fold;\n")).toEqual([]);
  });
  it('keeps the renderer on the contract', async () => {
    expect(await errors('renderer/src/x.ts', "import { dispatch } from '../../electron/core/dispatch';\nexport const a = dispatch;\n")).not.toEqual([]);
    expect(await errors('renderer/src/x.ts', "import { apiContract } from '../../shared/api';\nexport const a = apiContract;\n")).toEqual([]);
  });
  it('keeps Electron out of the engine', async () => {
    expect(await errors('electron/core/x.ts', "import { app } from 'electron';\nexport const a = app;\n")).not.toEqual([]);
    expect(await errors('electron/main/x.ts', "import { app } from 'electron';\nexport const a = app;\n")).toEqual([]);
  });
});
