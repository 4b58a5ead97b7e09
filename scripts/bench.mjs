// The performance budget: service calls (round trips) and modeled production time per add-on
// operation, measured with the emulator's ledger on the exact build/ bundle. Every Spreadsheet
// service call is a network round trip in production, so the budgets count calls, not seconds.
// Exits 1 when an operation goes over its budget. Needs `npm run build && npm run build:emulator`.
// It also reports how long a few heavy emulator operations take on this machine: wall-clock time
// depends on the machine's load, so those figures are printed, never asserted (here or in jest).
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

const require = createRequire(import.meta.url);
const { Emulator, loadCsv, snapshot } = require('../dist/emulator.cjs');

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

/**
 * A real class on the emulator: the sidebar's setUpClass generating 42 students x 40 lessons, then
 * one student's tick (the edit and the teacher's installable trigger it fires).
 */
{
  const [students, lessons] = [42, 40];
  const emulator = new Emulator({ now: '2026-09-14T13:00:00Z' });
  const roster = Array.from({ length: students }, (_, i) => ({
    name: `Student ${i + 1}`,
    email: `s${i + 1}@school.example`,
  }));
  const doc = emulator.createSpreadsheet({
    name: 'Class',
    owner: TEACHER,
    editors: roster.map((student) => student.email),
  });
  emulator.openSpreadsheet(doc, TEACHER);
  const plan = {
    unitName: 'Fractions',
    students: roster,
    lessons: Array.from({ length: lessons }, (_, i) => ({
      title: `Lesson ${i + 1}`,
      code: `5.NF.${i + 1}`,
      due: '2026-10-01',
      link: `https://video.example/${i + 1}`,
    })),
  };
  let started = performance.now();
  const generated = emulator.callFromSidebar(doc, TEACHER, 'setUpClass', [plan]);
  if (generated.error) throw generated.error;
  speed.push({
    'emulator operation': `Generate a ${students} x ${lessons} class (setUpClass)`,
    'wall-clock ms': Math.round(performance.now() - started),
  });
  const last = roster[students - 1];
  started = performance.now();
  const tick = emulator.setCheckbox(doc, last.email, `'${last.name}'!F5`, true);
  if (!tick.applied || tick.triggers.some((run) => run.error)) {
    throw new Error(`The tick in the generated class failed: ${JSON.stringify(tick.triggers)}`);
  }
  speed.push({
    'emulator operation': `One student's tick in that class (edit and trigger run)`,
    'wall-clock ms': Math.round(performance.now() - started),
  });
}
console.log('Emulator speed on this machine (reported, not a budget):');
console.table(speed);

if (over > 0) {
  console.error(`${over} budget(s) exceeded`);
  process.exit(1);
}
console.log(`${rows.length} operations within budget`);
