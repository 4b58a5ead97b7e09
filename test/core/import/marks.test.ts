/**
 * Each kind of mark a tracker holds and the lesson state it becomes: checkboxes, X and ✓, dates,
 * scores and percentages, standards-based levels 1-4 with + and -, mastery codes, S/I/N/E,
 * "tested out", errors, and marks we do not know (which the teacher decides).
 */

import { markScale, readMark } from '../../../src/core/import/marks';
import type { MarkContext } from '../../../src/core/import/marks';

const plain: MarkContext = { scale: 'plain', max: 100, locale: 'en_US' };

test.each([
  [true, 'done'],
  [false, 'not-started'],
  ['X', 'done'],
  ['x', 'done'],
  ['✓', 'done'],
  ['✔', 'done'],
  ['Done', 'done'],
  ['Yes', 'done'],
  ['-', 'not-started'],
  ['Missing', 'not-started'],
  ['Excused', 'not-started'],
  ['M', 'mastered'],
  ['Mastered', 'mastered'],
  ['Passed', 'mastered'],
  ['Proficient', 'mastered'],
  ['tested out', 'tested-out'],
  ['TO', 'tested-out'],
  ['Pre-test', 'tested-out'],
  ['Not Passed', 'attempt'],
  ['Not yet', 'attempt'],
  ['Retake', 'attempt'],
  ['#REF!', 'not-started'],
  ['#N/A', 'not-started'],
  ['A', 'unknown'],
  ['pp', 'unknown'],
  ['=1+1', 'unknown'],
] as const)('%s becomes %s', (cell, meaning) => {
  expect(readMark(cell, plain)?.meaning).toBe(meaning);
});

test('a blank cell is no mark', () => {
  expect(readMark('', plain)).toBeNull();
  expect(readMark('   ', plain)).toBeNull();
});

test('a date is done on that day', () => {
  expect(readMark({ date: '2026-09-14' }, plain)).toMatchObject({
    meaning: 'done',
    on: '2026-09-14',
  });
  expect(readMark('9/14/2026', plain)).toMatchObject({ meaning: 'done', on: '2026-09-14' });
});

test('a score is an attempt at its percent of the maximum', () => {
  expect(readMark(18, { ...plain, max: 20 })).toMatchObject({
    key: 'score',
    meaning: 'attempt',
    percent: 90,
  });
  expect(readMark('18', { ...plain, max: 20 })).toMatchObject({ percent: 90 });
  expect(readMark('8/10', plain)).toMatchObject({ meaning: 'attempt', percent: 80 });
  expect(readMark('85%', plain)).toMatchObject({ key: 'percent', percent: 85 });
  expect(readMark(0.85, { ...plain, max: 1 })).toMatchObject({ percent: 85 });
});

test('a negative number is a marker, not a score', () => {
  expect(readMark(-1, plain)).toMatchObject({ meaning: 'unknown', written: '-1' });
});

test.each([
  [4, 'mastered', undefined],
  ['3+', 'mastered', undefined],
  [3, 'mastered', undefined],
  ['3-', 'attempt', 67],
  ['2+', 'attempt', 58],
  [2, 'attempt', 50],
  [1, 'attempt', 25],
] as const)('on a 1-4 scale %s becomes %s', (cell, meaning, percent) => {
  const read = readMark(cell, { scale: 'levels' });
  expect(read?.meaning).toBe(meaning);
  expect(read?.percent).toBe(percent);
});

test.each([
  ['S', 'mastered'],
  ['E', 'mastered'],
  ['I', 'attempt'],
  ['N', 'attempt'],
] as const)('in S/I/N/E grading %s becomes %s', (cell, meaning) => {
  expect(readMark(cell, { scale: 'sin' })?.meaning).toBe(meaning);
});

test('outside S/I/N/E grading, N and S are not read as mastery codes', () => {
  expect(readMark('S', plain)?.meaning).toBe('unknown');
  expect(readMark('N', plain)?.meaning).toBe('unknown');
});

test('the scale shows itself: + and - mean levels, S with I, N or E means S/I/N/E', () => {
  expect(markScale(new Set(['2+', '3']), [3, 4], true)).toBe('levels');
  expect(markScale(new Set(), [1, 2, 3, 4, 3], false)).toBe('levels');
  expect(markScale(new Set(), [1, 2, 3, 4, 3], true)).toBe('plain');
  expect(markScale(new Set(['s', 'i', 'n']), [], false)).toBe('sin');
  expect(markScale(new Set(['s', 'i', 'pp']), [], false)).toBe('plain');
  expect(markScale(new Set(['x']), [85, 90], false)).toBe('plain');
});

test('a 10,000-character mark is read as a comment, not as 10,000 characters of label', () => {
  const read = readMark('y'.repeat(10_000), plain);
  expect(read).toMatchObject({ key: 'long-text', meaning: 'unknown' });
  expect(read?.written.length).toBeLessThanOrEqual(200);
});
