// Bad input gets a clear message that says what to do, and nothing is lost; text from people
// stays text.
import { Classroom, TEACHER } from '../support/classroom';
import type { ClassInput, SyncResult } from '../../src/shared/sidebar-types';

function setUpWith(input: Partial<ClassInput>, options = {}) {
  const r = new Classroom({ students: 2, lessons: 2, ...options, input });
  const result = r.emulator.callFromSidebar(r.doc, TEACHER, 'setUpClass', [r.input]);
  return { r, result: result.value as SyncResult | undefined, error: result.error };
}

describe('names and titles from people', () => {
  const tricky = [
    '=HYPERLINK("https://evil.example","click me")',
    '+1',
    '-2',
    '@x',
    '<b>bold</b>',
    'Zoë 🦊 Ōkubo',
    'محمد الأحمد',
    'Name: with / odd [chars] *?',
    'x'.repeat(10_000),
  ];
  const { r, result } = setUpWith({
    students: tricky.map((name) => ({ name, nickname: name.slice(0, 30) })),
    lessons: [{ title: '=1+1', code: '+5.NF.1' }, { title: '<script>alert(1)</script>' }],
  });

  test('the class is set up', () => expect(result?.ok).toBe(true));

  test('every name is written as text: no cell the add-on wrote holds a formula made from it', () => {
    const wall = r.sheet('Wall');
    const formulas = wall
      .getDataRange()
      .getFormulas()
      .flat()
      .filter((f) => f !== '');
    expect(formulas.every((f) => f.startsWith('=COUNTIF('))).toBe(true);
    const setup = r
      .sheet('Setup')
      .getDataRange()
      .getFormulas()
      .flat()
      .filter((f) => f !== '');
    expect(setup).toEqual([]);
    expect(
      r
        .shown('Wall')
        .slice(3)
        .map((row) => row[0]),
    ).toEqual(tricky.map((n) => n.slice(0, 30)));
  });

  test('tabs are named safely and distinctly, and the header shows the name as typed', () => {
    const names = r.sheetNames();
    expect(names).toContain('=HYPERLINK("https evil.example","click me")');
    expect(names).toContain('Name with odd chars');
    expect(names.every((n) => n.length <= 100)).toBe(true);
    const tab = names.find((n) => n.startsWith('xxxx'))!;
    expect(r.sheet(tab).getRange('A1').getValue()).toBe('x'.repeat(10_000));
    expect(r.sheet('+1').getRange('A1').getValue()).toBe('+1');
  });

  test('lesson titles that look like formulas are titles', () => {
    const tab = r.shown('-2', 'B5:C6');
    expect(tab).toEqual([
      ['=1+1', '+5.NF.1'],
      ['<script>alert(1)</script>', ''],
    ]);
  });
});

describe('duplicates and names already taken', () => {
  test("two students with the same name get distinct tabs; a teacher's own tab is never touched", () => {
    const r = new Classroom({
      students: 0,
      lessons: 2,
      input: { students: [{ name: 'Sam Lee' }, { name: 'Sam Lee' }, { name: 'Setup' }] },
    });
    const ss = r.emulator.spreadsheet(r.doc);
    ss.getSheets()[0]!.setName('Setup');
    ss.getSheets()[0]!.getRange('A1').setValue('My own notes');
    const result = r.setUp();
    expect(result.ok).toBe(true);
    expect(r.sheetNames()).toEqual(
      expect.arrayContaining(['Setup', 'Setup (2)', 'Sam Lee', 'Sam Lee (2)', 'Setup (3)']),
    );
    expect(r.cell('Setup', 'A1')).toBe('My own notes');
  });
});

describe('refused before anything is written', () => {
  test.each<[string, Partial<ClassInput>, RegExp]>([
    ['no students', { students: [] }, /Add at least one student/],
    ['no lessons', { lessons: [] }, /Add at least one lesson/],
    [
      'an unparseable due date',
      { lessons: [{ title: 'A', due: 'next Friday' }] },
      /due date must look like 2026-10-02/,
    ],
    [
      'a threshold over 100',
      { settings: { threshold: 150 } },
      /threshold must be a number from 0 to 100/,
    ],
    [
      'a bad e-mail',
      { students: [{ name: 'Ava', email: 'ava at school' }] },
      /not an e-mail address/,
    ],
  ])('%s', (_name, input, message) => {
    const { r, result, error } = setUpWith(input);
    const text = error?.message ?? result?.message ?? '';
    expect(text).toMatch(message);
    expect(r.sheetNames().filter((n) => n !== 'Sheet1' && n !== 'Setup')).toEqual([]);
  });

  test('a video link that is not http(s) is not linked, and the teacher is told', () => {
    const { r, result } = setUpWith({
      lessons: [
        { title: 'A', link: 'javascript:alert(1)' },
        { title: 'B', link: 'https://ok.example' },
      ],
    });
    expect(result?.ok).toBe(true);
    expect(result?.message).toMatch(/does not start with http/);
    expect(r.sheet('Ava Student1').getRange('B5').getRichTextValue()?.getLinkUrl()).toBeNull();
    expect(r.sheet('Ava Student1').getRange('B6').getRichTextValue()?.getLinkUrl()).toBe(
      'https://ok.example',
    );
  });

  test('dates out of order are synced, with a word to the teacher', () => {
    const { result } = setUpWith({
      lessons: [
        { title: 'A', due: '2026-10-02' },
        { title: 'B', due: '2026-09-20' },
      ],
    });
    expect(result?.ok).toBe(true);
    expect(result?.message).toMatch(/due before the lesson above it/);
  });

  test('an evidence link that is not http(s) is refused in the student\u2019s tab', () => {
    const { r } = setUpWith({});
    const edit = r.emulator.type(r.doc, r.students[0]!, "'Ava Student1'!G5", 'javascript:alert(1)');
    expect(edit.applied).toBe(false);
    expect(edit.refusal).toMatch(/https:\/\//);
  });
});

describe('big classes', () => {
  test('200 students: 200 tabs and 200 wall rows; the last student ticks like the first', () => {
    const r = new Classroom({ students: 200, lessons: 4 });
    const result = r.setUp();
    expect(result).toMatchObject({ ok: true, students: 200, lessons: 4 });
    expect(r.sheetNames().filter((n) => n.includes('Student'))).toHaveLength(200);
    expect(r.shown('Wall')).toHaveLength(3 + 200);
    r.tick(199, 1);
    expect(r.wallRow(199).slice(1, 3)).toEqual(['2', '·']);
    expect(r.shown('Wall')[1]!.slice(2, 4)).toEqual(['199', '1']);
  });

  test('150 lessons: every row, status and wall column is there', () => {
    const r = new Classroom({ students: 2, lessons: 150 });
    expect(r.setUp()).toMatchObject({ ok: true, lessons: 150 });
    expect(r.shown('Ava Student1')).toHaveLength(4 + 150);
    expect(r.shown('Wall')[2]).toHaveLength(2 + 150);
    r.tick(0, 150);
    expect(r.cell('Ava Student1', 'E154')).toBe('✓ Done');
  });
});
