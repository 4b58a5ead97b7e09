// The performance budget: service calls (round trips) and modeled production time per add-on
// operation, measured with the emulator's ledger on the exact build/ bundle. Every Spreadsheet
// service call is a network round trip in production, so the budgets count calls, not seconds.
// Exits 1 when an operation goes over its budget. Needs `npm run build && npm run build:emulator`.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { Emulator } = require('../dist/emulator.cjs');

const TEACHER = 'teacher@school.example';
const STUDENT = 'ava@school.example';

/** Each operation: how to run it once on a fresh class, and its budget. */
const operations = [
  {
    name: 'onOpen, add-on not yet used in the file (AuthMode.NONE)',
    budget: { serviceCalls: 2, reads: 0 },
    run: (emulator, doc) => emulator.openSpreadsheet(doc, TEACHER),
  },
  {
    name: 'onOpen for a student, add-on enabled (LIMITED)',
    budget: { serviceCalls: 2, reads: 0 },
    run: (emulator, doc) => {
      emulator.install(doc, TEACHER);
      return emulator.openSpreadsheet(doc, STUDENT);
    },
  },
  {
    name: 'Open sidebar (menu click)',
    budget: { serviceCalls: 3, reads: 0 },
    run: (emulator, doc) => emulator.clickMenu(doc, TEACHER, 'Open sidebar'),
    before: (emulator, doc) => emulator.openSpreadsheet(doc, TEACHER),
  },
  {
    name: 'Sidebar loads its header (getSidebarInfo)',
    budget: { serviceCalls: 2, reads: 1 },
    run: (emulator, doc) => emulator.callFromSidebar(doc, TEACHER, 'getSidebarInfo'),
  },
];

let over = 0;
const rows = [];
for (const operation of operations) {
  const emulator = new Emulator();
  const doc = emulator.createSpreadsheet({ name: 'Room 12', owner: TEACHER, editors: [STUDENT] });
  operation.before?.(emulator, doc);
  const result = operation.run(emulator, doc);
  if (result.error) throw result.error;
  const reads = result.calls.byKind.read ?? 0;
  const ok =
    result.calls.serviceCalls <= operation.budget.serviceCalls && reads <= operation.budget.reads;
  if (!ok) over++;
  rows.push({
    operation: operation.name,
    'service calls': `${result.calls.serviceCalls} / ${operation.budget.serviceCalls}`,
    reads: `${reads} / ${operation.budget.reads}`,
    'modeled ms': Math.round(result.modeledMs),
    'load calls': result.loadCalls,
    verdict: ok && result.loadCalls === 0 ? 'within budget' : 'OVER BUDGET',
  });
  if (result.loadCalls !== 0) over++;
}
console.table(rows);
if (over > 0) {
  console.error(`${over} budget(s) exceeded`);
  process.exit(1);
}
console.log(`${rows.length} operations within budget`);
