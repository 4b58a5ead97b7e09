// Turns an execution's ledger entries into the figures the budget table shows: spreadsheet calls
// by kind, other calls, modeled time, cells written, and what a cell-by-cell approach would cost.

const SPREADSHEET_KINDS = ['read', 'write', 'structural', 'flush'];
const OTHER_KINDS = ['properties', 'lock', 'cache', 'ui'];

export function figures(entries) {
  const count = (kind) => entries.filter((entry) => entry.kind === kind).length;
  const spreadsheet = SPREADSHEET_KINDS.reduce((total, kind) => total + count(kind), 0);
  const other = OTHER_KINDS.reduce((total, kind) => total + count(kind), 0);
  const cellsWritten = entries
    .filter((entry) => entry.kind === 'write')
    .reduce((total, entry) => total + entry.cells, 0);
  // One call per cell for every read and write, the structural calls as they are.
  const cellByCell = entries
    .filter((entry) => entry.kind === 'read' || entry.kind === 'write')
    .reduce(
      (total, entry) => total + Math.max(1, entry.cells),
      count('structural') + count('flush'),
    );
  return {
    spreadsheet,
    reads: count('read'),
    writes: count('write'),
    structural: count('structural'),
    flush: count('flush'),
    other,
    modeledMs: entries.reduce((total, entry) => total + entry.modeledMs, 0),
    cellsWritten,
    cellByCell,
  };
}

/** The figures of one run of the bundle (a RunResult from the emulator), failing on its error. */
export function ofRun(emulator, run) {
  if (run.error) throw run.error;
  if (!run.started) throw new Error(`${run.functionName} did not start`);
  return { ...figures(emulator.ledger.forExecution(run.executionId)), loadCalls: run.loadCalls };
}
