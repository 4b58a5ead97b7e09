/**
 * The emulator's API works from a plain Node script outside jest: runs dev/emulator/examples/tour.cjs
 * against dist/emulator.cjs (built by `npm run build:emulator`) and checks what it printed.
 */

import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');

test('the plain Node tour loads a CSV, runs the bundle as teacher and student, and reads back', () => {
  expect(existsSync(path.join(root, 'dist/emulator.cjs'))).toBe(true);
  const output = execFileSync(process.execPath, ['dev/emulator/examples/tour.cjs'], {
    cwd: root,
    encoding: 'utf8',
  });
  const steps = Object.fromEntries(
    output
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { step: string })
      .map((step) => [step.step, step]),
  );
  expect(steps['teacher opens']).toMatchObject({ authMode: 'NONE' });
  expect(steps['sidebar']).toMatchObject({
    title: 'Mastery Tracker',
    answer: { spreadsheetName: 'Room 12 tracker' },
  });
  expect(steps['student opens']).toMatchObject({ authMode: 'LIMITED' });
  expect(steps['student edits']).toMatchObject({ tick: true, evidence: true, dueDate: false });
  expect(steps['today']).toMatchObject({ placeValueRow: '#ffffff', powersOfTenRow: '#ffffff' });
  expect(steps['five days later']).toMatchObject({ powersOfTenRow: '#f4c7c3' });
  expect(steps['feedback']).toMatchObject({ link: 'https://vocaroo.com/abc123' });
  expect(steps['protection']).toMatchObject({
    editors: ['teacher@school.example'],
    unprotected: ['D2:E4'],
  });
  expect(steps['ledger']).toMatchObject({ serviceCalls: expect.any(Number) });
});
