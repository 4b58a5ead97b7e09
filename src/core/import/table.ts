/**
 * The grid as detection reads it: trimmed to the cells in use, optionally turned on its side so
 * students-as-columns is read like students-as-rows, with merged header cells known. "Rows" and
 * "columns" here are the view's; `line()` maps them back to the grid's own rows and columns.
 */

import { isBlank, type Cell, type Grid, type GridRect } from '../grid';
import type { Line } from './types';

export interface Table {
  readonly rows: number;
  readonly columns: number;
  /** The view is the grid transposed: its rows are the grid's columns. */
  readonly transposed: boolean;
  at(row: number, column: number): Cell;
  /** Merges in view coordinates. */
  readonly merges: readonly GridRect[];
  /** The grid line for a view row or column. */
  rowLine(row: number): Line;
  columnLine(column: number): Line;
}

/** The extent of the grid holding anything: rows and columns past it are blank. */
function usedExtent(grid: Grid): { rows: number; columns: number } {
  let rows = 0;
  let columns = 0;
  grid.values.forEach((row, r) => {
    for (let c = row.length - 1; c >= 0; c--) {
      if (!isBlank(row[c])) {
        rows = r + 1;
        if (c + 1 > columns) columns = c + 1;
        break;
      }
    }
  });
  return { rows, columns };
}

/** Each grid's two views, made once: every reading of a sheet starts from them. */
const views = new WeakMap<Grid, { plain?: Table; turned?: Table }>();

export function tableOf(grid: Grid, transposed: boolean): Table {
  const made = views.get(grid) ?? {};
  views.set(grid, made);
  const view = transposed ? made.turned : made.plain;
  if (view) return view;
  const table = newTable(grid, transposed);
  if (transposed) made.turned = table;
  else made.plain = table;
  return table;
}

function newTable(grid: Grid, transposed: boolean): Table {
  const { rows, columns } = usedExtent(grid);
  const values = grid.values;
  const cell = (r: number, c: number): Cell => values[r]?.[c] ?? '';
  const merges = (grid.merges ?? []).map((m) =>
    transposed ? { row: m.column, column: m.row, numRows: m.numColumns, numColumns: m.numRows } : m,
  );
  return transposed
    ? {
        rows: columns,
        columns: rows,
        transposed,
        at: (r, c) => cell(c, r),
        merges,
        rowLine: (r) => ({ axis: 'column', index: r }),
        columnLine: (c) => ({ axis: 'row', index: c }),
      }
    : {
        rows,
        columns,
        transposed,
        at: cell,
        merges,
        rowLine: (r) => ({ axis: 'row', index: r }),
        columnLine: (c) => ({ axis: 'column', index: c }),
      };
}

/** Column letters as Sheets shows them: 0 → A, 26 → AA. */
export function columnLetter(column: number): string {
  let n = column + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** "Row 3" or "Column C", as a teacher finds it in the sheet. */
export function describeLine(line: Line): string {
  return line.axis === 'row' ? `Row ${line.index + 1}` : `Column ${columnLetter(line.index)}`;
}

export function sameLine(a: Line, b: Line): boolean {
  return a.axis === b.axis && a.index === b.index;
}

/** A set of grid lines, for "is this row left out by the teacher?" in constant time. */
export function lineSet(lines: readonly Line[] | undefined): (line: Line) => boolean {
  const keys = new Set((lines ?? []).map((l) => `${l.axis}:${l.index}`));
  return (line) => keys.has(`${line.axis}:${line.index}`);
}
