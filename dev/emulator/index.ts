/**
 * The emulator's public API: what tests, the benchmark, the playground and plain Node scripts use.
 * See README.md beside this file.
 */

export { Emulator } from './emulator';
export type {
  ConcurrentOptions,
  EmulatorOptions,
  RunOptions,
  RunResult,
  EditResult,
} from './emulator';
export type { ConcurrentOutcome, EditEventReport, EventRangeFields } from './edit-events';
export { Clock, EmulatorContext } from './runtime/context';
export type { AuthMode, Execution, ExecutionKind, User } from './runtime/context';
export { Ledger } from './runtime/ledger';
export type {
  ExecutionRecord,
  LedgerEntry,
  LedgerSummary,
  TriggerRuntimeQuota,
} from './runtime/ledger';
export { COST, LIMITS } from './runtime/cost-model';
export type { CallKind } from './runtime/cost-model';
export {
  DAILY_RUNTIME_MESSAGE,
  NotImplementedError,
  ScriptException,
  ExecutionTimeoutError,
  TOO_MANY_SIMULTANEOUS_MESSAGE,
} from './runtime/errors';
export { sameEmail } from './runtime/email';
export { WireError } from './runtime/wire';
export { Bundle } from './runtime/bundle';
export type { SpreadsheetDocument } from './sheets/document';
export type { NewDocumentOptions } from './sheets/document-factory';
export { effectiveStyle, StyleCache } from './evaluation/effective-style';
export { loadCsv, createDocumentFromCsv } from './io/csv';
export { loadXlsx, importXlsx, createDocumentFromXlsx, exportXlsx } from './xlsx-on-demand';
export { snapshot, restoreSnapshot } from './io/snapshot';
export type { DocumentSnapshot } from './io/snapshot';
