/**
 * From detection to the import plan, with the teacher's corrections: what each mark carries over
 * as (ticks with their day, mastered, tested out, scored attempts), marks remapped, the threshold,
 * rows and columns left out or brought back, a different header or names column or orientation.
 */

import { applyCorrections, detectTracker, planImport } from '../../../src/core/import';
import { canvasPointsRow, initialsWithPointsRow } from './fixtures/gradebooks';
import { grid, day } from './fixtures/layout';
import { attemptLog, lessonsByStudent } from './fixtures/long-and-lists';
import {
  checkboxGrid,
  crossesAndTicks,
  datesAsMarks,
  studentsAsColumns,
} from './fixtures/trackers';

test('the plan carries the roster, the lessons and one mark per student and lesson', () => {
  const plan = planImport(checkboxGrid.grid, detectTracker(checkboxGrid.grid));
  expect(plan.unitName).toBe('Room 12 — Unit 3: Fractions');
  expect(plan.students).toEqual([
    { name: 'Ava Lee', email: 'ava@school.example' },
    { name: 'Ben Ortiz', email: 'ben@school.example' },
    { name: 'Cy Young' },
  ]);
  expect(plan.lessons[0]).toEqual({
    title: 'Add fractions',
    code: '5.NF.A.1',
    link: 'https://youtu.be/abc123',
    due: '2026-09-10',
  });
  expect(plan.marks).toEqual([
    [{ kind: 'done' }, { kind: 'done' }, { kind: 'none' }],
    [{ kind: 'done' }, { kind: 'none' }, { kind: 'none' }],
    [{ kind: 'none' }, { kind: 'none' }, { kind: 'none' }],
  ]);
  expect(plan.threshold).toBe(80);
});

test('a date mark is a tick on that day', () => {
  const plan = planImport(
    datesAsMarks.grid,
    detectTracker(datesAsMarks.grid, datesAsMarks.options),
  );
  expect(plan.marks[0]?.[0]).toEqual({ kind: 'done', on: '2026-09-10' });
  expect(plan.marks[1]?.[0]).toEqual({ kind: 'done', on: '2026-09-14' });
  expect(plan.marks[2]).toEqual([{ kind: 'none' }, { kind: 'none' }, { kind: 'none' }]);
});

test('tested out and X carry over as tested out and done', () => {
  const plan = planImport(crossesAndTicks.grid, detectTracker(crossesAndTicks.grid));
  expect(plan.marks[1]).toEqual([{ kind: 'done' }, { kind: 'done' }, { kind: 'tested-out' }]);
  expect(plan.marks[2]?.[2]).toEqual({ kind: 'tested-out' });
});

test('scores carry over as attempts at their percent, with the mark as written', () => {
  const plan = planImport(canvasPointsRow.grid, detectTracker(canvasPointsRow.grid));
  expect(plan.marks[0]).toEqual([
    { kind: 'attempt', percent: 90, written: '18' },
    { kind: 'none' },
    { kind: 'attempt', percent: 90, written: '45' },
  ]);
});

test('a long format keeps each student’s best result per lesson, on its day', () => {
  const plan = planImport(lessonsByStudent.grid, detectTracker(lessonsByStudent.grid));
  expect(plan.students).toEqual([
    { name: 'Joshua Hansen', studentId: '13519' },
    { name: 'Kenyatta Romero', studentId: '13255' },
  ]);
  expect(plan.marks).toEqual([
    [
      { kind: 'mastered', on: '2023-09-28' },
      { kind: 'mastered', on: '2023-10-02' },
      { kind: 'none' },
    ],
    [{ kind: 'none' }, { kind: 'none' }, { kind: 'mastered', on: '2023-09-05' }],
  ]);
});

test('not-yet codes are attempts below any threshold, keeping the code', () => {
  const plan = planImport(attemptLog.grid, detectTracker(attemptLog.grid));
  // Lessons D1, F1, L2; Van-Houten has only an N on F1.
  expect(plan.marks[1]).toEqual([
    { kind: 'none' },
    { kind: 'attempt', percent: 0, written: 'N' },
    { kind: 'none' },
  ]);
  expect(plan.marks[0]?.[1]).toEqual({ kind: 'mastered' });
});

test('the teacher maps marks to states, and sets the threshold', () => {
  const detection = detectTracker(initialsWithPointsRow.grid);
  const plan = planImport(initialsWithPointsRow.grid, detection, {
    marks: { 'text:e': 'not-started', 'text:pp': 'done', 'level:3': 'done' },
    threshold: 70,
  });
  // RG: 1, 2+, blank, e
  expect(plan.marks[0]).toEqual([
    { kind: 'attempt', percent: 25, written: '1' },
    { kind: 'attempt', percent: 58, written: '2+' },
    { kind: 'none' },
    { kind: 'none' },
  ]);
  // JRG: e, 3, pp, 4-
  expect(plan.marks[2]).toEqual([
    { kind: 'none' },
    { kind: 'done' },
    { kind: 'done' },
    { kind: 'mastered' },
  ]);
  expect(plan.threshold).toBe(70);
  expect(plan.warnings.join(' ')).not.toMatch(/“e”/);
});

test('marks left unknown are said to carry over as not started', () => {
  const plan = planImport(initialsWithPointsRow.grid, detectTracker(initialsWithPointsRow.grid));
  expect(plan.warnings.join(' ')).toMatch(
    /Marks we could not read \(.*“e”.*\) carry over as not started/,
  );
  expect(plan.marks[0]?.[3]).toEqual({ kind: 'none' });
});

test('leaving out a student row and a lesson column removes them from the plan', () => {
  const detection = detectTracker(crossesAndTicks.grid);
  const plan = planImport(crossesAndTicks.grid, detection, {
    leaveOut: [
      { axis: 'row', index: 2 },
      { axis: 'column', index: 2 },
    ],
  });
  expect(plan.students.map((s) => s.name)).toEqual(['Ava Lee', 'Cy Young']);
  expect(plan.lessons.map((l) => l.title)).toEqual(['Lesson 1: Ratios', 'Lesson 3: Percents']);
  expect(plan.marks).toEqual([
    [{ kind: 'done' }, { kind: 'none' }],
    [{ kind: 'none' }, { kind: 'tested-out' }],
  ]);
});

test('bringing back a row detection left out makes it a student', () => {
  const detection = detectTracker(canvasPointsRow.grid);
  const corrected = applyCorrections(canvasPointsRow.grid, detection, {
    keep: [{ axis: 'row', index: 5 }],
  });
  expect(corrected.students.map((s) => s.name)).toContain('Test Student');
  const plan = planImport(canvasPointsRow.grid, detection, { keep: [{ axis: 'row', index: 5 }] });
  expect(plan.students).toHaveLength(4);
});

test('the teacher can say which row holds the titles and which column the names', () => {
  // Row 1 holds codes, row 2 the titles a teacher reads; the nickname column comes first.
  const sheet = grid([
    ['', '', '5.G.A.1', '5.G.A.2'],
    ['Nickname', 'Student', 'Coordinate plane', 'Graph points'],
    ['Ace', 'Ava Lee', 'X', ''],
    ['Benny', 'Ben Ortiz', 'X', 'X'],
  ]);
  const detection = detectTracker(sheet);
  const plan = planImport(sheet, detection, { titleLines: [1], nameLines: [1] });
  expect(plan.lessons.map((l) => l.title)).toEqual(['Coordinate plane', 'Graph points']);
  expect(plan.students.map((s) => s.name)).toEqual(['Ava Lee', 'Ben Ortiz']);
  expect(plan.marks[1]).toEqual([{ kind: 'done' }, { kind: 'done' }]);
});

test('the teacher can turn the reading on its side', () => {
  const sheet = studentsAsColumns.grid;
  const asRows = planImport(sheet, detectTracker(sheet), { orientation: 'students-as-rows' });
  const asColumns = planImport(sheet, detectTracker(sheet));
  expect(asColumns.students.map((s) => s.name)).toEqual(['Ava Lee', 'Ben Ortiz', 'Cy Young']);
  expect(asRows.students.map((s) => s.name)).not.toEqual(asColumns.students.map((s) => s.name));
});

test('a unit name given by the teacher wins over the one found', () => {
  const plan = planImport(checkboxGrid.grid, detectTracker(checkboxGrid.grid), {
    unitName: 'Fractions',
  });
  expect(plan.unitName).toBe('Fractions');
});

test('a nickname column becomes each student’s nickname', () => {
  const sheet = grid([
    ['Student', 'Preferred name', 'Lesson 1', 'Lesson 2'],
    ['Lee, Ava', 'Ace', day('2026-09-10'), ''],
    ['Ortiz, Benjamin', 'Ben', '', ''],
  ]);
  const plan = planImport(sheet, detectTracker(sheet));
  expect(plan.students).toEqual([
    { name: 'Ava Lee', nickname: 'Ace' },
    { name: 'Benjamin Ortiz', nickname: 'Ben' },
  ]);
});
