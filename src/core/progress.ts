/**
 * A student's progress from what their tab holds and what the teacher recorded: each lesson's
 * state, tick dates kept in step with ticks (dated today when newly ticked, cleared when unticked),
 * and the wall row. Pure, so the edit trigger, a refresh and a sync all compute it the same way.
 */

import type { StudentAttempts } from './attempts';
import type { ClassRecord, Lesson } from './class-model';
import type { IsoDate } from './grid';
import type { Icon } from './icons';
import { checkedState, lessonState, type LessonState } from './lesson-state';
import type { CellValue, LessonRowData } from './student-tab';
import { wallRow } from './wall';

export interface StudentProgress {
  readonly states: LessonState[];
  /** Tick dates for every row of the tab (unit lessons, then retired), kept in step with ticks. */
  readonly tickDates: (IsoDate | null)[];
  /** True when tickDates differ from what the tab shows. */
  readonly tickDatesChanged: boolean;
}

/** States of the unit's lessons and tick dates of all rows, from rows in the tab's lesson order. */
export function progressOf(
  record: Pick<ClassRecord, 'lessons' | 'settings'>,
  rows: readonly LessonRowData[],
  attempts: StudentAttempts,
  today: IsoDate,
): StudentProgress {
  const tickDates = rows.map((row) => (row.done ? (row.tickedOn ?? today) : null));
  const tickDatesChanged = rows.some((row, i) => row.tickedOn !== tickDates[i]);
  const states = record.lessons.map((lesson, i) =>
    lessonState(lesson, record.settings, rows[i]?.done === true, attempts.get(lesson.id) ?? []),
  );
  return { states, tickDates, tickDatesChanged };
}

/** The state the teacher's records set for each row (null where the tick decides). */
export function recordedStates(
  record: Pick<ClassRecord, 'settings'>,
  lessons: readonly Lesson[],
  attempts: StudentAttempts,
): (LessonState | null)[] {
  return lessons.map((lesson) =>
    checkedState(lesson, record.settings, attempts.get(lesson.id) ?? []),
  );
}

export function studentWallRow(
  record: Pick<ClassRecord, 'settings'>,
  nickname: string,
  icon: Icon,
  states: readonly LessonState[],
): CellValue[] {
  return wallRow(nickname, record.settings.wallShows === 'nicknames', icon, states);
}

/** Rows of a tab in one lesson order, re-ordered into another by lesson id (new lessons empty). */
export function reorderRows<T>(
  fromIds: readonly string[],
  rows: readonly T[],
  toIds: readonly string[],
  empty: T,
): T[] {
  const byId = new Map<string, T>();
  fromIds.forEach((id, i) => {
    const row = rows[i];
    if (row !== undefined) byId.set(id, row);
  });
  return toIds.map((id) => byId.get(id) ?? empty);
}
