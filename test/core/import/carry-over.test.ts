/**
 * What an imported class starts with, per student and lesson: the Done tick and its day, and the
 * mastery check to record. A mark's date is the day it happened when it can be; otherwise the
 * import day (attempts are kept as days from 2000, and nothing happens after today).
 */

import { carriedProgress } from '../../../src/core/import';
import type { ImportedMark } from '../../../src/core/import';

const TODAY = '2026-09-14';
const lessons = [{ title: 'A' }, { title: 'B' }, { title: 'C' }];

function carry(...rows: ImportedMark[][]) {
  return carriedProgress({ lessons, marks: rows }, TODAY);
}

test.each<[string, ImportedMark, { tickedOn: string | null; attempt: unknown }]>([
  ['nothing', { kind: 'none' }, { tickedOn: null, attempt: null }],
  [
    'a tick with no date: ticked on the import day',
    { kind: 'done' },
    { tickedOn: TODAY, attempt: null },
  ],
  [
    'a tick dated by the sheet: ticked that day',
    { kind: 'done', on: '2026-09-09' },
    { tickedOn: '2026-09-09', attempt: null },
  ],
  [
    'mastered: ticked, and mastered by observation on the same day',
    { kind: 'mastered', on: '2026-09-10' },
    { tickedOn: '2026-09-10', attempt: { kind: 'observed', on: '2026-09-10' } },
  ],
  [
    'tested out: not ticked (the lesson was skipped), recorded as tested out',
    { kind: 'tested-out' },
    { tickedOn: null, attempt: { kind: 'tested-out', on: TODAY } },
  ],
  [
    'a score: ticked, and a scored check at its percent',
    { kind: 'attempt', percent: 62.46, written: '6.2' },
    { tickedOn: TODAY, attempt: { kind: 'score', percent: 62.5, on: TODAY } },
  ],
  [
    'extra credit above 100% is kept as 100%',
    { kind: 'attempt', percent: 110 },
    { tickedOn: TODAY, attempt: { kind: 'score', percent: 100, on: TODAY } },
  ],
])('%s', (_, mark, expected) => {
  expect(carry([mark, { kind: 'none' }, { kind: 'none' }]).students[0]?.[0]).toEqual(expected);
});

test('dates that cannot be right (before 2000, after today) become the import day, and the teacher is told', () => {
  const carried = carry([
    { kind: 'done', on: '1999-12-31' },
    { kind: 'attempt', percent: 90, on: '2026-10-01' },
    { kind: 'done', on: '2000-01-01' },
  ]);
  expect(carried.students[0]).toEqual([
    { tickedOn: TODAY, attempt: null },
    { tickedOn: TODAY, attempt: { kind: 'score', percent: 90, on: TODAY } },
    { tickedOn: '2000-01-01', attempt: null },
  ]);
  expect(carried.warnings).toEqual([
    '2 marks are dated before 2000 or after today: they carry over dated today, Sep 14.',
  ]);
});

test('counts what was carried over, for the teacher', () => {
  const carried = carry(
    [{ kind: 'done' }, { kind: 'mastered' }, { kind: 'tested-out' }],
    [{ kind: 'attempt', percent: 50 }, { kind: 'none' }, { kind: 'done', on: '2026-09-01' }],
  );
  expect(carried.counts).toEqual({ ticks: 4, mastered: 1, testedOut: 1, scores: 1 });
  expect(carried.warnings).toEqual([]);
});

test('a row shorter than the lessons carries nothing for the missing lessons', () => {
  expect(carry([{ kind: 'done' }]).students[0]).toEqual([
    { tickedOn: TODAY, attempt: null },
    { tickedOn: null, attempt: null },
    { tickedOn: null, attempt: null },
  ]);
});
