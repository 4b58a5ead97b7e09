/**
 * The class at a glance, as the teacher's Today panel shows it: from each student's tab (ticks, tick
 * dates, Seen boxes, feedback cells) and recorded checks, who is behind pace and by how much, who has
 * been quiet, the queue of mastery checks (oldest tick first), who is on the same lesson, small
 * groups worth pulling together, where everyone is, and feedback not seen yet. Pure: plain data in,
 * plain data out, so the same lists come from a tab read now or from a copy kept by the sync.
 */

import type { StudentAttempts } from './attempts';
import type { ClassRecord, EnrolledStudent } from './class-model';
import { daysBetween, isIsoDate } from './dates';
import type { IsoDate } from './grid';
import { isComplete, type LessonState } from './lesson-state';
import { pacingFor } from './pacing';
import { progressOf } from './progress';
import { EMPTY_ROW, type LessonRowData } from './student-tab';

/** Who counts as quiet when the teacher does not say: no tick for this many days. */
export const DEFAULT_QUIET_DAYS = 5;
/** A small group is worth suggesting from this many students on one lesson. */
export const GROUP_SIZE = 3;

/** One student's tab as read: the rows of the unit's lessons, in lesson order. */
export interface StudentReading {
  readonly student: Pick<EnrolledStudent, 'id' | 'name' | 'nickname' | 'sheetId'>;
  readonly rows: readonly LessonRowData[];
  readonly attempts: StudentAttempts;
}

export interface StudentGlance {
  readonly id: string;
  readonly name: string;
  readonly nickname: string;
  readonly sheetId: number;
  readonly onLessonId: string | null;
  readonly complete: number;
  readonly expected: number;
  readonly behindBy: number;
  readonly lastTickOn: IsoDate | null;
  readonly overdueLessonIds: readonly string[];
}

export type GroupReason = 'overdue' | 'retake' | 'waiting';

export interface ClassGlance {
  readonly students: readonly StudentGlance[];
  readonly behind: readonly { readonly studentId: string; readonly by: number }[];
  readonly quiet: readonly { readonly studentId: string; readonly days: number | null }[];
  readonly quietDays: number;
  readonly checkQueue: readonly {
    readonly studentId: string;
    readonly lessonId: string;
    readonly tickedOn: IsoDate | null;
  }[];
  readonly buddies: readonly {
    readonly lessonId: string;
    readonly studentIds: readonly string[];
  }[];
  readonly groups: readonly {
    readonly lessonId: string;
    readonly reason: GroupReason;
    readonly studentIds: readonly string[];
  }[];
  /** Where everyone is: per lesson, how many are on it and how many completed it. */
  readonly chart: {
    readonly lessons: readonly {
      readonly lessonId: string;
      readonly onIt: number;
      readonly complete: number;
    }[];
    /** Students who completed every lesson. */
    readonly finished: number;
  };
  readonly unseenFeedback: readonly {
    readonly studentId: string;
    readonly lessonId: string;
    readonly on: IsoDate | null;
  }[];
}

const DATED = /^(\d{4}-\d{2}-\d{2})(?:\s|$)/;

/**
 * The day a feedback cell's text was written: its text starts with 'yyyy-mm-dd' then a space (the
 * agreed format). Null when it does not start with a real day.
 */
export function feedbackDate(text: string): IsoDate | null {
  const match = DATED.exec(text);
  const day = match?.[1];
  return day !== undefined && isIsoDate(day) ? day : null;
}

/** Earlier day first; days not known go last. */
function byDay(a: IsoDate | null, b: IsoDate | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

interface Worked {
  readonly reading: StudentReading;
  readonly states: readonly LessonState[];
  readonly tickDates: readonly (IsoDate | null)[];
  readonly glance: StudentGlance;
}

function glanceOf(
  record: Pick<ClassRecord, 'lessons' | 'settings'>,
  reading: StudentReading,
  today: IsoDate,
): Worked {
  const lessons = record.lessons;
  const rows = lessons.map((_, i) => reading.rows[i] ?? EMPTY_ROW);
  // A tick the edit trigger has not dated yet (it runs seconds later) counts as today's.
  const progress = progressOf(record, rows, reading.attempts, today);
  const states = progress.states;
  const pacing = pacingFor(lessons, states, today);
  const open = states.findIndex((state) => !isComplete(state));
  const ticks = progress.tickDates.filter((d): d is IsoDate => d !== null).sort();
  const overdueLessonIds = lessons
    .filter((lesson, i) => {
      const state = states[i];
      return lesson.due !== null && lesson.due < today && state !== undefined && !isComplete(state);
    })
    .map((lesson) => lesson.id);
  const { id, name, nickname, sheetId } = reading.student;
  return {
    reading,
    states,
    tickDates: progress.tickDates,
    glance: {
      id,
      name,
      nickname,
      sheetId,
      onLessonId: open === -1 ? null : (lessons[open]?.id ?? null),
      complete: pacing.actual,
      expected: pacing.expected,
      behindBy: Math.max(0, -pacing.difference),
      lastTickOn: ticks[ticks.length - 1] ?? null,
      overdueLessonIds,
    },
  };
}

/** The reason a student's lesson makes them part of a small group, or null. */
function groupReason(state: LessonState, overdue: boolean): GroupReason | null {
  if (state.kind === 'retake') return 'retake';
  if (state.kind === 'waiting') return 'waiting';
  if (state.kind === 'not-started' && overdue) return 'overdue';
  return null;
}

const REASON_ORDER: readonly GroupReason[] = ['retake', 'waiting', 'overdue'];

/** Everything Today lists, from every student's tab, in roster order. */
export function classGlance(
  record: Pick<ClassRecord, 'lessons' | 'settings'>,
  readings: readonly StudentReading[],
  today: IsoDate,
  quietDays: number = DEFAULT_QUIET_DAYS,
): ClassGlance {
  const lessons = record.lessons;
  const worked = readings.map((reading) => glanceOf(record, reading, today));
  const students = worked.map((w) => w.glance);

  const behind = students
    .map((s, order) => ({ studentId: s.id, by: s.behindBy, order }))
    .filter((s) => s.by > 0)
    .sort((a, b) => b.by - a.by || a.order - b.order)
    .map(({ studentId, by }) => ({ studentId, by }));

  // Students who finished the unit have nothing left to tick: they are not quiet.
  const quiet = students
    .filter((s) => s.onLessonId !== null)
    .map((s, order) => ({
      studentId: s.id,
      days: s.lastTickOn === null ? null : daysBetween(s.lastTickOn, today),
      order,
    }))
    .filter((s) => s.days === null || s.days >= quietDays)
    .sort(
      (a, b) =>
        (b.days ?? Number.MAX_SAFE_INTEGER) - (a.days ?? Number.MAX_SAFE_INTEGER) ||
        a.order - b.order,
    )
    .map(({ studentId, days }) => ({ studentId, days }));

  const checkQueue = worked
    .flatMap((w, order) =>
      lessons.flatMap((lesson, i) =>
        w.states[i]?.kind === 'waiting'
          ? [
              {
                studentId: w.glance.id,
                lessonId: lesson.id,
                tickedOn: w.tickDates[i] ?? null,
                order,
                i,
              },
            ]
          : [],
      ),
    )
    .sort((a, b) => byDay(a.tickedOn, b.tickedOn) || a.i - b.i || a.order - b.order)
    .map(({ studentId, lessonId, tickedOn }) => ({ studentId, lessonId, tickedOn }));

  const buddies = lessons
    .map((lesson) => ({
      lessonId: lesson.id,
      studentIds: students.filter((s) => s.onLessonId === lesson.id).map((s) => s.id),
    }))
    .filter((b) => b.studentIds.length >= 2);

  const groups = lessons.flatMap((lesson, i) => {
    const overdue = lesson.due !== null && lesson.due < today;
    return REASON_ORDER.map((reason) => ({
      lessonId: lesson.id,
      reason,
      studentIds: worked
        .filter((w) => {
          const state = w.states[i];
          return state !== undefined && groupReason(state, overdue) === reason;
        })
        .map((w) => w.glance.id),
    })).filter((g) => g.studentIds.length >= GROUP_SIZE);
  });

  const chart = {
    lessons: lessons.map((lesson, i) => ({
      lessonId: lesson.id,
      onIt: students.filter((s) => s.onLessonId === lesson.id).length,
      complete: worked.filter((w) => {
        const state = w.states[i];
        return state !== undefined && isComplete(state);
      }).length,
    })),
    finished: students.filter((s) => s.onLessonId === null).length,
  };

  const unseenFeedback = worked
    .flatMap((w, order) =>
      lessons.flatMap((lesson, i) => {
        const row = w.reading.rows[i];
        if (!row || row.feedback.trim() === '' || row.seen === true) return [];
        return [
          { studentId: w.glance.id, lessonId: lesson.id, on: feedbackDate(row.feedback), order, i },
        ];
      }),
    )
    .sort((a, b) => byDay(a.on, b.on) || a.order - b.order || a.i - b.i)
    .map(({ studentId, lessonId, on }) => ({ studentId, lessonId, on }));

  return { students, behind, quiet, quietDays, checkQueue, buddies, groups, chart, unseenFeedback };
}
