// The afterPack hook is CommonJS (electron-builder loads it with require), so it is loaded the same way.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { REPO } from '../../helpers/temp';

type Settings = Record<string, boolean>;
type FusesModule = { FuseVersion: { V1: string }; FuseV1Options: Record<string, number | string> };
type Hook = ((context: unknown) => Promise<void>) & {
  afterPack: (context: unknown) => Promise<void>;
  fuseSettings: (env: Record<string, string | undefined>) => Settings;
  fuseConfig: (settings: Settings, fuses: FusesModule) => Record<string, unknown>;
};

const require = createRequire(import.meta.url);
const hook = require(path.join(REPO, 'scripts', 'electron-fuses.cjs')) as Hook;
const fuses = require('@electron/fuses') as FusesModule;

describe('Electron fuses', () => {
  it('turns off every way to run code through the app, and turns on integrity checks', () => {
    expect(hook.fuseSettings({})).toEqual({
      RunAsNode: false,
      EnableCookieEncryption: true,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
    });
    expect(hook.fuseSettings({ TONGHOP_TEST_BUILD: '0' }).EnableNodeCliInspectArguments).toBe(false);
  });
  it('keeps --inspect only in a test build, for Playwright’s Electron launcher', () => {
    expect(hook.fuseSettings({ TONGHOP_TEST_BUILD: '1' })).toMatchObject({ EnableNodeCliInspectArguments: true, RunAsNode: false, EnableNodeOptionsEnvironmentVariable: false });
  });
  it('maps onto the fuse wire of the installed @electron/fuses, failing on an unknown fuse', () => {
    const config = hook.fuseConfig(hook.fuseSettings({}), fuses);
    expect(config).toEqual({
      version: fuses.FuseVersion.V1,
      [fuses.FuseV1Options.RunAsNode as number]: false,
      [fuses.FuseV1Options.EnableCookieEncryption as number]: true,
      [fuses.FuseV1Options.EnableNodeOptionsEnvironmentVariable as number]: false,
      [fuses.FuseV1Options.EnableNodeCliInspectArguments as number]: false,
      [fuses.FuseV1Options.EnableEmbeddedAsarIntegrityValidation as number]: true,
      [fuses.FuseV1Options.OnlyLoadAppFromAsar as number]: true,
    });
    expect(() => hook.fuseConfig({ NoSuchFuse: true }, fuses)).toThrow(/Unknown Electron fuse/);
  });
  it('is the afterPack hook and hands the config to electron-builder’s own fuse flipper', async () => {
    const config = parse(fs.readFileSync(path.join(REPO, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;
    expect(config.afterPack).toBe('./scripts/electron-fuses.cjs');
    expect(config.asar).toBe(true);
    const calls: unknown[][] = [];
    const context = { packager: { addElectronFuses: async (...args: unknown[]) => void calls.push(args) } };
    await hook.afterPack(context);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.[0]).toBe(context);
    expect(calls[0]?.[1]).toMatchObject({ version: fuses.FuseVersion.V1, [fuses.FuseV1Options.RunAsNode as number]: false });
    expect(hook).toBe(hook.afterPack);
  });
});
