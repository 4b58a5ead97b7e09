// In focus follows the teacher's selection: a lesson row of a student's tab, a student's row on the
// wall (the lesson under the click, or the one they are on), or a lesson named by ids from Today.
// Anything else says what to click. Students get the teachers-only refusal.
import type { FocusPanel } from '../../src/shared/sidebar-types';
import { Classroom, TEACHER } from '../support/classroom';

type Lesson = Extract<FocusPanel, { kind: 'lesson' }>;

function setUp(options: { checkRequired?: boolean } = {}) {
  const r = new Classroom({ students: 3, lessons: 4, ...options });
  const result = r.setUp();
  if (!result.ok) throw new Error(result.message);
  return r;
}

/** The teacher clicks a cell, then the sidebar asks what is in focus. */
function focusAt(r: Classroom, a1: string): FocusPanel {
  r.emulator.select(r.doc, TEACHER, a1);
  return r.sidebar<FocusPanel>('getFocus');
}

function lesson(panel: FocusPanel): Lesson {
  if (panel.kind !== 'lesson') throw new Error(`Not a lesson: ${JSON.stringify(panel)}`);
  return panel;
}

describe('In focus follows the selection', () => {
  test('a cell of a lesson row in a student\u2019s tab: that lesson, as the tab shows it', () => {
    const r = setUp();
    r.tick(0, 2);
    r.emulator.type(r.doc, r.students[0]!, "'Ava Student1'!G6", 'https://docs.example/ava-2');
    const panel = lesson(focusAt(r, "'Ava Student1'!C6"));
    expect(panel).toMatchObject({
      student: { id: r.ids(0, 1).studentId, name: 'Ava Student1' },
      lesson: {
        id: r.ids(0, 1).lessonId,
        title: 'Lesson 2: part 2 of fractions',
        code: '5.NF.A.2',
        due: '2026-09-18',
        checkRequired: false,
        threshold: 80,
      },
      state: 'done',
      retakeBy: null,
      done: true,
      tickedOn: '2026-09-14',
      attempts: [],
      workLink: 'https://docs.example/ava-2',
      workText: '',
      feedback: [],
      seen: false,
    });
    expect(lesson(focusAt(r, "'Ben Student2'!J8")).lesson.title).toBe(
      'Lesson 4: part 4 of fractions',
    );
  });

  test('the work cell as typed when it is not a link', () => {
    const r = setUp();
    r.sheet('Ava Student1').getRange('G5').setValue('in my notebook p.12');
    expect(lesson(focusAt(r, "'Ava Student1'!G5"))).toMatchObject({
      workLink: '',
      workText: 'in my notebook p.12',
    });
  });

  test('a lesson cell on the wall: that student and that lesson', () => {
    const r = setUp();
    // Row 5 is the second student; column E the third lesson.
    const panel = lesson(focusAt(r, 'Wall!E5'));
    expect(panel.student.name).toBe('Ben Student2');
    expect(panel.lesson.title).toBe('Lesson 3: part 3 of fractions');
    expect(panel.state).toBe('not-started');
  });

  test('a student\u2019s nickname on the wall: the lesson they are on', () => {
    const r = setUp();
    r.tick(2, 1);
    r.tick(2, 2);
    const panel = lesson(focusAt(r, 'Wall!A6'));
    expect(panel.student.name).toBe('Chloé Student3');
    expect(panel.lesson.title).toBe('Lesson 3: part 3 of fractions');
    expect(lesson(focusAt(r, 'Wall!B4')).lesson.title).toBe('Lesson 1: part 1 of fractions');
  });

  test('a student who finished the unit, clicked on the wall, is the student with a hint', () => {
    const r = setUp();
    for (let l = 1; l <= 4; l++) r.tick(0, l);
    expect(focusAt(r, 'Wall!A4')).toEqual({
      kind: 'student',
      student: { id: r.ids(0, 0).studentId, name: 'Ava Student1', sheetId: expect.any(Number) },
      message:
        'Ava Student1 has completed every lesson of the unit. Click one of their lessons to see it here.',
    });
  });

  test('a header cell: the student, or nothing, with what to click', () => {
    const r = setUp();
    expect(focusAt(r, "'Ava Student1'!B3")).toMatchObject({
      kind: 'student',
      student: { name: 'Ava Student1' },
      message: 'Click one of Ava Student1\u2019s lessons (a row from 5 down) to see it here.',
    });
    const nothing = {
      kind: 'none',
      message:
        'Click a lesson in a student\u2019s tab, or a student\u2019s row on the wall, to see it here.',
    };
    expect(focusAt(r, 'Wall!D2')).toEqual(nothing);
    expect(focusAt(r, 'Wall!B3')).toEqual(nothing);
    expect(focusAt(r, 'Setup!B12')).toEqual(nothing);
  });

  test('the row of a lesson removed from the unit, and an archived student\u2019s tab', () => {
    const r = setUp();
    const setup = r.sheet('Setup');
    const rowOf = (text: string) => r.shown('Setup').findIndex((row) => row[0] === text) + 1;
    setup.deleteRow(rowOf('Lesson 2: part 2 of fractions'));
    setup.deleteRow(rowOf('Chloé Student3'));
    expect(r.sidebar<{ ok: boolean }>('syncClass').ok).toBe(true);
    expect(focusAt(r, "'Ava Student1'!B8")).toMatchObject({
      kind: 'student',
      message:
        'That row is a lesson removed from the unit. Click one of Ava Student1\u2019s lessons to see it here.',
    });
    expect(focusAt(r, "'Chloé Student3'!B5")).toEqual({
      kind: 'none',
      message: 'Chloé Student3\u2019s tab is archived: they are no longer in the class.',
    });
  });

  test('each teacher\u2019s own selection: a co-teacher clicking elsewhere changes nothing for the other', () => {
    const CO = 'co.teacher@school.example';
    const r = new Classroom({ students: 2, lessons: 3, input: { coTeachers: [CO] } });
    r.emulator.spreadsheet(r.doc).addEditor(CO);
    r.setUp();
    r.emulator.select(r.doc, TEACHER, "'Ava Student1'!B5");
    r.emulator.select(r.doc, CO, 'Wall!D5');
    expect(lesson(r.sidebar<FocusPanel>('getFocus')).student.name).toBe('Ava Student1');
    const co = lesson(r.sidebar<FocusPanel>('getFocus', [], CO));
    expect([co.student.name, co.lesson.title]).toEqual([
      'Ben Student2',
      'Lesson 2: part 2 of fractions',
    ]);
  });
});

describe('In focus by ids (a click in Today)', () => {
  test('a lesson with its mastery attempts and retake date', () => {
    const r = setUp({ checkRequired: true });
    r.tick(1, 1);
    r.sidebar('recordCheck', [{ ...r.ids(1, 0), kind: 'score', score: 6, outOf: 10 }]);
    const panel = lesson(r.sidebar<FocusPanel>('getFocus', [r.ids(1, 0)]));
    expect(panel).toMatchObject({
      student: { name: 'Ben Student2' },
      state: 'retake',
      retakeBy: '2026-09-21',
      done: true,
      attempts: [{ kind: 'score', percent: 60, on: '2026-09-14' }],
    });
    r.sidebar('recordCheck', [{ ...r.ids(1, 0), kind: 'observed' }]);
    expect(lesson(r.sidebar<FocusPanel>('getFocus', [r.ids(1, 0)]))).toMatchObject({
      state: 'mastered',
      attempts: [
        { kind: 'score', percent: 60 },
        { kind: 'observed', percent: null },
      ],
    });
  });

  test('a student alone: the lesson they are on', () => {
    const r = setUp();
    r.tick(0, 1);
    const { studentId } = r.ids(0, 0);
    expect(lesson(r.sidebar<FocusPanel>('getFocus', [{ studentId }])).lesson.title).toBe(
      'Lesson 2: part 2 of fractions',
    );
  });

  test('ids not in the class are refused with what to do; a student gets the teachers-only refusal', () => {
    const r = setUp();
    const { studentId, lessonId } = r.ids(0, 0);
    const error = (request: unknown, as = TEACHER) =>
      r.emulator.callFromSidebar(r.doc, as, 'getFocus', [request]).error?.message;
    expect(error({ studentId: 'nobody', lessonId })).toBe(
      'bad-argument: That student is not in this class any more. Reload the sidebar.',
    );
    expect(error({ studentId, lessonId: 'l999' })).toBe(
      'bad-argument: That lesson is not in this unit any more. Reload the sidebar.',
    );
    expect(error({ studentId: 7, lessonId })).toBe(
      'bad-argument: That student is not in this class any more. Reload the sidebar.',
    );
    expect(error('Ava')).toBe('bad-argument: Choose a student and a lesson first.');
    r.emulator.select(r.doc, r.students[0]!, "'Ava Student1'!B5");
    expect(error(null, r.students[0])).toMatch(
      /^not-a-teacher: Mastery Tracker is for the teachers of this class/,
    );
    expect(error({ studentId, lessonId }, r.students[0])).toMatch(/^not-a-teacher:/);
  });
});
