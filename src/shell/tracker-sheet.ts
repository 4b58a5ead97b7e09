/**
 * Reading a teacher's own tracker for an import: the whole used block in one getValues and its
 * merged ranges in one getMergedRanges, turned into the core's Grid (dates as the days the
 * spreadsheet shows, in its own time zone). Nothing here ever writes to the sheet.
 */

import type { Grid, GridRect } from '../core/grid';
import { gridOf } from './spreadsheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface TrackerSheet {
  readonly sheetId: number;
  readonly name: string;
  readonly grid: Grid;
}

/** The sheet by id, by name, or the one the person has open; null when there is no such sheet. */
export function findTrackerSheet(
  ss: Spreadsheet,
  which: { sheetId?: number; sheetName?: string },
): Sheet | null {
  if (which.sheetId !== undefined) return ss.getSheetById(which.sheetId);
  if (which.sheetName !== undefined) return ss.getSheetByName(which.sheetName);
  return ss.getActiveSheet();
}

export function readTrackerSheet(sheet: Sheet, timeZone: string): TrackerSheet {
  const range = sheet.getDataRange();
  const values = range.getValues();
  // Merges reaching into the block, as 0-based rectangles from its top-left cell (A1).
  const merges: GridRect[] = range.getMergedRanges().map((m) => ({
    row: m.getRow() - 1,
    column: m.getColumn() - 1,
    numRows: m.getNumRows(),
    numColumns: m.getNumColumns(),
  }));
  return {
    sheetId: sheet.getSheetId(),
    name: sheet.getName(),
    grid: { values: gridOf(values, timeZone), merges },
  };
}

export function sheetNames(ss: Spreadsheet): string[] {
  return ss.getSheets().map((sheet) => sheet.getName());
}
