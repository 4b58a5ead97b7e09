// Builds what a command needs when it is missing or older than its sources, so `npm run bench`,
// `npm run detect` and the like work on their own right after `npm ci`. Build output goes to
// stderr, so a command's stdout stays its own.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function newestIn(target) {
  const full = path.join(root, target);
  if (!existsSync(full)) return 0;
  const stat = statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(full))
    newest = Math.max(newest, newestIn(path.join(target, entry)));
  return newest;
}

const TARGETS = {
  addon: {
    output: 'build/Code.js',
    sources: ['src', 'appsscript.json', 'scripts/build.mjs', 'webpack.config.cjs'],
    script: 'scripts/build.mjs',
  },
  emulator: {
    output: 'dist/emulator.cjs',
    sources: ['dev/emulator', 'scripts/build-emulator.mjs'],
    script: 'scripts/build-emulator.mjs',
  },
};

/** Builds each named target ('addon': build/, 'emulator': dist/emulator.cjs) that is stale. */
export function ensureBuilt(...names) {
  for (const name of names) {
    const target = TARGETS[name];
    const output = path.join(root, target.output);
    const stale =
      !existsSync(output) ||
      statSync(output).mtimeMs < Math.max(...target.sources.map((source) => newestIn(source)));
    if (!stale) continue;
    const built = spawnSync(process.execPath, [path.join(root, target.script)], {
      stdio: ['ignore', process.stderr, process.stderr],
    });
    if (built.status !== 0) throw new Error(`could not build ${target.output}`);
  }
}
