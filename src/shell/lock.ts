/**
 * The document lock: one execution at a time changes this class (docs: reference/lock). Work runs
 * with the lock held, pending writes are flushed before it is released, and callers learn when the
 * lock could not be had in time instead of losing the work silently.
 */

export type Locked<T> = { readonly ok: true; readonly value: T } | { readonly ok: false };

export function withDocumentLock<T>(waitMs: number, work: () => T): Locked<T> {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(waitMs)) return { ok: false };
  try {
    const value = work();
    SpreadsheetApp.flush();
    return { ok: true, value };
  } finally {
    lock.releaseLock();
  }
}
