/**
 * Session: who is at the keyboard (getActiveUser), whose authority the code runs with
 * (getEffectiveUser), the script's time zone and the user's locale. The active user's e-mail is
 * blank where reference/base/session says it is withheld.
 */

import { createHash } from 'node:crypto';
import type { ApiOf } from '../runtime/api-types';
import type { EmulatorContext, User as EmulatedUser } from '../runtime/context';
import { emailKey, sameEmail } from '../runtime/email';
import { strict } from '../runtime/strict';
import { requireScope, SCOPES } from './common';
import type { ScriptProject } from './project';

export class SessionUser implements ApiOf<GoogleAppsScript.Base.User, 'getEmail'> {
  constructor(
    readonly ctx: EmulatorContext,
    readonly email: string,
  ) {}

  getEmail(): string {
    return this.ctx.call('User', 'getEmail', 'local', () => this.email, { minAuth: 'NONE' });
  }
}

/**
 * Docs (reference/base/session getActiveUser): the e-mail is withheld in contexts that run without
 * the person's own authorization — simple triggers, custom functions, and code running under
 * someone else's authority (an installable trigger fired by another editor) — unless policy allows
 * it (same Workspace domain), which `User.revealsEmail` stands for.
 */
export function visibleActiveEmail(ctx: EmulatorContext): string {
  const execution = ctx.execution;
  if (!execution) return '';
  const active: EmulatedUser = execution.activeUser;
  if (active.revealsEmail) return active.email;
  const ownAuthority =
    execution.authMode === 'FULL' && sameEmail(active.email, execution.effectiveUser.email);
  return ownAuthority ? active.email : '';
}

export function createSession(ctx: EmulatorContext, project: ScriptProject) {
  const user = (email: string): SessionUser => strict('User', new SessionUser(ctx, email));
  const service = {
    getActiveUser(): SessionUser {
      return ctx.call('Session', 'getActiveUser', 'local', () => {
        requireScope(project, 'Session.getActiveUser', SCOPES.userEmail);
        return user(visibleActiveEmail(ctx));
      });
    },
    getEffectiveUser(): SessionUser {
      return ctx.call('Session', 'getEffectiveUser', 'local', () => {
        requireScope(project, 'Session.getEffectiveUser', SCOPES.userEmail);
        return user(ctx.effectiveUser?.email ?? '');
      });
    },
    getScriptTimeZone(): string {
      return ctx.call('Session', 'getScriptTimeZone', 'local', () => project.timeZone, {
        minAuth: 'NONE',
      });
    },
    getActiveUserLocale(): string {
      return ctx.call(
        'Session',
        'getActiveUserLocale',
        'local',
        () => project.userLocale(ctx.execution?.activeUser.email ?? ''),
        { minAuth: 'NONE' },
      );
    },
    /** Docs: a key unique to the active user and the script, stable over time, not the e-mail. */
    getTemporaryActiveUserKey(): string {
      return ctx.call(
        'Session',
        'getTemporaryActiveUserKey',
        'local',
        () => {
          const email = emailKey(ctx.execution?.activeUser.email ?? '');
          return createHash('sha256')
            .update(`${project.scriptId}\u0000${email}`)
            .digest('base64')
            .replace(/[^A-Za-z0-9]/g, '')
            .slice(0, 44);
        },
        { minAuth: 'NONE' },
      );
    },
  };
  return strict('Session', service);
}
