// Installing on a tracker kept in Excel (File › Import of an XLSX): a merged title and a merged
// group heading over the lessons, lessons titled by their standard codes, real dates, checkboxes,
// and a Standards tab that gives each lesson its description and video. Detected with that tab,
// confirmed, generated; every mark checked cell by cell; the teacher's tabs left as they were.
import ExcelJS from 'exceljs';

import type { ImportOutcome, ImportReading } from '../../src/shared/sidebar-types';
import { ImportedTracker } from '../support/imported-tracker';

const STUDENTS = ['chidi@school.example', 'eleanor@school.example', 'tahani@school.example'];
const day = (m: number, d: number) => new Date(Date.UTC(2026, m - 1, d));

/** Period 3's tracker as a teacher might keep it in Excel. */
async function workbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Period 3');
  ws.getCell('A1').value = 'Period 3 — Unit 2: Fractions';
  ws.mergeCells('A1:F1');
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.getCell('C3').value = 'Adding and subtracting';
  ws.mergeCells('C3:D3');
  ws.getCell('E3').value = 'Dividing';
  ws.getRow(4).values = ['Student', 'Email', '5.NF.A.1', '5.NF.A.2', '5.NF.B.3', 'Done'];
  ws.getRow(4).font = { bold: true };
  ws.getCell('A5').value = 'Due';
  for (const [cell, date] of [
    ['C5', day(9, 8)],
    ['D5', day(9, 10)],
    ['E5', day(9, 15)],
  ] as const) {
    ws.getCell(cell).value = date;
    ws.getCell(cell).numFmt = 'm/d/yyyy';
  }
  const rows: (string | boolean | Date)[][] = [
    ['Okafor, Chidi', 'chidi@school.example', true, day(9, 9), false],
    ['Shellstrop, Eleanor', 'eleanor@school.example', 'M', 'TO', true],
    ['Mendoza, Jason', '', false, false, false],
    ['Al-Jamil, Tahani', 'tahani@school.example', true, true, day(9, 11)],
  ];
  rows.forEach((cells, i) => {
    const row = 6 + i;
    ws.getRow(row).values = [...cells, { formula: `COUNTIF(C${row}:E${row},TRUE)`, result: 0 }];
    cells.forEach((value, c) => {
      if (value instanceof Date) ws.getCell(row, c + 1).numFmt = 'm/d/yyyy';
    });
  });
  ws.getCell('A8').note = 'Joined the class in September';
  ws.getCell('C6').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFB7E1CD' } };
  ws.getColumn(1).width = 24;
  const standards = wb.addWorksheet('Standards');
  standards.getRow(1).values = ['Code', 'Description', 'Video'];
  standards.getRow(2).values = [
    '5.NF.A.1',
    'Add fractions with unlike denominators',
    'https://video.example/nf-a-1',
  ];
  standards.getRow(3).values = [
    '5.NF.A.2',
    'Solve word problems adding fractions',
    'https://video.example/nf-a-2',
  ];
  standards.getRow(4).values = [
    '5.NF.B.3',
    'Interpret a fraction as division',
    'https://video.example/nf-b-3',
  ];
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * What a mark becomes in the student's tab (Status, Done, Ticked on) by the README's rules: TRUE is
 * done today (Monday, Sep 14), a date is done that day, M is mastered (and ticked), TO is tested out
 * (not ticked), FALSE is not started and shows the due date's status.
 */
function expected(mark: string, due: string): [string, string, string] {
  if (mark === 'TRUE') return ['✓ Done', 'TRUE', 'Sep 14'];
  if (mark === 'M') return ['★ Mastered', 'TRUE', 'Sep 14'];
  if (mark === 'TO') return ['⤼ Tested out', 'FALSE', ''];
  const date = /^9\/(\d+)\/2026$/.exec(mark);
  if (date) return ['✓ Done', 'TRUE', `Sep ${date[1]}`];
  if (mark === 'FALSE') {
    const dueDay = Number(/^9\/(\d+)\/2026$/.exec(due)?.[1]);
    return [dueDay < 14 ? '⚠ Overdue' : dueDay - 14 <= 3 ? '⏰ Due soon' : '', 'FALSE', ''];
  }
  throw new Error(`The test does not know the mark ${mark}`);
}

describe('an XLSX tracker with a Standards tab, detected, confirmed and generated', () => {
  let tracker: ImportedTracker;
  let before: unknown;
  let beforeStandards: unknown;
  let reading: ImportReading;
  let outcome: ImportOutcome;

  beforeAll(async () => {
    tracker = await ImportedTracker.fromXlsx(await workbook(), {
      name: 'Period 3 tracker',
      students: STUDENTS,
    });
    before = tracker.sheetState('Period 3');
    beforeStandards = tracker.sheetState('Standards');
    reading = tracker.sidebar<ImportReading>('detectImport', [{ lessonsSheetName: 'Standards' }]);
    outcome = tracker.sidebar<ImportOutcome>('confirmImport', [
      { token: reading.token, lessonsSheetName: 'Standards' },
    ]);
  });

  test('the merged title and group heading are read as Sheets shows them, not as lessons or students', () => {
    expect(
      tracker
        .sheet('Period 3')
        .getRange('A1:F5')
        .getMergedRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(['A1:F1', 'C3:D3']);
    expect(reading.sheetName).toBe('Period 3');
    expect(reading.sheetNames).toEqual(['Period 3', 'Standards']);
    expect(reading.preview).toMatchObject({
      orientation: 'students-as-rows',
      students: 4,
      studentNames: ['Chidi Okafor', 'Eleanor Shellstrop', 'Jason Mendoza', 'Tahani Al-Jamil'],
      lessons: 3,
      confidence: 'high',
    });
    expect(reading.layout.titleLines).toEqual([{ axis: 'row', index: 3 }]);
  });

  test('the Standards tab gives each lesson its description and video; the due dates are the real dates', () => {
    expect(reading.lessonsSheetName).toBe('Standards');
    expect(reading.preview.lessonTitles).toEqual([
      'Add fractions with unlike denominators',
      'Solve word problems adding fractions',
      'Interpret a fraction as division',
    ]);
    expect(reading.preview.dueDates.map((d) => d.due)).toEqual([
      '2026-09-08',
      '2026-09-10',
      '2026-09-15',
    ]);
  });

  test('the class is set up with the lessons linked to their videos', () => {
    expect(outcome).toMatchObject({ ok: true, students: 4, lessons: 3 });
    expect(outcome.carried).toEqual({ ticks: 7, mastered: 1, testedOut: 1, scores: 0 });
    const tab = tracker.sheet('Chidi Okafor');
    expect(tab.getRange('B5:C7').getDisplayValues()).toEqual([
      ['Add fractions with unlike denominators', '5.NF.A.1'],
      ['Solve word problems adding fractions', '5.NF.A.2'],
      ['Interpret a fraction as division', '5.NF.B.3'],
    ]);
    expect(tab.getRange('B6').getRichTextValue()?.getLinkUrl()).toBe(
      'https://video.example/nf-a-2',
    );
  });

  test("every mark of the teacher's sheet is in the student's tab, cell by cell", () => {
    const shown = tracker.shown('Period 3');
    const due = shown[4]!.slice(2, 5);
    for (const row of shown.slice(5, 9)) {
      const [family, given] = row[0]!.split(', ');
      const tab = tracker.shown(`${given} ${family}`);
      row.slice(2, 5).forEach((mark, l) => {
        const cells = tab[4 + l]!;
        expect([row[0], l + 1, cells[4], cells[5], cells[9]]).toEqual([
          row[0],
          l + 1,
          ...expected(mark, due[l]!),
        ]);
      });
    }
  });

  test("the teacher's tabs are exactly as they were: values, formulas, formats, notes, merges, widths", () => {
    expect(tracker.sheetState('Period 3')).toEqual(before);
    expect(tracker.sheetState('Standards')).toEqual(beforeStandards);
  });
});
