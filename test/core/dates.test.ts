// Calendar-day arithmetic: no time zone is involved, so these hold under any machine TZ.
import {
  addDays,
  dateFormula,
  dateOfSerial,
  daysBetween,
  isIsoDate,
  parseIsoDate,
  serialOf,
  shortDate,
} from '../../src/core/dates';

describe('calendar days', () => {
  test.each([
    ['2026-10-02', true],
    ['2026-02-29', false],
    ['2028-02-29', true],
    ['2026-13-01', false],
    ['2026-1-2', false],
    ['02/10/2026', false],
    ['', false],
  ])('%s is a calendar day: %s', (text, expected) => {
    expect(isIsoDate(text)).toBe(expected);
    expect(parseIsoDate(text) !== null).toBe(expected);
  });

  test.each([
    ['2026-10-02', 7, '2026-10-09'],
    ['2026-12-29', 5, '2027-01-03'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-03-29', 1, '2026-03-30'], // a daylight-saving change in Europe: still one day
  ])('%s plus %i days is %s', (from, days, to) => {
    expect(addDays(from, days)).toBe(to);
    expect(daysBetween(from, to)).toBe(days);
  });

  test('serial numbers are days since 1899-12-30, as date cells hold them', () => {
    expect(serialOf('1899-12-30')).toBe(0);
    expect(serialOf('1970-01-01')).toBe(25569);
    expect(serialOf('2026-10-02')).toBe(46297);
    expect(dateOfSerial(46297)).toBe('2026-10-02');
    expect(dateOfSerial(46297.75)).toBe('2026-10-02');
  });

  test('short dates for students, and locale-proof DATE() formulas', () => {
    expect(shortDate('2026-10-02')).toBe('Oct 2');
    expect(dateFormula('2026-10-02')).toBe('DATE(2026,10,2)');
  });
});
