/**
 * Modeled time shared by executions that run "at the same time" (Emulator.concurrently). The
 * emulator still runs them one after another, in the order they start; each has a start on this
 * timeline and ends `modeledMs` later, so a later one can see which earlier ones are still running
 * (30 simultaneous executions per user, guides/services/quotas) and which of them hold a lock
 * (LockService waits in modeled time). Times are milliseconds from the start of the batch.
 */

import { sameEmail } from './email';

export interface ModeledRun {
  executionId: number;
  /** The effective user: quotas count against whoever the code runs as. */
  email: string;
  startMs: number;
  endMs: number;
}

interface LockHold {
  executionId: number;
  fromMs: number;
  /** Infinity while the execution still holds it. */
  toMs: number;
}

export class Timeline {
  readonly runs: ModeledRun[] = [];
  private readonly holds = new Map<string, LockHold[]>();

  /** How many of `email`'s executions are running at `atMs` (started, not yet ended). */
  runningFor(email: string, atMs: number): number {
    return this.runs.filter(
      (run) =>
        sameEmail(run.email, email) &&
        run.startMs <= atMs &&
        (atMs < run.endMs || run.startMs === atMs),
    ).length;
  }

  recordRun(run: ModeledRun): void {
    this.runs.push(run);
  }

  /**
   * When execution `executionId` asking at `atMs` gets the lock `key`: at once if nobody holds it
   * then, otherwise when the holders it overlaps have released it; null if that is later than
   * `atMs + timeoutMs`. On success the hold is recorded from that moment on.
   */
  acquire(key: string, executionId: number, atMs: number, timeoutMs: number): number | null {
    const holds = this.holds.get(key) ?? [];
    let at = atMs;
    for (;;) {
      const blocking = holds.find(
        (hold) => hold.executionId !== executionId && hold.fromMs <= at && at < hold.toMs,
      );
      if (!blocking) break;
      at = blocking.toMs;
      if (at - atMs > timeoutMs) return null;
    }
    holds.push({ executionId, fromMs: at, toMs: Infinity });
    this.holds.set(key, holds);
    return at;
  }

  /** Ends the execution's open holds of `key` (every key when omitted) at `atMs`. */
  release(executionId: number, atMs: number, key?: string): void {
    for (const [holdKey, holds] of this.holds) {
      if (key !== undefined && holdKey !== key) continue;
      for (const hold of holds) {
        if (hold.executionId === executionId && hold.toMs === Infinity) hold.toMs = atMs;
      }
    }
  }
}
