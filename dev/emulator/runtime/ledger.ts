/** Records every emulated service call, so tests and the benchmark can count round trips. */

import type { CallKind } from './cost-model';

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
  private seq = 0;

  record(entry: Omit<LedgerEntry, 'seq'>): LedgerEntry {
    const full = { ...entry, seq: ++this.seq };
    this.entries.push(full);
    return full;
  }

  /** A bookmark: pass it to since() to see only what came after. */
  mark(): number {
    return this.seq;
  }

  since(mark: number): LedgerEntry[] {
    return this.entries.filter((entry) => entry.seq > mark);
  }

  forExecution(executionId: number): LedgerEntry[] {
    return this.entries.filter((entry) => entry.executionId === executionId);
  }

  clear(): void {
    this.entries.length = 0;
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
