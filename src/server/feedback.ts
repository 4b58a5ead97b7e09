/**
 * Feedback on a student's lesson, saved from the sidebar: a dated comment and a link to a recording
 * land in the lesson's feedback cell (the newest shown, its link on "▶ Listen") and its note (the
 * whole history, newest first, nothing dropped), and the row's Seen box is unticked so the student
 * sees there is something new. Also the teacher's comment bank, which follows them to their other
 * classes.
 */

import {
  COMMENT_BANK_PROPERTY,
  checkCommentBank,
  checkFeedback,
  commentBankValue,
  readCommentBank,
  withNewFeedback,
} from '../core/feedback';
import { layoutOf } from '../core/class-model';
import { FIRST_LESSON_ROW } from '../core/student-tab';
import type { FeedbackInput, FocusPanel } from '../shared/sidebar-types';
import { readLessonCells, writeLessonFeedback } from '../shell/feedback-cells';
import { todayIn } from '../shell/spreadsheet';
import { readTab } from '../shell/student-tabs';
import { readTeacherSetting, saveTeacherSetting } from '../shell/teacher-settings';
import { AddonError } from './errors';
import { classLesson, lessonPanel } from './lesson-focus';
import { openClass, whileLocked } from './teacher-session';

function bad(message: string): never {
  throw new AddonError('bad-argument', message);
}

export function saveFeedback(input: FeedbackInput): FocusPanel {
  const session = openClass();
  const { ss, store, record } = session;
  if (typeof input !== 'object' || input === null) bad('Choose a student and a lesson first.');
  const { student, lesson } = classLesson(record, input.studentId, input.lessonId);
  const checked = checkFeedback(input.comment, input.link);
  if (!checked.ok) bad(checked.problem);
  return whileLocked(() => {
    const sheet = ss.getSheetById(student.sheetId);
    const ids = layoutOf(record, student);
    const index = ids.indexOf(lesson.id);
    const timeZone = ss.getSpreadsheetTimeZone();
    const data = sheet ? readTab(sheet, ids.length, timeZone, false).rows[index] : undefined;
    if (!sheet || !data) {
      bad(
        `${student.name}\u2019s tab is not up to date: choose Sync class, then save the feedback.`,
      );
    }
    const row = FIRST_LESSON_ROW + index;
    const cells = readLessonCells(sheet, row);
    const saved = withNewFeedback(cells.feedback, cells.note, {
      on: todayIn(timeZone),
      ...checked.value,
    });
    if (!saved.ok) bad(saved.problem);
    writeLessonFeedback(sheet, row, saved.value.cell, saved.value.note);
    return lessonPanel(
      record,
      store.attempts(student.id),
      student,
      lesson,
      { ...data, seen: false },
      { ...cells, feedback: saved.value.cell, note: saved.value.note },
    );
  });
}

export function getCommentBank(): string[] {
  openClass();
  return readCommentBank(readTeacherSetting(COMMENT_BANK_PROPERTY));
}

export function saveCommentBank(comments: readonly string[]): string[] {
  openClass();
  const checked = checkCommentBank(comments);
  if (!checked.ok) bad(checked.problem);
  saveTeacherSetting(COMMENT_BANK_PROPERTY, commentBankValue(checked.value));
  return checked.value;
}
