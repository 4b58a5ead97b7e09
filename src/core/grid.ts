/**
 * A block of cells as plain data, the way the core sees a sheet: what `getValues()` returned, with
 * dates already turned into calendar dates in the spreadsheet's own time zone (the shell does that,
 * so the core never meets a Date or a time zone), and the merged ranges of the block.
 */

/** A calendar day as the spreadsheet shows it: 'yyyy-mm-dd', with no time and no zone. */
export type IsoDate = string;

/** A cell that held a date (or date-time: only the day is kept). */
export interface DateCell {
  readonly date: IsoDate;
}

/** One cell's value: text ('' when empty), a number, a checkbox or boolean, or a date. */
export type Cell = string | number | boolean | DateCell;

/** A rectangle of the grid, 0-based, as in the model. */
export interface GridRect {
  readonly row: number;
  readonly column: number;
  readonly numRows: number;
  readonly numColumns: number;
}

export interface Grid {
  /** Rows of cells, all rows the same length. */
  readonly values: readonly (readonly Cell[])[];
  /** Merged ranges within the grid (0-based, relative to values[0][0]). Sheets keeps a merge's value in its top-left cell. */
  readonly merges?: readonly GridRect[];
}

export function isDateCell(cell: Cell | undefined): cell is DateCell {
  return typeof cell === 'object' && cell !== null && typeof cell.date === 'string';
}

/** True for '' and whitespace-only text: what a teacher would call an empty cell. */
export function isBlank(cell: Cell | undefined): boolean {
  return cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}
