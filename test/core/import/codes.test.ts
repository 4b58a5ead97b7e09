/**
 * Standard codes as teachers and exports write them, normalised so one standard matches itself
 * whatever the notation: Common Core with or without the cluster letter or the CCSS prefix, TEKS
 * with its edition year, NGSS.
 */

import { findStandardCode, lessonKey } from '../../../src/core/import/codes';

test.each([
  ['5.NF.B.3', '5.NF.B.3', ''],
  ['5.NF.3', '5.NF.3', ''],
  ['CCSS.MATH.CONTENT.5.NF.B.3', '5.NF.B.3', ''],
  ['CCSS.Math.Content.5.NBT.A.3a', '5.NBT.A.3a', ''],
  ['5.NBT.A.3.A', '5.NBT.A.3a', ''],
  ['5.NBT.3a', '5.NBT.3a', ''],
  ['K.CC.A.1 Count to 100', 'K.CC.A.1', 'Count to 100'],
  ['Add fractions (5.NF.A.1)', '5.NF.A.1', 'Add fractions'],
  ['RL.5.1 Quote accurately', 'RL.5.1', 'Quote accurately'],
  ['HSA-SSE.A.1', 'A-SSE.A.1', ''],
  ['8.2C (2012)', '8.2C', ''],
  ['8.10C', '8.10C', ''],
  ['8.2(C)', '8.2C', ''],
  ['MS-PS1-1 Atoms', 'MS-PS1-1', 'Atoms'],
])('%s reads as the code %s', (written, code, rest) => {
  const found = findStandardCode(written);
  expect(found?.code).toBe(code);
  expect(found?.rest).toBe(rest);
});

test.each(['7.1 Voc', 'Quiz 1', 'Unit 3 Week 2', '3.5', '2026-09-14', 'Mastery', ''])(
  '%s holds no standard code',
  (written) => {
    expect(findStandardCode(written)).toBeUndefined();
  },
);

test.each([
  ['5.NF.B.3', '5.NF.3'],
  ['CCSS.MATH.CONTENT.5.NF.B.3', '5.NF.3'],
  ['5.NBT.A.3.A', '5.NBT.3a'],
  ['8.2C (2012)', '8.2C'],
])('%s and %s are the same standard', (a, b) => {
  expect(lessonKey(a)).toBe(lessonKey(b));
});

test('different standards do not match', () => {
  expect(lessonKey('5.NF.B.3')).not.toBe(lessonKey('5.NF.B.4'));
  expect(lessonKey('8.2C')).not.toBe(lessonKey('8.2D'));
});

test('a 10,000-character cell is not searched for a code', () => {
  expect(findStandardCode(`5.NF.B.3 ${'x'.repeat(10_000)}`)).toBeUndefined();
});
