/**
 * `npm run test:corpus`: the check itself, run on folders made here from the project's own
 * fixtures (never on the shared corpus, which CI checks with the command): what it prints, that a
 * fact that does not hold fails it, that an unreadable file is a failed check and not a crash, and
 * that a missing folder fails with a message.
 */

import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import * as emulator from '../../dev/emulator/index';
import type { Detection } from '../../src/core/import';
import { rosterChecks } from '../../scripts/corpus/check';
import { main } from '../../scripts/corpus/cli';
import type { FileFacts } from '../../scripts/corpus/facts';

const fixture = path.resolve(__dirname, '../core/import/fixtures/room12-checkboxes.csv');

function corpus(files: Record<string, string | Buffer> = {}): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'corpus-'));
  copyFileSync(fixture, path.join(folder, 'room12.csv'));
  for (const [name, data] of Object.entries(files)) writeFileSync(path.join(folder, name), data);
  return folder;
}

async function run(folder: string, facts: readonly FileFacts[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(
    [folder],
    emulator,
    (t) => out.push(t),
    (t) => err.push(t),
    facts,
  );
  return { code, out, err };
}

const room12: FileFacts = {
  file: 'room12.csv',
  sheets: [
    {
      readme: 'Three students in rows 6-8; row 9 is the class average.',
      orientation: 'students-as-rows',
      students: 3,
      studentRows: [6, 8],
      lessons: 3,
      notStudents: [3, 4, 5, 9],
    },
  ],
};

test('prints what it found per file and each check; passes when the facts hold', async () => {
  const { code, out } = await run(corpus(), [room12]);
  expect(code).toBe(0);
  expect(out[0]).toBe(
    'room12.csv: students-as-rows, high confidence: 3 students (rows 6-8), 3 lessons; left out: row 1 above-table, row 3 header, row 4 due-dates, row 5 links, row 9 summary',
  );
  expect(out).toContain('  ok   3 students');
  expect(out).toContain('  ok   rows 3, 4, 5, 9 are not students');
  expect(out[out.length - 1]).toBe('test:corpus: 1 file (1 sheet) read; 7 checks passed, 0 failed');
});

test('a fact that does not hold fails the check, saying what was found instead', async () => {
  const wrong: FileFacts = {
    file: 'room12.csv',
    sheets: [{ readme: 'Four students.', students: 4, lessonTitles: ['A', 'B', 'C'] }],
  };
  const { code, out, err } = await run(corpus(), [wrong]);
  expect(code).toBe(1);
  expect(out).toContain('  FAIL 4 students, but got 3');
  expect(out).toContain(
    '  FAIL lessons A, B, C, but got Add fractions, Word problems, Fractions as division',
  );
  expect(err).toEqual(['test:corpus: 2 checks failed']);
});

test('an unreadable file is a failed check, and the other files are still read', async () => {
  const folder = corpus({ 'broken.xlsx': Buffer.from('PK\u0003\u0004 not a zip archive') });
  const { code, out } = await run(folder, [room12]);
  expect(code).toBe(1);
  expect(out[0]).toBe('broken.xlsx:');
  expect(out[1]).toMatch(/^ {2}FAIL could not be read \(.+\)$/);
  expect(out).toContain('  ok   3 students');
});

test('a file the README describes but the folder lacks fails', async () => {
  const { code, out } = await run(corpus(), [room12, { file: 'gone.csv', sheets: [] }]);
  expect(code).toBe(1);
  expect(out).toEqual(
    expect.arrayContaining([
      'gone.csv:',
      expect.stringMatching(/^ {2}FAIL the README describes gone\.csv, but it is not in /),
    ]),
  );
});

test('a missing folder says so and fails', async () => {
  const { code, out, err } = await run(path.join(os.tmpdir(), 'no-such-corpus-folder'), []);
  expect(code).toBe(1);
  expect(err[0]).toMatch(/^test:corpus: the tracker corpus is missing: there is no folder /);
  expect(out).toEqual(['test:corpus: 0 files read; 0 checks passed, 1 failed']);
});

test('every sheet is checked for labels, points rows and totals read as students', () => {
  const student = (index: number, written: string) => ({
    line: { axis: 'row' as const, index },
    written,
    name: written,
  });
  const detection = {
    orientation: 'students-as-rows',
    titleLines: [{ axis: 'row', index: 0 }],
    nameLines: [{ axis: 'column', index: 0 }],
    students: [
      student(0, 'Student'),
      student(1, 'Ava Lee'),
      student(2, 'Points Possible'),
      student(5, 'Class total'),
    ],
    lessons: [],
    marks: [],
    markValues: [],
    leftOut: [{ line: { axis: 'row', index: 5 }, reason: 'summary', detail: '' }],
    confidence: { level: 'high', reasons: [] },
    warnings: [],
  } as unknown as Detection;
  expect(rosterChecks(detection)).toEqual([
    {
      ok: false,
      what: 'labels read as students: Row 1 “Student”, Row 3 “Points Possible”, Row 6 “Class total”',
    },
    {
      ok: false,
      what: 'header, points or summary rows read as students: Row 1 “Student”, Row 6 “Class total”',
    },
  ]);
  expect(rosterChecks({ ...detection, students: [student(1, 'Ava Lee')] }).every((c) => c.ok)).toBe(
    true,
  );
});
