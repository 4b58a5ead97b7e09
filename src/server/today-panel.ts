/**
 * The Today panel's data: the class at a glance, read in one call. Each student's tab is read once
 * (ticks, tick dates, Seen boxes, feedback cells), so a tick made seconds ago shows; recorded checks
 * come from the document's properties. Clicking a student opens their tab.
 */

import { DEFAULT_QUIET_DAYS, classGlance, type StudentReading } from '../core/class-glance';
import { layoutOf, lessonSummary } from '../core/class-model';
import { reorderRows } from '../core/progress';
import { COL, EMPTY_ROW, FIRST_LESSON_ROW } from '../core/student-tab';
import type { OpenTabRequest, TodayPanel, TodayRequest } from '../shared/sidebar-types';
import { todayIn } from '../shell/spreadsheet';
import { readTab } from '../shell/student-tabs';
import { classStatus } from './class-status';
import { AddonError } from './errors';
import { openClass } from './teacher-session';

function bad(message: string): never {
  throw new AddonError('bad-argument', message);
}

/** The number of days without a tick that makes a student quiet (the request crossed a wire). */
function quietDaysOf(request: unknown): number {
  if (request === undefined || request === null) return DEFAULT_QUIET_DAYS;
  if (typeof request !== 'object' || Array.isArray(request))
    bad('Send Today\u2019s options as an object.');
  const days: unknown = (request as Record<string, unknown>).quietDays;
  if (days === undefined || days === null) return DEFAULT_QUIET_DAYS;
  if (typeof days !== 'number' || !Number.isInteger(days) || days < 1 || days > 365) {
    bad('"Quiet for" must be a whole number of days from 1 to 365, such as 5.');
  }
  return days;
}

export function getToday(request?: TodayRequest): TodayPanel {
  const session = openClass();
  const quietDays = quietDaysOf(request);
  const { ss, store, record } = session;
  const today = todayIn(record.timeZone);
  const sheets = new Map(ss.getSheets().map((sheet) => [sheet.getSheetId(), sheet]));
  const lessonIds = record.lessons.map((lesson) => lesson.id);
  const readings: StudentReading[] = [];
  const missing: string[] = [];
  for (const student of record.students) {
    const sheet = sheets.get(student.sheetId);
    if (!sheet) {
      missing.push(`${student.name}\u2019s tab is missing: choose Sync class to make a new one.`);
      continue;
    }
    const layout = layoutOf(record, student);
    const contents = readTab(sheet, layout.length, record.timeZone, false);
    readings.push({
      student,
      // A sync stopped half way leaves some tabs in an older row order: read them by lesson id.
      rows: reorderRows(layout, contents.rows, lessonIds, EMPTY_ROW),
      attempts: store.attempts(student.id),
    });
  }
  const glance = classGlance(record, readings, today, quietDays);
  return {
    today,
    status: classStatus(session, missing),
    lessons: record.lessons.map(lessonSummary),
    ...glance,
  };
}

/** Opens a student's tab for the teacher, at the lesson's Done cell when one is given. */
export function openStudentTab(request: OpenTabRequest): void {
  const { ss, record } = openClass();
  if (typeof request !== 'object' || request === null) bad('Choose a student first.');
  const { studentId, lessonId } = request as { studentId?: unknown; lessonId?: unknown };
  if (typeof studentId !== 'string') bad('Choose a student first.');
  if (lessonId !== undefined && lessonId !== null && typeof lessonId !== 'string') {
    bad('Choose a lesson of the unit, or none.');
  }
  const student = record.students.find((s) => s.id === studentId);
  if (!student) bad('That student is not in this class any more. Reload the sidebar.');
  const sheet = ss.getSheetById(student.sheetId);
  if (!sheet) {
    throw new AddonError(
      'not-found',
      `${student.name}\u2019s tab is missing: choose Sync class to make a new one.`,
    );
  }
  // A tab a teacher hid by hand is shown again: the teacher asked to see it.
  if (sheet.isSheetHidden()) sheet.showSheet();
  if (typeof lessonId !== 'string') {
    sheet.activate();
    return;
  }
  const row = layoutOf(record, student).indexOf(lessonId);
  if (row === -1 || row >= record.lessons.length) {
    bad('That lesson is not in this unit any more. Reload the sidebar.');
  }
  sheet.getRange(FIRST_LESSON_ROW + row, COL.done).activate();
}
