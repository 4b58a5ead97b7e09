// Heavy emulator work the test suite leans on, timed on this machine for the record: wall-clock
// time depends on the machine's load, so `npm run bench` prints these and never asserts them.
import { performance } from 'node:perf_hooks';
import { generatedClass, tick } from './classes.mjs';

const TEACHER = 'teacher@school.example';
const STUDENT = 'ava@school.example';

/** Heavy emulator work a test suite leans on: how long each takes here, for the record. */
const speedChecks = (loadCsv, snapshot) => [
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
/**
 * A real class on the emulator: the sidebar's setUpClass generating 42 students x 40 lessons, then
 * one student's tick in it (the edit and the teacher's installable trigger it fires).
 */
function classSpeed(Emulator) {
  const [students, lessons] = [42, 40];
  let started = performance.now();
  const { emulator, doc } = generatedClass(Emulator, students, lessons);
  const generation = performance.now() - started;
  started = performance.now();
  const run = tick(emulator, doc, students - 1, 1);
  if (run.error) throw run.error;
  const ticking = performance.now() - started;
  return [
    {
      'emulator operation': `Generate a ${students} x ${lessons} class (setUpClass)`,
      'wall-clock ms': Math.round(generation),
    },
    {
      'emulator operation': "One student's tick in that class (the edit and its trigger run)",
      'wall-clock ms': Math.round(ticking),
    },
  ];
}

export function speedReport({ Emulator, loadCsv, snapshot }) {
  const rows = speedChecks(loadCsv, snapshot).map((check) => {
    const emulator = new Emulator();
    const doc = emulator.createSpreadsheet({ name: 'Speed', owner: TEACHER, editors: [STUDENT] });
    const started = performance.now();
    check.run(emulator, doc);
    return {
      'emulator operation': check.name,
      'wall-clock ms': Math.round(performance.now() - started),
    };
  });
  return [...rows, ...classSpeed(Emulator)];
}
