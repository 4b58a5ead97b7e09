/** Errors the emulator throws, worded as Apps Script words them where it matters to a test. */

/** A member of the Apps Script surface the emulator does not implement. */
export class NotImplementedError extends Error {
  constructor(readonly member: string) {
    super(`${member} is not implemented by the emulator (see dev/emulator/README.md)`);
    this.name = 'NotImplementedError';
  }
}

/** An exception as Apps Script raises it: scripts see `Exception: message`-style errors. */
export class ScriptException extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Exception';
  }
}

/** Thrown when an execution's modeled time passes its limit (6 min, or 30 s for simple triggers). */
export class ExecutionTimeoutError extends ScriptException {
  constructor(
    readonly limitMs: number,
    readonly modeledMs: number,
  ) {
    super('Exceeded maximum execution time');
  }
}

/** Docs wording for a protected cell written by someone not allowed to. */
export const PROTECTED_CELL_MESSAGE =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

/**
 * Docs (guides/services/quotas, "Exception messages"): more executions of one user at once than the
 * 30 allowed.
 */
export const TOO_MANY_SIMULTANEOUS_MESSAGE =
  'There are too many scripts running simultaneously for this Google user account.';

/** Docs (guides/services/quotas, "Exception messages"): the day's trigger runtime is used up. */
export const DAILY_RUNTIME_MESSAGE = 'Service using too much computer time for one day.';
