/**
 * Edit triggers as the emulator fires them for a person's edit, run on a small hand-written
 * project (test/fixtures/bundles/edit-log) that logs every event it receives. Each expectation
 * names the documentation it follows; test/fidelity/bundle-runtime.test.ts has the event values of
 * unticked and cleared cells and where simple triggers run.
 */

import path from 'node:path';

import { Emulator, type SpreadsheetDocument } from '../../dev/emulator';

const buildDir = path.resolve(__dirname, '../fixtures/bundles/edit-log');
const TEACHER = 'teacher@example.com';
const STUDENT = 'ava@example.com';

function classroom(options: { editQueueLimit?: number | null } = {}): {
  emulator: Emulator;
  doc: SpreadsheetDocument;
} {
  const emulator = new Emulator({ buildDir, editQueueLimit: options.editQueueLimit ?? null });
  const doc = emulator.createSpreadsheet({
    name: 'Tracker',
    owner: TEACHER,
    editors: [STUDENT],
    sheetNames: ['Ava', 'Log'],
  });
  const ss = emulator.spreadsheet(doc);
  ss.getSheetByName('Ava')!.getRange('B2:B4').insertCheckboxes();
  // The teacher used the add-on in this file: it is enabled here (editor-auth-lifecycle).
  expect(emulator.install(doc, TEACHER).error).toBeUndefined();
  return { emulator, doc };
}

function logRows(emulator: Emulator, doc: SpreadsheetDocument): unknown[][] {
  const log = emulator.spreadsheet(doc).getSheetByName('Log')!;
  const last = log.getLastRow();
  return last === 0 ? [] : log.getRange(1, 1, last, 9).getValues();
}

describe('simple onEdit', () => {
  // Docs (guides/triggers/events): checkbox values arrive as the strings "TRUE"/"FALSE"; value and
  // oldValue only for single-cell edits; user e-mail is often blank; no triggerUid for simple triggers.
  test('runs as the editor in LIMITED with the documented event object', () => {
    const { emulator, doc } = classroom();
    const result = emulator.setCheckbox(doc, STUDENT, 'Ava!B2', true);
    expect(result.applied).toBe(true);
    expect(result.triggers.map((run) => run.error)).toEqual([undefined]);
    expect(logRows(emulator, doc)).toEqual([
      ['simple', 'LIMITED', 'B2', 'string:TRUE', 'string:FALSE', '', STUDENT, 'no uid', '2 2 2 2'],
    ]);
  });

  test('a multi-cell paste carries no value or oldValue; the range fields span the paste', () => {
    const { emulator, doc } = classroom();
    emulator.paste(doc, STUDENT, 'Ava!C2', [['https://example.com/1'], ['https://example.com/2']]);
    const [row] = logRows(emulator, doc);
    expect([row?.[2], row?.[3], row?.[4], row?.[8]]).toEqual([
      'C2:C3',
      '(none)',
      '(none)',
      '2 3 3 3',
    ]);
  });

  test('tab names in simulated edits match as getSheetByName matches them', () => {
    const { emulator, doc } = classroom();
    expect(emulator.setCheckbox(doc, STUDENT, 'ava!B4', true).applied).toBe(true);
    expect(emulator.spreadsheet(doc).getSheetByName('Ava')!.getRange('B4').getValue()).toBe(true);
  });

  test('scripted writes fire no trigger (docs: guides/triggers, restrictions)', () => {
    const { emulator, doc } = classroom();
    emulator.runAs(doc, TEACHER, () => {
      emulator.spreadsheet(doc).getSheetByName('Ava')!.getRange('B2').setValue(true);
    });
    expect(logRows(emulator, doc)).toEqual([]);
  });
});

describe('installable edit trigger', () => {
  test('runs as its creator in FULL with a triggerUid, for a student who lacks the add-on', () => {
    const { emulator, doc } = classroom();
    expect(emulator.run('watchEdits', { as: TEACHER, document: doc }).error).toBeUndefined();
    const result = emulator.type(doc, STUDENT, 'Ava!C2', 'https://example.com/work');
    expect(result.triggers.map((run) => run.functionName)).toEqual(['onEdit', 'logEdit']);
    const rows = logRows(emulator, doc);
    expect(rows[1]).toEqual([
      'installable',
      'FULL',
      'C2',
      'string:https://example.com/work',
      '(none)',
      '',
      TEACHER,
      'has uid',
      '2 2 3 3',
    ]);
  });

  test('an add-on may create only one edit trigger per user per document', () => {
    const { emulator, doc } = classroom();
    expect(emulator.run('watchEdits', { as: TEACHER, document: doc }).error).toBeUndefined();
    expect(emulator.run('watchEdits', { as: TEACHER, document: doc }).error?.message).toBe(
      'This add-on has created too many edit triggers in this document for this Google Account user.',
    );
  });

  test('creating a trigger is refused in LIMITED mode (simple-trigger context)', () => {
    const { emulator, doc } = classroom();
    const result = emulator.run('watchEdits', { as: TEACHER, document: doc, authMode: 'LIMITED' });
    expect(result.error?.message).toBe(
      'You do not have permission to call SpreadsheetTriggerBuilder.create (authorization mode LIMITED).',
    );
  });
});

describe('protections seen by triggers', () => {
  test("the simple trigger, running as the student, cannot write a protected sheet; the teacher's installable one can", () => {
    const { emulator, doc } = classroom();
    emulator.runAs(doc, TEACHER, () => {
      const protection = emulator.spreadsheet(doc).getSheetByName('Log')!.protect();
      protection.removeEditors(protection.getEditors());
    });
    emulator.run('watchEdits', { as: TEACHER, document: doc });
    const result = emulator.setCheckbox(doc, STUDENT, 'Ava!B3', true);
    expect(result.triggers[0]?.error?.message).toMatch(/protected cell/);
    expect(result.triggers[1]?.error).toBeUndefined();
    expect(logRows(emulator, doc).map((row) => row[0])).toEqual(['installable']);
  });

  test('the Sheets UI refuses a student typing into a protected range', () => {
    const { emulator, doc } = classroom();
    emulator.runAs(doc, TEACHER, () => {
      const protection = emulator
        .spreadsheet(doc)
        .getSheetByName('Ava')!
        .getRange('A1:A10')
        .protect();
      protection.removeEditors(protection.getEditors());
    });
    const result = emulator.type(doc, STUDENT, 'Ava!A2', 'hello');
    expect(result.applied).toBe(false);
    expect(result.refusal).toMatch(/protected cell/);
    expect(emulator.spreadsheet(doc).getSheetByName('Ava')!.getRange('A2').getValue()).toBe('');
  });
});

describe('queued edit events', () => {
  // Docs (guides/triggers): "The onEdit() trigger only queues up to 2 trigger events."
  test('with the documented limit, a burst of 5 ticks runs the triggers for 3 events and drops 2', () => {
    const { emulator, doc } = classroom({ editQueueLimit: 2 });
    const { droppedEvents, triggers, events } = emulator.burst(() => {
      emulator.setCheckbox(doc, STUDENT, 'Ava!B2', true);
      emulator.setCheckbox(doc, STUDENT, 'Ava!B3', true);
      emulator.setCheckbox(doc, STUDENT, 'Ava!B4', true);
      emulator.setCheckbox(doc, STUDENT, 'Ava!B2', false);
      emulator.setCheckbox(doc, STUDENT, 'Ava!B3', false);
    });
    expect(droppedEvents).toBe(2);
    expect(triggers).toHaveLength(3);
    expect(events.map((event) => [event.range, event.dropped])).toEqual([
      ['Ava!B2', false],
      ['Ava!B3', false],
      ['Ava!B4', false],
      ['Ava!B2', true],
      ['Ava!B3', true],
    ]);
    // One person's events run one after another, each after the previous one's run ended.
    const starts = events.slice(0, 3).map((event) => event.startedAtMs!);
    expect(starts[1]).toBe(triggers[0]!.startedAtMs + triggers[0]!.modeledMs);
    expect(starts[2]).toBe(triggers[1]!.startedAtMs + triggers[1]!.modeledMs);
    // Every tick still landed in the sheet: only the events were lost.
    const ticks = emulator.spreadsheet(doc).getSheetByName('Ava')!.getRange('B2:B4').getValues();
    expect(ticks).toEqual([[false], [false], [true]]);
  });
});

describe('execution limits and the clock', () => {
  test('new Date() inside the bundle reads the emulator clock', () => {
    const { emulator, doc } = classroom();
    emulator.clock.set('2026-10-05T15:00:00Z');
    expect(emulator.call('stampToday', { as: TEACHER, document: doc })).toBe(
      '2026-10-05T15:00:00.000Z',
    );
    const stamped = emulator.spreadsheet(doc).getSheets()[0]!.getRange('A1').getValue();
    expect(stamped).toBeInstanceOf(Date);
    expect((stamped as Date).getTime()).toBe(Date.parse('2026-10-05T15:00:00Z'));
  });

  test('a Date returned to the sidebar fails the call, as google.script.run does', () => {
    const { emulator, doc } = classroom();
    const result = emulator.callFromSidebar(doc, TEACHER, 'returnDate');
    expect(result.error?.message).toMatch(/Date cannot be a return value/);
  });

  test('100,000 single-cell reads exceed the 6-minute limit on modeled time', () => {
    const { emulator, doc } = classroom();
    const result = emulator.run('slowLoop', { as: TEACHER, document: doc });
    expect(result.error?.message).toBe('Exceeded maximum execution time');
    expect(result.modeledMs).toBeGreaterThan(6 * 60 * 1000);
  });
});
