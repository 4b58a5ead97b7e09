// Bundles the emulator (dev/emulator/index.ts) into dist/emulator.cjs so plain Node scripts and the
// playground server can require it without a TypeScript loader. Dependencies stay external.
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

await build({
  entryPoints: [path.join(root, 'dev/emulator/index.ts')],
  outfile: path.join(root, 'dist/emulator.cjs'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  packages: 'external',
  sourcemap: 'inline',
  logLevel: 'warning',
});
console.log('dist/emulator.cjs');
