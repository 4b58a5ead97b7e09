/**
 * `npm run detect -- FILE.csv|FILE.xlsx [--sheet NAME]`: the detection of a tracker file as JSON,
 * read through the emulator's importers, and a one-line message with exit code 2 for a file it
 * cannot read. Run on the project's own fixture files, never on the shared corpus.
 */

import ExcelJS from 'exceljs';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import * as emulator from '../../dev/emulator/index';
import { main } from '../../scripts/detect/cli';
import { loadFile } from '../../scripts/detect/read-sheet';

const root = path.resolve(__dirname, '../..');
const fixture = path.join(root, 'test/core/import/fixtures/room12-checkboxes.csv');
const scratch = mkdtempSync(path.join(os.tmpdir(), 'detect-'));

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string[] }> {
  let out = '';
  const err: string[] = [];
  const code = await main(
    argv,
    emulator,
    (text) => (out += text),
    (text) => err.push(text),
  );
  return { code, out, err };
}

test('npm run detect prints what detection finds in a CSV tracker, as JSON', () => {
  const result = spawnSync(process.execPath, [path.join(root, 'scripts/detect.mjs'), fixture], {
    cwd: root,
    encoding: 'utf8',
  });
  expect(result.status).toBe(0);
  const report = JSON.parse(result.stdout);
  expect(report).toMatchObject({
    sheet: 'room12-checkboxes',
    orientation: 'students-as-rows',
    confidence: { level: 'high' },
    unitName: 'Room 12 — Unit 3: Fractions',
    titles: ['Row 3'],
    names: ['Column A'],
  });
  expect(report.students).toEqual([
    {
      at: 'Row 6',
      written: 'Lee, Ava',
      name: 'Ava Lee',
      given: 'Ava',
      family: 'Lee',
      email: 'ava@school.example',
    },
    {
      at: 'Row 7',
      written: 'Ortiz, Ben',
      name: 'Ben Ortiz',
      given: 'Ben',
      family: 'Ortiz',
      email: 'ben@school.example',
    },
    { at: 'Row 8', written: 'Young, Cy', name: 'Cy Young', given: 'Cy', family: 'Young' },
  ]);
  // The emulator imports 9/10/2026 as a date, as Sheets does in en_US; the command turns it back
  // into the day in the spreadsheet's zone, whatever the machine's zone.
  expect(report.lessons.map((l: { code: string; due: string }) => [l.code, l.due])).toEqual([
    ['5.NF.A.1', '2026-09-10'],
    ['5.NF.A.2', '2026-09-17'],
    ['5.NF.B.3', '2026-09-24'],
  ]);
  expect(report.marks).toEqual([
    {
      value: 'FALSE (not ticked)',
      key: 'bool:false',
      count: 6,
      becomes: 'not-started',
      why: 'an empty checkbox',
    },
    {
      value: 'TRUE (ticked)',
      key: 'bool:true',
      count: 3,
      becomes: 'done',
      why: 'a ticked checkbox',
    },
  ]);
  expect(report.leftOut).toEqual(
    expect.arrayContaining([
      {
        at: 'Row 1',
        reason: 'above-table',
        why: 'is above the table: “Room 12 — Unit 3: Fractions”',
      },
      { at: 'Row 4', reason: 'due-dates', why: "holds due dates: used as each lesson's due date" },
      expect.objectContaining({ at: 'Row 9', reason: 'summary' }),
      expect.objectContaining({ at: 'Column F', reason: 'summary' }),
    ]),
  );
});

test('an XLSX file is read sheet by sheet, with its merged header cells', async () => {
  const workbook = new ExcelJS.Workbook();
  const notes = workbook.addWorksheet('Notes');
  notes.addRow(['Nothing to see here']);
  const sheet = workbook.addWorksheet('Period 3');
  sheet.addRow(['Grade 6 Math: Unit 2 Ratios']);
  sheet.mergeCells('A1:E1');
  sheet.addRow(['Student', 'Quizzes', '', '', 'Unit Test']);
  sheet.addRow(['', 'Q1', 'Q2', 'Q3', '']);
  sheet.mergeCells('B2:D2');
  sheet.mergeCells('A2:A3');
  sheet.mergeCells('E2:E3');
  sheet.addRow(['Nguyen, An', 8, 9, 7, 85]);
  sheet.addRow(['Okafor, Chidi', 10, 6, 9, 92]);
  const file = path.join(scratch, 'ratios.xlsx');
  writeFileSync(file, Buffer.from(await workbook.xlsx.writeBuffer()));

  // The grid handed to detection carries the file's merges, whether the emulator's
  // getMergedRanges() reports them or only its XLSX loader does.
  const loaded = await loadFile(emulator, 'xlsx', readFileSync(file), 'ratios');
  expect(loaded.sheets[1]?.grid.merges).toEqual(
    expect.arrayContaining([
      { row: 0, column: 0, numRows: 1, numColumns: 5 },
      { row: 1, column: 1, numRows: 1, numColumns: 3 },
      { row: 1, column: 0, numRows: 2, numColumns: 1 },
    ]),
  );

  const { code, out } = await run(file, '--sheet', 'Period 3');
  expect(code).toBe(0);
  const report = JSON.parse(out);
  expect(report.sheets).toEqual(['Notes', 'Period 3']);
  expect(report.unitName).toBe('Grade 6 Math: Unit 2 Ratios');
  expect(report.titles).toEqual(['Row 2', 'Row 3']);
  expect(report.lessons.map((l: { title: string }) => l.title)).toEqual([
    'Q1',
    'Q2',
    'Q3',
    'Unit Test',
  ]);
  expect(report.students.map((s: { name: string }) => s.name)).toEqual([
    'An Nguyen',
    'Chidi Okafor',
  ]);
});

test.each([
  [['no-such-file.csv'], 'detect: no such file: no-such-file.csv'],
  [[], 'detect: no file given'],
  [['a.csv', 'b.csv'], 'detect: one file at a time (got a.csv and b.csv)'],
  [['--sheet'], 'detect: --sheet needs a sheet name'],
  [['--format=yaml'], 'detect: unknown option --format=yaml'],
])('%j: one clear line and exit code 2', async (argv, message) => {
  const { code, out, err } = await run(...argv);
  expect(code).toBe(2);
  expect(out).toBe('');
  expect(err[0]).toBe(message);
});

test('a file that is not CSV or XLSX is refused by name', async () => {
  const file = path.join(scratch, 'tracker.txt');
  writeFileSync(file, 'Student,Lesson 1\nAva,X\n');
  expect((await run(file)).err).toEqual([`detect: ${file} is not a CSV or XLSX file`]);
});

test('an .xlsx file that is not a spreadsheet is refused, and so is binary data in a .csv', async () => {
  const fake = path.join(scratch, 'fake.xlsx');
  writeFileSync(fake, 'Student,Lesson 1\n');
  expect(await run(fake)).toMatchObject({
    code: 2,
    err: [`detect: ${fake} is not an XLSX file (it is not a zip archive)`],
  });
  const broken = path.join(scratch, 'broken.xlsx');
  writeFileSync(broken, Buffer.from('PK\u0003\u0004 not really a zip archive'));
  const result = await run(broken);
  expect(result.code).toBe(2);
  expect(result.err[0]).toMatch(
    new RegExp(`^detect: cannot read ${broken.replace(/[.\\/]/g, '\\$&')} as XLSX: `),
  );
  const binary = path.join(scratch, 'binary.csv');
  writeFileSync(binary, Buffer.from([0x53, 0x00, 0x01, 0x02]));
  expect((await run(binary)).err).toEqual([
    `detect: ${binary} is not a CSV file (it holds binary data)`,
  ]);
});

test('a path that cannot be read as a file (a folder named like one) gets one line and exit code 2', async () => {
  const folder = path.join(scratch, 'roster.csv');
  mkdirSync(folder);
  expect(await run(folder)).toMatchObject({ code: 2, err: [`detect: not a file: ${folder}`] });
});

test('a sheet name that is not in the file lists the sheets there are', async () => {
  const { code, err } = await run(fixture, '--sheet', 'Period 9');
  expect(code).toBe(2);
  expect(err).toEqual([
    `detect: no sheet named "Period 9" in ${fixture} (sheets: room12-checkboxes)`,
  ]);
});

test('the command itself exits with code 2 and one line on stderr', () => {
  const result = spawnSync(
    process.execPath,
    [path.join(root, 'scripts/detect.mjs'), 'missing.xlsx'],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  expect(result.status).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr.trim()).toBe('detect: no such file: missing.xlsx');
});
