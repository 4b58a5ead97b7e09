// The class at a glance from plain tab data: pacing, quiet students, the check queue, buddies,
// small groups, the chart and unseen feedback.
import type { StudentAttempts } from '../../src/core/attempts';
import { classGlance, feedbackDate, type StudentReading } from '../../src/core/class-glance';
import { DEFAULT_SETTINGS, type Lesson } from '../../src/core/class-model';
import { EMPTY_ROW, type LessonRowData } from '../../src/core/student-tab';

const lessons: Lesson[] = [1, 2, 3, 4].map((n) => ({
  id: `l${n}`,
  title: `Lesson ${n}`,
  code: '',
  link: '',
  due: `2026-10-0${2 * n}`, // Oct 2, 4, 6, 8
  checkRequired: n === 2,
  threshold: null,
}));
const record = { lessons, settings: DEFAULT_SETTINGS };
const TODAY = '2026-10-06';

const ticked = (on: string, more: Partial<LessonRowData> = {}): LessonRowData => ({
  ...EMPTY_ROW,
  done: true,
  tickedOn: on,
  ...more,
});

function student(
  id: string,
  rows: LessonRowData[],
  attempts: StudentAttempts = new Map(),
): StudentReading {
  return { student: { id, name: id, nickname: id, sheetId: 0 }, rows, attempts };
}

describe('feedbackDate', () => {
  test.each<[string, string | null]>([
    ['2026-10-01 Nice work on the number line', '2026-10-01'],
    ['2026-10-01', '2026-10-01'],
    ['Nice work', null],
    ['2026-13-01 not a month', null],
    ['2026-10-01: no space after the date', null],
    [' 2026-10-01 a space before', null],
  ])('%s', (text, on) => expect(feedbackDate(text)).toBe(on));
});

describe('classGlance', () => {
  const readings = [
    // a: lessons 1-2 ticked (2 waits for a check); on lesson 3; expected 3 by Oct 6: behind by 1.
    student('a', [ticked('2026-10-01'), ticked('2026-10-03')]),
    // b: nothing ticked; behind by 3; never ticked.
    student('b', []),
    // c: lesson 1 ticked long ago, lesson 2 scored below the threshold: retake, on lesson 2.
    student(
      'c',
      [ticked('2026-09-20'), ticked('2026-09-21')],
      new Map([['l2', [{ kind: 'score', percent: 50, on: '2026-10-05' }]]]),
    ),
    // d: every lesson done (lesson 2 mastered by observation).
    student(
      'd',
      [ticked('2026-09-30'), ticked('2026-10-02'), ticked('2026-10-04'), ticked('2026-10-05')],
      new Map([['l2', [{ kind: 'observed', on: '2026-10-03' }]]]),
    ),
    // e: lesson 1 ticked, lesson 2 ticked just now (not dated yet), waiting for a check.
    student('e', [ticked('2026-10-02'), { ...EMPTY_ROW, done: true }]),
  ];
  const glance = classGlance(record, readings, TODAY, 5);

  test('each student: the lesson they are on, complete, expected, behind by, last tick, overdue', () => {
    expect(
      glance.students.map((s) => [
        s.id,
        s.onLessonId,
        s.complete,
        s.expected,
        s.behindBy,
        s.lastTickOn,
      ]),
    ).toEqual([
      ['a', 'l3', 2, 3, 1, '2026-10-03'],
      ['b', 'l1', 0, 3, 3, null],
      ['c', 'l2', 1, 3, 2, '2026-09-21'],
      ['d', null, 4, 3, 0, '2026-10-05'],
      ['e', 'l3', 2, 3, 1, TODAY],
    ]);
    expect(glance.students[1]!.overdueLessonIds).toEqual(['l1', 'l2']);
    expect(glance.students[2]!.overdueLessonIds).toEqual(['l2']);
  });

  test('behind: most behind first, then roster order', () => {
    expect(glance.behind).toEqual([
      { studentId: 'b', by: 3 },
      { studentId: 'c', by: 2 },
      { studentId: 'a', by: 1 },
      { studentId: 'e', by: 1 },
    ]);
  });

  test('quiet: never ticked first, then the longest quiet; a finished student is not quiet', () => {
    expect(glance.quiet).toEqual([
      { studentId: 'b', days: null },
      { studentId: 'c', days: 15 },
    ]);
    expect(classGlance(record, readings, TODAY, 3).quiet.map((q) => q.studentId)).toEqual([
      'b',
      'c',
      'a',
    ]);
  });

  test('the check queue: waiting lessons, oldest tick first; a tick not dated yet is today\u2019s', () => {
    expect(glance.checkQueue).toEqual([
      { studentId: 'a', lessonId: 'l2', tickedOn: '2026-10-03' },
      { studentId: 'e', lessonId: 'l2', tickedOn: TODAY },
    ]);
  });

  test('buddies: two or more on one lesson, in lesson order', () => {
    expect(glance.buddies).toEqual([{ lessonId: 'l3', studentIds: ['a', 'e'] }]);
  });

  test('groups: three or more stuck on (retake), waiting on, or overdue on one lesson', () => {
    expect(glance.groups).toEqual([]);
    const many = classGlance(
      record,
      [
        ...['p', 'q', 'r'].map((id) => student(id, [ticked('2026-10-01'), ticked('2026-10-02')])),
        ...['s', 't', 'u'].map((id) =>
          student(
            id,
            [ticked('2026-10-01'), ticked('2026-10-02')],
            new Map([['l2', [{ kind: 'score', percent: 10, on: '2026-10-03' }]]]),
          ),
        ),
        ...['v', 'w', 'x'].map((id) => student(id, [])),
      ],
      TODAY,
    );
    expect(many.groups).toEqual([
      { lessonId: 'l1', reason: 'overdue', studentIds: ['v', 'w', 'x'] },
      { lessonId: 'l2', reason: 'retake', studentIds: ['s', 't', 'u'] },
      { lessonId: 'l2', reason: 'waiting', studentIds: ['p', 'q', 'r'] },
      { lessonId: 'l2', reason: 'overdue', studentIds: ['v', 'w', 'x'] },
    ]);
  });

  test('the chart: on each lesson, complete on each lesson, finished', () => {
    expect(glance.chart).toEqual({
      lessons: [
        { lessonId: 'l1', onIt: 1, complete: 4 },
        { lessonId: 'l2', onIt: 1, complete: 3 },
        { lessonId: 'l3', onIt: 2, complete: 1 },
        { lessonId: 'l4', onIt: 0, complete: 1 },
      ],
      finished: 1,
    });
  });

  test('unseen feedback: not ticked Seen, oldest first, undated last', () => {
    const seenOrNot = classGlance(
      record,
      [
        student('a', [
          { ...EMPTY_ROW, feedback: '2026-10-04 Try the number line again', seen: false },
          { ...EMPTY_ROW, feedback: '2026-10-01 Great start', seen: true },
          { ...EMPTY_ROW, feedback: 'See me about this one' },
        ]),
        student('b', [{ ...EMPTY_ROW, feedback: '2026-10-02 Show your steps' }]),
      ],
      TODAY,
    );
    expect(seenOrNot.unseenFeedback).toEqual([
      { studentId: 'b', lessonId: 'l1', on: '2026-10-02' },
      { studentId: 'a', lessonId: 'l1', on: '2026-10-04' },
      { studentId: 'a', lessonId: 'l3', on: null },
    ]);
  });
});
