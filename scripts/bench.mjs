// The performance budget: service calls (round trips) and modeled production time per add-on
// operation, measured with the emulator's ledger on the exact build/ bundle. Every Spreadsheet
// service call is a network round trip in production, so the budgets count calls, not seconds.
// Prints a table per operation and exits 1 when one goes over its budget. Builds build/ and
// dist/emulator.cjs first when they are missing or stale, so it works on its own after `npm ci`.
// It also reports how long a few heavy emulator operations take on this machine: wall-clock time
// depends on the machine's load, so those figures are printed, never asserted.
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { ensureBuilt } from './ensure-built.mjs';
import { operations } from './bench/operations.mjs';
import { speedReport } from './bench/emulator-speed.mjs';

ensureBuilt('addon', 'emulator');
const require = createRequire(import.meta.url);
const emulatorModule = require('../dist/emulator.cjs');

let over = 0;
const rows = [];
for (const operation of operations(emulatorModule.Emulator)) {
  const started = performance.now();
  const f = operation.measure();
  const ok = operation.within(f) && (f.loadCalls ?? 0) === 0;
  if (!ok) over++;
  rows.push({
    operation: operation.name,
    'sheet calls': f.spreadsheet,
    'read/write/struct/flush': `${f.reads}/${f.writes}/${f.structural}/${f.flush}`,
    'other calls': f.other,
    'modeled s': (f.modeledMs / 1000).toFixed(1),
    'cells written': f.cellsWritten,
    'cell by cell': f.cellByCell,
    budget: operation.budget,
    verdict: ok ? 'within budget' : 'OVER BUDGET',
    'wall s': ((performance.now() - started) / 1000).toFixed(1),
  });
}
console.table(rows);

console.log('Emulator speed on this machine (reported, not a budget):');
console.table(speedReport(emulatorModule));

if (over > 0) {
  console.error(`${over} budget(s) exceeded`);
  process.exit(1);
}
console.log(`${rows.length} operations within budget`);
