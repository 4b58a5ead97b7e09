/**
 * Records every emulated service call, so tests and the benchmark can count round trips, and every
 * execution with its modeled runtime, so a test can read the daily trigger-runtime quota.
 */

import type { Execution, ExecutionKind } from './context';
import { LIMITS, type CallKind } from './cost-model';
import { isConsumerAccount, sameEmail } from './email';

export interface LedgerEntry {
  seq: number;
  /** The execution the call ran in; 0 for calls made by the harness outside any execution. */
  executionId: number;
  service: string;
  method: string;
  kind: CallKind;
  cells: number;
  modeledMs: number;
}

export interface ExecutionRecord {
  executionId: number;
  kind: ExecutionKind;
  functionName: string;
  activeUser: string;
  /** Whose quota it counts against: the trigger's creator for installable triggers. */
  effectiveUser: string;
  documentId: string | null;
  /** The emulator clock when it started (epoch ms). */
  startedAt: number;
  modeledMs: number;
}

/** The daily trigger-runtime quota of one account on one day (guides/services/quotas). */
export interface TriggerRuntimeQuota {
  usedMs: number;
  limitMs: number;
  /** Consumer accounts (gmail.com) have 90 min a day; Workspace accounts 6 h. */
  account: 'consumer' | 'workspace';
  exceeded: boolean;
}

const TRIGGER_KINDS: readonly ExecutionKind[] = ['simple-trigger', 'installable-trigger'];

/**
 * A quota day as 'yyyy-mm-dd' in UTC. The quotas page says daily quotas refresh at the end of a
 * 24-hour window whose time varies between users; the emulator counts UTC calendar days.
 */
export function quotaDay(when: number | Date | string): string {
  if (typeof when === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(when)) return when;
  return new Date(when).toISOString().slice(0, 10);
}

export interface LedgerSummary {
  calls: number;
  /** Calls that are round trips or queued writes (every kind but 'local'). */
  serviceCalls: number;
  modeledMs: number;
  byKind: Partial<Record<CallKind, number>>;
  byMethod: Record<string, number>;
}

export class Ledger {
  readonly entries: LedgerEntry[] = [];
  /** Every execution that ran, in the order they ended. */
  readonly executions: ExecutionRecord[] = [];
  private seq = 0;

  /** `now` reads the emulator clock: the default day for the quota figures. */
  constructor(private readonly now: () => number = () => Date.now()) {}

  recordExecution(execution: Execution): void {
    this.executions.push({
      executionId: execution.id,
      kind: execution.kind,
      functionName: execution.functionName,
      activeUser: execution.activeUser.email,
      effectiveUser: execution.effectiveUser.email,
      documentId: execution.documentId,
      startedAt: execution.startedAt,
      modeledMs: execution.modeledMs,
    });
  }

  /**
   * Total modeled runtime of trigger executions (simple and installable) that ran as `email` on
   * `day` ('yyyy-mm-dd' UTC, or a Date; default: today by the emulator clock).
   */
  triggerRuntimeMs(email: string, day: string | Date = new Date(this.now())): number {
    const wanted = quotaDay(day);
    return this.executions
      .filter(
        (record) =>
          TRIGGER_KINDS.includes(record.kind) &&
          sameEmail(record.effectiveUser, email) &&
          quotaDay(record.startedAt) === wanted,
      )
      .reduce((total, record) => total + record.modeledMs, 0);
  }

  /** The figure above against the account's daily quota. */
  triggerRuntimeQuota(
    email: string,
    day: string | Date = new Date(this.now()),
  ): TriggerRuntimeQuota {
    const account = isConsumerAccount(email) ? 'consumer' : 'workspace';
    const limitMs =
      account === 'consumer' ? LIMITS.triggerRuntimeConsumerMs : LIMITS.triggerRuntimeWorkspaceMs;
    const usedMs = this.triggerRuntimeMs(email, day);
    return { usedMs, limitMs, account, exceeded: usedMs >= limitMs };
  }

  /**
   * Each execution's entries, kept as they are recorded: a long session (the playground's sample
   * class runs hundreds of executions) would otherwise scan every entry at each one's end.
   */
  private readonly byExecution = new Map<number, LedgerEntry[]>();

  record(entry: Omit<LedgerEntry, 'seq'>): LedgerEntry {
    const full = { ...entry, seq: ++this.seq };
    this.entries.push(full);
    const mine = this.byExecution.get(full.executionId);
    if (mine) mine.push(full);
    else this.byExecution.set(full.executionId, [full]);
    return full;
  }

  /** A bookmark: pass it to since() to see only what came after. */
  mark(): number {
    return this.seq;
  }

  since(mark: number): LedgerEntry[] {
    // Entries are recorded in sequence order: find the first after the mark by halving.
    let low = 0;
    let high = this.entries.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.entries[middle]!.seq > mark) high = middle;
      else low = middle + 1;
    }
    return this.entries.slice(low);
  }

  forExecution(executionId: number): LedgerEntry[] {
    return [...(this.byExecution.get(executionId) ?? [])];
  }

  clear(): void {
    this.entries.length = 0;
    this.executions.length = 0;
    this.byExecution.clear();
  }

  static summarize(entries: readonly LedgerEntry[]): LedgerSummary {
    const summary: LedgerSummary = {
      calls: 0,
      serviceCalls: 0,
      modeledMs: 0,
      byKind: {},
      byMethod: {},
    };
    for (const entry of entries) {
      summary.calls++;
      if (entry.kind !== 'local') summary.serviceCalls++;
      summary.modeledMs += entry.modeledMs;
      summary.byKind[entry.kind] = (summary.byKind[entry.kind] ?? 0) + 1;
      const name = `${entry.service}.${entry.method}`;
      summary.byMethod[name] = (summary.byMethod[name] ?? 0) + 1;
    }
    return summary;
  }
}
