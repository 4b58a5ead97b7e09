/**
 * LockService: document, script and user locks. Contention comes from three places: executions
 * overlapping on the modeled timeline of Emulator.concurrently (an earlier one holding the lock
 * makes a later one wait in modeled time, or fail when its timeout passes), an outer execution
 * still on the stack (a nested run stands for a concurrent one), or a holder a test simulates with
 * project.locks.simulateHolder(...). Waiting costs modeled time (ctx.charge); the emulator clock
 * does not move.
 */

import type { ApiOf } from '../runtime/api-types';
import type { EmulatorContext } from '../runtime/context';
import { ScriptException } from '../runtime/errors';
import { strict } from '../runtime/strict';
import { lockKey, type LockScope, type ScriptProject } from './project';

/** Docs: reference/lock/lock, waitLock(timeoutInMillis). */
export const LOCK_TIMEOUT_MESSAGE =
  'Lock timeout: another process was holding the lock for too long.';

export class Lock implements ApiOf<
  GoogleAppsScript.Lock.Lock,
  'hasLock' | 'releaseLock' | 'tryLock' | 'waitLock'
> {
  constructor(
    readonly ctx: EmulatorContext,
    readonly project: ScriptProject,
    readonly scope: LockScope,
    readonly key: string,
  ) {}

  /** gas-fakes test/testlock.js (live): a negative timeout fails at once, even with no holder. */
  tryLock(timeoutInMillis: number): boolean {
    return this.ctx.call('Lock', 'tryLock', 'lock', () => this.acquire(timeoutInMillis));
  }

  /** gas-fakes test/testlock.js (live): a negative timeout throws the lock-timeout error. */
  waitLock(timeoutInMillis: number): void {
    this.ctx.call('Lock', 'waitLock', 'lock', () => {
      if (!this.acquire(timeoutInMillis)) throw new ScriptException(LOCK_TIMEOUT_MESSAGE);
    });
  }

  releaseLock(): void {
    this.ctx.call('Lock', 'releaseLock', 'lock', () => {
      const executionId = this.ctx.execution?.id ?? 0;
      if (this.project.locks.heldBy.get(this.key) === executionId) {
        this.project.locks.heldBy.delete(this.key);
        this.ctx.timeline?.release(executionId, this.ctx.nowMs, this.key);
      }
    });
  }

  hasLock(): boolean {
    return this.ctx.call('Lock', 'hasLock', 'local', () => {
      const executionId = this.ctx.execution?.id ?? 0;
      return this.project.locks.heldBy.get(this.key) === executionId;
    });
  }

  private acquire(timeoutInMillis: number): boolean {
    const requested = Number(timeoutInMillis) || 0;
    const locks = this.project.locks;
    const executionId = this.ctx.execution?.id ?? 0;
    const holder = locks.heldBy.get(this.key);
    if (holder === executionId) return true;
    if (requested < 0) return false;
    const timeout = requested;
    if (holder !== undefined) {
      // An outer execution cannot finish while this one runs: the wait always times out.
      this.ctx.charge(timeout);
      return false;
    }
    let waited = 0;
    const simulated = locks.simulated.get(this.key);
    if (simulated) {
      if (timeout < simulated.remainingMs) {
        this.ctx.charge(timeout);
        simulated.remainingMs -= timeout;
        return false;
      }
      waited = simulated.remainingMs;
      this.ctx.charge(waited);
      locks.simulated.delete(this.key);
    }
    const timeline = this.ctx.timeline;
    if (timeline && this.ctx.execution) {
      const askedAt = this.ctx.nowMs;
      const gotAt = timeline.acquire(this.key, executionId, askedAt, timeout - waited);
      if (gotAt === null) {
        this.ctx.charge(timeout - waited);
        return false;
      }
      this.ctx.charge(gotAt - askedAt);
    }
    locks.heldBy.set(this.key, executionId);
    return true;
  }
}

export function createLockService(ctx: EmulatorContext, project: ScriptProject) {
  const make = (scope: LockScope, id: string): Lock =>
    strict('Lock', new Lock(ctx, project, scope, lockKey(scope, id)));
  const service = {
    /** Docs (reference/lock/lock-service): null when the script is not bound to a document. */
    getDocumentLock(): Lock | null {
      return ctx.call('LockService', 'getDocumentLock', 'local', () => {
        const documentId = ctx.execution?.documentId ?? null;
        return documentId === null ? null : make('document', documentId);
      });
    },
    getScriptLock(): Lock {
      return ctx.call('LockService', 'getScriptLock', 'local', () => make('script', ''));
    },
    getUserLock(): Lock {
      return ctx.call('LockService', 'getUserLock', 'local', () =>
        make('user', ctx.effectiveUser?.email ?? ''),
      );
    },
  };
  return strict('LockService', service);
}
