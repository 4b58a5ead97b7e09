/**
 * The README's worked example runs as written: examples/classroom.cjs, a plain Node script on
 * dist/emulator.cjs, sets a class up through the add-on, ticks as a student and reads the wall.
 */

import { execFileSync } from 'node:child_process';
import path from 'node:path';

test('examples/classroom.cjs sets up a class, ticks, and prints the tab and the wall', () => {
  const output = execFileSync(process.execPath, ['examples/classroom.cjs'], {
    cwd: path.resolve(__dirname, '../..'),
    encoding: 'utf8',
  });
  expect(output).toMatch(/^The class is in step: 3 students, 3 lessons\./);
  expect(output).toMatch(/Ava's tick ran 1 trigger\(s\): onClassEdit ok/);
  expect(output).toContain('Progress | ███░░░░░░░  1 of 3 complete');
  expect(output).toMatch(/\nAva \| 2 \| · \| 🦊 \| \n/);
  expect(output).toMatch(/\nBen \| 1 \| 🐢 \| {2}\| \n/);
});
