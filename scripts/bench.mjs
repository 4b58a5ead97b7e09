// The performance budget: service calls (round trips) and modeled production time per add-on
// operation, measured with the emulator's ledger on the exact build/ bundle. Every Spreadsheet
// service call is a network round trip in production, so the budgets count calls, not seconds.
// Exits 1 when an operation goes over its budget. Needs `npm run build && npm run build:emulator`.
// It also reports how long a few heavy emulator operations take on this machine: wall-clock time
// depends on the machine's load, so those figures are printed, never asserted (here or in jest).
// Where CPU matters (detection of a large tracker) the budget is CPU time, not wall time.
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

const require = createRequire(import.meta.url);
const { Emulator, loadCsv, snapshot } = require('../dist/emulator.cjs');

const TEACHER = 'teacher@school.example';
const STUDENT = 'ava@school.example';

/** A teacher's tracker of 2,000 students by 99 lessons (100 columns), marks of every kind, as CSV. */
function bigTracker() {
  const family = ['Lee', 'Ortiz', 'Young', 'Nguyen', 'Okafor', 'Garcia', 'Kim', 'Patel', 'Haddad'];
  const given = ['Ava', 'Ben', 'Chloé', 'Dmitri', 'Esperanza', 'Farah', 'Gabriel', 'Hana', 'Isaac'];
  const marks = ['X', '', '9/14/2026', 'M', '85', '', 'TRUE', '60', 'tested out'];
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const lines = ['Student,' + Array.from({ length: 99 }, (_, i) => `Lesson ${i + 1}`).join(',')];
  for (let r = 1; r < 2000; r++) {
    const surname = `${family[r % 9]}${letters[Math.floor(r / 9) % 26]}${letters[Math.floor(r / 234) % 26]}`;
    const row = Array.from({ length: 99 }, (_, c) => marks[(r * 4 + c * 7) % 9]);
    lines.push(`"${surname}, ${given[(r * 5) % 9]}",${row.join(',')}`);
  }
  return lines.join('\n');
}

/**
 * CPU the add-on itself spends in a run: the run's CPU time (process.cpuUsage, which a loaded
 * machine does not inflate the way it does wall time) less the CPU the emulator spends answering
 * service calls, which in production is Google's side of each round trip.
 */
function addonCpuMs(emulator, run) {
  const ctx = emulator.ctx;
  const call = ctx.call;
  let inServices = 0;
  let depth = 0;
  ctx.call = function (...args) {
    if (depth > 0) return call.apply(this, args);
    depth++;
    const started = process.cpuUsage();
    try {
      return call.apply(this, args);
    } finally {
      const used = process.cpuUsage(started);
      inServices += used.user + used.system;
      depth--;
    }
  };
  const started = process.cpuUsage();
  try {
    const result = run();
    const used = process.cpuUsage(started);
    return { result, cpuMs: Math.round((used.user + used.system - inServices) / 1000) };
  } finally {
    ctx.call = call;
  }
}

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
  {
    name: 'Detect an existing tracker of 2,000 rows x 100 columns (detectImport)',
    // One getValues of the whole sheet (and one getMergedRanges); the rest are small getters.
    budget: { serviceCalls: 10, reads: 8, getValues: 1, cpuMs: 1000 },
    before: (emulator, doc) => {
      loadCsv(doc, bigTracker(), { sheetName: 'Tracker' });
      // Loads the bundle once, so the measured run is the detection, not the emulator's start-up.
      emulator.callFromSidebar(doc, TEACHER, 'getSidebarInfo');
    },
    run: (emulator, doc) =>
      emulator.callFromSidebar(doc, TEACHER, 'detectImport', [{ sheetName: 'Tracker' }]),
  },
];

let over = 0;
const rows = [];
for (const operation of operations) {
  const emulator = new Emulator();
  const doc = emulator.createSpreadsheet({ name: 'Room 12', owner: TEACHER, editors: [STUDENT] });
  operation.before?.(emulator, doc);
  const { result, cpuMs } = addonCpuMs(emulator, () => operation.run(emulator, doc));
  if (result.error) throw result.error;
  const reads = result.calls.byKind.read ?? 0;
  const getValues = result.calls.byMethod['Range.getValues'] ?? 0;
  const { budget } = operation;
  const ok =
    result.calls.serviceCalls <= budget.serviceCalls &&
    reads <= budget.reads &&
    (budget.getValues === undefined || getValues <= budget.getValues) &&
    (budget.cpuMs === undefined || cpuMs <= budget.cpuMs);
  if (!ok) over++;
  rows.push({
    operation: operation.name,
    'service calls': `${result.calls.serviceCalls} / ${operation.budget.serviceCalls}`,
    reads: `${reads} / ${operation.budget.reads}`,
    'modeled ms': Math.round(result.modeledMs),
    'add-on CPU ms': budget.cpuMs === undefined ? '' : `${cpuMs} / ${budget.cpuMs}`,
    ...(budget.getValues === undefined ? {} : { getValues: `${getValues} / ${budget.getValues}` }),
    'load calls': result.loadCalls,
    verdict: ok && result.loadCalls === 0 ? 'within budget' : 'OVER BUDGET',
  });
  if (result.loadCalls !== 0) over++;
}
console.table(rows);

/** Heavy emulator work a test suite leans on: how long each takes here, for the record. */
const speedChecks = [
  {
    name: 'Load a 42 x 30 tracker from CSV',
    run: (emulator, doc) => {
      const lines = [
        'Student,' + Array.from({ length: 30 }, (_, i) => `Lesson ${i + 1}`).join(','),
      ];
      for (let s = 0; s < 42; s++) {
        lines.push(`"Last${s}, First",` + Array.from({ length: 30 }, (_, i) => i % 4).join(','));
      }
      loadCsv(doc, lines.join('\r\n'), { sheetName: 'Tracker' });
    },
  },
  {
    name: 'setValues then getValues of 1000 x 26 cells',
    run: (emulator, doc) => {
      const data = Array.from({ length: 1000 }, (_, r) =>
        Array.from({ length: 26 }, (_, c) => r * c),
      );
      emulator.runAs(doc, TEACHER, ({ SpreadsheetApp }) => {
        const range = SpreadsheetApp.getActiveSheet().getRange(1, 1, 1000, 26);
        range.setValues(data);
        range.getValues();
      });
    },
  },
  {
    name: 'Evaluate a conditional-format formula for each cell of a 50 x 30 grid',
    run: (emulator, doc) => {
      const sheet = doc.model.sheets[0];
      for (let r = 0; r < 50; r++) {
        for (let c = 0; c < 30; c++) doc.engine.evaluateAt('=$A1>25', sheet.id, 0, 0, r, c);
      }
    },
  },
  {
    name: 'Snapshot with effective styles of a 50 x 26 grid under a colour scale',
    run: (emulator, doc) => {
      emulator.runAs(doc, TEACHER, ({ SpreadsheetApp }) => {
        const sheet = SpreadsheetApp.getActiveSheet();
        const range = sheet.getRange(1, 1, 50, 26);
        range.setValues(
          Array.from({ length: 50 }, (_, r) =>
            Array.from({ length: 26 }, (_, c) => (r * 26 + c) % 7),
          ),
        );
        const rule = SpreadsheetApp.newConditionalFormatRule()
          .setGradientMinpoint('#ffffff')
          .setGradientMaxpoint('#0000ff')
          .setRanges([range])
          .build();
        sheet.setConditionalFormatRules([rule]);
      });
      snapshot(doc, { effectiveStyles: true });
    },
  },
];
const speed = speedChecks.map((check) => {
  const emulator = new Emulator();
  const doc = emulator.createSpreadsheet({ name: 'Speed', owner: TEACHER, editors: [STUDENT] });
  const started = performance.now();
  check.run(emulator, doc);
  return {
    'emulator operation': check.name,
    'wall-clock ms': Math.round(performance.now() - started),
  };
});
console.log('Emulator speed on this machine (reported, not a budget):');
console.table(speed);

if (over > 0) {
  console.error(`${over} budget(s) exceeded`);
  process.exit(1);
}
console.log(`${rows.length} operations within budget`);
