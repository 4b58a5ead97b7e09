/**
 * The emulator's running state shared by every emulated service: the clock, the people, the
 * ledger, and the execution in progress (who runs it, in which auth mode, how much modeled time it
 * has used). Every service call goes through `call()`, which checks the auth mode, records the
 * call in the ledger, charges its modeled cost and enforces the execution time limit.
 */

import { MS_PER_DAY } from '../format/serial';
import { costOf, LIMITS, type CallKind } from './cost-model';
import { emailKey } from './email';
import { ExecutionTimeoutError, ScriptException } from './errors';
import { Ledger } from './ledger';
import type { Timeline } from './timeline';

export type AuthMode = 'NONE' | 'LIMITED' | 'FULL' | 'CUSTOM_FUNCTION';

const AUTH_RANK: Record<AuthMode, number> = { NONE: 0, CUSTOM_FUNCTION: 1, LIMITED: 1, FULL: 2 };

export interface User {
  email: string;
  /** Whether Session.getActiveUser() and e.user reveal this person's e-mail to the script. Docs: often blank. */
  revealsEmail: boolean;
}

export type ExecutionKind =
  'simple-trigger' | 'installable-trigger' | 'menu' | 'sidebar' | 'script' | 'load';

export interface Execution {
  id: number;
  kind: ExecutionKind;
  authMode: AuthMode;
  /** The person at the keyboard (Session.getActiveUser). */
  activeUser: User;
  /** Whose authority the code runs with (Session.getEffectiveUser): the trigger's creator for installable triggers. */
  effectiveUser: User;
  /** The spreadsheet the script is bound to / opened in (getActiveSpreadsheet). */
  documentId: string | null;
  modeledMs: number;
  limitMs: number;
  /** Cells written since the last read or flush: Apps Script sends them in one batch. */
  pendingCells: number;
  /** Name of the function the execution runs, for logs. */
  functionName: string;
  /** When it started on the modeled timeline of Emulator.concurrently (0 outside one). */
  startedAtMs: number;
  /** The emulator clock when it started (epoch ms): the day its runtime counts against. */
  startedAt: number;
  /**
   * Applied to what every service call returns to the code: for the bundle, Dates take the
   * script's Date class (runtime/script-date.ts) so their local fields read the script's zone.
   */
  exportValue?: <T>(value: T) => T;
}

/** A controllable wall clock: TODAY() and new Date() inside the bundle read it. */
export class Clock {
  private current: number;
  constructor(start: Date | string | number = '2026-09-14T08:00:00Z') {
    this.current = new Date(start).getTime();
  }
  now(): Date {
    return new Date(this.current);
  }
  millis(): number {
    return this.current;
  }
  set(date: Date | string | number): void {
    this.current = new Date(date).getTime();
  }
  advance(ms: number): void {
    this.current += ms;
  }
  advanceDays(days: number): void {
    this.current += days * MS_PER_DAY;
  }
}

/** Who runs an execution started with runAs, and how. */
export interface RunAsOptions {
  authMode?: AuthMode;
  kind?: ExecutionKind;
  /** Whose authority applies, when not the person at the keyboard (installable triggers). */
  effectiveUser?: string;
  functionName?: string;
  /** Called after the execution ended, however fn finished (e.g. to release its locks). */
  onEnd?: (execution: Execution) => void;
}

export interface CallOptions {
  /** Cells touched: writes queue them, reads and flushes pay for the queue. */
  cells?: number;
  /** Least auth mode that may make the call. Default: NONE for 'ui', LIMITED otherwise. */
  minAuth?: AuthMode;
  /** For properties and cache: a setter costs more than a getter. */
  setter?: boolean;
}

export class EmulatorContext {
  readonly ledger: Ledger;
  readonly clock: Clock;
  /** The modeled timeline while executions overlap (Emulator.concurrently); null otherwise. */
  timeline: Timeline | null = null;
  /** Keyed by emailKey(email). */
  readonly users = new Map<string, User>();
  private executionStack: Execution[] = [];
  private nextExecutionId = 1;

  constructor(clock = new Clock()) {
    this.clock = clock;
    this.ledger = new Ledger(() => clock.millis());
  }

  /** The person with this address, however it is capitalised (the first spelling seen is kept). */
  user(email: string): User {
    const key = emailKey(email);
    let user = this.users.get(key);
    if (!user) {
      user = { email, revealsEmail: false };
      this.users.set(key, user);
    }
    return user;
  }

  get execution(): Execution | null {
    return this.executionStack[this.executionStack.length - 1] ?? null;
  }

  /** The person whose authority applies to the current call; null for the harness. */
  get effectiveUser(): User | null {
    return this.execution?.effectiveUser ?? null;
  }

  /** Modeled time of the running execution on the timeline (its start plus the time it has used). */
  get nowMs(): number {
    const execution = this.execution;
    return execution ? execution.startedAtMs + execution.modeledMs : 0;
  }

  begin(
    init: Omit<
      Execution,
      'id' | 'modeledMs' | 'pendingCells' | 'limitMs' | 'startedAtMs' | 'startedAt'
    > & {
      limitMs?: number;
      startedAtMs?: number;
    },
  ): Execution {
    const execution: Execution = {
      ...init,
      id: this.nextExecutionId++,
      modeledMs: 0,
      pendingCells: 0,
      startedAtMs: init.startedAtMs ?? 0,
      startedAt: this.clock.millis(),
      limitMs:
        init.limitMs ??
        (init.kind === 'simple-trigger' ? LIMITS.simpleTriggerMs : LIMITS.executionMs),
    };
    this.executionStack.push(execution);
    return execution;
  }

  /** Ends the execution; queued writes are sent at the end, as Apps Script does. */
  end(execution: Execution): void {
    if (execution.pendingCells > 0) {
      const cost = costOf('flush', 0, execution.pendingCells, false);
      execution.modeledMs += cost.ms;
      execution.pendingCells = 0;
    }
    const index = this.executionStack.lastIndexOf(execution);
    if (index >= 0) this.executionStack.splice(index, 1);
    const endMs = execution.startedAtMs + execution.modeledMs;
    this.timeline?.release(execution.id, endMs);
    this.timeline?.recordRun({
      executionId: execution.id,
      email: execution.effectiveUser.email,
      startMs: execution.startedAtMs,
      endMs,
    });
    this.ledger.recordExecution(execution);
  }

  /** Runs `fn` as one execution by `email` on `documentId`, ending it however fn finishes. */
  runAs<T>(
    email: string,
    documentId: string | null,
    fn: (execution: Execution) => T,
    options: RunAsOptions = {},
  ): T {
    const execution = this.begin({
      kind: options.kind ?? 'script',
      authMode: options.authMode ?? 'FULL',
      activeUser: this.user(email),
      effectiveUser: this.user(options.effectiveUser ?? email),
      documentId,
      functionName: options.functionName ?? '(harness)',
    });
    try {
      return fn(execution);
    } finally {
      this.end(execution);
      options.onEnd?.(execution);
    }
  }

  /**
   * Runs one emulated service call. Outside any execution (a test or the playground reading state
   * directly) the call is neither checked nor recorded.
   */
  call<T>(
    service: string,
    method: string,
    kind: CallKind,
    fn: () => T,
    options: CallOptions = {},
  ): T {
    const execution = this.execution;
    if (!execution) return fn();
    const minAuth = options.minAuth ?? (kind === 'ui' ? 'NONE' : 'LIMITED');
    if (AUTH_RANK[execution.authMode] < AUTH_RANK[minAuth]) {
      throw new ScriptException(
        `You do not have permission to call ${service}.${method} (authorization mode ${execution.authMode}).`,
      );
    }
    const cells = options.cells ?? 0;
    const cost = costOf(kind, cells, execution.pendingCells, options.setter ?? false);
    if (cost.sendsPendingWrites) execution.pendingCells = 0;
    if (kind === 'write') execution.pendingCells += Math.max(cells, 1);
    execution.modeledMs += cost.ms;
    this.ledger.record({
      executionId: execution.id,
      service,
      method,
      kind,
      cells,
      modeledMs: cost.ms,
    });
    if (execution.modeledMs > execution.limitMs) {
      throw new ExecutionTimeoutError(execution.limitMs, execution.modeledMs);
    }
    const result = fn();
    return execution.exportValue ? execution.exportValue(result) : result;
  }

  /** Adds modeled time without a service call (Utilities.sleep, lock waits). */
  charge(ms: number): void {
    const execution = this.execution;
    if (!execution) return;
    execution.modeledMs += ms;
    if (execution.modeledMs > execution.limitMs) {
      throw new ExecutionTimeoutError(execution.limitMs, execution.modeledMs);
    }
  }
}
