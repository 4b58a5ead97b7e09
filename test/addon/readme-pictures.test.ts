// The README shows what a student's tab and the wall look like. This test makes those pictures
// from a real class on the built bundle and checks the README holds them as they are today; run
// it with UPDATE_README=1 to write them into the README after a change to the layout.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Classroom, textTable } from '../support/classroom';

const README = path.resolve(__dirname, '../../README.md');

function between(text: string, name: string): { start: number; end: number } {
  const open = `<!-- ${name}: made by test/addon/readme-pictures.test.ts -->`;
  const close = `<!-- /${name} -->`;
  const start = text.indexOf(open);
  const end = text.indexOf(close);
  if (start === -1 || end === -1) throw new Error(`README.md has no ${open} ... ${close} block`);
  return { start: start + open.length, end };
}

test('the README shows a generated student tab and the wall as they are', () => {
  const room = new Classroom({
    students: 4,
    lessons: 5,
    checkRequired: false,
    now: '2026-09-18T14:00:00Z',
    firstDue: '2026-09-14',
  });
  room.setUp();
  room.tick(0, 1);
  room.tick(0, 2);
  room.tick(1, 1);
  room.tick(2, 1);
  room.tick(2, 2);
  room.tick(2, 3);
  room.emulator.type(
    room.doc,
    room.students[1]!,
    "'Ben Student2'!G5",
    'https://docs.example/ben-fractions',
  );
  room.emulator.type(room.doc, room.students[3]!, "'Dmitri Student4'!F4", '🚀');
  const tab = room.shown('Ava Student1').map((row) => row.slice(0, 10));
  const wall = room.shown('Wall');
  const pictures: Record<string, string> = {
    'student-tab': `\n\n${textTable(tab)}\n\n`,
    wall: `\n\n${textTable(wall)}\n\n`,
  };
  let readme = readFileSync(README, 'utf8');
  for (const [name, picture] of Object.entries(pictures)) {
    const { start, end } = between(readme, name);
    if (process.env.UPDATE_README === '1')
      readme = readme.slice(0, start) + picture + readme.slice(end);
    else expect(readme.slice(start, end)).toBe(picture);
  }
  if (process.env.UPDATE_README === '1') writeFileSync(README, readme);
});
