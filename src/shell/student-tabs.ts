/**
 * Students' tabs in the sheet: the first one is laid out in full (widths, formats, validation,
 * colours, frozen header, trimmed grid), the others are copies of it, so a class of 42 costs a few
 * calls per student. Reading a tab back gives what the student and the teacher put in it, row by
 * row, so a sync can carry everything over.
 */

import type { Lesson } from '../core/class-model';
import { dateOfSerial, serialOf } from '../core/dates';
import type { IsoDate } from '../core/grid';
import {
  COL,
  COLUMN_WIDTHS,
  FIRST_LESSON_ROW,
  HEADER_ROWS,
  ICON_CELL,
  TAB_WIDTH,
  type CellValue,
  type LessonRowData,
} from '../core/student-tab';
import {
  DATE_FORMAT,
  TAB_STYLE,
  studentCells,
  studentTabRules,
  type Rect,
} from '../core/tab-format';
import { MAX_ICON_LENGTH } from '../core/icons';
import { checkboxValidation, conditionalRules, formulaValidation, rangeOf } from './formatting';
import { restrictTo, type Sharing } from './protections';
import { emptyFeedbackColumn, readFeedbackColumn, type FeedbackColumn } from './feedback-cells';
import { cellOf } from './spreadsheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** How many lesson rows a tab has: the unit's lessons, then retired ones (hidden). */
export interface TabShape {
  readonly lessons: number;
  readonly retired: number;
}

const rowsOf = (shape: TabShape) => HEADER_ROWS + shape.lessons + shape.retired;

const WORK_HELP = 'Paste a link to your work that starts with https://';
const ICON_HELP = `An emoji (or up to ${MAX_ICON_LENGTH} characters), or a link starting with https:// to a picture you made.`;

/** Trims a new sheet's grid to what the tab uses. */
function trimGrid(sheet: Sheet, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  const maxColumns = sheet.getMaxColumns();
  if (maxRows > rows) sheet.deleteRows(rows + 1, maxRows - rows);
  else if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  if (maxColumns > columns) sheet.deleteColumns(columns + 1, maxColumns - columns);
}

/** Everything about a tab's look that depends on how many lessons it has. */
export function shapeTab(sheet: Sheet, shape: TabShape, fresh: boolean): void {
  const rows = rowsOf(shape);
  const lessonRows = Math.max(shape.lessons, 1);
  if (fresh) {
    trimGrid(sheet, rows, TAB_WIDTH);
  } else {
    const maxRows = sheet.getMaxRows();
    if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
    else if (maxRows > rows) sheet.deleteRows(rows + 1, maxRows - rows);
  }
  // Dates in the Due and Ticked on columns, whole numbers in #.
  const formats = Array.from({ length: shape.lessons + shape.retired }, () =>
    Array.from({ length: TAB_WIDTH }, (_, i) =>
      i + 1 === COL.due || i + 1 === COL.tickedOn ? DATE_FORMAT : i + 1 === COL.number ? '0' : '',
    ),
  );
  if (formats.length > 0) {
    sheet.getRange(FIRST_LESSON_ROW, 1, formats.length, TAB_WIDTH).setNumberFormats(formats);
  }
  // Validation: the Done boxes and the work links of the unit's lessons; nothing elsewhere.
  sheet.getRange(FIRST_LESSON_ROW, COL.done, rows - HEADER_ROWS, 3).clearDataValidations();
  sheet.getRange(FIRST_LESSON_ROW, COL.done, lessonRows, 1).setDataValidation(checkboxValidation());
  const work = `${'G'}${FIRST_LESSON_ROW}`;
  sheet
    .getRange(FIRST_LESSON_ROW, COL.work, lessonRows, 1)
    .setDataValidation(
      formulaValidation(`=OR(${work}="",REGEXMATCH(${work}&"","^https?://"))`, WORK_HELP),
    );
  sheet.setConditionalFormatRules(conditionalRules(sheet, studentTabRules(shape.lessons)));
  // Retired lessons stay below the unit's, greyed and hidden; nothing in them is lost.
  if (!fresh) sheet.showRows(FIRST_LESSON_ROW, rows - HEADER_ROWS);
  if (shape.retired > 0) sheet.hideRows(FIRST_LESSON_ROW + shape.lessons, shape.retired);
  const backgrounds: (string | null)[][] = [];
  for (let r = 1; r <= rows; r++) {
    const row: (string | null)[] = [];
    for (let c = 1; c <= TAB_WIDTH; c++) {
      const studentCell =
        c >= COL.done &&
        c <= COL.seen &&
        r >= ICON_CELL.row &&
        r < FIRST_LESSON_ROW + shape.lessons;
      row.push(
        r === 3 ? TAB_STYLE.labelBackground : studentCell ? TAB_STYLE.studentCellBackground : null,
      );
    }
    backgrounds.push(row);
  }
  sheet.getRange(1, 1, rows, TAB_WIDTH).setBackgrounds(backgrounds);
}

/** The look that does not depend on the lessons: widths, header fonts, frozen rows, the icon cell. */
function styleTab(sheet: Sheet): void {
  COLUMN_WIDTHS.forEach((width, i) => sheet.setColumnWidth(i + 1, width));
  sheet.getRange(1, 1).setFontSize(14).setFontWeight('bold');
  sheet.getRange(3, 1, 1, TAB_WIDTH).setFontWeight('bold');
  sheet.getRange(ICON_CELL.row, COL.status).setHorizontalAlignment('right');
  sheet
    .getRange(ICON_CELL.row, ICON_CELL.column)
    .setDataValidation(
      formulaValidation(
        `=OR(F${ICON_CELL.row}="",LEN(F${ICON_CELL.row})<=${MAX_ICON_LENGTH},REGEXMATCH(F${ICON_CELL.row},"^https://"))`,
        ICON_HELP,
      ),
    )
    .setNote(ICON_HELP);
  sheet.setFrozenRows(TAB_STYLE.frozenRows);
  sheet.setFrozenColumns(TAB_STYLE.frozenColumns);
  sheet.hideColumns(COL.complete);
}

/** A new, fully laid out tab: the model the other students' tabs are copied from. */
export function createFirstTab(
  ss: Spreadsheet,
  name: string,
  index: number,
  shape: TabShape,
): Sheet {
  const sheet = ss.insertSheet(name, index);
  styleTab(sheet);
  shapeTab(sheet, shape, true);
  return sheet;
}

/** A copy of a laid out tab (values, formats, validation, colours, frozen rows; not protections). */
export function createTabFrom(
  ss: Spreadsheet,
  template: Sheet,
  name: string,
  index: number,
): Sheet {
  return ss.insertSheet(name, index, { template });
}

/**
 * Writes what differs between the values a tab shows (`before`, or null when it is blank) and what
 * it should show: the header rows, and the lesson rows from the first column that changed. Titles
 * (column B) are written as rich text so they keep their links; writing values over them would drop
 * the links, so when B must be rewritten the titles are linked again.
 */
export function writeTabChanges(
  sheet: Sheet,
  before: readonly (readonly CellValue[])[] | null,
  after: readonly (readonly CellValue[])[],
  lessons: readonly Lesson[],
): void {
  const differs = (r: number, c: number) => !before || before[r]?.[c] !== after[r]?.[c];
  const headerChanged = after
    .slice(0, HEADER_ROWS)
    .some((row, r) => row.some((_, c) => differs(r, c)));
  if (headerChanged) {
    sheet
      .getRange(1, 1, HEADER_ROWS, TAB_WIDTH)
      .setValues(after.slice(0, HEADER_ROWS).map((row) => [...row]));
  }
  const lessonRows = after.slice(HEADER_ROWS);
  if (lessonRows.length === 0) return;
  let firstColumn = TAB_WIDTH;
  const changed = new Array<boolean>(TAB_WIDTH).fill(false);
  for (let r = HEADER_ROWS; r < after.length; r++) {
    for (let c = 0; c < TAB_WIDTH; c++) {
      if (differs(r, c)) {
        changed[c] = true;
        firstColumn = Math.min(firstColumn, c);
      }
    }
  }
  if (firstColumn === TAB_WIDTH) return;
  const write = (from: number, to: number) =>
    sheet
      .getRange(FIRST_LESSON_ROW, from + 1, lessonRows.length, to - from)
      .setValues(lessonRows.map((row) => row.slice(from, to)));
  const feedback = COL.feedback - 1;
  // Values written over a feedback cell would drop its "▶ Listen" link: an unchanged feedback
  // column is left alone, the columns on either side written around it.
  if (firstColumn < feedback && !changed[feedback]) {
    write(firstColumn, feedback);
    if (changed.slice(feedback + 1).some(Boolean)) write(feedback + 1, TAB_WIDTH);
  } else {
    write(firstColumn, TAB_WIDTH);
  }
  if (firstColumn <= COL.lesson - 1) writeTitleLinks(sheet, lessons);
}

/** The lesson titles, each linked to its mini-lesson when it has one. */
export function writeTitleLinks(sheet: Sheet, lessons: readonly Lesson[]): void {
  if (lessons.length === 0 || !lessons.some((lesson) => lesson.link !== '')) return;
  const rich = lessons.map((lesson) => {
    const builder = SpreadsheetApp.newRichTextValue().setText(lesson.title);
    return [(lesson.link !== '' ? builder.setLinkUrl(lesson.link) : builder).build()];
  });
  sheet.getRange(FIRST_LESSON_ROW, COL.lesson, lessons.length, 1).setRichTextValues(rich);
}

export interface TabContents {
  readonly icon: string;
  readonly rows: LessonRowData[];
  readonly feedback: FeedbackColumn;
}

/**
 * What a student and their teacher put in each lesson row: one read, plus two more for the feedback
 * column's notes and links when `withFeedback` (only needed when rows are about to move).
 */
export function readTab(
  sheet: Sheet,
  rowCount: number,
  timeZone: string,
  withFeedback: boolean,
): TabContents {
  const rows = Math.max(rowCount, 0);
  const block = sheet.getRange(
    ICON_CELL.row,
    COL.done,
    1 + Math.max(rows, 1),
    COL.tickedOn - COL.done + 1,
  );
  const values = block.getValues();
  return {
    icon: String(values[0]?.[0] ?? ''),
    rows: values.slice(1, 1 + rows).map((row) => rowData(row, timeZone)),
    feedback: withFeedback ? readFeedbackColumn(sheet, rows) : emptyFeedbackColumn(rows),
  };
}

/** One row F..J read back as the student's data. */
export function rowData(row: unknown[], timeZone: string): LessonRowData {
  const ticked = cellOf(row[COL.tickedOn - COL.done], timeZone);
  const seen = row[COL.seen - COL.done];
  return {
    done: row[0] === true,
    work: String(row[COL.work - COL.done] ?? ''),
    seen: seen === true ? true : seen === false ? false : '',
    feedback: String(row[COL.feedback - COL.done] ?? ''),
    tickedOn:
      typeof ticked === 'object'
        ? ticked.date
        : typeof ticked === 'number' && ticked > 0
          ? dateOfSerial(ticked)
          : null,
  };
}

/** Tick dates (J) for the unit's and retired lessons. */
export function writeTickDates(sheet: Sheet, dates: readonly (IsoDate | null)[]): void {
  if (dates.length === 0) return;
  sheet
    .getRange(FIRST_LESSON_ROW, COL.tickedOn, dates.length, 1)
    .setValues(dates.map((date) => [date ? serialOf(date) : '']));
}

/**
 * Protects a new tab: only teachers edit it, except the student's cells (icon, Done, My work,
 * Seen); where the roster has the student's e-mail, only that student (and the teachers) may edit
 * those cells.
 */
export function protectStudentTab(
  sheet: Sheet,
  shape: TabShape,
  email: string,
  sharing: Sharing,
): void {
  const cells = rangeOf(sheet, studentCells(shape.lessons));
  const protection = sheet.protect();
  protection.setUnprotectedRanges([cells]);
  restrictTo(protection, sharing.teachers, sharing, true);
  if (email !== '') restrictTo(cells.protect(), [...sharing.teachers, email], sharing, true);
}

/** Keeps an existing tab's protections in step with its shape and the student's e-mail. */
export function updateStudentProtections(
  sheet: Sheet,
  shape: TabShape,
  email: string,
  sharing: Sharing,
): void {
  const cellsRect: Rect = studentCells(shape.lessons);
  const cells = rangeOf(sheet, cellsRect);
  const sheetProtection = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0];
  if (!sheetProtection) {
    protectStudentTab(sheet, shape, email, sharing);
    return;
  }
  sheetProtection.setUnprotectedRanges([cells]);
  restrictTo(sheetProtection, sharing.teachers, sharing, false);
  const own = sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE);
  for (const protection of own) protection.remove();
  if (email !== '') restrictTo(cells.protect(), [...sharing.teachers, email], sharing, true);
}
