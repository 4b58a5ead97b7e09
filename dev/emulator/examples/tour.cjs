// A tour of the emulator from a plain Node script (no jest, no TypeScript loader): a class tracker
// loaded from CSV, the add-on's bundle run as the teacher and as a student, a student's edits, and
// what everyone would see. Run `npm run build && npm run build:emulator`, then
// `node dev/emulator/examples/tour.cjs`. Prints one JSON line per step.
'use strict';

const {
  Emulator,
  createDocumentFromCsv,
  effectiveStyle,
  Ledger,
} = require('../../../dist/emulator.cjs');

const TEACHER = 'teacher@school.example';
const STUDENT = 'ava@school.example';
const show = (step, data) => console.log(JSON.stringify({ step, ...data }));

const emulator = new Emulator({ now: '2026-09-14T13:00:00Z' });

// 1. The teacher's existing tracker, from a CSV export.
const csv = [
  'Lesson,Standard,Due,Done,Evidence,Feedback',
  'Place value,5.NBT.1,9/10/2026,FALSE,,',
  'Powers of ten,5.NBT.2,9/18/2026,FALSE,,',
  'Decimals,5.NBT.3,10/2/2026,FALSE,,',
].join('\n');
const doc = emulator.adopt(
  createDocumentFromCsv(emulator.ctx, csv, {
    name: 'Room 12 tracker',
    owner: TEACHER,
    editors: [STUDENT],
    sheetName: 'Ava',
    timeZone: 'America/New_York',
  }),
);
const ss = emulator.spreadsheet(doc);
const sheet = ss.getSheetByName('Ava');
show('loaded', { values: sheet.getRange('A1:F4').getDisplayValues() });

// 2. The teacher opens the file and the sidebar: the real bundle from build/.
const opened = emulator.openSpreadsheet(doc, TEACHER);
show('teacher opens', {
  authMode: opened.authMode,
  menus: emulator.project.ui.menusFor(doc.model.id, TEACHER),
});
emulator.clickMenu(doc, TEACHER, 'Open sidebar');
const info = emulator.callFromSidebar(doc, TEACHER, 'getSidebarInfo');
show('sidebar', {
  title: emulator.project.ui.sidebarsFor(doc.model.id, TEACHER)[0].title,
  answer: info.value,
  serviceCalls: info.calls.serviceCalls,
  modeledMs: info.modeledMs,
});

// 3. A student opens the same file (the add-on is now enabled in it: LIMITED).
show('student opens', { authMode: emulator.openSpreadsheet(doc, STUDENT).authMode });

// 4. The teacher's setup, written with the Apps Script API as the teacher: checkboxes, an overdue
//    rule, feedback as a note and a link, and a protection that leaves students the Done and
//    Evidence columns.
emulator.runAs(doc, TEACHER, ({ SpreadsheetApp }) => {
  sheet.getRange('D2:D4').insertCheckboxes();
  const overdue = SpreadsheetApp.newConditionalFormatRule()
    .whenFormulaSatisfied('=AND($C2<TODAY(),$D2=FALSE)')
    .setBackground('#f4c7c3')
    .setRanges([sheet.getRange('A2:F4')])
    .build();
  sheet.setConditionalFormatRules([overdue]);
  sheet.getRange('F2').setNote('2026-09-12 Great start! Listen to my comments.');
  sheet
    .getRange('F2')
    .setRichTextValue(
      SpreadsheetApp.newRichTextValue()
        .setText('Listen')
        .setLinkUrl('https://vocaroo.com/abc123')
        .build(),
    );
  // The docs' pattern: list yourself, then remove everyone else (the owner is never removed).
  const protection = sheet.protect().setDescription('Teacher columns');
  protection.addEditor(TEACHER);
  protection.removeEditors(protection.getEditors());
  protection.setUnprotectedRanges([sheet.getRange('D2:E4')]);
});

// 5. The student ticks a lesson, pastes evidence, and tries to change a due date.
const tick = emulator.setCheckbox(doc, STUDENT, 'Ava!D2', true);
const link = emulator.type(doc, STUDENT, 'Ava!E2', 'https://docs.google.com/document/d/xyz');
const dueDate = emulator.type(doc, STUDENT, 'Ava!C3', '12/31/2026');
show('student edits', {
  tick: tick.applied,
  evidence: link.applied,
  dueDate: dueDate.applied,
  refusal: dueDate.refusal,
});

// 6. What a person sees now, and three days later (TODAY() moves; no edit needed).
const overdueStyle = (row) => effectiveStyle(doc, doc.model.sheets[0], row, 0).background;
show('today', {
  values: sheet
    .getRange('A2:D3')
    .getValues()
    .map((r) => r.map((v) => (v instanceof Date ? v.toISOString() : v))),
  placeValueRow: overdueStyle(1),
  powersOfTenRow: overdueStyle(2),
});
emulator.clock.advanceDays(5);
show('five days later', { powersOfTenRow: overdueStyle(2) });
show('feedback', {
  note: sheet.getRange('F2').getNote(),
  link: sheet.getRange('F2').getRichTextValue().getLinkUrl(),
});
const [protection] = sheet.getProtections(emulator.services.SpreadsheetApp.ProtectionType.SHEET);
show('protection', {
  description: protection.getDescription(),
  editors: protection.getEditors().map((user) => user.getEmail()),
  unprotected: protection.getUnprotectedRanges().map((range) => range.getA1Notation()),
});

// 7. The ledger: every service call the add-on made, with its modeled production time.
const summary = Ledger.summarize(emulator.ledger.entries.filter((entry) => entry.executionId > 0));
show('ledger', {
  serviceCalls: summary.serviceCalls,
  modeledMs: Math.round(summary.modeledMs),
  byKind: summary.byKind,
});
