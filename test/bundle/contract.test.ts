/**
 * The contract between build/ and Apps Script: every function Apps Script calls by name is a
 * top-level function declaration of Code.js, the bundle does nothing when it loads, onOpen works in
 * AuthMode.NONE, and the sidebar opens and answers. Runs the exact files `clasp push` sends.
 */

import { ADDON_MENU } from '../support/addon-menu';
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { Bundle, Emulator } from '../../dev/emulator';
import { addonMenu } from '../../src/core/menu';
import { sidebarApi } from '../../src/server/sidebar-api';

const buildDir = path.resolve(__dirname, '../../build');
const code = readFileSync(path.join(buildDir, 'Code.js'), 'utf8');

/**
 * Every name Apps Script may call: the simple triggers, the installable edit trigger's handler,
 * each menu item, each sidebar call.
 */
const entryPoints = [
  'onOpen',
  'onInstall',
  'onClassEdit',
  ...addonMenu.map((item) => item.functionName),
  ...Object.keys(sidebarApi),
];

const TEACHER = 'teacher@example.com';
const STUDENT = 'ava@example.com';

function setUp(): { emulator: Emulator; doc: ReturnType<Emulator['createSpreadsheet']> } {
  const emulator = new Emulator({ buildDir });
  const doc = emulator.createSpreadsheet({
    name: 'Room 12 tracker',
    owner: TEACHER,
    editors: [STUDENT],
  });
  return { emulator, doc };
}

describe('build/Code.js entry points', () => {
  const bundle = new Bundle(code);

  test.each(entryPoints)('%s is a top-level function declaration', (name) => {
    expect(bundle.topLevelFunctions).toContain(name);
  });

  test('an entry point hidden inside the bundle IIFE is not callable by Apps Script', () => {
    // Remove the top-level stub the build emits: the function then exists only inside the IIFE.
    const hidden = code.replace(/^function openSidebar\(\) \{\n\}\n?/m, '');
    expect(hidden).not.toBe(code);
    expect(new Bundle(hidden).topLevelFunctions).not.toContain('openSidebar');
  });

  test('a menu item naming a function that is not in the bundle fails like Apps Script', () => {
    const { emulator, doc } = setUp();
    const result = emulator.run('openSidebarRenamed', { as: TEACHER, document: doc });
    expect(result.error?.message).toBe('Script function not found: openSidebarRenamed');
  });
});

describe('loading the bundle', () => {
  test('has no top-level side effects: no service call while the file loads', () => {
    const { emulator, doc } = setUp();
    const result = emulator.run('onOpen', { as: TEACHER, document: doc, authMode: 'NONE' });
    expect(result.loadCalls).toBe(0);
  });

  test("bundles only this repository's sources (no dependency code in build/)", () => {
    const modules = [...code.matchAll(/^;\/\/ (\S+)$/gm)].map((match) => match[1]);
    expect(modules.length).toBeGreaterThan(0);
    for (const module of modules) expect(module).toMatch(/^\.\/src\//);
  });
});

describe('onOpen', () => {
  test('in AuthMode.NONE builds the add-on menu touching only the Ui', () => {
    const { emulator, doc } = setUp();
    const result = emulator.run('onOpen', {
      as: TEACHER,
      document: doc,
      authMode: 'NONE',
      kind: 'simple-trigger',
    });
    expect(result.error).toBeUndefined();
    const services = Object.keys(result.calls.byMethod).map((method) => method.split('.')[0]);
    expect(new Set(services)).toEqual(new Set(['SpreadsheetApp', 'Ui', 'Menu']));
    expect(result.calls.byMethod['SpreadsheetApp.getActiveSpreadsheet']).toBeUndefined();
    // Written out in test/support, not derived from src/core/menu.ts: the teacher sees this menu.
    expect(emulator.project.ui.menusFor(doc.model.id, TEACHER)).toEqual([ADDON_MENU]);
  });

  test('opening the file before the add-on is used there runs onOpen in NONE', () => {
    const { emulator, doc } = setUp();
    const result = emulator.openSpreadsheet(doc, TEACHER);
    expect(result.authMode).toBe('NONE');
    expect(result.error).toBeUndefined();
  });

  test('onInstall builds the same menu', () => {
    const { emulator, doc } = setUp();
    expect(emulator.install(doc, TEACHER).error).toBeUndefined();
    expect(emulator.project.ui.menusFor(doc.model.id, TEACHER)[0]?.title).toBe('Mastery Tracker');
    expect(emulator.openSpreadsheet(doc, TEACHER).authMode).toBe('LIMITED');
  });
});

describe('the sidebar', () => {
  test('"Open sidebar" shows build/sidebar.html with the add-on title', () => {
    const { emulator, doc } = setUp();
    emulator.openSpreadsheet(doc, TEACHER);
    const result = emulator.clickMenu(doc, TEACHER, 'Open sidebar');
    expect(result.error).toBeUndefined();
    const sidebars = emulator.project.ui.sidebarsFor(doc.model.id, TEACHER);
    expect(sidebars).toHaveLength(1);
    expect(sidebars[0]?.title).toBe('Mastery Tracker');
    expect(sidebars[0]?.html).toBe(readFileSync(path.join(buildDir, 'sidebar.html'), 'utf8'));
  });

  test('the page is self-contained: its script and styles are inlined', () => {
    const html = readFileSync(path.join(buildDir, 'sidebar.html'), 'utf8');
    expect(html).not.toMatch(/<script[^>]+src=/i);
    expect(html).not.toMatch(/<link[^>]+stylesheet/i);
    expect(html).toMatch(/<script>[\s\S]*google\.script\.run[\s\S]*<\/script>/);
    expect(html).toMatch(/<style>[\s\S]*font-family[\s\S]*<\/style>/);
  });

  test('getSidebarInfo answers across the google.script.run wire with the released version', () => {
    const { emulator, doc } = setUp();
    const result = emulator.callFromSidebar(doc, TEACHER, 'getSidebarInfo');
    expect(result.error).toBeUndefined();
    // The version a teacher reports to support is the one package.json releases.
    const { version } = JSON.parse(
      readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8'),
    ) as { version: string };
    expect(result.value).toEqual({ spreadsheetName: 'Room 12 tracker', addonVersion: version });
  });
});

describe('the manifest', () => {
  const manifest = JSON.parse(readFileSync(path.join(buildDir, 'appsscript.json'), 'utf8')) as {
    runtimeVersion: string;
    exceptionLogging: string;
    oauthScopes: string[];
  };

  test('runs on V8 with exception logging', () => {
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.exceptionLogging).toBe('STACKDRIVER');
  });

  test('asks only for the least-privilege scopes', () => {
    expect([...manifest.oauthScopes].sort()).toEqual([
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/script.scriptapp',
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
    ]);
  });

  test('is exactly the repository manifest', () => {
    expect(readFileSync(path.join(buildDir, 'appsscript.json'), 'utf8')).toBe(
      readFileSync(path.resolve(__dirname, '../../appsscript.json'), 'utf8'),
    );
  });
});
