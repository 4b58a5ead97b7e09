/**
 * Promise-returning, typed calls to the server. The types come from the server module itself, so
 * a renamed or re-typed server function is a build error here rather than a broken sidebar.
 */

import type { SidebarApi } from '../server/sidebar-api';

type ServerName = keyof SidebarApi;
type Result<K extends ServerName> = Awaited<ReturnType<SidebarApi[K]>>;

interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: Error) => void): ScriptRunner;
  [name: string]: unknown;
}

declare const google: { script: { run: ScriptRunner } };

export function callServer<K extends ServerName>(
  name: K,
  ...args: Parameters<SidebarApi[K]>
): Promise<Result<K>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as Result<K>))
      .withFailureHandler(reject);
    const call = runner[name];
    if (typeof call !== 'function') {
      reject(new Error(`The server has no function named ${String(name)}.`));
      return;
    }
    call.apply(runner, args);
  });
}
