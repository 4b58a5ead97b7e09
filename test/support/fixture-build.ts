/**
 * A throw-away build folder (Code.js + appsscript.json) for tests that run a few lines of Apps
 * Script on the emulator: `new Emulator({ buildDir: fixtureBuild(code, { timeZone }) })`. The same
 * code and manifest give the same folder, so the emulator parses the bundle once per test file.
 */

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const TEST_SCOPES = [
  'https://www.googleapis.com/auth/spreadsheets.currentonly',
  'https://www.googleapis.com/auth/script.container.ui',
  'https://www.googleapis.com/auth/script.scriptapp',
];

const folders = new Map<string, string>();

export function fixtureBuild(code: string, manifest: Record<string, unknown> = {}): string {
  const manifestText = JSON.stringify({
    timeZone: 'America/New_York',
    runtimeVersion: 'V8',
    oauthScopes: TEST_SCOPES,
    ...manifest,
  });
  const key = `${manifestText}\u0000${code}`;
  let dir = folders.get(key);
  if (!dir) {
    dir = mkdtempSync(path.join(tmpdir(), 'emulator-fixture-'));
    writeFileSync(path.join(dir, 'Code.js'), code);
    writeFileSync(path.join(dir, 'appsscript.json'), manifestText);
    folders.set(key, dir);
  }
  return dir;
}
