/**
 * The built sidebar page as Apps Script serves it: one self-contained file (no script, style or
 * font fetched from the network, which the add-on must not depend on), and no HTML parsed from
 * strings anywhere in it, so text that came from people can only ever be text.
 */

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { ensureAddonBuild, ROOT } from '../support/playground';

const html = () => {
  ensureAddonBuild();
  return readFileSync(path.join(ROOT, 'build/sidebar.html'), 'utf8');
};

test('build/sidebar.html loads nothing from the network', () => {
  const page = html();
  expect(page).not.toMatch(/<script[^>]+src=/i);
  expect(page).not.toMatch(/<link[^>]+href=/i);
  expect(page).not.toMatch(/@import|url\(\s*['"]?https?:/i);
  expect(page).toMatch(/<main>/);
});

test('neither the sources nor the built page parse HTML from strings', () => {
  const dir = path.join(ROOT, 'src/sidebar');
  const sources = readdirSync(dir)
    .filter((name) => name.endsWith('.ts'))
    .map((name) => readFileSync(path.join(dir, name), 'utf8'));
  for (const text of [...sources, html()]) {
    expect(text).not.toMatch(/\.(innerHTML|outerHTML|insertAdjacentHTML)\b|document\.write\(/);
  }
});
