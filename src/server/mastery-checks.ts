/**
 * Recording a mastery check for a student's lesson: a score against the lesson's threshold,
 * "mastered by observation", or "tested out" on a pre-test. Every attempt is kept, in the document
 * properties (students can read every cell, never properties); the student's tab shows only the
 * resulting state, and the wall moves if the lesson the student is on changed.
 */

import { roundPercent, withAttempt } from '../core/attempts';
import { layoutOf, studentBySheetId, type ClassRecord } from '../core/class-model';
import { isIsoDate } from '../core/dates';
import type { IsoDate } from '../core/grid';
import { checkedState, lessonState, type Attempt, type LessonState } from '../core/lesson-state';
import { COL, FIRST_LESSON_ROW, completeCell, statusCell } from '../core/student-tab';
import type { ClassStore } from '../shell/class-store';
import { todayIn } from '../shell/spreadsheet';
import { writeWallRow } from '../shell/wall-sheet';
import { AddonError } from './errors';
import { studentProgress } from './student-progress';

export type CheckKind = 'score' | 'observed' | 'tested-out';

/** What the sidebar sends. Dates travel as 'yyyy-mm-dd' strings. */
export interface CheckInput {
  readonly studentId: string;
  readonly lessonId: string;
  readonly kind: CheckKind;
  /** Percent (0-100) for a score; or points with `outOf`. */
  readonly score?: number;
  readonly outOf?: number;
  /** The day of the check; today when absent. */
  readonly on?: string;
}

export interface CheckOutcome {
  readonly state: LessonState;
  readonly attempts: readonly Attempt[];
}

function bad(message: string): never {
  throw new AddonError('bad-argument', message);
}

/** Validates the sidebar's input into an attempt (every argument is checked: it crossed a wire). */
export function attemptFrom(input: CheckInput, today: IsoDate): Attempt {
  if (typeof input !== 'object' || input === null) bad('Choose a student and a lesson first.');
  const on = input.on ?? today;
  if (!isIsoDate(on)) bad('The date of the check must be a date such as 2026-10-02.');
  if (on > today) bad('The date of the check cannot be in the future.');
  switch (input.kind) {
    case 'observed':
      return { kind: 'observed', on };
    case 'tested-out':
      return { kind: 'tested-out', on };
    case 'score': {
      const score = input.score;
      if (typeof score !== 'number' || !Number.isFinite(score) || score < 0) {
        bad('Type the score as a number, such as 85 (percent) or 7 out of 10.');
      }
      const outOf = input.outOf;
      if (
        outOf !== undefined &&
        (typeof outOf !== 'number' || !Number.isFinite(outOf) || outOf <= 0)
      ) {
        bad('"Out of" must be a number above 0, such as 10.');
      }
      const percent = outOf !== undefined ? (score / outOf) * 100 : score;
      if (percent > 100) bad('The score is above 100%. Check the score and what it is out of.');
      return { kind: 'score', percent: roundPercent(percent), on };
    }
    default:
      return bad('Choose a score, "mastered by observation" or "tested out".');
  }
}

export function recordCheck(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  store: ClassStore,
  record: ClassRecord,
  input: CheckInput,
): CheckOutcome {
  const today = todayIn(record.timeZone);
  const attempt = attemptFrom(input, today);
  const index = record.students.findIndex((s) => s.id === input.studentId);
  const student = record.students[index];
  if (!student) bad('That student is not in this class any more. Reload the sidebar.');
  const lessonIndex = layoutOf(record, student).indexOf(input.lessonId);
  const lesson = record.lessons.find((l) => l.id === input.lessonId);
  if (!lesson || lessonIndex === -1 || lessonIndex >= record.lessons.length) {
    bad('That lesson is not in this unit any more. Reload the sidebar.');
  }
  const attempts = withAttempt(store.attempts(student.id), lesson.id, attempt);
  store.saveAttempts(student.id, attempts);
  const list = attempts.get(lesson.id) ?? [];
  const sheet = ss.getSheetById(student.sheetId);
  if (sheet) {
    const row = FIRST_LESSON_ROW + lessonIndex;
    const recorded = checkedState(lesson, record.settings, list);
    sheet.getRange(row, COL.status).setValue(statusCell(lesson, record.settings, recorded, row));
    sheet.getRange(row, COL.complete).setValue(completeCell(recorded, row));
    const wall = record.wallSheetId !== null ? ss.getSheetById(record.wallSheetId) : null;
    const found = studentBySheetId(record, student.sheetId);
    if (wall && found) {
      writeWallRow(
        wall,
        found.index,
        studentProgress(record, store, sheet, student, found.index, today).wallRow,
      );
    }
  }
  return { state: lessonState(lesson, record.settings, true, list), attempts: list };
}
