// Reading the teacher's Setup tab: what is understood, and the plain words for what to fix.
import type { Cell } from '../../src/core/grid';
import { DEFAULT_SETTINGS } from '../../src/core/class-model';
import { readSetup, setupLayout, type NewSetup } from '../../src/core/setup-sheet';

const example: NewSetup = {
  unitName: 'Fractions',
  settings: { ...DEFAULT_SETTINGS, threshold: 85 },
  coTeachers: ['co@school.example'],
  lessons: [
    {
      title: 'Add fractions',
      code: '5.NF.A.1',
      link: 'https://video.example/1',
      due: '2026-10-02',
      checkRequired: true,
      threshold: null,
    },
    {
      title: 'Subtract fractions',
      code: '5.NF.A.2',
      link: '',
      due: null,
      checkRequired: false,
      threshold: 90,
    },
  ],
  students: [
    {
      name: 'Ava Martinez',
      nickname: 'Ava M',
      email: 'ava@school.example',
      icon: '🦊',
      group: 'Blue',
    },
    { name: 'Ben Okafor', nickname: '', email: '', icon: '', group: '' },
  ],
};

/** The laid-out Setup as getValues() would return it (leading apostrophes gone, dates as days). */
function asRead(setup: NewSetup): Cell[][] {
  const layout = setupLayout(setup);
  return layout.values.map((row) =>
    row.map((value, c) => {
      if (typeof value === 'string' && value.startsWith("'")) return value.slice(1);
      if (typeof value === 'number' && c === 3 && value > 40000) return { date: '2026-10-02' };
      return value;
    }),
  );
}

describe('a Setup tab reads back as what was laid out', () => {
  const reading = readSetup({ values: asRead(example) });

  test('no problems', () => expect(reading.problems).toEqual([]));
  test('settings and co-teachers', () => {
    expect(reading.input.unitName).toBe('Fractions');
    expect(reading.input.settings).toEqual({ ...DEFAULT_SETTINGS, threshold: 85 });
    expect(reading.input.coTeachers).toEqual(['co@school.example']);
  });
  test('lessons in order with their details', () => {
    expect(
      reading.input.lessons.map((l) => [
        l.title,
        l.code,
        l.link,
        l.due,
        l.checkRequired,
        l.threshold,
      ]),
    ).toEqual([
      ['Add fractions', '5.NF.A.1', 'https://video.example/1', '2026-10-02', true, null],
      ['Subtract fractions', '5.NF.A.2', '', null, false, 90],
    ]);
  });
  test('students with e-mails lower-cased', () => {
    expect(
      reading.input.students.map((s) => [s.name, s.nickname, s.email, s.icon, s.group]),
    ).toEqual([
      ['Ava Martinez', 'Ava M', 'ava@school.example', '🦊', 'Blue'],
      ['Ben Okafor', '', '', '', ''],
    ]);
  });
  test('row ids tagged on rows are attached to their lesson or student', () => {
    const layout = setupLayout(example);
    const ids = new Map([
      [layout.lessonRows[1]!, 'l7'],
      [layout.studentRows[0]!, 's3'],
    ]);
    const tagged = readSetup({ values: asRead(example) }, ids);
    expect(tagged.input.lessons.map((l) => l.id)).toEqual([null, 'l7']);
    expect(tagged.input.students.map((s) => s.id)).toEqual(['s3', null]);
  });
});

describe('text that looks like formulas is laid out as text', () => {
  test.each(['=HYPERLINK("http://x","y")', '+1', '-2', '@x', "'quoted"])('%s', (name) => {
    const layout = setupLayout({ ...example, students: [{ ...example.students[0]!, name }] });
    const written = layout.values[layout.studentRows[0]! - 1]![0];
    expect(written).toBe(`'${name}`);
  });
});

describe('problems, each with what to do', () => {
  function withRows(edit: (rows: Cell[][], layout: ReturnType<typeof setupLayout>) => void) {
    const layout = setupLayout(example);
    const rows = asRead(example);
    edit(rows, layout);
    return readSetup({ values: rows }).problems;
  }

  test.each<
    [string, (rows: Cell[][], layout: ReturnType<typeof setupLayout>) => void, RegExp, boolean]
  >([
    [
      'an unreadable due date blocks',
      (rows, l) => (rows[l.lessonRows[0]! - 1]![3] = 'next friday'),
      /is not a date.*2026-10-02/,
      true,
    ],
    ['a threshold over 100 blocks', (rows) => (rows[5]![1] = 180), /percent from 0 to 100/, true],
    [
      'a link that is not http(s) warns and is dropped',
      (rows, l) => (rows[l.lessonRows[0]! - 1]![2] = 'javascript:alert(1)'),
      /does not start with http/,
      false,
    ],
    [
      'a lesson without a title blocks',
      (rows, l) => (rows[l.lessonRows[0]! - 1]![0] = ''),
      /no title/,
      true,
    ],
    [
      'a bad e-mail blocks',
      (rows, l) => (rows[l.studentRows[0]! - 1]![2] = 'ava at school'),
      /not an e-mail/,
      true,
    ],
    [
      'the same e-mail twice blocks',
      (rows, l) => (rows[l.studentRows[1]! - 1]![2] = 'ava@school.example'),
      /same e-mail/,
      true,
    ],
    [
      'dates out of order warn',
      (rows, l) => (rows[l.lessonRows[1]! - 1]![3] = { date: '2026-09-01' }),
      /due before the lesson above/,
      false,
    ],
  ])('%s', (_name, edit, message, blocking) => {
    const problems = withRows(edit);
    const problem = problems.find((p) => message.test(p.message));
    expect(problem).toBeDefined();
    expect(problem?.blocking).toBe(blocking);
  });

  test('an empty roster and an empty lesson list each say what to add', () => {
    const empty = readSetup({ values: asRead({ ...example, lessons: [], students: [] }) });
    expect(empty.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/Add at least one lesson under LESSONS/),
      expect.stringMatching(/Add at least one student under STUDENTS/),
    ]);
  });

  test('a Setup tab without its markers says how to recover', () => {
    const problems = readSetup({ values: [['Just a sheet']] }).problems;
    expect(problems).toEqual([
      expect.objectContaining({
        blocking: true,
        message: expect.stringMatching(/LESSONS.*STUDENTS/),
      }),
    ]);
  });

  test('a threshold typed as a percentage (0.8) reads as 80', () => {
    const rows = asRead(example);
    rows[5]![1] = 0.8;
    expect(readSetup({ values: rows }).input.settings.threshold).toBe(80);
  });
});
