/**
 * Names as teachers write them, parsed into the display name the tracker uses ("First Last"), the
 * given and family names, an ID or e-mail written with the name, and initials.
 */

import { nameLikeness, parseName } from '../../../src/core/import/roster';

test.each([
  ['Ava Lee', 'Ava Lee', 'Ava', 'Lee'],
  ['Lee, Ava', 'Ava Lee', 'Ava', 'Lee'],
  ['Hall, Finley Ray 900101', 'Finley Ray Hall', 'Finley Ray', 'Hall'],
  ['Van Der Berg, Ana', 'Ana Van Der Berg', 'Ana', 'Van Der Berg'],
  ['Ana van der Berg', 'Ana van der Berg', 'Ana', 'van der Berg'],
  ['SMITH, JOHN', 'John Smith', 'John', 'Smith'],
  ['simpson', 'Simpson', 'Simpson', undefined],
  ['van-houten', 'Van-Houten', 'Van-Houten', undefined],
  ['Célestin Armstrong', 'Célestin Armstrong', 'Célestin', 'Armstrong'],
  ['Student 001', 'Student 001', 'Student', '001'],
])('%s is shown as %s', (written, name, given, family) => {
  const parsed = parseName(written);
  expect(parsed.name).toBe(name);
  expect(parsed.given).toBe(given);
  expect(parsed.family).toBe(family);
  expect(parsed.written).toBe(written);
});

test('"Last, First ID" keeps the ID apart from the name', () => {
  expect(parseName('Owens, Kai 900102')).toMatchObject({ name: 'Kai Owens', studentId: '900102' });
});

test('an e-mail beside a name is kept as the e-mail', () => {
  expect(parseName('Ava Lee <ava.lee@school.example>')).toMatchObject({
    name: 'Ava Lee',
    email: 'ava.lee@school.example',
  });
});

test('an e-mail alone gives a name from its two-word local part', () => {
  expect(parseName('ava.lee@school.example')).toMatchObject({
    name: 'Ava Lee',
    email: 'ava.lee@school.example',
  });
  expect(parseName('4e9g@example.com')).toMatchObject({ name: '4e9g@example.com' });
});

test.each(['RG', 'JRG', 'A.B.'])('%s is initials only', (written) => {
  expect(parseName(written)).toMatchObject({ name: written, initialsOnly: true });
});

test.each([
  ['Ava Lee', 0.9],
  ['Lee, Ava 900101', 0.9],
  ['RG', 0.7],
])('%s looks like a name', (text, atLeast) => {
  expect(nameLikeness(text)).toBeGreaterThanOrEqual(atLeast);
});

test.each([
  'Points Possible',
  'Total',
  'Class average',
  'https://youtu.be/abc',
  'Number of students: 3',
  'x'.repeat(10_000),
  'Line one\nline two',
  '3+',
  '',
])('%s does not look like a name', (text) => {
  expect(nameLikeness(text)).toBeLessThan(0.3);
});
