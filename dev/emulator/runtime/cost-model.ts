/**
 * What each Apps Script service call costs in production, in modeled milliseconds. Every constant
 * names its source (../../../shared/guide/platform.md gathers them); where no measurement is
 * published the constant says "estimate" and why. The model: Apps Script queues writes and sends
 * them at the next read, flush or end of execution, so reads and flushes pay for pending writes.
 */

export type CallKind =
  'read' | 'write' | 'structural' | 'flush' | 'properties' | 'cache' | 'lock' | 'ui' | 'local';

export const COST = {
  /** Getters answered from the object in hand (getRow, getA1Notation, getName of a sheet). Estimate: no round trip. */
  localMs: 0,
  /** A read round trip. Community: openById + one-cell read/write ~200-300 ms (tanaikech 2022-04-25); a read alone is taken as 50 ms. */
  readMs: 50,
  /** A queued write call. Community: 400 single-row setValues without flush took 164 ms (Mogsdad), ~0.4 ms each. */
  writeCallMs: 0.4,
  /** Per cell in a write. Community: one setValues of 4,000 cells < 50 ms (Mogsdad). */
  writeCellMs: 0.01,
  /** Sending queued writes. Community: 400 rows each flushed took ~12 s, ~30 ms per flush (Mogsdad). */
  flushMs: 30,
  /** Per pending cell at a flush. Community: 4,000 cells + flush took 610 ms (Mogsdad): (610-30)/4000. */
  flushCellMs: 0.145,
  /** insertSheet, copyTo, protect, setConditionalFormatRules...: no published numbers; platform.md says treat each as a few hundred ms. */
  structuralMs: 300,
  /** Community: properties get ~30 ms, set ~62 ms (ziritione.org). */
  propertiesGetMs: 30,
  propertiesSetMs: 62,
  /** Community: cache get ~3 ms, put ~93 ms (ziritione.org). */
  cacheGetMs: 3,
  cachePutMs: 93,
  /** Estimate: acquiring an uncontended lock is one round trip. */
  lockMs: 50,
  /** Estimate: a UI call (toast, showSidebar, alert) is one round trip. */
  uiMs: 100,
} as const;

/**
 * Limits. Docs: guides/services/quotas (6 min per execution; 30 simultaneous executions per user;
 * triggers total runtime 90 min/day on consumer accounts, 6 h/day on Workspace), guides/triggers
 * (simple triggers 30 s).
 */
export const LIMITS = {
  executionMs: 6 * 60 * 1000,
  simpleTriggerMs: 30 * 1000,
  simultaneousExecutionsPerUser: 30,
  triggerRuntimeConsumerMs: 90 * 60 * 1000,
  triggerRuntimeWorkspaceMs: 6 * 60 * 60 * 1000,
} as const;

export interface CallCost {
  ms: number;
  /** Whether the call sends the pending writes (reads and flushes do). */
  sendsPendingWrites: boolean;
}

/** Cost of one call of `kind` touching `cells` cells; `write` is true for setters among properties/cache. */
export function costOf(
  kind: CallKind,
  cells: number,
  pendingCells: number,
  isSetter: boolean,
): CallCost {
  const flushPending = pendingCells > 0 ? COST.flushMs + pendingCells * COST.flushCellMs : 0;
  switch (kind) {
    case 'local':
      return { ms: COST.localMs, sendsPendingWrites: false };
    case 'read':
      return { ms: COST.readMs + flushPending, sendsPendingWrites: true };
    case 'write':
      return { ms: COST.writeCallMs + cells * COST.writeCellMs, sendsPendingWrites: false };
    case 'flush':
      return { ms: pendingCells > 0 ? flushPending : COST.flushMs, sendsPendingWrites: true };
    case 'structural':
      return { ms: COST.structuralMs + flushPending, sendsPendingWrites: true };
    case 'properties':
      return {
        ms: isSetter ? COST.propertiesSetMs : COST.propertiesGetMs,
        sendsPendingWrites: false,
      };
    case 'cache':
      return { ms: isSetter ? COST.cachePutMs : COST.cacheGetMs, sendsPendingWrites: false };
    case 'lock':
      return { ms: COST.lockMs, sendsPendingWrites: false };
    case 'ui':
      return { ms: COST.uiMs, sendsPendingWrites: false };
  }
}
