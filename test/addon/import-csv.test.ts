// Installing on a tracker kept as a CSV (File › Import into a new spreadsheet): detect, preview
// with the teacher's corrections, confirm, and the class generated with every mark carried over,
// checked cell by cell against the teacher's sheet, which is left exactly as it was.
import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { ImportOutcome, ImportReading } from '../../src/shared/sidebar-types';
import { ImportedTracker } from '../support/imported-tracker';

const csv = readFileSync(path.join(__dirname, 'fixtures/decimals-tracker.csv'), 'utf8');
const STUDENTS = [
  'ava@school.example',
  'ben@school.example',
  'cy@school.example',
  'dee@school.example',
];
const SHEET = 'decimals-tracker';
/** The emulator's clock: 9:00 in New York on Monday, September 14. */
const TODAY = { iso: '2026-09-14', shown: 'Sep 14' };
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function load(): ImportedTracker {
  return ImportedTracker.fromCsv(csv, { name: 'Room 7', sheetName: SHEET, students: STUDENTS });
}

/** "Lee, Ava" as written in the sheet → the student's tab, "Ava Lee". */
function tabOf(written: string): string {
  const [family, given] = written.split(',').map((part) => part.trim());
  return `${given} ${family}`;
}

/** "9/9/2026" → "Sep 9"; a date as a student tab shows it. */
function shortDay(written: string): string {
  const [month, day] = written.split('/').map(Number);
  return `${MONTHS[(month ?? 1) - 1]} ${day}`;
}

/**
 * What a mark of the teacher's sheet becomes in the student's tab (Status, Done, Ticked on), by
 * the rules the README states: X and ✓ are done today; a date is done that day; M is mastered (and
 * ticked); "tested out" skips the lesson; a score (out of the points possible, 10) is a check that
 * masters at the threshold or asks for a retake within 7 days; a blank follows the due date.
 */
function expected(
  mark: string,
  due: string,
  threshold: number,
  overrides: Record<string, string> = {},
): { status: string; done: string; tickedOn: string; complete: boolean } {
  const meaning = overrides[mark.toLowerCase()];
  if (mark === '') {
    const days = Math.round(
      (Date.parse(`${due}T00:00:00Z`) - Date.parse(`${TODAY.iso}T00:00:00Z`)) / 86_400_000,
    );
    const status = days < 0 ? '⚠ Overdue' : days <= 3 ? '⏰ Due soon' : '';
    return { status, done: 'FALSE', tickedOn: '', complete: false };
  }
  if (meaning === 'mastered' || mark === 'M')
    return { status: '★ Mastered', done: 'TRUE', tickedOn: TODAY.shown, complete: true };
  if (mark === 'X' || mark === '✓')
    return { status: '✓ Done', done: 'TRUE', tickedOn: TODAY.shown, complete: true };
  if (/^\d+\/\d+\/\d{4}$/.test(mark))
    return { status: '✓ Done', done: 'TRUE', tickedOn: shortDay(mark), complete: true };
  if (mark === 'tested out')
    return { status: '⤼ Tested out', done: 'FALSE', tickedOn: '', complete: true };
  if (/^\d+$/.test(mark)) {
    const mastered = (Number(mark) / 10) * 100 >= threshold;
    return mastered
      ? { status: '★ Mastered', done: 'TRUE', tickedOn: TODAY.shown, complete: true }
      : { status: '↻ Retake by Sep 21', done: 'TRUE', tickedOn: TODAY.shown, complete: false };
  }
  throw new Error(`The test does not know the mark ${mark}`);
}

/** The teacher's sheet as shown: students' rows 6-9, marks in C-F, due dates in row 4. */
function sourceMarks(tracker: ImportedTracker) {
  const shown = tracker.shown(SHEET);
  const due = shown[3]!.slice(2, 6).map((d) => {
    const [m, day, y] = d.split('/').map(Number);
    return `${y}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  });
  const students = shown.slice(5, 9).map((row) => ({ written: row[0]!, marks: row.slice(2, 6) }));
  return { due, students };
}

describe('a CSV tracker, detected, confirmed and generated', () => {
  const tracker = load();
  const before = tracker.sheetState(SHEET);
  const reading = tracker.sidebar<ImportReading>('detectImport');
  const outcome = tracker.sidebar<ImportOutcome>('confirmImport', [{ token: reading.token }]);

  test('the preview says what was found: students, lessons, due dates, and what each mark becomes', () => {
    expect(reading.sheetName).toBe(SHEET);
    expect(reading.canConfirm).toBe(true);
    expect(reading.blockers).toEqual([]);
    expect(reading.preview).toMatchObject({
      orientation: 'students-as-rows',
      students: 4,
      lessons: 4,
      studentNames: ['Ava Lee', 'Ben Ortiz', 'Cy Young', 'Dee Diaz'],
      lessonTitles: ['Place value', 'Compare decimals', 'Round decimals', 'Add decimals'],
      confidence: 'high',
      threshold: 80,
    });
    expect(reading.preview.dueDates.map((d) => d.due)).toEqual([
      '2026-09-08',
      '2026-09-10',
      '2026-09-14',
      '2026-09-16',
    ]);
    expect(Object.fromEntries(reading.preview.marks.map((m) => [m.label, m.becomes]))).toEqual({
      'a date': 'done',
      'a score out of 10': 'attempt',
      X: 'done',
      '✓': 'done',
      M: 'mastered',
      'tested out': 'tested-out',
      blank: 'not-started',
    });
  });

  test('the layout names rows and columns by index, for corrections; the points, total and average rows are not students', () => {
    expect(reading.layout.students.map((s) => s.line)).toEqual(
      [5, 6, 7, 8].map((index) => ({ axis: 'row', index })),
    );
    expect(reading.layout.titleLines).toEqual([{ axis: 'row', index: 2 }]);
    expect(reading.layout.nameLines).toEqual([{ axis: 'column', index: 0 }]);
    const leftOutRows = reading.layout.leftOut.filter((l) => l.line.axis === 'row');
    expect(leftOutRows.map((l) => [l.line.index, l.reason])).toEqual(
      expect.arrayContaining([
        [2, 'header'],
        [3, 'due-dates'],
        [4, 'points-possible'],
        [9, 'summary'],
      ]),
    );
  });

  test('confirming sets the class up and says what was carried over', () => {
    expect(outcome).toMatchObject({ ok: true, students: 4, lessons: 4 });
    expect(outcome.carried).toEqual({ ticks: 8, mastered: 1, testedOut: 1, scores: 2 });
    expect(outcome.message).toMatch(
      /^Your class is set up from “decimals-tracker”, which is unchanged\. Carried over: 8 ticks, 1 lesson mastered, 1 lesson tested out, 2 scores\./,
    );
    expect(tracker.sheetNames()).toEqual(
      expect.arrayContaining([
        SHEET,
        'Setup',
        'Wall',
        'Ava Lee',
        'Ben Ortiz',
        'Cy Young',
        'Dee Diaz',
      ]),
    );
  });

  test("every mark of the teacher's sheet is in the student's tab: status, Done and the day it was ticked", () => {
    const source = sourceMarks(tracker);
    for (const student of source.students) {
      const tab = tracker.shown(tabOf(student.written));
      student.marks.forEach((mark, l) => {
        const row = tab[4 + l]!;
        const want = expected(mark, source.due[l]!, 80);
        expect({
          student: student.written,
          lesson: l + 1,
          status: row[4],
          done: row[5],
          tickedOn: row[9],
        }).toEqual({
          student: student.written,
          lesson: l + 1,
          status: want.status,
          done: want.done,
          tickedOn: want.tickedOn,
        });
      });
    }
  });

  test('the wall stands each student on their first lesson not complete', () => {
    const source = sourceMarks(tracker);
    const wall = tracker.shown('Wall');
    source.students.forEach((student, i) => {
      const complete = student.marks.map((mark, l) => expected(mark, source.due[l]!, 80).complete);
      const on = complete.indexOf(false) + 1;
      expect(wall[3 + i]!.slice(0, 2)).toEqual([tabOf(student.written).split(' ')[0], String(on)]);
    });
  });

  test("the teacher's sheet is exactly as it was: values, formats, notes, sizes, merges", () => {
    expect(tracker.sheetState(SHEET)).toEqual(before);
  });

  test('no score is written in any cell students can open', () => {
    for (const name of ['Wall', 'Ava Lee', 'Ben Ortiz', 'Cy Young', 'Dee Diaz']) {
      const cells = tracker.shown(name).flat();
      for (const score of ['6', '8', '60', '80', '60%', '80%', '6/10'])
        expect(cells).not.toContain(score);
    }
  });

  test('the scores are kept as mastery checks: a later check adds to the one carried over', () => {
    const overview = tracker.sidebar<{ students: { id: string }[]; lessons: { id: string }[] }>(
      'getClassOverview',
    );
    const later = tracker.sidebar<{ attempts: unknown[]; state: { kind: string } }>('recordCheck', [
      {
        studentId: overview.students[1]!.id,
        lessonId: overview.lessons[1]!.id,
        kind: 'score',
        score: 9,
        outOf: 10,
      },
    ]);
    expect(later.attempts).toEqual([
      { kind: 'score', percent: 60, on: TODAY.iso },
      { kind: 'score', percent: 90, on: TODAY.iso },
    ]);
    expect(later.state.kind).toBe('mastered');
    expect(tracker.shown('Ben Ortiz')[5]![4]).toBe('★ Mastered');
  });

  test('the class runs as any other: a student ticks and the wall moves', () => {
    const edit = tracker.emulator.setCheckbox(
      tracker.doc,
      'dee@school.example',
      "'Dee Diaz'!F5",
      true,
    );
    expect(edit.triggers.map((t) => t.error?.message ?? 'ok')).toEqual(['ok']);
    expect(tracker.shown('Wall')[6]!.slice(0, 2)).toEqual(['Dee', '2']);
  });
});

describe("a CSV tracker with the teacher's corrections", () => {
  const tracker = load();
  const detected = tracker.sidebar<ImportReading>('detectImport', [{ sheetName: SHEET }]);
  const dee = detected.layout.students.find((s) => s.name === 'Dee Diaz')!;
  const corrections = {
    leaveOut: [dee.line],
    marks: { 'text:x': 'mastered' },
    threshold: 60,
    unitName: 'Decimals',
    checkRequired: true,
  };
  const preview = tracker.sidebar<ImportReading>('previewImport', [
    { token: detected.token, corrections },
  ]);
  const outcome = tracker.sidebar<ImportOutcome>('confirmImport', [
    { token: preview.token, corrections },
  ]);

  test('the preview shows them: a row left out, X read as mastered, the threshold', () => {
    expect(preview.preview.studentNames).toEqual(['Ava Lee', 'Ben Ortiz', 'Cy Young']);
    const x = preview.preview.marks.find((m) => m.key === 'text:x');
    expect(x).toMatchObject({ becomes: 'mastered', becomesLabel: 'Mastered' });
    expect(preview.preview.marks.find((m) => m.key === 'score')?.becomesLabel).toBe(
      'A mastery check: mastered at 60% or more, else retake',
    );
    expect(preview.preview.threshold).toBe(60);
    expect(preview.token).toBe(detected.token);
  });

  test('the class follows them, cell by cell', () => {
    expect(outcome).toMatchObject({ ok: true, students: 3, lessons: 4 });
    expect(tracker.sheetNames()).not.toContain('Dee Diaz');
    expect(tracker.shown('Setup')[4]!.slice(0, 2)).toEqual(['Unit', 'Decimals']);
    expect(tracker.shown('Setup')[5]!.slice(0, 2)).toEqual(['Mastery threshold (%)', '60']);
    const source = sourceMarks(tracker);
    for (const student of source.students.slice(0, 3)) {
      const tab = tracker.shown(tabOf(student.written));
      student.marks.forEach((mark, l) => {
        const want = expected(mark, source.due[l]!, 60, { x: 'mastered' });
        // Lessons need a check now: a plain tick waits for one.
        const status = want.status === '✓ Done' ? '⏳ Waiting for check' : want.status;
        expect([student.written, l + 1, tab[4 + l]![4], tab[4 + l]![5], tab[4 + l]![9]]).toEqual([
          student.written,
          l + 1,
          status,
          want.done,
          want.tickedOn,
        ]);
      });
    }
  });
});

describe('a mastery log kept as one row per attempt (a long format)', () => {
  const log = [
    'Date,Student,Target,Grade',
    '9/8/2026,"Lee, Ava",F1,S',
    '9/9/2026,"Lee, Ava",F2,I',
    '9/10/2026,"Lee, Ava",F2,S',
    '9/9/2026,"Ortiz, Ben",F1,N',
    '9/11/2026,"Ortiz, Ben",F3,E',
    '9/12/2026,"Young, Cy",F1,S',
  ].join('\n');
  const tracker = ImportedTracker.fromCsv(log, { sheetName: 'Log' });
  const reading = tracker.sidebar<ImportReading>('detectImport');
  tracker.sidebar<ImportOutcome>('confirmImport', [{ token: reading.token }]);

  test('each student and target is read from the rows, S and E as mastered, N as a check below mastery', () => {
    expect(reading.preview).toMatchObject({
      orientation: 'long',
      studentNames: ['Ava Lee', 'Ben Ortiz', 'Cy Young'],
      lessonTitles: ['F1', 'F2', 'F3'],
    });
  });

  test('the best result of each target carries over, dated by its row', () => {
    const rows = (name: string) =>
      tracker
        .shown(name)
        .slice(4)
        .map((row) => [row[1], row[4], row[5], row[9]]);
    expect(rows('Ava Lee')).toEqual([
      ['F1', '★ Mastered', 'TRUE', 'Sep 8'],
      // I on Sep 9, then S on Sep 10: the best result, mastered, on the day it was shown.
      ['F2', '★ Mastered', 'TRUE', 'Sep 10'],
      ['F3', '', 'FALSE', ''],
    ]);
    expect(rows('Ben Ortiz')).toEqual([
      // N (no evidence) on Sep 9: a retake within the class's 7 days.
      ['F1', '↻ Retake by Sep 16', 'TRUE', 'Sep 9'],
      ['F2', '', 'FALSE', ''],
      ['F3', '★ Mastered', 'TRUE', 'Sep 11'],
    ]);
  });
});
