/**
 * Loads a CSV or XLSX file through the emulator's importers, so the grid is what Sheets would show
 * after File > Import, and turns each sheet into the core's Grid: getValues() as Apps Script
 * returns it, dates as calendar days in the spreadsheet's time zone, and the merged ranges.
 */

import type * as Emulator from '../../dev/emulator/index';
import type { Cell, Grid, GridRect } from '../../src/core/grid';

/** The emulator's public API (dist/emulator.cjs), passed in so this file does not bundle it. */
export type EmulatorModule = typeof Emulator;

export interface SheetGrid {
  readonly name: string;
  readonly grid: Grid;
}

export interface LoadedFile {
  readonly sheets: readonly SheetGrid[];
  readonly timeZone: string;
  readonly locale: string;
}

const OWNER = 'teacher@school.example';

function dayIn(timeZone: string): (date: Date) => string {
  // en-CA writes dates as yyyy-mm-dd.
  const format = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  return (date) => format.format(date);
}

/** "F10:H10" → a 0-based rectangle. */
export function rectFromA1(a1: string): GridRect | undefined {
  const match = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(
    a1.slice(a1.lastIndexOf('!') + 1),
  );
  if (!match) return undefined;
  const column = (letters: string): number =>
    [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const c1 = column(match[1] as string);
  const r1 = Number(match[2]) - 1;
  const c2 = match[3] ? column(match[3]) : c1;
  const r2 = match[4] ? Number(match[4]) - 1 : r1;
  return {
    row: Math.min(r1, r2),
    column: Math.min(c1, c2),
    numRows: Math.abs(r2 - r1) + 1,
    numColumns: Math.abs(c2 - c1) + 1,
  };
}

interface MergedRange {
  getRow(): number;
  getColumn(): number;
  getNumRows(): number;
  getNumColumns(): number;
}

/**
 * The sheet's merged ranges from the emulator when it models them; before it does, getMergedRanges
 * returns [] or is missing, and the XLSX loader's report of the file's merges stands in.
 */
function mergesOf(
  range: { getMergedRanges?: () => MergedRange[] },
  reported: readonly string[],
): GridRect[] {
  const rects = new Map<string, GridRect>();
  const add = (rect: GridRect | undefined): void => {
    if (rect && (rect.numRows > 1 || rect.numColumns > 1))
      rects.set(`${rect.row}:${rect.column}:${rect.numRows}:${rect.numColumns}`, rect);
  };
  try {
    for (const m of range.getMergedRanges?.() ?? []) {
      add({
        row: m.getRow() - 1,
        column: m.getColumn() - 1,
        numRows: m.getNumRows(),
        numColumns: m.getNumColumns(),
      });
    }
  } catch {
    // Not implemented in this emulator: the loader's report below is all there is.
  }
  for (const a1 of reported) add(rectFromA1(a1));
  return [...rects.values()];
}

export async function loadFile(
  emulator: EmulatorModule,
  kind: 'csv' | 'xlsx',
  data: Buffer,
  fileName: string,
): Promise<LoadedFile> {
  const host = new emulator.Emulator({ now: '2026-09-14T12:00:00Z' });
  let reported: Record<string, string[]> = {};
  let doc;
  if (kind === 'csv') {
    doc = emulator.createDocumentFromCsv(host.ctx, data.toString('utf8'), {
      owner: OWNER,
      name: fileName,
      sheetName: fileName,
    });
  } else {
    const imported = await emulator.importXlsx(host.ctx, data, { owner: OWNER, name: fileName });
    doc = imported.doc;
    // Once the emulator keeps merges itself its loader may stop listing them: read them if there.
    reported = (imported.report as { merges?: Record<string, string[]> }).merges ?? {};
  }
  host.adopt(doc);
  const spreadsheet = host.spreadsheet(doc);
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const toDay = dayIn(timeZone);
  const sheets = spreadsheet.getSheets().map((sheet) => {
    const range = sheet.getDataRange();
    const values: Cell[][] = range.getValues().map((row) =>
      row.map((value: unknown): Cell => {
        if (value instanceof Date) return { date: toDay(value) };
        if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string')
          return value;
        return value === null || value === undefined ? '' : String(value);
      }),
    );
    const merges = mergesOf(
      range as unknown as { getMergedRanges?: () => MergedRange[] },
      reported[sheet.getName()] ?? [],
    );
    return { name: sheet.getName(), grid: { values, merges } };
  });
  return { sheets, timeZone, locale: spreadsheet.getSpreadsheetLocale() };
}
