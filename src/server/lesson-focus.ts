/**
 * The In focus panel: the student's lesson under the teacher's selection (a lesson row of a
 * student's tab, or a student's row on the wall), or one named by ids (a click in Today). It shows
 * the lesson's state, the mastery attempts, the student's work link and the feedback history.
 * One call reads the student's tab and that lesson's cells, never the other tabs.
 */

import type { StudentAttempts } from '../core/attempts';
import {
  layoutOf,
  lessonSummary,
  lessonThreshold,
  studentBySheetId,
  type ClassRecord,
  type EnrolledStudent,
  type Lesson,
} from '../core/class-model';
import { feedbackHistory } from '../core/feedback';
import type { IsoDate } from '../core/grid';
import { lessonState } from '../core/lesson-state';
import { progressOf } from '../core/progress';
import { FIRST_LESSON_ROW, type LessonRowData } from '../core/student-tab';
import { isHttpUrl } from '../core/text';
import { WALL, lessonOn } from '../core/wall';
import type { FocusPanel, FocusRequest } from '../shared/sidebar-types';
import { readLessonCells, type LessonCells } from '../shell/feedback-cells';
import { todayIn } from '../shell/spreadsheet';
import { readTab } from '../shell/student-tabs';
import { AddonError } from './errors';
import { openClass, type TeacherSession } from './teacher-session';

const CLICK_A_LESSON =
  'Click a lesson in a student\u2019s tab, or a student\u2019s row on the wall, to see it here.';

function bad(message: string): never {
  throw new AddonError('bad-argument', message);
}

/** A student of the class and one of the unit's lessons, from ids that crossed the wire. */
export function classLesson(
  record: ClassRecord,
  studentId: unknown,
  lessonId: unknown,
): { student: EnrolledStudent; lesson: Lesson } {
  const student = classStudent(record, studentId);
  const lesson =
    typeof lessonId === 'string' ? record.lessons.find((l) => l.id === lessonId) : undefined;
  if (!lesson) bad('That lesson is not in this unit any more. Reload the sidebar.');
  return { student, lesson };
}

function classStudent(record: ClassRecord, studentId: unknown): EnrolledStudent {
  const student =
    typeof studentId === 'string' ? record.students.find((s) => s.id === studentId) : undefined;
  if (!student) bad('That student is not in this class any more. Reload the sidebar.');
  return student;
}

/** What to show: a lesson of a student, the lesson a student is on, or a message. */
type Target =
  | { readonly kind: 'lesson'; readonly student: EnrolledStudent; readonly lesson: Lesson | null }
  | { readonly kind: 'student'; readonly student: EnrolledStudent; readonly message: string }
  | { readonly kind: 'none'; readonly message: string };

/** The teacher's selection: a lesson row of a student's tab, or a student's row on the wall. */
function selected(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, record: ClassRecord): Target {
  const range = ss.getActiveRange();
  if (!range) return { kind: 'none', message: CLICK_A_LESSON };
  const sheetId = range.getSheet().getSheetId();
  const row = range.getRow();
  const column = range.getColumn();
  if (sheetId === record.wallSheetId) {
    const student = record.students[row - WALL.firstStudentRow];
    if (row < WALL.firstStudentRow || !student) return { kind: 'none', message: CLICK_A_LESSON };
    const lesson = record.lessons[column - WALL.firstLessonColumn];
    return {
      kind: 'lesson',
      student,
      lesson: column >= WALL.firstLessonColumn ? (lesson ?? null) : null,
    };
  }
  const found = studentBySheetId(record, sheetId);
  if (!found) {
    const archived = record.archived.find((a) => a.sheetId === sheetId);
    return {
      kind: 'none',
      message: archived
        ? `${archived.name}\u2019s tab is archived: they are no longer in the class.`
        : CLICK_A_LESSON,
    };
  }
  const { student } = found;
  const lessonId = layoutOf(record, student)[row - FIRST_LESSON_ROW];
  const lesson = record.lessons.find((l) => l.id === lessonId);
  if (lesson) return { kind: 'lesson', student, lesson };
  return {
    kind: 'student',
    student,
    message:
      lessonId !== undefined
        ? `That row is a lesson removed from the unit. Click one of ${student.name}\u2019s lessons to see it here.`
        : `Click one of ${student.name}\u2019s lessons (a row from ${FIRST_LESSON_ROW} down) to see it here.`,
  };
}

function requested(record: ClassRecord, request: FocusRequest): Target {
  if (typeof request !== 'object') bad('Choose a student and a lesson first.');
  if (request.lessonId === undefined) {
    return { kind: 'lesson', student: classStudent(record, request.studentId), lesson: null };
  }
  const { student, lesson } = classLesson(record, request.studentId, request.lessonId);
  return { kind: 'lesson', student, lesson };
}

const studentOf = (student: EnrolledStudent) => ({
  id: student.id,
  name: student.name,
  sheetId: student.sheetId,
});

/** The panel for a student's lesson, from the tab's row, the lesson's cells and the attempts. */
export function lessonPanel(
  record: ClassRecord,
  attempts: StudentAttempts,
  student: EnrolledStudent,
  lesson: Lesson,
  row: LessonRowData,
  cells: LessonCells,
): FocusPanel {
  const list = attempts.get(lesson.id) ?? [];
  const state = lessonState(lesson, record.settings, row.done, list);
  const linked = cells.work.links.find((l) => isHttpUrl(l.url))?.url ?? '';
  const typed = cells.work.text.trim();
  const workLink = linked !== '' ? linked : isHttpUrl(typed) ? typed : '';
  const feedback = feedbackHistory(cells.feedback, cells.note);
  return {
    kind: 'lesson',
    student: studentOf(student),
    lesson: { ...lessonSummary(lesson), threshold: lessonThreshold(lesson, record.settings) },
    state: state.kind,
    retakeBy: state.kind === 'retake' ? state.by : null,
    done: row.done,
    tickedOn: row.tickedOn,
    attempts: list.map((a) => ({
      kind: a.kind,
      percent: a.kind === 'score' ? a.percent : null,
      on: a.on,
    })),
    workLink,
    workText: workLink === '' ? cells.work.text : '',
    feedback,
    seen: row.seen === true && feedback.length > 0,
  };
}

/** Reads the student's tab (one read) and the lesson's cells (two), and makes the panel. */
function focusOn(
  session: TeacherSession,
  student: EnrolledStudent,
  chosen: Lesson | null,
): FocusPanel {
  const { ss, store, record } = session;
  const sheet = ss.getSheetById(student.sheetId);
  if (!sheet) {
    return {
      kind: 'student',
      student: studentOf(student),
      message: `${student.name}\u2019s tab is missing: choose Sync class to make it again.`,
    };
  }
  const timeZone = ss.getSpreadsheetTimeZone();
  const ids = layoutOf(record, student);
  const { rows } = readTab(sheet, ids.length, timeZone, false);
  const attempts = store.attempts(student.id);
  let lesson = chosen;
  if (!lesson) {
    const today: IsoDate = todayIn(timeZone);
    const progress = progressOf(record, rows.slice(0, record.lessons.length), attempts, today);
    lesson = record.lessons[lessonOn(progress.states) - 1] ?? null;
    if (!lesson) {
      return {
        kind: 'student',
        student: studentOf(student),
        message: `${student.name} has completed every lesson of the unit. Click one of their lessons to see it here.`,
      };
    }
  }
  const index = ids.indexOf(lesson.id);
  const row = rows[index];
  if (index === -1 || !row) {
    return {
      kind: 'student',
      student: studentOf(student),
      message: `${student.name}\u2019s tab is not up to date: choose Sync class, then click the lesson again.`,
    };
  }
  const cells = readLessonCells(sheet, FIRST_LESSON_ROW + index);
  return lessonPanel(record, attempts, student, lesson, row, cells);
}

/** In focus: the lesson under the teacher's selection, or the one asked for by ids. */
export function getFocus(request?: FocusRequest | null): FocusPanel {
  const session = openClass();
  const { ss, record } = session;
  const followSelection =
    request === undefined ||
    request === null ||
    (typeof request === 'object' &&
      request.studentId === undefined &&
      request.lessonId === undefined);
  const target = followSelection ? selected(ss, record) : requested(record, request);
  switch (target.kind) {
    case 'none':
      return target;
    case 'student':
      return { kind: 'student', student: studentOf(target.student), message: target.message };
    case 'lesson':
      return focusOn(session, target.student, target.lesson);
  }
}
