// The Setup panel's class settings: each change lands in the Setup tab (nothing else there is
// touched), the class is synced, and students see the result in their tabs and on the wall. Bad
// values are refused with what to type, and nothing is written.
import type { SettingsPanel, SyncResult } from '../../src/shared/sidebar-types';
import { Classroom, TEACHER } from '../support/classroom';

const CO = 'co.teacher@school.example';

/** Lessons due Sep 16, 18, 20, 22, 24 (New York); now Mon Sep 14. */
function setUp(options: { checkRequired?: boolean } = {}) {
  const r = new Classroom({ students: 3, lessons: 5, ...options });
  const result = r.setUp();
  if (!result.ok) throw new Error(result.message);
  return r;
}

function save(r: Classroom, input: unknown): SyncResult {
  return r.sidebar<SyncResult>('saveSettings', [input]);
}

/** The Setup tab's value cell (column B) for the row labelled `label`. */
function setupValue(r: Classroom, label: string): string {
  const row = r.shown('Setup').find((cells) => cells[0]!.startsWith(label));
  if (!row) throw new Error(`No Setup row labelled ${label}`);
  return row[1]!;
}

describe('reading the settings', () => {
  test('what Setup holds, and plain sentences on what classmates can and cannot see', () => {
    const r = setUp();
    const settings = r.sidebar<SettingsPanel>('getSettings');
    expect(settings).toMatchObject({
      unitName: 'Fractions',
      threshold: 80,
      dueSoonDays: 3,
      retakeDays: 7,
      wallShows: 'nicknames',
      coTeachers: [],
    });
    const privacy = settings.privacy.join('\n');
    expect(privacy).toMatch(/can open every tab/);
    expect(privacy).toMatch(/nickname and icon/);
    expect(privacy).toMatch(/Scores and every mastery check are kept in the add-on/);
    expect(privacy).toMatch(/comment bank is kept in your own Google account/);
    expect(privacy).not.toMatch(/no e-mail/);
  });

  test('what the teacher typed in Setup shows before any sync; students without an e-mail are named in the privacy sentences', () => {
    const r = new Classroom({ students: 2, lessons: 2, withEmails: false });
    r.setUp();
    const row = r.shown('Setup').findIndex((cells) => cells[0]!.startsWith('Due soon')) + 1;
    r.emulator.type(r.doc, TEACHER, `'Setup'!B${row}`, '5');
    const settings = r.sidebar<SettingsPanel>('getSettings');
    expect(settings.dueSoonDays).toBe(5);
    expect(settings.privacy.join('\n')).toMatch(/2 students have no e-mail on the Setup tab/);
  });
});

describe('changing each setting', () => {
  test('the unit name: in Setup, on every tab and on the wall; a name starting with "=" stays text', () => {
    const r = setUp();
    const result = save(r, { unitName: '=SUM(1,2) Fractions' });
    expect(result.ok).toBe(true);
    expect(setupValue(r, 'Unit')).toBe('=SUM(1,2) Fractions');
    expect(r.cell('Ava Student1', 'E1')).toBe('=SUM(1,2) Fractions');
    expect(r.cell('Wall', 'A1')).toBe('Class wall · =SUM(1,2) Fractions');
    expect(r.sidebar<SettingsPanel>('getSettings').unitName).toBe('=SUM(1,2) Fractions');
  });

  test('the wall: icons only, then nicknames again', () => {
    const r = setUp();
    expect(r.wallRow(0)[0]).toBe('Ava');
    save(r, { wallShows: 'icons' });
    expect(setupValue(r, 'The wall shows')).toBe('Icons only');
    expect(
      r
        .shown('Wall')
        .slice(2)
        .map((row) => row[0]),
    ).toEqual(['', '', '', '']);
    const settings = r.sidebar<SettingsPanel>('getSettings');
    expect(settings.wallShows).toBe('icons');
    expect(settings.privacy.join('\n')).toMatch(/only each student\u2019s icon/);
    save(r, { wallShows: 'nicknames' });
    expect(r.wallRow(0)[0]).toBe('Ava');
  });

  test('"due soon": a wider window colours more lessons, in words and in colour', () => {
    const r = setUp();
    const tab = 'Ava Student1';
    expect(r.cell(tab, 'E6')).toBe(''); // due Sep 18, in 4 days
    save(r, { dueSoonDays: 5 });
    expect(setupValue(r, 'Due soon')).toBe('5');
    expect(r.cell(tab, 'E6')).toBe('⏰ Due soon');
    expect(r.colour(tab, 6, 5)).toBe('#fce8b2');
    save(r, { dueSoonDays: 0 });
    expect(r.cell(tab, 'E5')).toBe(''); // due Sep 16, in 2 days
  });

  test('the threshold and the retake window change what a recorded score means', () => {
    const r = setUp({ checkRequired: true });
    const tab = 'Ava Student1';
    r.tick(0, 1);
    r.sidebar('recordCheck', [{ ...r.ids(0, 0), kind: 'score', score: 75 }]);
    expect(r.cell(tab, 'E5')).toBe('↻ Retake by Sep 21');
    save(r, { retakeDays: 3 });
    expect(setupValue(r, 'Retake window')).toBe('3');
    expect(r.cell(tab, 'E5')).toBe('↻ Retake by Sep 17');
    save(r, { threshold: 70 });
    expect(setupValue(r, 'Mastery threshold')).toBe('70');
    expect(r.cell(tab, 'E5')).toBe('★ Mastered');
    expect(r.wallRow(0)[1]).toBe('2');
  });

  test('a co-teacher added in the form can now run the add-on and edit the teacher\u2019s cells', () => {
    const r = new Classroom({ students: 2, lessons: 2 });
    r.emulator.spreadsheet(r.doc).addEditor(CO);
    r.setUp();
    expect(r.emulator.callFromSidebar(r.doc, CO, 'getToday').error?.message).toMatch(
      /for the teachers of this class/,
    );
    expect(r.emulator.type(r.doc, CO, "'Ava Student1'!D5", '2026-12-01').applied).toBe(false);
    expect(save(r, { coTeachers: [' Co.Teacher@School.example ', CO] }).ok).toBe(true);
    expect(setupValue(r, 'Co-teachers')).toBe(CO);
    expect(r.emulator.callFromSidebar(r.doc, CO, 'getToday').error).toBeUndefined();
    expect(r.emulator.type(r.doc, CO, "'Ava Student1'!D5", '2026-12-01').applied).toBe(true);
    expect(r.sidebar<SettingsPanel>('getSettings').coTeachers).toEqual([CO]);
  });

  test('nothing else in Setup is overwritten, and a setting sent unchanged is not rewritten', () => {
    const r = setUp();
    const row = r.shown('Setup').findIndex((cells) => cells[0]!.startsWith('Mastery')) + 1;
    r.emulator.type(r.doc, TEACHER, `'Setup'!B${row}`, '80%');
    r.emulator.type(r.doc, TEACHER, "'Setup'!C5", 'ask the team about the unit name');
    const before = r.shown('Setup');
    save(r, { threshold: 80, retakeDays: 10 });
    const after = r.shown('Setup');
    const changed: string[] = [];
    after.forEach((cells, i) =>
      cells.forEach((text, j) => {
        if (before[i]?.[j] !== text) changed.push(`${i + 1}:${j + 1}=${text}`);
      }),
    );
    expect(changed).toEqual([`8:2=10`]);
    expect(after[row - 1]![1]).toBe('80%');
  });
});

describe('refusals', () => {
  const r = setUp();
  const refused: [string, unknown, RegExp][] = [
    ['a threshold above 100', { threshold: 150 }, /percent from 1 to 100, such as 80/],
    ['a threshold as text', { threshold: '80' }, /percent from 1 to 100/],
    ['part of a day', { dueSoonDays: 2.5 }, /whole number of days from 0 to 60, such as 3/],
    ['a negative retake window', { retakeDays: -1 }, /whole number of days from 1 to 365/],
    ['an unknown wall choice', { wallShows: 'names' }, /"nicknames".*"icons"/],
    ['a co-teacher that is not an e-mail', { coTeachers: ['Ms Lee'] }, /not an e-mail address/],
    [
      'a student as co-teacher',
      { coTeachers: ['student1@school.example'] },
      /a student\u2019s e-mail/,
    ],
    ['a unit name on two lines', { unitName: 'Fractions\nand decimals' }, /on one line/],
    ['an unknown setting', { colour: 'blue' }, /not a class setting/],
    ['no object at all', 'threshold=80', /as an object/],
  ];

  test.each(refused)('%s: refused with what to type, nothing written', (_what, input, message) => {
    const before = r.sheetNames().map((name) => r.shown(name));
    const call = r.emulator.callFromSidebar(r.doc, TEACHER, 'saveSettings', [input]);
    expect(call.error?.message).toMatch(message);
    expect(r.sheetNames().map((name) => r.shown(name))).toEqual(before);
  });

  test('a Setup row the teacher removed: refused, nothing written', () => {
    const s = setUp();
    const row = s.shown('Setup').findIndex((cells) => cells[0]!.startsWith('Retake')) + 1;
    s.emulator.clearCells(s.doc, TEACHER, `'Setup'!A${row}:B${row}`);
    const before = s.shown('Setup');
    const call = s.emulator.callFromSidebar(s.doc, TEACHER, 'saveSettings', [
      { threshold: 90, retakeDays: 5 },
    ]);
    expect(call.error?.message).toMatch(/no row for "Retake window \(days\)"/);
    expect(s.shown('Setup')).toEqual(before);
  });

  test('something else on Setup the sync would refuse: the settings are not saved, and the teacher is told what to fix', () => {
    const s = setUp();
    const row = s.shown('Setup').findIndex((cells) => cells[0] === 'STUDENTS') - 1;
    s.emulator.type(s.doc, TEACHER, `'Setup'!B${row}`, '5.NF.B.9'); // a lesson with no title
    const before = s.shown('Setup');
    const call = s.emulator.callFromSidebar(s.doc, TEACHER, 'saveSettings', [
      { wallShows: 'icons' },
    ]);
    expect(call.error?.message).toMatch(/not saved.*\n• Row \d+: this lesson has no title/s);
    expect(s.shown('Setup')).toEqual(before);
    expect(s.wallRow(0)[0]).toBe('Ava');
  });

  test('a student gets the teacher refusal and no data', () => {
    for (const [name, args] of [
      ['getSettings', []],
      ['saveSettings', [{ wallShows: 'icons' }]],
    ] as const) {
      const call = r.emulator.callFromSidebar(r.doc, r.students[0]!, name, [...args]);
      expect(call.value).toBeUndefined();
      expect(call.error?.message).toMatch(/for the teachers of this class/);
    }
    expect(r.wallRow(0)[0]).toBe('Ava');
  });
});
