// electron-builder afterPack hook: flips Electron's fuses in the packaged executable. afterPack runs
// after the app is copied and before signing, which is where fuses must change (flipping them
// after signing would break the signature). The settings are a pure function of the environment,
// unit-tested in tests/unit/main/electron-fuses.test.ts.
'use strict';

/**
 * RunAsNode, NODE_OPTIONS and --inspect would let anyone run code inside the signed app; a test
 * build (TONGHOP_TEST_BUILD=1) keeps --inspect, which Playwright's Electron launcher needs.
 * Cookie encryption and asar integrity make the profile and the app code tamper-evident.
 */
function fuseSettings(env) {
  const testBuild = env.TONGHOP_TEST_BUILD === '1';
  return {
    RunAsNode: false,
    EnableCookieEncryption: true,
    EnableNodeOptionsEnvironmentVariable: false,
    EnableNodeCliInspectArguments: testBuild,
    EnableEmbeddedAsarIntegrityValidation: true,
    OnlyLoadAppFromAsar: true,
  };
}

/** The settings in @electron/fuses' terms; an unknown fuse name fails the build instead of being skipped. */
function fuseConfig(settings, fuses) {
  const config = { version: fuses.FuseVersion.V1 };
  for (const [name, value] of Object.entries(settings)) {
    const index = fuses.FuseV1Options[name];
    if (typeof index !== 'number') throw new Error(`Unknown Electron fuse: ${name}`);
    config[index] = value;
  }
  return config;
}

async function afterPack(context) {
  const fuses = require('@electron/fuses');
  const config = fuseConfig(fuseSettings(process.env), fuses);
  // electron-builder knows where the executable is on each platform and runs @electron/fuses on it.
  await context.packager.addElectronFuses(context, config);
}

module.exports = afterPack;
module.exports.afterPack = afterPack;
module.exports.fuseSettings = fuseSettings;
module.exports.fuseConfig = fuseConfig;
