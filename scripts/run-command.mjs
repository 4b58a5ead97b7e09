// Runs one of the TypeScript commands in scripts/ (npm run detect, npm run test:corpus) on the
// emulator, from a fresh `npm ci` with nothing built: builds dist/emulator.cjs when it is missing or
// older than the emulator's sources, bundles the command with the pure core into dist/, then calls
// its main(argv, emulator, out, err). Build output goes to stderr so stdout is the command's alone.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const emulatorBundle = path.join(root, 'dist/emulator.cjs');

function newestIn(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestIn(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** `name` is the command's file in scripts/<name>/cli.ts; returns the exit code it gives. */
export async function runCommand(name, argv) {
  if (
    !existsSync(emulatorBundle) ||
    statSync(emulatorBundle).mtimeMs < newestIn(path.join(root, 'dev/emulator'))
  ) {
    const built = spawnSync(process.execPath, [path.join(root, 'scripts/build-emulator.mjs')], {
      stdio: ['ignore', process.stderr, process.stderr],
    });
    if (built.status !== 0) {
      console.error(`${name}: could not build dist/emulator.cjs`);
      return 1;
    }
  }
  const commandBundle = path.join(root, `dist/${name}.cjs`);
  await build({
    entryPoints: [path.join(root, `scripts/${name}/cli.ts`)],
    outfile: commandBundle,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  const { main } = require(commandBundle);
  const emulator = require(emulatorBundle);
  return main(
    argv,
    emulator,
    (text) => process.stdout.write(`${text}\n`),
    (text) => process.stderr.write(`${text}\n`),
  );
}
