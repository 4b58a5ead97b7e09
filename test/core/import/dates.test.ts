/**
 * Dates typed as text in a tracker, read in the spreadsheet's locale, and dates without a year
 * recognised as such rather than guessed.
 */

import { isMonthDayNumber, readDate } from '../../../src/core/import/dates';

test.each([
  ['9/10/2026', 'en_US', '2026-09-10'],
  ['9/10/2026', 'en_GB', '2026-10-09'],
  ['10/9/2026', 'en_GB', '2026-09-10'],
  ['13/9/2026', 'en_US', '2026-09-13'], // no 13th month: read the other way, as a person would
  ['2026-09-14', 'en_GB', '2026-09-14'],
  ['09-01-2023', 'en_US', '2023-09-01'],
  ['14.09.2026', 'de_DE', '2026-09-14'],
  ['Sep 2, 2026', 'en_US', '2026-09-02'],
  ['2 September 2026', 'en_GB', '2026-09-02'],
  ['9/14/26', 'en_US', '2026-09-14'],
])('%s in %s is %s', (text, locale, iso) => {
  expect(readDate(text, locale)?.date).toBe(iso);
});

test('a date cell is its own day', () => {
  expect(readDate({ date: '2026-09-14' })).toEqual({ date: '2026-09-14' });
});

test.each(['Sep-2', 'Oct 12', '2 Sep'])('%s has no year', (text) => {
  expect(readDate(text)).toEqual({ yearless: true });
});

test.each(['Decimals 3', 'Quiz 1', '31/31/2026', '2026-02-30', 'Wed', '85'])(
  '%s is not a date',
  (text) => {
    expect(readDate(text)?.date).toBeUndefined();
  },
);

test.each([
  [903, true],
  ['0903', true],
  [1231, true],
  [1301, false],
  [12, false],
  [20261, false],
] as const)('%s as MMDD: %s', (cell, yes) => {
  expect(isMonthDayNumber(cell)).toBe(yes);
});
