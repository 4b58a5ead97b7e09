// Runs one of the TypeScript commands in scripts/ (npm run detect, npm run test:corpus) on the
// emulator, from a fresh `npm ci` with nothing built: builds dist/emulator.cjs when it is missing or
// stale (ensure-built.mjs), bundles the command with the pure core into dist/, then calls its
// main(argv, emulator, out, err). Build output goes to stderr so stdout is the command's alone.
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ensureBuilt, root } from './ensure-built.mjs';

const require = createRequire(import.meta.url);

/** `name` is the command's folder, scripts/<name>/cli.ts; returns the exit code it gives. */
export async function runCommand(name, argv) {
  try {
    ensureBuilt('emulator');
  } catch {
    console.error(`${name}: could not build dist/emulator.cjs`);
    return 1;
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
  const emulator = require(path.join(root, 'dist/emulator.cjs'));
  return main(
    argv,
    emulator,
    (text) => process.stdout.write(`${text}\n`),
    (text) => process.stderr.write(`${text}\n`),
  );
}
