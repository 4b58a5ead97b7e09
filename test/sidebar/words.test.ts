/**
 * The sidebar's words for dates, states and sheet positions, and the reading of the row and column
 * a teacher types when correcting an import: pure functions, checked without a browser.
 */

import { count, shortDate, stateWords } from '../../src/sidebar/format';
import { columnLetters, lineName, parseLines } from '../../src/sidebar/sheet-lines';

test.each([
  ['2026-09-08', 'Sep 8'],
  ['2026-12-31', 'Dec 31'],
  ['2027-01-01', 'Jan 1'],
  ['', ''],
  [null, ''],
  ['soon', 'soon'],
])('shortDate(%p) is %p in any time zone', (day, shown) => {
  expect(shortDate(day)).toBe(shown);
});

test('each state has its words and symbol, a retake its day', () => {
  expect(stateWords('waiting')).toBe('⏳ Waiting for check');
  expect(stateWords('mastered')).toBe('★ Mastered');
  expect(stateWords('retake', '2026-09-21')).toBe('↻ Retake by Sep 21');
  expect(stateWords('tested-out')).toBe('⤼ Tested out');
  expect(count(1, 'student')).toBe('1 student');
  expect(count(3, 'student')).toBe('3 students');
});

test.each([
  [0, 'A'],
  [25, 'Z'],
  [26, 'AA'],
  [51, 'AZ'],
  [701, 'ZZ'],
  [702, 'AAA'],
])('column %p is %p', (index, letters) => {
  expect(columnLetters(index)).toBe(letters);
  expect(parseLines(letters, 'column')).toEqual([index]);
});

test('rows and columns as a teacher types them', () => {
  expect(parseLines('3', 'row')).toEqual([2]);
  expect(parseLines('1, 2', 'row')).toEqual([0, 1]);
  expect(parseLines('a b', 'column')).toEqual([0, 1]);
  expect(lineName({ axis: 'row', index: 13 })).toBe('Row 14');
  expect(lineName({ axis: 'column', index: 2 })).toBe('Column C');
  // Not a row, not a column, or more than two lines: refused, so the sidebar says what to type.
  for (const [text, axis] of [
    ['', 'row'],
    ['0', 'row'],
    ['C', 'row'],
    ['3', 'column'],
    ['1, 2, 3', 'row'],
    ['=A1', 'column'],
  ] as const) {
    expect(parseLines(text, axis)).toBeNull();
  }
});
