/**
 * From an import plan to the class's Setup, and the reasons a reading cannot become a class: an
 * empty sheet, a sheet that is not a tracker, a list of lessons with no students, no students or
 * no lessons, more than a class may hold.
 */

import {
  detectTracker,
  importBlockers,
  planImport,
  setupFromPlan,
  MOST_IN_A_CLASS,
} from '../../../src/core/import';
import type { ImportPlan } from '../../../src/core/import';
import { grid } from './fixtures/layout';
import { checkboxGrid } from './fixtures/trackers';

function blockersOf(sheet = checkboxGrid.grid) {
  const detection = detectTracker(sheet);
  return importBlockers(detection, planImport(sheet, detection));
}

const plan = (over: Partial<ImportPlan>): ImportPlan => ({
  students: [{ name: 'Ava Lee' }],
  lessons: [{ title: 'Add fractions' }],
  marks: [[{ kind: 'none' }]],
  threshold: 80,
  warnings: [],
  ...over,
});

test('a tracker detection can read has no blockers', () => {
  expect(blockersOf()).toEqual([]);
});

test('an empty sheet says so', () => {
  expect(blockersOf(grid([[''], ['']]))).toEqual(['The sheet is empty.']);
});

test('a sheet that is not a tracker says so, with the reasons', () => {
  const letter = grid([
    ['Dear families,'],
    ['Our field trip to the science museum is on Friday.'],
    ['Please sign and return the form by Wednesday.'],
  ]);
  expect(blockersOf(letter)).toEqual([
    'This sheet does not look like a class tracker: no column holds students’ names. If it lists lessons, choose it as the lessons tab and choose the sheet with your students.',
  ]);
  expect(
    blockersOf(
      grid([
        ['#REF!', '=1/0'],
        ['', '#N/A'],
      ]),
    )[0],
  ).toMatch(/^This sheet does not look like a class tracker/);
});

test('a list of lessons says to choose the students’ sheet and use this one as the lessons tab', () => {
  const standards = grid([
    ['Code', 'Description'],
    ['5.NF.A.1', 'Add fractions with unlike denominators'],
    ['5.NF.A.2', 'Solve word problems adding fractions'],
  ]);
  expect(blockersOf(standards)).toEqual([
    'This sheet is a list of 2 lessons with no students. Choose the sheet that lists your students; this one can fill in its lessons (choose it as the lessons tab).',
  ]);
});

test('no students, no lessons, and more than a class may hold are each said', () => {
  const detection = detectTracker(checkboxGrid.grid);
  expect(importBlockers(detection, plan({ students: [], lessons: [] }))).toEqual([
    'No students were found. Say which column (or row) holds the names, or put back rows that were left out.',
    'No lessons were found. Say which row (or column) holds the lesson titles, or put back columns that were left out.',
  ]);
  const many = Array.from({ length: MOST_IN_A_CLASS + 1 }, (_, i) => ({ name: `S${i}` }));
  expect(importBlockers(detection, plan({ students: many }))).toEqual([
    `A class can have at most 500 students and this sheet has 501. Leave some rows out, or split the class.`,
  ]);
});

test('the Setup: unit, threshold, lessons with their codes, links and due dates, the roster', () => {
  const { setup, warnings } = setupFromPlan(
    plan({
      unitName: ' Unit 3: Fractions ',
      threshold: 75,
      lessons: [
        {
          title: 'Add fractions',
          code: '5.NF.A.1',
          link: 'https://youtu.be/abc',
          due: '2026-09-10',
        },
        { title: ' ', code: '5.NF.A.2', link: 'javascript:alert(1)' },
        { title: '' },
      ],
      students: [
        { name: 'Ava Lee', email: 'Ava@School.example', nickname: 'Avi' },
        { name: '=HYPERLINK("x")', email: 'not an e-mail' },
      ],
    }),
    { checkRequired: true },
  );
  expect(warnings).toEqual([]);
  expect(setup.unitName).toBe('Unit 3: Fractions');
  expect(setup.settings).toEqual({
    threshold: 75,
    dueSoonDays: 3,
    retakeDays: 7,
    wallShows: 'nicknames',
  });
  expect(setup.lessons).toEqual([
    {
      title: 'Add fractions',
      code: '5.NF.A.1',
      link: 'https://youtu.be/abc',
      due: '2026-09-10',
      checkRequired: true,
      threshold: null,
    },
    {
      title: '5.NF.A.2',
      code: '5.NF.A.2',
      link: '',
      due: null,
      checkRequired: true,
      threshold: null,
    },
    { title: 'Lesson 3', code: '', link: '', due: null, checkRequired: true, threshold: null },
  ]);
  // Names are kept as written (Setup writes people's text as text); only real e-mails are kept.
  expect(setup.students).toEqual([
    { name: 'Ava Lee', nickname: 'Avi', email: 'ava@school.example', icon: '', group: '' },
    { name: '=HYPERLINK("x")', nickname: '', email: '', icon: '', group: '' },
  ]);
});

test('two students with one e-mail: the first keeps it, and the teacher is told', () => {
  const { setup, warnings } = setupFromPlan(
    plan({
      students: [
        { name: 'Ava Lee', email: 'family@home.example' },
        { name: 'Ben Lee', email: 'family@home.example' },
      ],
    }),
  );
  expect(setup.students.map((s) => s.email)).toEqual(['family@home.example', '']);
  expect(warnings).toEqual([
    "Ava Lee and Ben Lee have the same e-mail, family@home.example: it is kept for Ava Lee only. Type Ben Lee's own e-mail on the Setup tab, then choose Sync class.",
  ]);
});
