/** Small helpers shared by the non-spreadsheet services: OAuth scope checks and the enums' shape. */

import type { EmulatorContext } from '../runtime/context';
import { ScriptException } from '../runtime/errors';
import type { ScriptProject } from './project';

export const SCOPES = {
  containerUi: 'https://www.googleapis.com/auth/script.container.ui',
  scriptApp: 'https://www.googleapis.com/auth/script.scriptapp',
  userEmail: 'https://www.googleapis.com/auth/userinfo.email',
} as const;

/**
 * When the manifest lists oauthScopes explicitly, Apps Script refuses calls needing a scope that
 * is not listed (docs: concepts/scopes, "Setting explicit scopes"). Without the list, scopes are
 * detected automatically and nothing is refused.
 */
export function requireScope(project: ScriptProject, member: string, scope: string): void {
  const scopes = project.manifest.oauthScopes;
  if (!scopes || scopes.includes(scope)) return;
  throw new ScriptException(
    `Specified permissions are not sufficient to call ${member}. Required permissions: ${scope}`,
  );
}

/**
 * Apps Script enums are objects whose values print as their names; the emulator uses the names
 * themselves, so `e.authMode === ScriptApp.AuthMode.FULL` and `String(button) === 'YES'` both hold.
 */
export function enumOf<const N extends string>(...names: N[]): Readonly<{ [K in N]: K }> {
  const result = {} as { [K in N]: K };
  for (const name of names) (result as Record<string, string>)[name] = name;
  return Object.freeze(result);
}

export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** A call with no round trip that any auth mode may make (menus, HtmlOutput, Utilities, Logger). */
export function localCall<T>(
  ctx: EmulatorContext,
  service: string,
  method: string,
  fn: () => T,
): T {
  return ctx.call(service, method, 'local', fn, { minAuth: 'NONE' });
}
