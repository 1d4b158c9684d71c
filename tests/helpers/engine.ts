// The engine as the tests start it, standing in for a door: the repository's resources folder, and
// report files read in-process (the worker bundle is tested on its own, built, in
// tests/integration/parse-worker.test.ts and package-contents.test.ts).
import path from 'node:path';
import { inProcessParser } from '../../electron/core/imports/parse-runner';
import type { EngineOptions } from '../../electron/core/service';
import { REPO } from './temp';

export const RESOURCES = path.join(REPO, 'resources');
export const TEST_ENGINE: EngineOptions = { resourcesDir: RESOURCES, parse: inProcessParser };
