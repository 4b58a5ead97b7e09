/**
 * The playground's Emulator: the emulator itself, also keeping a list of the executions it ran
 * (menu clicks, sidebar calls, simple and installable triggers) with who ran it, in which auth
 * mode, and what it cost according to the ledger. Every way the emulator runs the add-on goes
 * through run(), so overriding it sees them all.
 */

import { Emulator, type EmulatorOptions, type RunOptions, type RunResult } from '../../emulator';
import type { ExecutionView } from '../protocol';

/** How many executions the ledger panel keeps. */
export const KEPT_EXECUTIONS = 300;

export class RecordingEmulator extends Emulator {
  private readonly executions: { documentId: string; view: ExecutionView }[] = [];

  constructor(options: EmulatorOptions = {}) {
    super(options);
  }

  override run<T = unknown>(functionName: string, options: RunOptions): RunResult<T> {
    const at = this.clock.now().toISOString();
    const result = super.run<T>(functionName, options);
    const view: ExecutionView = {
      id: result.executionId,
      functionName,
      who: options.as,
      authMode: result.authMode,
      kind: options.kind ?? 'script',
      at,
      modeledMs: Math.round(result.modeledMs * 10) / 10,
      serviceCalls: result.calls.serviceCalls,
      byKind: { ...result.calls.byKind },
      byMethod: { ...result.calls.byMethod },
      loadCalls: result.loadCalls,
    };
    if (options.effectiveUser && options.effectiveUser !== options.as) {
      view.runsAs = options.effectiveUser;
    }
    if (result.error) view.error = result.error.message;
    this.executions.push({ documentId: options.document.model.id, view });
    if (this.executions.length > KEPT_EXECUTIONS) this.executions.shift();
    return result;
  }

  /** The executions in one spreadsheet file, oldest first. */
  executionsIn(documentId: string): ExecutionView[] {
    return this.executions
      .filter((execution) => execution.documentId === documentId)
      .map((execution) => execution.view);
  }
}
