/**
 * Jest's global setup: the bundle tests run build/ and the tour runs dist/, so build them when
 * they are missing or older than their sources (a fresh clone, or an edit since the last build).
 * When both are up to date this only compares file times.
 */

import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');

interface Target {
  name: string;
  script: string;
  outputs: string[];
  sources: string[];
}

/** Every file under `dir`, recursively. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

/** build/: Code.js, the manifest, and one page per src/<name>/page.html. */
function buildOutputs(): string[] {
  const pages = readdirSync(path.join(root, 'src'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .filter((entry) => existsSync(path.join(root, 'src', entry.name, 'page.html')))
    .map((entry) => `build/${entry.name}.html`);
  return ['build/Code.js', 'build/appsscript.json', ...pages];
}

const targets = (): Target[] => [
  {
    name: 'build/',
    script: 'scripts/build.mjs',
    outputs: buildOutputs(),
    sources: [
      ...filesUnder(path.join(root, 'src')),
      'appsscript.json',
      'scripts/build.mjs',
      'webpack.config.cjs',
    ],
  },
  {
    name: 'dist/',
    script: 'scripts/build-emulator.mjs',
    outputs: ['dist/emulator.cjs'],
    sources: [...filesUnder(path.join(root, 'dev/emulator')), 'scripts/build-emulator.mjs'],
  },
];

function mtime(file: string): number {
  return statSync(path.resolve(root, file)).mtimeMs;
}

function isStale(target: Target): boolean {
  if (target.outputs.some((file) => !existsSync(path.resolve(root, file)))) return true;
  const built = Math.min(...target.outputs.map(mtime));
  return target.sources.some((file) => mtime(file) > built);
}

export default function buildOnce(): void {
  for (const target of targets()) {
    if (!isStale(target)) continue;
    process.stdout.write(`\n${target.name} is missing or older than its sources: building it.\n`);
    try {
      execFileSync(process.execPath, [path.join(root, target.script)], {
        cwd: root,
        stdio: 'inherit',
      });
    } catch {
      throw new Error(
        `Building ${target.name} for the tests failed (node ${target.script}); fix the build, then run jest again.`,
      );
    }
  }
}
