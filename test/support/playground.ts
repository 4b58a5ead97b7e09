/**
 * For the playground's tests: builds dist/playground, starts the server as `npm start` does (on a
 * free port), and launches Debian's chromium through playwright-core with flags that work offline
 * and a fresh profile (no browser is ever downloaded).
 */

import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { chromium, type BrowserContext } from 'playwright-core';

export const ROOT = path.resolve(__dirname, '../..');
export const CHROMIUM = '/usr/bin/chromium';
/** The probe add-on: alerts, prompts, a dialog, a toast, an edit trigger, a google.script.run page. */
export const PROBE_BUILD = path.join(ROOT, 'test/fixtures/bundles/playground-probe');
/** A fixed start for the emulator clock: a Wednesday, in week 3 of the sample unit. */
export const TEST_NOW = '2026-09-23T08:00:00-04:00';

let built = false;

/** Builds the add-on into build/ when it is not there (a fresh clone running jest alone). */
export function ensureAddonBuild(): void {
  if (!existsSync(path.join(ROOT, 'build/Code.js'))) {
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'pipe' });
  }
}

/** Builds the add-on if needed, and the playground's server and page (once per test file). */
export function buildPlayground(): void {
  if (built) return;
  ensureAddonBuild();
  execFileSync(process.execPath, ['scripts/build-playground.mjs'], { cwd: ROOT, stdio: 'pipe' });
  built = true;
}

export interface RunningServer {
  url: string;
  port: number;
  process: ChildProcess;
  /** Everything the server printed. */
  output(): string;
  stop(): Promise<void>;
}

/** Starts `node dist/playground/server.cjs` and waits for the address it prints. */
export function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  const child = spawn(process.execPath, [path.join(ROOT, 'dist/playground/server.cjs')], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', PLAYGROUND_NOW: TEST_NOW, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => (output += chunk.toString());
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`The playground did not start in time:\n${output}`));
    }, 60_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The playground exited (${code}):\n${output}`));
    });
    child.stdout.on('data', () => {
      const match = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(output);
      if (!match) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolve({
        url: match[0],
        port: Number(match[1]),
        process: child,
        output: () => output,
        stop,
      });
    });
  });
}

/** Output of a server run that is expected to end by itself (a refusal to start). */
export function runServerToEnd(
  env: Record<string, string>,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'dist/playground/server.cjs')], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

export interface LaunchedBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** What a test may set on the browser; the rest (offline flags, a fresh profile) is shared. */
export interface ChromiumOptions {
  readonly viewport?: { width: number; height: number };
  /** The zone the page's clock reads in; the teacher's class is in New York. */
  readonly timezoneId?: string;
  readonly locale?: string;
  readonly acceptDownloads?: boolean;
  readonly reducedMotion?: 'reduce' | 'no-preference';
  /** More command-line flags. */
  readonly args?: readonly string[];
}

/** Debian's chromium, headless, offline, with a fresh profile (playwright's persistent context). */
export async function launchChromium(options: ChromiumOptions = {}): Promise<LaunchedBrowser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium); .ci/run does.`,
    );
  }
  const profile = mkdtempSync(path.join(os.tmpdir(), 'mastery-tracker-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: options.acceptDownloads ?? true,
    viewport: options.viewport ?? { width: 1400, height: 900 },
    // The teacher's browser is where her class is: the sidebar shows times in the browser's zone.
    timezoneId: options.timezoneId ?? 'America/New_York',
    ...(options.locale ? { locale: options.locale } : {}),
    ...(options.reducedMotion ? { reducedMotion: options.reducedMotion } : {}),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(options.args ?? []),
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
