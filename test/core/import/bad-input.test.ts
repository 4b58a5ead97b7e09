/**
 * Sheets that are not trackers, or trackers with awkward cells: detection never throws, says
 * plainly when it cannot tell and why, and never builds a wrong roster silently.
 */

import { detectTracker, planImport } from '../../../src/core/import';
import type { Cell } from '../../../src/core/grid';
import { day, grid } from './fixtures/layout';

test.each([
  ['an empty grid', { values: [] }],
  [
    'a grid of blank cells',
    grid([
      ['', ''],
      ['', '  '],
    ]),
  ],
])('%s is not a tracker, with the reason "The sheet is empty."', (_, sheet) => {
  const detection = detectTracker(sheet);
  expect(detection.orientation).toBe('none');
  expect(detection.confidence).toEqual({ level: 'low', reasons: ['The sheet is empty.'] });
  expect(planImport(sheet, detection).warnings).toContain('No students were found to import.');
});

test('a single cell is not a tracker', () => {
  const detection = detectTracker(grid([['Ava Lee']]));
  expect(detection.students).toEqual([]);
  expect(detection.confidence.level).toBe('low');
  expect(detection.confidence.reasons[0]).toBe('This sheet does not look like a class tracker.');
});

test('an inventory is not a tracker: low confidence and the reasons why', () => {
  const inventory = grid([
    ['SKU', 'Description', 'Qty', 'Unit price'],
    ['A-100', 'Blue pens, box of 12', 4, 3.5],
    ['A-101', 'Graph paper, 200 sheets', 10, 6.25],
    ['B-220', 'Glue sticks (pack of 30)', 2, 11],
  ]);
  const detection = detectTracker(inventory);
  expect(detection.students).toEqual([]);
  expect(detection.confidence.level).toBe('low');
  expect(detection.confidence.reasons.join(' ')).toMatch(
    /does not look like a class tracker|No column/,
  );
});

test('only names: a roster without lessons, said so', () => {
  const detection = detectTracker(grid([['Name'], ['Ava Lee'], ['Ben Ortiz'], ['Cy Young']]));
  expect(detection.students.map((s) => s.name)).toEqual(['Ava Lee', 'Ben Ortiz', 'Cy Young']);
  expect(detection.lessons).toEqual([]);
  expect(detection.confidence.level).toBe('medium');
  expect(detection.confidence.reasons).toContain('No lessons were found: only a roster.');
});

test('only headers: no students, low confidence', () => {
  const detection = detectTracker(grid([['Student', 'Lesson 1', 'Lesson 2', 'Lesson 3']]));
  expect(detection.students).toEqual([]);
  expect(detection.confidence.level).toBe('low');
});

test('one student is read, and the teacher is told there is only one', () => {
  const detection = detectTracker(
    grid([
      ['Student', 'Lesson 1', 'Lesson 2'],
      ['Ava Lee', 'X', ''],
    ]),
  );
  expect(detection.students.map((s) => s.name)).toEqual(['Ava Lee']);
  expect(detection.confidence.reasons).toContain('Only one student was found.');
});

test('10,000-character cells neither break detection nor become a student or a mark label', () => {
  const huge = 'z'.repeat(10_000);
  const detection = detectTracker(
    grid([
      ['Student', 'Lesson 1', huge],
      ['Ava Lee', 'X', huge],
      [huge, 'X', ''],
      ['Ben Ortiz', '', 'X'],
    ]),
  );
  expect(detection.students.map((s) => s.name)).toEqual(['Ava Lee', 'Ben Ortiz']);
  const row3 = detection.leftOut.find((l) => l.line.axis === 'row' && l.line.index === 2);
  expect(row3?.reason).toBe('not-a-student');
  expect(row3?.detail).toContain('10,000 characters');
  expect(JSON.stringify(detection).length).toBeLessThan(40_000);
});

test('names and marks that look like formulas or HTML stay text, with a warning for the names', () => {
  const detection = detectTracker(
    grid([
      ['Student', 'Lesson 1', 'Lesson 2'],
      ['Ava Lee', 'X', '=1+1'],
      ['=HYPERLINK("http://x.example","Ben")', 'X', ''],
      ['<b>Cy</b> Young', '', 'X'],
      ['Dee Park', 'X', 'X'],
    ]),
  );
  expect(detection.students.map((s) => s.written)).toEqual([
    'Ava Lee',
    '=HYPERLINK("http://x.example","Ben")',
    '<b>Cy</b> Young',
    'Dee Park',
  ]);
  expect(detection.warnings.join(' ')).toMatch(
    /starts like a formula; it will be written as plain text/,
  );
  expect(detection.warnings.join(' ')).toMatch(/looks like HTML; it will be shown as plain text/);
  expect(detection.markValues.find((v) => v.label === '=1+1')?.meaning).toBe('unknown');
});

test('formula errors in marks hold no mark', () => {
  const detection = detectTracker(
    grid([
      ['Student', 'Quiz 1', 'Quiz 2'],
      ['Ava Lee', '#REF!', 8],
      ['Ben Ortiz', 9, '#DIV/0!'],
    ]),
  );
  expect(detection.markValues.find((v) => v.key === 'error')).toMatchObject({
    count: 2,
    meaning: 'not-started',
  });
});

test('numbers stored as text are read as the numbers they are', () => {
  const detection = detectTracker(
    grid([
      ['Student', 'Quiz 1', 'Quiz 2'],
      ['Points Possible', '20', '20'],
      ['Ava Lee', '18', '10'],
      ['Ben Ortiz', 20, '5'],
    ]),
  );
  expect(detection.marks[0]?.map((m) => m?.percent)).toEqual([90, 50]);
  expect(detection.leftOut.find((l) => l.line.index === 1)?.reason).toBe('points-possible');
});

test.each([
  ['en_US', '2026-09-10'],
  ['en_GB', '2026-10-09'],
])('due dates typed as text are read in the %s order', (locale, due) => {
  const detection = detectTracker(
    grid([
      ['Student', 'Lesson 1', 'Lesson 2'],
      ['Due', '9/10/2026', day('2026-09-20')],
      ['Ava Lee', true, false],
      ['Ben Ortiz', false, false],
    ]),
    { locale },
  );
  expect(detection.lessons.map((l) => l.due)).toEqual([due, '2026-09-20']);
});

test('a large class (2,000 students by 100 lessons) is read whole', () => {
  const titles = Array.from({ length: 100 }, (_, i) => `Lesson ${i + 1}`);
  const rows: Cell[][] = [['Student', ...titles]];
  for (let s = 0; s < 2000; s++) {
    rows.push([
      `Student${String.fromCharCode(65 + (s % 26))} Name${s}`,
      ...titles.map((_, l) => (l + s) % 3 === 0),
    ]);
  }
  const detection = detectTracker(grid(rows));
  expect(detection.orientation).toBe('students-as-rows');
  expect(detection.students).toHaveLength(2000);
  expect(detection.lessons).toHaveLength(100);
  expect(detection.markValues.find((v) => v.key === 'bool:true')?.count).toBe(
    rows.slice(1).reduce((n, row) => n + row.filter((c) => c === true).length, 0),
  );
});

test('a sheet taller than a unit has lessons (500) is not read with a lesson per row, unless the teacher says so', () => {
  const rows: Cell[][] = [['Lesson', 'Ava Lee', 'Ben Ortiz']];
  for (let l = 0; l < 520; l++) rows.push([`Lesson ${l + 1}`, l % 2 === 0, l % 3 === 0]);
  const sheet = grid(rows);
  const detection = detectTracker(sheet);
  expect(detection.orientation).not.toBe('students-as-columns');
  const forced = detectTracker(sheet, { force: { orientation: 'students-as-columns' } });
  expect(forced.orientation).toBe('students-as-columns');
  expect(forced.students.map((s) => s.name)).toEqual(['Ava Lee', 'Ben Ortiz']);
  expect(forced.lessons).toHaveLength(520);
  // 500 rows of lessons and the header row is still a unit.
  const unit = detectTracker(grid(rows.slice(0, 500)));
  expect(unit.orientation).toBe('students-as-columns');
  expect(unit.lessons).toHaveLength(499);
});
