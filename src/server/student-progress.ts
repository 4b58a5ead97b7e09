/**
 * One student's progress written where it shows: the tab's tick dates kept in step with the
 * ticks, and the student's row on the wall. Read absolutely from the tab each time (never from
 * the edit event), so dropped or merged edit events heal on the next run.
 */

import { layoutOf, type ClassRecord, type EnrolledStudent } from '../core/class-model';
import type { IsoDate } from '../core/grid';
import { chooseIcon } from '../core/icons';
import { progressOf, studentWallRow } from '../core/progress';
import { ICON_CELL, COL } from '../core/student-tab';
import type { ClassStore } from '../shell/class-store';
import { rowData, writeTickDates } from '../shell/student-tabs';
import type { CellValue, LessonRowData } from '../core/student-tab';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Reads a student's tab (one call), brings its tick dates up to date, and returns their wall row,
 * with the tab's lesson rows as read (unit lessons, then retired ones) and its Seen cells.
 */
export function studentProgress(
  record: ClassRecord,
  store: ClassStore,
  sheet: Sheet,
  student: EnrolledStudent,
  index: number,
  today: IsoDate,
): { wallRow: CellValue[]; rows: LessonRowData[]; seenCells: unknown[] } {
  const rowCount = layoutOf(record, student).length;
  const values = sheet
    .getRange(ICON_CELL.row, COL.done, 1 + Math.max(rowCount, 1), COL.tickedOn - COL.done + 1)
    .getValues();
  const rows = values.slice(1, 1 + rowCount).map((row) => rowData(row, record.timeZone));
  const lessonRows = rows.slice(0, record.lessons.length);
  const progress = progressOf(record, lessonRows, store.attempts(student.id), today);
  if (progress.tickDatesChanged) writeTickDates(sheet, progress.tickDates);
  const icon = chooseIcon(String(values[0]?.[0] ?? ''), student.icon, index);
  return {
    wallRow: studentWallRow(record, student.nickname, icon, progress.states),
    rows,
    seenCells: values.slice(1, 1 + rowCount).map((row) => row[COL.seen - COL.done]),
  };
}
