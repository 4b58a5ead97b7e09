// Mastery attempts packed into document properties, and the arithmetic that says a big class fits.
import {
  ATTEMPT_CHARS,
  decodeAttempt,
  decodeStudentAttempts,
  encodeAttempt,
  encodeStudentAttempts,
  withAttempt,
} from '../../src/core/attempts';
import { newId } from '../../src/core/class-model';
import type { Attempt } from '../../src/core/lesson-state';
import {
  fromParts,
  PART_BYTES,
  STORE_LIMIT_BYTES,
  staleParts,
  toParts,
  utf8Length,
  VALUE_LIMIT_BYTES,
} from '../../src/core/property-chunks';

describe('one attempt in five characters', () => {
  test.each<Attempt>([
    { kind: 'score', percent: 0, on: '2000-01-01' },
    { kind: 'score', percent: 100, on: '2026-10-02' },
    { kind: 'score', percent: 79.9, on: '2031-06-30' },
    { kind: 'observed', on: '2026-10-02' },
    { kind: 'tested-out', on: '2026-09-01' },
  ])('%j survives the round trip', (attempt) => {
    const packed = encodeAttempt(attempt);
    expect(packed).toHaveLength(ATTEMPT_CHARS);
    expect(decodeAttempt(packed)).toEqual(attempt);
  });

  test('scores keep one decimal place and stay within 0-100', () => {
    expect(
      decodeAttempt(encodeAttempt({ kind: 'score', percent: 66.66, on: '2026-10-02' })),
    ).toEqual({
      kind: 'score',
      percent: 66.7,
      on: '2026-10-02',
    });
  });

  test('a student with several lessons and attempts round-trips, oldest attempt first', () => {
    let attempts = withAttempt(new Map(), 'l1', { kind: 'score', percent: 40, on: '2026-10-01' });
    attempts = withAttempt(attempts, 'l1', { kind: 'score', percent: 85, on: '2026-10-05' });
    attempts = withAttempt(attempts, 'l2', { kind: 'tested-out', on: '2026-09-20' });
    expect(decodeStudentAttempts(encodeStudentAttempts(attempts))).toEqual(attempts);
    expect(decodeStudentAttempts('')).toEqual(new Map());
  });
});

describe('a class of 150 students x 80 lessons x 3 attempts fits the properties store', () => {
  // Worst case: every student has three attempts on every lesson, with the longest ids.
  const students = 150;
  const lessons = 80;
  const attempt: Attempt = { kind: 'score', percent: 72.5, on: '2026-10-02' };
  const oneStudent = new Map<string, Attempt[]>();
  for (let l = 0; l < lessons; l++)
    oneStudent.set(newId('l', 400 + l), [attempt, attempt, attempt]);
  const value = encodeStudentAttempts(oneStudent);
  const key = `mt.att.${newId('s', 399)}`;

  test('the arithmetic: per student, per class, against the 9 KB and 500 KB limits', () => {
    // Per lesson: id ('l' + up to 2 base-36 digits) + ':' + 3 x 5 characters + ',' = 20 bytes at most.
    expect(utf8Length(value)).toBeLessThanOrEqual(lessons * 20);
    const perStudent = utf8Length(key) + 1 + utf8Length(value); // + the part-count property's digit
    expect(perStudent).toBeLessThan(VALUE_LIMIT_BYTES);
    const total = students * (perStudent + utf8Length(`${key}.0`) + utf8Length(key) + 1);
    // ~235 KB: under half the store, leaving room for the class record itself.
    expect(total).toBeLessThan(STORE_LIMIT_BYTES / 2);
  });

  test('each student fits one property part', () => {
    expect(Object.keys(toParts(key, value))).toEqual([key, `${key}.0`]);
  });
});

describe('values larger than a property are split by bytes and joined again', () => {
  test('a long value with multi-byte characters round-trips and no part exceeds the limit', () => {
    const text = 'Zoë 🦊 '.repeat(3000);
    const parts = toParts('mt.class', text, PART_BYTES);
    const count = Number(parts['mt.class']);
    expect(count).toBeGreaterThan(1);
    for (let i = 0; i < count; i++)
      expect(utf8Length(parts[`mt.class.${i}`]!)).toBeLessThanOrEqual(PART_BYTES);
    expect(fromParts(parts, 'mt.class')).toBe(text);
  });

  test('a missing part reads as nothing rather than as a truncated value', () => {
    const parts = toParts('k', 'x'.repeat(20), 8);
    delete parts['k.1'];
    expect(fromParts(parts, 'k')).toBeNull();
  });

  test('parts left over from a longer value are found for deletion', () => {
    const before = toParts('k', 'x'.repeat(30), 8);
    const after = toParts('k', 'x'.repeat(10), 8);
    expect(staleParts(before, 'k', after).sort()).toEqual(['k.2', 'k.3']);
  });
});
