/**
 * The wall in the sheet: laid out whole by a sync or a refresh (one write for every row), and one
 * student's row rewritten by the edit trigger. Only teachers may edit it.
 */

import type { ClassRecord } from '../core/class-model';
import type { CellValue } from '../core/student-tab';
import { WALL_STYLE } from '../core/tab-format';
import { TRAIL, WALL, wallHeader, wallWidth } from '../core/wall';
import { conditionalRules } from './formatting';
import { protectForTeachers, type Sharing } from './protections';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const WALL_PROTECTION = 'Mastery Tracker: the wall is written by the add-on.';

/** Lays the wall out: header, every student's row, formats. `rows` come from core/wall. */
export function layOutWall(
  sheet: Sheet,
  record: Pick<ClassRecord, 'lessons' | 'unitName' | 'settings'>,
  rows: CellValue[][],
  sharing: Sharing,
  fresh: boolean,
): void {
  const width = wallWidth(record.lessons.length);
  const header = wallHeader(record, rows.length);
  const values = [...header, ...rows];
  const height = values.length;
  const maxRows = sheet.getMaxRows();
  const maxColumns = sheet.getMaxColumns();
  if (maxRows > height) sheet.deleteRows(height + 1, maxRows - height);
  else if (maxRows < height) sheet.insertRowsAfter(maxRows, height - maxRows);
  if (maxColumns > width) sheet.deleteColumns(width + 1, maxColumns - width);
  else if (maxColumns < width) sheet.insertColumnsAfter(maxColumns, width - maxColumns);
  sheet.getRange(1, 1, height, width).setValues(values);
  const lessonCells = {
    row: WALL.firstStudentRow,
    column: WALL.firstLessonColumn,
    numRows: Math.max(rows.length, 1),
    numColumns: Math.max(record.lessons.length, 1),
  };
  sheet.setConditionalFormatRules(
    conditionalRules(sheet, [
      {
        formula: `=C${WALL.firstStudentRow}="${TRAIL}"`,
        background: WALL_STYLE.trailBackground,
        range: lessonCells,
      },
    ]),
  );
  if (fresh) {
    sheet.setFrozenRows(WALL_STYLE.frozenRows);
    sheet.setFrozenColumns(WALL_STYLE.frozenColumns);
    sheet.getRange(1, 1).setFontSize(14).setFontWeight('bold');
    sheet.getRange(WALL.countRow, 1, 2, width).setFontWeight('bold');
    sheet.getRange(WALL.countRow, 1, height - 1, width).setHorizontalAlignment('center');
    sheet.setColumnWidth(WALL.nicknameColumn, 140);
    if (record.lessons.length > 0) {
      sheet.setColumnWidths(
        WALL.firstLessonColumn,
        record.lessons.length,
        WALL_STYLE.lessonColumnWidth,
      );
    }
    protectForTeachers(sheet, sharing, WALL_PROTECTION);
  }
}

/** One student's wall row (the edit trigger's write). */
export function writeWallRow(sheet: Sheet, studentIndex: number, row: CellValue[]): void {
  sheet.getRange(WALL.firstStudentRow + studentIndex, 1, 1, row.length).setValues([row]);
}
