/**
 * A throw-away build folder (Code.js + appsscript.json) for tests that run a few lines of Apps
 * Script on the emulator: `new Emulator({ buildDir: fixtureBuild(code, { timeZone }) })`.
 */

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const TEST_SCOPES = [
  'https://www.googleapis.com/auth/spreadsheets.currentonly',
  'https://www.googleapis.com/auth/script.container.ui',
  'https://www.googleapis.com/auth/script.scriptapp',
];

export function fixtureBuild(code: string, manifest: Record<string, unknown> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'emulator-fixture-'));
  writeFileSync(path.join(dir, 'Code.js'), code);
  writeFileSync(
    path.join(dir, 'appsscript.json'),
    JSON.stringify({
      timeZone: 'America/New_York',
      runtimeVersion: 'V8',
      oauthScopes: TEST_SCOPES,
      ...manifest,
    }),
  );
  return dir;
}
