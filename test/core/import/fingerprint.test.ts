/**
 * The fingerprint that lets confirming an import tell the sheet changed since the teacher saw it:
 * the same cells give the same fingerprint; any value, type, size or merge change gives another.
 */

import { gridFingerprint } from '../../../src/core/import';
import type { Grid } from '../../../src/core/grid';

const base: Grid = {
  values: [
    ['Student', 'Lesson 1'],
    ['Ava Lee', true],
  ],
  merges: [],
};

test('the same cells give the same fingerprint', () => {
  expect(gridFingerprint(base)).toBe(
    gridFingerprint({ values: base.values.map((row) => [...row]), merges: [] }),
  );
  expect(gridFingerprint(base)).toMatch(/^[0-9a-z]{1,8}$/);
});

test.each<[string, Grid]>([
  [
    'a value',
    {
      values: [
        ['Student', 'Lesson 1'],
        ['Ava Lee', false],
      ],
    },
  ],
  [
    'a type (TRUE as text)',
    {
      values: [
        ['Student', 'Lesson 1'],
        ['Ava Lee', 'TRUE'],
      ],
    },
  ],
  [
    'a date',
    {
      values: [
        ['Student', 'Lesson 1'],
        ['Ava Lee', { date: '2026-09-14' }],
      ],
    },
  ],
  ['a row added', { values: [...base.values, ['Ben Ortiz', false]] }],
  ['cells moved between rows', { values: [['Student', 'Lesson 1', 'Ava Lee', true]] }],
  ['a merge', { values: base.values, merges: [{ row: 0, column: 0, numRows: 1, numColumns: 2 }] }],
])('changing %s changes it', (_, changed) => {
  expect(gridFingerprint(changed)).not.toBe(gridFingerprint(base));
});
