// Builds build/: the exact folder `clasp push` sends. Code.js (server bundle, webpack +
// gas-webpack-plugin), appsscript.json, and one self-contained .html per page under src/*/page.html.
import { build as esbuild } from 'esbuild';
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import webpack from 'webpack';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'build');
const require = createRequire(import.meta.url);

function runWebpack() {
  const config = require(path.join(root, 'webpack.config.cjs'));
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) return reject(error);
      if (stats.hasErrors()) return reject(new Error(stats.toString('errors-only')));
      resolve();
    });
  });
}

async function bundlePage(dir) {
  const name = path.basename(dir);
  const template = await readFile(path.join(dir, 'page.html'), 'utf8');
  const script = await esbuild({
    entryPoints: [path.join(dir, 'main.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    write: false,
    tsconfig: path.join(dir, 'tsconfig.json'),
  });
  const style = await esbuild({
    entryPoints: [path.join(dir, 'style.css')],
    bundle: true,
    minify: true,
    write: false,
  });
  const js = script.outputFiles[0].text.trim();
  const css = style.outputFiles[0].text.trim();
  const inline = (text, marker, content) => {
    const slot = `/* inline:${marker} */`;
    if (!text.includes(slot)) throw new Error(`${name}/page.html has no ${slot} slot`);
    return text.replace(slot, () => content);
  };
  const html = inline(inline(template, 'style.css', css), 'main.ts', js);
  await writeFile(path.join(out, `${name}.html`), html);
  return `${name}.html`;
}

async function main() {
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  await runWebpack();
  await copyFile(path.join(root, 'appsscript.json'), path.join(out, 'appsscript.json'));
  const src = path.join(root, 'src');
  const pages = [];
  for (const entry of await readdir(src, { withFileTypes: true })) {
    const dir = path.join(src, entry.name);
    if (entry.isDirectory() && existsSync(path.join(dir, 'page.html'))) {
      pages.push(await bundlePage(dir));
    }
  }
  console.log(`build/: Code.js, appsscript.json, ${pages.join(', ')}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
