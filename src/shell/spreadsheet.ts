/**
 * The spreadsheet the add-on runs in (the bound file, through the currentonly scope), and the
 * conversions between Apps Script's values and the core's plain cells: a Date from a cell becomes
 * the calendar day the spreadsheet shows, in the spreadsheet's own time zone.
 */

import type { Cell, Grid, IsoDate } from '../core/grid';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function activeSpreadsheet(): Spreadsheet {
  return SpreadsheetApp.getActiveSpreadsheet();
}

export function sheetById(ss: Spreadsheet, sheetId: number | null): Sheet | null {
  if (sheetId === null) return null;
  return ss.getSheetById(sheetId);
}

/** Today's date in the spreadsheet's time zone: what TODAY() shows in its cells. */
export function todayIn(timeZone: string): IsoDate {
  return Utilities.formatDate(new Date(), timeZone, 'yyyy-MM-dd');
}

export function isoOfDate(date: Date, timeZone: string): IsoDate {
  return Utilities.formatDate(date, timeZone, 'yyyy-MM-dd');
}

function isDate(value: unknown): value is Date {
  // Most cells are text, numbers or booleans: only objects need the slower checks.
  if (typeof value !== 'object' || value === null) return false;
  return value instanceof Date || Object.prototype.toString.call(value) === '[object Date]';
}

/**
 * The core's cell for a value from getValues(). Objects that are not Dates (none are expected)
 * become their text.
 */
export function cellOf(value: unknown, timeZone: string): Cell {
  if (isDate(value)) {
    return { date: isoOfDate(value, timeZone) };
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value;
  }
  return value === null || value === undefined ? '' : String(value);
}

/**
 * The core's cells for a block from getValues(). A tracker repeats the same few days many times
 * (dates ticked, due dates), so each distinct instant is formatted once.
 */
export function gridOf(values: unknown[][], timeZone: string): Cell[][] {
  const days = new Map<number, Cell>();
  return values.map((row) =>
    row.map((value) => {
      if (!isDate(value)) return cellOf(value, timeZone);
      const time = value.getTime();
      let cell = days.get(time);
      if (cell === undefined) {
        cell = cellOf(value, timeZone);
        days.set(time, cell);
      }
      return cell;
    }),
  );
}

export function toGrid(values: unknown[][], timeZone: string): Grid {
  return { values: gridOf(values, timeZone) };
}
