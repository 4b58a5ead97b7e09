/**
 * For the sidebar's browser tests (test/sidebar/): the built build/sidebar.html in Debian's
 * chromium (playwright-core, headless, offline, 300 px wide as in Sheets), with google.script.run
 * bridged to an emulator running build/Code.js. Arguments cross as the playground's frame sends
 * them (values JSON cannot hold are tagged) and the emulator's callFromSidebar applies the wire
 * rules, so a Date or a function fails the call as in production. Replies arrive asynchronously.
 */

import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import type { BrowserContext, Page } from 'playwright-core';

import type { Emulator, SpreadsheetDocument } from '../../dev/emulator';
import { decodeArgument } from '../../dev/playground/engine/wire-arguments';
import { WIRE_TAG, type EncodedArgument } from '../../dev/playground/protocol';
import { launchChromium, ROOT, type LaunchedBrowser } from './playground';

export const SIDEBAR_HTML = path.join(ROOT, 'build/sidebar.html');
/** The sidebar's width in Sheets. */
export const SIDEBAR_WIDTH = 300;

/** google.script.run for the page: each call goes to the test through window.__sidebarCall. */
const BRIDGE = `
(() => {
  const TAG = ${JSON.stringify(WIRE_TAG)};
  function encode(value, seen) {
    if (value === null || typeof value === 'boolean' || typeof value === 'string') return value;
    if (typeof value === 'number') return Number.isFinite(value) ? value : null;
    if (value === undefined) return null;
    if (typeof value === 'function') return { [TAG]: 'function' };
    if (typeof value !== 'object') return { [TAG]: typeof value };
    if (value instanceof Date) return { [TAG]: 'date', iso: value.toISOString() };
    if (value instanceof Node) return { [TAG]: 'dom' };
    if (seen.has(value)) return { [TAG]: 'circular' };
    seen.add(value);
    try {
      if (Array.isArray(value)) return value.map((item) => encode(item, seen));
      const result = {};
      for (const [key, item] of Object.entries(value)) {
        if (item !== undefined) result[key] = encode(item, seen);
      }
      return result;
    } finally {
      seen.delete(value);
    }
  }
  function runner(state) {
    return new Proxy({}, {
      get(_, name) {
        if (name === 'withSuccessHandler') return (f) => runner({ ...state, success: f });
        if (name === 'withFailureHandler') return (f) => runner({ ...state, failure: f });
        if (name === 'withUserObject') return (u) => runner({ ...state, user: u });
        if (typeof name !== 'string') return undefined;
        return (...args) => {
          const encoded = args.map((arg) => encode(arg, new Set()));
          window.__sidebarCall(name, encoded).then((reply) => {
            setTimeout(() => {
              if (reply.ok) state.success && state.success(reply.value, state.user);
              else if (state.failure) {
                const error = new Error(reply.message);
                error.name = reply.name;
                state.failure(error, state.user);
              } else console.error(reply.message);
            }, 0);
          });
        };
      },
    });
  }
  window.google = { script: { run: runner({}), host: { close() {}, setHeight() {}, setWidth() {}, editor: { focus() {} } } } };
})();
`;

export type Reply = { ok: true; value: unknown } | { ok: false; name: string; message: string };

export interface SidebarCall {
  readonly name: string;
  readonly ok: boolean;
}

interface Intercept {
  readonly released: Promise<void>;
  readonly failWith: string | undefined;
}

/**
 * Chromium for one test file, launched before its tests and closed after them: call it at the top
 * level of the file and use `.context` inside the tests.
 */
export function sidebarBrowserForTests(timeZone: string): { readonly context: BrowserContext } {
  let launched: LaunchedBrowser | undefined;
  beforeAll(async () => {
    launched = await launchSidebarBrowser(timeZone);
  });
  afterAll(async () => {
    await launched?.close();
  });
  return {
    get context(): BrowserContext {
      if (!launched) throw new Error('The browser starts in beforeAll: use it inside a test.');
      return launched.context;
    },
  };
}

/** Debian's chromium, headless and offline, in the spreadsheet's time zone. */
export function launchSidebarBrowser(timeZone: string): Promise<LaunchedBrowser> {
  return launchChromium({
    timezoneId: timeZone,
    locale: 'en-US',
    viewport: { width: SIDEBAR_WIDTH, height: 900 },
    reducedMotion: 'reduce',
    args: ['--font-render-hinting=none'],
  });
}

/** A sidebar page whose google.script.run reaches `emulator` as `as`, in `doc`. */
export class SidebarPage {
  /** Every server call the page made, in order. */
  readonly calls: SidebarCall[] = [];

  private constructor(
    readonly page: Page,
    private readonly emulator: Emulator,
    private readonly doc: SpreadsheetDocument,
    private readonly as: string,
  ) {}

  static async open(
    context: BrowserContext,
    emulator: Emulator,
    doc: SpreadsheetDocument,
    as: string,
    options: { fakeClock?: boolean } = {},
  ): Promise<SidebarPage> {
    const page = await context.newPage();
    // The page's own clock (timers, Date.now), for tests that move it: the emulator's is separate.
    if (options.fakeClock) await page.clock.install();
    const sidebar = new SidebarPage(page, emulator, doc, as);
    page.on('pageerror', (error) => sidebar.pageErrors.push(error.message));
    await page.exposeFunction('__sidebarCall', (name: string, args: EncodedArgument[]) =>
      sidebar.answer(name, args),
    );
    await page.addInitScript(BRIDGE);
    await page.goto(pathToFileURL(SIDEBAR_HTML).href);
    return sidebar;
  }

  /** Script errors in the page (there should be none). */
  readonly pageErrors: string[] = [];

  private readonly intercepts = new Map<string, Intercept>();

  /**
   * The next call of `name` runs on the emulator as usual, but its reply waits until `release()`
   * (so a test sees the call in flight), and arrives as `failWith` when given: a reply lost part
   * way, as when Apps Script stops an execution at its time limit after the work was written.
   */
  intercept(name: string, options: { failWith?: string } = {}): { release(): void } {
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    this.intercepts.set(name, { released, failWith: options.failWith });
    return { release };
  }

  private async answer(name: string, args: EncodedArgument[]): Promise<Reply> {
    const intercept = this.intercepts.get(name);
    this.intercepts.delete(name);
    if (intercept) await intercept.released;
    const reply = this.run(name, args);
    if (intercept?.failWith) {
      return { ok: false, name: 'Error', message: intercept.failWith };
    }
    return reply;
  }

  private run(name: string, args: EncodedArgument[]): Reply {
    let reply: Reply;
    try {
      const decoded = args.map((arg) => decodeArgument(arg));
      const result = this.emulator.callFromSidebar(this.doc, this.as, name, decoded);
      reply = result.error
        ? { ok: false, name: result.error.name, message: result.error.message }
        : { ok: true, value: result.value };
    } catch (error) {
      const e = error as Error;
      reply = { ok: false, name: e.name, message: e.message };
    }
    this.calls.push({ name, ok: reply.ok });
    return reply;
  }

  /** The names of the calls made since `from` (an index into calls). */
  callsSince(from: number): string[] {
    return this.calls.slice(from).map((c) => c.name);
  }

  async close(): Promise<void> {
    await this.page.close();
  }
}

/** axe-core's serious and critical violations on the page as it is now ([] when none). */
export async function axeViolations(page: Page): Promise<string[]> {
  const has = await page.evaluate(() => 'axe' in globalThis);
  if (!has) await page.addScriptTag({ path: path.join(ROOT, 'node_modules/axe-core/axe.min.js') });
  const results = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(): Promise<AxeResults> } }).axe;
    return axe.run();
  });
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`,
    );
}

interface AxeResults {
  violations: {
    id: string;
    impact: string | null;
    help: string;
    nodes: { target: string[] }[];
  }[];
}

/**
 * Saves a README picture when asked (UPDATE_SCREENSHOTS=1) or when it is missing, so a test run
 * does not change a checked-out file.
 */
export async function savePicture(page: Page, file: string): Promise<void> {
  const target = path.join(ROOT, file);
  if (process.env.UPDATE_SCREENSHOTS !== '1' && existsSync(target)) return;
  await page.mouse.move(0, 0);
  await page.screenshot({ path: target, fullPage: true, animations: 'disabled', caret: 'hide' });
}
