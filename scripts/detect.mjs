// `npm run detect -- FILE.csv|FILE.xlsx [--sheet NAME]`: what detection finds in a tracker file,
// as JSON. Works on its own after `npm ci`: builds dist/emulator.cjs when it is missing or older
// than the emulator's sources, bundles the command (scripts/detect/cli.ts with the pure core) into
// dist/detect.cjs, then runs it. Build output goes to stderr so stdout stays plain JSON.
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBuilt } from './ensure-built.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const emulatorBundle = path.join(root, 'dist/emulator.cjs');
const commandBundle = path.join(root, 'dist/detect.cjs');

try {
  ensureBuilt('emulator');
} catch {
  console.error('detect: could not build dist/emulator.cjs');
  process.exit(1);
}

await build({
  entryPoints: [path.join(root, 'scripts/detect/cli.ts')],
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
process.exitCode = await main(
  process.argv.slice(2),
  emulator,
  (text) => process.stdout.write(`${text}\n`),
  (text) => process.stderr.write(`${text}\n`),
);
