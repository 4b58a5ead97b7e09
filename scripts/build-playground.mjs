// Builds the local playground into dist/playground/: the server (server.cjs), its engine worker
// (engine.cjs, which bundles the emulator's TypeScript sources), and the page (public/: index.html,
// style.css, client.js and the sidebar frames' google.script client, frame-shim.js). npm start runs
// it after `npm run build`; the add-on itself is read from build/ when the server starts.
import { build } from 'esbuild';
import { copyFile, mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const source = path.join(root, 'dev/playground');
const out = path.join(root, 'dist/playground');

const node = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  packages: 'external',
  sourcemap: 'inline',
  logLevel: 'warning',
};
const browser = {
  bundle: true,
  platform: 'browser',
  format: 'iife',
  target: 'es2020',
  logLevel: 'warning',
  tsconfig: path.join(source, 'client/tsconfig.json'),
};

await rm(out, { recursive: true, force: true });
await mkdir(path.join(out, 'public'), { recursive: true });
await Promise.all([
  build({
    ...node,
    entryPoints: [path.join(source, 'server/main.ts')],
    outfile: path.join(out, 'server.cjs'),
  }),
  build({
    ...node,
    entryPoints: [path.join(source, 'engine/worker.ts')],
    outfile: path.join(out, 'engine.cjs'),
  }),
  build({
    ...browser,
    entryPoints: [path.join(source, 'client/main.ts')],
    outfile: path.join(out, 'public/client.js'),
  }),
  build({
    ...browser,
    minify: true,
    entryPoints: [path.join(source, 'client/frame-shim.ts')],
    outfile: path.join(out, 'public/frame-shim.js'),
  }),
  copyFile(path.join(source, 'client/index.html'), path.join(out, 'public/index.html')),
  copyFile(path.join(source, 'client/style.css'), path.join(out, 'public/style.css')),
]);
console.log('dist/playground/: server.cjs, engine.cjs, public/');
