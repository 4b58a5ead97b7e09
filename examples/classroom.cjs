// A class on the emulator from a plain Node script (no jest, no TypeScript): the real add-on
// (build/Code.js) sets a class up from a roster and a lesson list, a student ticks a lesson, and
// the wall shows where everyone is. Run `npm run build && npm run build:emulator` first, then
// `node examples/classroom.cjs`. Prints what a teacher would see, as text tables.
'use strict';

const { Emulator } = require('../dist/emulator.cjs');

const TEACHER = 'ms.rivera@school.example';
const roster = [
  { name: 'Ava Martinez', nickname: 'Ava', email: 'ava@school.example', icon: '🦊' },
  { name: 'Ben Okafor', nickname: 'Ben', email: 'ben@school.example' },
  { name: 'Chloé Dubois', nickname: 'Chloé', email: 'chloe@school.example' },
];
const lessons = [
  {
    title: 'Add fractions with unlike denominators',
    code: '5.NF.A.1',
    due: '2026-09-16',
    link: 'https://video.example/nf1',
  },
  {
    title: 'Word problems with fractions',
    code: '5.NF.A.2',
    due: '2026-09-18',
    link: 'https://video.example/nf2',
  },
  { title: 'Fractions as division', code: '5.NF.B.3', due: '2026-09-22', checkRequired: true },
];

const emulator = new Emulator({ now: '2026-09-17T14:00:00Z' });
const doc = emulator.createSpreadsheet({
  name: 'Room 12 · Fractions',
  owner: TEACHER,
  editors: roster.map((s) => s.email),
  timeZone: 'America/Chicago',
});
emulator.openSpreadsheet(doc, TEACHER); // the add-on's menu appears (AuthMode.NONE)

// The teacher sets the class up from data, as the sidebar's setup panel does.
const setUp = emulator.callFromSidebar(doc, TEACHER, 'setUpClass', [
  { unitName: 'Fractions', lessons, students: roster },
]);
if (setUp.error) throw setUp.error;
console.log(setUp.value.message);

// Ava ticks lesson 1 in her own tab; the teacher's edit trigger updates the wall.
const edit = emulator.setCheckbox(doc, 'ava@school.example', "'Ava Martinez'!F5", true);
console.log(
  `\nAva's tick ran ${edit.triggers.length} trigger(s): ${edit.triggers.map((t) => `${t.functionName} ${t.error ? t.error.message : 'ok'}, ${t.calls.serviceCalls} service calls`).join('; ')}`,
);

const ss = emulator.spreadsheet(doc);
const table = (rows) => rows.map((row) => row.join(' | ')).join('\n');
console.log(
  `\nAva's tab:\n${table(
    ss
      .getSheetByName('Ava Martinez')
      .getDataRange()
      .getDisplayValues()
      .map((r) => r.slice(0, 10)),
  )}`,
);
console.log(`\nThe wall:\n${table(ss.getSheetByName('Wall').getDataRange().getDisplayValues())}`);
