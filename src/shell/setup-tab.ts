/**
 * The Setup tab in the sheet: laid out for a new class, read back whole in two calls (its values
 * and the ids tagged on its rows), and its rows tagged so that a lesson or a student keeps its
 * identity when the teacher renames, moves or inserts rows. Only teachers may edit it.
 */

import type { RowTag } from '../core/class-plan';
import { LESSON_LABELS, SETUP_WIDTH, WALL_CHOICES, type SetupLayout } from '../core/setup-sheet';
import { SETUP_DATE_FORMAT } from '../core/tab-format';
import type { Grid } from '../core/grid';
import { checkboxValidation, listValidation } from './formatting';
import { protectForTeachers, type Sharing } from './protections';
import { toGrid } from './spreadsheet';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const TAG_KEYS = {
  lesson: 'mastery-tracker.lesson',
  student: 'mastery-tracker.student',
} as const;

export const SETUP_PROTECTION =
  'Mastery Tracker: the class setup. Only the class\u2019s teachers may edit it.';

export function layOutSetup(sheet: Sheet, layout: SetupLayout, sharing: Sharing): void {
  const rows = layout.values.length;
  const maxRows = sheet.getMaxRows();
  if (maxRows < rows + 20) sheet.insertRowsAfter(maxRows, rows + 20 - maxRows);
  sheet.getRange(1, 1, rows, SETUP_WIDTH).setValues(layout.values);
  const firstLesson = layout.lessonsMarkerRow + 2;
  const lessonRows = layout.studentsMarkerRow - firstLesson;
  sheet.getRange(firstLesson, 4, lessonRows, 1).setNumberFormat(SETUP_DATE_FORMAT);
  sheet.getRange(firstLesson, 5, lessonRows, 1).setDataValidation(checkboxValidation());
  sheet.getRange(9, 2).setDataValidation(listValidation(Object.values(WALL_CHOICES)));
  sheet.getRange(1, 1).setFontSize(14).setFontWeight('bold');
  for (const row of [4, layout.lessonsMarkerRow, layout.studentsMarkerRow]) {
    sheet.getRange(row, 1).setFontWeight('bold');
  }
  for (const row of [layout.lessonsMarkerRow + 1, layout.studentsMarkerRow + 1]) {
    sheet.getRange(row, 1, 1, SETUP_WIDTH).setFontWeight('bold').setBackground('#e8eaed');
  }
  sheet.setColumnWidth(1, 260);
  sheet.setColumnWidths(2, LESSON_LABELS.length - 1, 150);
  protectForTeachers(sheet, sharing, SETUP_PROTECTION);
}

/** Tags Setup rows with the ids of their lesson or student (one call per row). */
export function tagRows(sheet: Sheet, tags: readonly RowTag[]): void {
  const visibility = SpreadsheetApp.DeveloperMetadataVisibility.PROJECT;
  for (const tag of tags) {
    const row = sheet.getRange(`${tag.row}:${tag.row}`);
    if (tag.replaces) {
      for (const old of row.getDeveloperMetadata()) {
        if (old.getKey() === TAG_KEYS.lesson || old.getKey() === TAG_KEYS.student) old.remove();
      }
    }
    row.addDeveloperMetadata(TAG_KEYS[tag.kind], tag.id, visibility);
  }
}

/** The Setup tab's cells and the ids tagged on its rows (by 1-based row). */
export function readSetupTab(
  sheet: Sheet,
  timeZone: string,
): { grid: Grid; rowIds: Map<number, string> } {
  const values = sheet.getDataRange().getValues();
  const rowIds = new Map<number, string>();
  const found = sheet
    .createDeveloperMetadataFinder()
    .withLocationType(SpreadsheetApp.DeveloperMetadataLocationType.ROW)
    .find();
  for (const metadata of found) {
    const key = metadata.getKey();
    if (key !== TAG_KEYS.lesson && key !== TAG_KEYS.student) continue;
    const row = metadata.getLocation().getRow()?.getRow();
    const value = metadata.getValue();
    if (row && value) rowIds.set(row, value);
  }
  return { grid: toGrid(values, timeZone), rowIds };
}
