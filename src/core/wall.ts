/**
 * The class wall: one row per student with their nickname (or nothing, in icons-only mode), the
 * lesson they are on, and a column per lesson where their icon stands on the lesson they are on now
 * and a light trail marks lessons complete. A row of formulas counts students on each lesson, so
 * students ticking at the same moment never fight over a shared cell. No full names, scores or
 * overdue flags appear here.
 */

import type { ClassRecord, Lesson } from './class-model';
import { type Icon, wallIconCell } from './icons';
import { isComplete, type LessonState } from './lesson-state';
import { columnLetter, type CellValue } from './student-tab';
import { plainText } from './text';

export const WALL = {
  titleRow: 1,
  countRow: 2,
  labelRow: 3,
  firstStudentRow: 4,
  nicknameColumn: 1,
  onLessonColumn: 2,
  firstLessonColumn: 3,
} as const;

/** The trail a complete lesson leaves on the wall. */
export const TRAIL = '·';

/** The lesson a student is on: the first that is not complete (1-based), or lessons + 1 when all are. */
export function lessonOn(states: readonly LessonState[]): number {
  const open = states.findIndex((state) => !isComplete(state));
  return open === -1 ? states.length + 1 : open + 1;
}

export function wallWidth(lessonCount: number): number {
  return WALL.firstLessonColumn + lessonCount - 1;
}

/** "All done" in the on-lesson column for a student who completed every lesson. */
export const ALL_DONE = '✓ all';

/** One student's wall row: nickname, the lesson they are on, then icon / trail / blank per lesson. */
export function wallRow(
  nickname: string,
  showNickname: boolean,
  icon: Icon,
  states: readonly LessonState[],
): CellValue[] {
  const on = lessonOn(states);
  const iconCell = wallIconCell(icon);
  return [
    showNickname ? plainText(nickname) : '',
    on > states.length ? ALL_DONE : on,
    ...states.map((state, i) => (i + 1 === on ? iconCell : isComplete(state) ? TRAIL : '')),
  ];
}

function lessonLabel(lesson: Lesson, index: number): string {
  return plainText(
    lesson.code !== '' ? `${index + 1}. ${lesson.code}` : `${index + 1}. ${lesson.title}`,
  );
}

/** The wall's three header rows: title, counts per lesson (formulas), labels. */
export function wallHeader(
  record: Pick<ClassRecord, 'lessons' | 'unitName' | 'settings'>,
  studentCount: number,
): CellValue[][] {
  const width = wallWidth(record.lessons.length);
  const first = WALL.firstStudentRow;
  const last = first + Math.max(studentCount, 1) - 1;
  const onColumn = columnLetter(WALL.onLessonColumn);
  const title: CellValue[] = new Array<CellValue>(width).fill('');
  title[0] = plainText(record.unitName === '' ? 'Class wall' : `Class wall · ${record.unitName}`);
  const counts: CellValue[] = [
    'Students on each lesson →',
    `=COUNTIF($${onColumn}$${first}:$${onColumn}$${last},"${ALL_DONE}")&" done"`,
    ...record.lessons.map(
      (_lesson, i) => `=COUNTIF($${onColumn}$${first}:$${onColumn}$${last},${i + 1})`,
    ),
  ];
  const labels: CellValue[] = [
    record.settings.wallShows === 'nicknames' ? 'Nickname' : '',
    'On lesson',
    ...record.lessons.map(lessonLabel),
  ];
  return [title, counts, labels];
}
