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

/**
 * The core's cell for a value from getValues(). Objects that are not Dates (none are expected)
 * become their text.
 */
export function cellOf(value: unknown, timeZone: string): Cell {
  if (value instanceof Date || Object.prototype.toString.call(value) === '[object Date]') {
    return { date: isoOfDate(value as Date, timeZone) };
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value;
  }
  return value === null || value === undefined ? '' : String(value);
}

export function gridOf(values: unknown[][], timeZone: string): Cell[][] {
  return values.map((row) => row.map((value) => cellOf(value, timeZone)));
}

export function toGrid(values: unknown[][], timeZone: string): Grid {
  return { values: gridOf(values, timeZone) };
}
