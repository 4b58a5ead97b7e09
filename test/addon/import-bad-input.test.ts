// Importing what is not a tracker, or what changed, or as someone who may not: each gets a clear
// message, and the refused call writes nothing (no cell, no tab, no property, no trigger), as the
// ledger of that execution shows.
import type { ImportReading } from '../../src/shared/sidebar-types';
import { TEACHER } from '../support/classroom';
import { ImportedTracker } from '../support/imported-tracker';

const AVA = 'ava@school.example';
const TRACKER = [
  'Student,Lesson 1: Place value,Lesson 2: Compare decimals',
  '"Lee, Ava",X,',
  '"Ortiz, Ben",X,X',
].join('\n');

type Run = ReturnType<ImportedTracker['call']>;

/** The execution changed nothing: no write or structural call, no property or trigger set. */
function expectNothingWritten(run: Run): void {
  expect(run.calls.byKind.write ?? 0).toBe(0);
  expect(run.calls.byKind.structural ?? 0).toBe(0);
  const changing = Object.keys(run.calls.byMethod).filter((method) =>
    /\.(set|insert|delete|create|newTrigger|protect|add|remove|hide|merge|clear|copy)/.test(method),
  );
  expect(changing).toEqual([]);
}

function refused(
  tracker: ImportedTracker,
  name: string,
  args: unknown[] = [],
  as = TEACHER,
): string {
  const run = tracker.call(name, args, as);
  expectNothingWritten(run);
  if (!run.error) throw new Error(`${name} was not refused`);
  return run.error.message;
}

describe('a sheet that cannot become a class', () => {
  test.each([
    ['an empty sheet', '', /^(not-a-tracker: )?The sheet is empty\.$/],
    [
      'a letter to families',
      'Dear families,\nOur field trip is on Friday.\nPlease sign the form by Wednesday.',
      /^(not-a-tracker: )?This sheet does not look like a class tracker/,
    ],
    [
      'a standards list with no students',
      'Code,Description\n5.NF.A.1,Add fractions with unlike denominators\n5.NF.A.2,Solve word problems adding fractions\n5.NF.B.3,Interpret a fraction as division',
      /^(not-a-tracker: )?This sheet is a list of 3 lessons with no students\. Choose the sheet that lists your students/,
    ],
    [
      'only a header row',
      'Student,Lesson 1,Lesson 2,Lesson 3',
      /^(not-a-tracker: )?This sheet does not look like a class tracker\./,
    ],
    ['only names', 'Name\nAva Lee\nBen Ortiz', /^(not-a-tracker: )?No lessons were found\./],
  ])('%s: the preview says why, and confirming is refused and writes nothing', (_, csv, why) => {
    const tracker = ImportedTracker.fromCsv(csv);
    const reading = tracker.sidebar<ImportReading>('detectImport');
    expect(reading.canConfirm).toBe(false);
    expect(reading.blockers.join(' ')).toMatch(why);
    expect(refused(tracker, 'confirmImport', [{ token: reading.token }])).toMatch(why);
    expect(tracker.sheetNames()).toEqual(['Tracker']);
    expect(tracker.documentProperties()).toEqual({});
  });
});

describe('who may import', () => {
  test('before a class exists, anyone who can run the add-on in the file may read the sheet', () => {
    const tracker = ImportedTracker.fromCsv(TRACKER, { students: [AVA] });
    expect(tracker.sidebar<ImportReading>('detectImport', [], AVA).preview.students).toBe(2);
  });

  test('once a class exists, a student gets the friendly refusal from every import call, and nothing is written', () => {
    const tracker = ImportedTracker.fromCsv(TRACKER, { students: [AVA] });
    tracker.sidebar('confirmImport', [{}]);
    const names = tracker.sheetNames();
    for (const name of ['detectImport', 'previewImport', 'confirmImport']) {
      expect(refused(tracker, name, [{ sheetName: 'Tracker' }], AVA)).toMatch(
        /^not-a-teacher: Mastery Tracker is for the teachers of this class\./,
      );
    }
    expect(tracker.sheetNames()).toEqual(names);
  });

  test('once a class exists, the teacher may preview but not import a second class', () => {
    const tracker = ImportedTracker.fromCsv(TRACKER, { students: [AVA] });
    tracker.sidebar('confirmImport', [{ sheetName: 'Tracker' }]);
    expect(
      tracker.sidebar<ImportReading>('detectImport', [{ sheetName: 'Tracker' }]).canConfirm,
    ).toBe(true);
    expect(refused(tracker, 'confirmImport', [{ sheetName: 'Tracker' }])).toBe(
      'already-set-up: This spreadsheet already has a class. Edit the Setup tab, then choose Sync class.',
    );
  });
});

describe('the sheet changed between the preview and the confirmation', () => {
  test('confirming is refused until the teacher has seen it again', () => {
    const tracker = ImportedTracker.fromCsv(TRACKER);
    const seen = tracker.sidebar<ImportReading>('detectImport');
    tracker.emulator.type(tracker.doc, TEACHER, 'Tracker!C2', 'X');
    expect(refused(tracker, 'confirmImport', [{ token: seen.token }])).toBe(
      'sheet-changed: "Tracker" has changed since it was read. Look at the preview again, then confirm.',
    );
    const again = tracker.sidebar<ImportReading>('previewImport', [{ token: seen.token }]);
    expect(again.token).not.toBe(seen.token);
    expect(tracker.sidebar<{ ok: boolean }>('confirmImport', [{ token: again.token }]).ok).toBe(
      true,
    );
  });

  test('the sheet was deleted: said so', () => {
    const tracker = ImportedTracker.fromCsv(TRACKER);
    const seen = tracker.sidebar<ImportReading>('detectImport');
    tracker.emulator.spreadsheet(tracker.doc).insertSheet('Other');
    tracker.emulator.spreadsheet(tracker.doc).deleteSheet(tracker.sheet('Tracker'));
    expect(refused(tracker, 'confirmImport', [{ token: seen.token }])).toBe(
      'not-found: The sheet you were looking at is not in this spreadsheet any more. Choose it again.',
    );
  });
});

describe('arguments that crossed google.script.run are checked', () => {
  const tracker = ImportedTracker.fromCsv(TRACKER);
  test.each<[string, unknown, RegExp]>([
    ['not an object', 'Tracker', /^bad-argument: Send which sheet to read as an object/],
    [
      'a sheet name that is not text',
      { sheetName: 42 },
      /^bad-argument: The sheet must be the name of a tab/,
    ],
    ['no such tab', { sheetName: 'Period 9' }, /^not-found: There is no tab named "Period 9"/],
    [
      'a token the add-on never gave',
      { token: '<script>' },
      /^bad-argument: The import token is not one/,
    ],
    [
      'the tracker as its own lessons tab',
      { sheetName: 'Tracker', lessonsSheetName: 'Tracker' },
      /^bad-argument: The lessons tab must be another tab/,
    ],
    [
      'an unknown correction',
      { corrections: { thresold: 70 } },
      /^bad-argument: The import has no correction called "thresold"/,
    ],
    [
      'a row left out that is not in the sheet',
      { corrections: { leaveOut: [{ axis: 'row', index: 99 }] } },
      /^bad-argument: Left out: row 99 is not in the sheet \(it has 3\)\./,
    ],
    [
      'a mark mapped to no state',
      { corrections: { marks: { 'text:x': 'awesome' } } },
      /^bad-argument: A mark becomes one of: not-started, done, mastered, tested-out, attempt, unknown\./,
    ],
    [
      'a threshold above 100',
      { corrections: { threshold: 150 } },
      /^bad-argument: The threshold must be a number from 0 to 100\./,
    ],
    [
      'an orientation not known',
      { corrections: { orientation: 'diagonal' } },
      /^bad-argument: The layout is one of/,
    ],
  ])('%s', (_, request, message) => {
    for (const name of ['previewImport', 'confirmImport']) {
      expect(refused(tracker, name, [request])).toMatch(message);
    }
    expect(tracker.sheetNames()).toEqual(['Tracker']);
  });
});
