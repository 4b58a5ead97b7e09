// Changing the class in Setup, then Sync: every tick, date, note, link and check is kept.
import { Classroom, TEACHER } from '../support/classroom';

function typeSetup(r: Classroom, a1: string, text: string) {
  const edit = r.emulator.type(r.doc, TEACHER, `'Setup'!${a1}`, text);
  if (!edit.applied) throw new Error(`Setup edit refused: ${edit.refusal}`);
}

function sync(r: Classroom) {
  return r.sidebar<{ ok: boolean; changes: string[]; message: string }>('syncClass');
}

function setupRow(r: Classroom, column: number, text: string): number {
  const values = r.shown('Setup');
  const index = values.findIndex((row) => row[column - 1] === text);
  if (index === -1) throw new Error(`"${text}" is not on the Setup tab`);
  return index + 1;
}

describe('changing the class', () => {
  test('running Sync twice changes nothing the second time', () => {
    const r = new Classroom({ students: 3, lessons: 4 });
    r.setUp();
    r.tick(0, 1);
    const before = r.sheetNames().map((n) => [n, r.shown(n)]);
    const second = sync(r);
    expect(second.ok).toBe(true);
    expect(second.changes).toEqual([]);
    expect(r.sheetNames().map((n) => [n, r.shown(n)])).toEqual(before);
  });

  test('renaming a student keeps their tab and ticks, and renames the tab', () => {
    const r = new Classroom({ students: 3, lessons: 4 });
    r.setUp();
    r.tick(1, 1);
    typeSetup(r, `A${setupRow(r, 1, 'Ben Student2')}`, 'Benjamin Student2');
    const result = sync(r);
    expect(result.changes).toContain('Ben Student2 is now Benjamin Student2.');
    expect(r.sheetNames()).toContain('Benjamin Student2');
    expect(r.cell('Benjamin Student2', 'F5')).toBe('TRUE');
    expect(r.cell('Benjamin Student2', 'A1')).toBe('Benjamin Student2');
  });

  test('adding a lesson in the middle moves every row with its tick, link and date', () => {
    const r = new Classroom({ students: 2, lessons: 3 });
    r.setUp();
    r.tick(0, 2);
    r.emulator.type(r.doc, r.students[0]!, "'Ava Student1'!G6", 'https://docs.example/ava-work');
    const row = setupRow(r, 1, 'Lesson 2: part 2 of fractions');
    r.emulator.spreadsheet(r.doc).getSheetByName('Setup')!.insertRowBefore(row);
    typeSetup(r, `A${row}`, 'A new lesson');
    typeSetup(r, `D${row}`, '2026-09-17');
    const result = sync(r);
    expect(result.ok).toBe(true);
    expect(result.changes).toContain('Added lesson "A new lesson".');
    const tab = r.shown('Ava Student1', 'B5:J8');
    expect(tab.map((x) => x[0])).toEqual([
      'Lesson 1: part 1 of fractions',
      'A new lesson',
      'Lesson 2: part 2 of fractions',
      'Lesson 3: part 3 of fractions',
    ]);
    expect(tab[2]![4]).toBe('TRUE');
    expect(tab[2]![5]).toBe('https://docs.example/ava-work');
    expect(tab[2]![8]).toBe('Sep 14');
    expect(tab[1]![4]).toBe('FALSE');
    // The wall follows: Ava is on the new lesson 1? No: on lesson 1 (not done).
    expect(r.shown('Wall')[2]!.slice(2)).toEqual([
      '1. 5.NF.A.1',
      '2. A new lesson',
      '3. 5.NF.A.2',
      '4. 5.NF.A.3',
    ]);
  });

  test('removing a lesson keeps the students\u2019 rows for it, hidden; adding it back restores them', () => {
    const r = new Classroom({ students: 2, lessons: 3 });
    r.setUp();
    r.tick(1, 3);
    const setup = r.emulator.spreadsheet(r.doc).getSheetByName('Setup')!;
    const row = setupRow(r, 1, 'Lesson 3: part 3 of fractions');
    const saved = setup.getRange(row, 1, 1, 6).getValues()[0]!;
    setup.deleteRow(row);
    const removed = sync(r);
    expect(removed.changes).toEqual([
      expect.stringMatching(/Removed lesson "Lesson 3: part 3 of fractions"/),
    ]);
    const tab = r.sheet('Ben Student2');
    expect(tab.getRange('B7').getValue()).toBe('Lesson 3: part 3 of fractions');
    expect(tab.getRange('F7').getValue()).toBe(true);
    expect(tab.isRowHiddenByUser(7)).toBe(true);
    expect(r.cell('Ben Student2', 'E7')).toBe('Removed from the unit');
    setup.insertRowBefore(row);
    setup
      .getRange(row, 1, 1, 6)
      .setValues([saved.map((v) => (typeof v === 'string' ? `'${v}` : v))]);
    const back = sync(r);
    expect(back.changes).toEqual([expect.stringMatching(/is back, with students' earlier work/)]);
    expect(tab.isRowHiddenByUser(7)).toBe(false);
    expect(tab.getRange('F7').getValue()).toBe(true);
  });

  test('removing a student archives their tab (hidden, nothing deleted); the wall drops them', () => {
    const r = new Classroom({ students: 3, lessons: 3 });
    r.setUp();
    r.tick(2, 1);
    r.emulator
      .spreadsheet(r.doc)
      .getSheetByName('Setup')!
      .deleteRow(setupRow(r, 1, 'Chloé Student3'));
    const result = sync(r);
    expect(result.changes).toEqual([
      expect.stringMatching(/Chloé Student3 is no longer in Setup: their tab is archived/),
    ]);
    const tab = r.sheet('Chloé Student3');
    expect(tab.isSheetHidden()).toBe(true);
    expect(tab.getRange('F5').getValue()).toBe(true);
    expect(
      r
        .shown('Wall')
        .slice(3)
        .map((row) => row[0]),
    ).toEqual(['Ava', 'Ben']);
  });

  test('a teacher who deletes a student\u2019s tab or the wall gets them rebuilt, and is told', () => {
    const r = new Classroom({ students: 2, lessons: 3 });
    r.setUp();
    r.tick(0, 1);
    const ss = r.emulator.spreadsheet(r.doc);
    ss.deleteSheet(ss.getSheetByName('Wall')!);
    ss.deleteSheet(ss.getSheetByName('Ben Student2')!);
    const result = r.sidebar<{ ok: boolean; repairs: string[] }>('syncClass');
    expect(result.repairs).toEqual([
      expect.stringMatching(/Ben Student2.s tab was missing: a new one was made/),
      expect.stringMatching(/The wall was missing/),
    ]);
    expect(r.wallRow(0).slice(0, 3)).toEqual(['Ava', '2', '·']);
    expect(r.sheetNames()).toContain('Ben Student2');
  });
});
