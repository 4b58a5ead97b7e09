/**
 * A1 and R1C1 range notation, as Sheets reads and writes it: parsing 'Sheet1!A1:B2', "'It''s'!A:A",
 * '1:3', 'A2:C', 'R1C1:R2C3' into rectangles, and formatting rectangles back the way
 * Range.getA1Notation does. Pure functions: no document, no ledger.
 */

import type { GridRect } from '../model/cells';
import { ScriptException } from '../runtime/errors';

/** Sheets allows at most 18,278 columns (ZZZ). */
export const MAX_COLUMNS = 18_278;

/** A parsed reference before it meets a sheet: null bounds are open (to the sheet's edge). */
export interface A1Reference {
  sheetName: string | null;
  /** 0-based, inclusive; null = from the first row / column. */
  startRow: number | null;
  startColumn: number | null;
  /** 0-based, inclusive; null = to the last row / column of the sheet. */
  endRow: number | null;
  endColumn: number | null;
}

/**
 * Which ends of a reference name a row or column (Range.isStartRowBounded and friends): 'A:A'
 * leaves its rows open, '1:3' its columns, 'A2:C' its last row. An open end runs to the edge.
 */
export interface RangeBounds {
  startRow: boolean;
  endRow: boolean;
  startColumn: boolean;
  endColumn: boolean;
}

export const FULLY_BOUNDED: Readonly<RangeBounds> = {
  startRow: true,
  endRow: true,
  startColumn: true,
  endColumn: true,
};

/** A reference resolved against a sheet's size. */
export interface ResolvedA1 {
  sheetName: string | null;
  rect: GridRect;
  /** 'A:C'-style: every row, so getA1Notation prints 'A:C'. */
  wholeColumns: boolean;
  /** '1:3'-style: every column, so getA1Notation prints '1:3'. */
  wholeRows: boolean;
  bounds: RangeBounds;
}

export interface ResolveOptions {
  /**
   * Accept cells past the sheet's last row or column, as Sheet.getRange(a1) does (gas-fakes
   * test/testsheets.js "getRange with R1C1 notation": getRange("RC1") on a new 26-column sheet
   * is the range RC1, checked against live Apps Script). Open ends still stop at the edge.
   */
  beyondEdge?: boolean;
}

export interface SheetSize {
  rowCount: number;
  columnCount: number;
}

/** 'A' for 0, 'Z' for 25, 'AA' for 26. */
export function columnLetters(column: number): string {
  let n = column + 1;
  let letters = '';
  while (n > 0) {
    const remainder = (n - 1) % 26;
    letters = String.fromCharCode(65 + remainder) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** 0 for 'A' (any case), 26 for 'AA'. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const char of letters.toUpperCase()) n = n * 26 + (char.charCodeAt(0) - 64);
  return n - 1;
}

/** 'A1' for (0, 0). */
export function cellA1(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

/** Whether a sheet name must be quoted before '!' in a reference. */
export function needsQuotes(sheetName: string): boolean {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(sheetName)) return true;
  // Names that read as a cell or R1C1 reference ('A1', 'R1C1') are ambiguous without quotes.
  return /^[A-Za-z]{1,3}\d+$/.test(sheetName) || /^R\d*C\d*$/i.test(sheetName);
}

/** "Sheet1", "'My Sheet'", "'It''s'". */
export function quoteSheetName(sheetName: string): string {
  return needsQuotes(sheetName) ? `'${sheetName.replace(/'/g, "''")}'` : sheetName;
}

function rangeNotFound(): ScriptException {
  return new ScriptException('Range not found');
}

/** Splits "'It''s'!A1" into sheet name and the reference part. */
function splitSheetName(text: string): { sheetName: string | null; reference: string } {
  if (text.startsWith("'")) {
    let index = 1;
    let name = '';
    while (index < text.length) {
      const char = text[index];
      if (char === "'") {
        if (text[index + 1] === "'") {
          name += "'";
          index += 2;
          continue;
        }
        break;
      }
      name += char;
      index++;
    }
    if (text[index] !== "'" || text[index + 1] !== '!') throw rangeNotFound();
    return { sheetName: name, reference: text.slice(index + 2) };
  }
  const bang = text.lastIndexOf('!');
  if (bang < 0) return { sheetName: null, reference: text };
  return { sheetName: text.slice(0, bang), reference: text.slice(bang + 1) };
}

interface Endpoint {
  row: number | null;
  column: number | null;
}

const A1_ENDPOINT = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/;
const R1C1_RANGE = /^R(\d+)C(\d+)(?::R(\d+)C(\d+))?$/i;

function parseEndpoint(text: string): Endpoint {
  const match = A1_ENDPOINT.exec(text);
  if (!match || (match[1] === undefined && match[2] === undefined)) throw rangeNotFound();
  const column = match[1] === undefined ? null : columnIndex(match[1]);
  const row = match[2] === undefined ? null : Number(match[2]) - 1;
  if (row !== null && row < 0) throw rangeNotFound();
  if (column !== null && column >= MAX_COLUMNS) throw rangeNotFound();
  return { row, column };
}

function ordered(a: number, b: number): [number, number] {
  return a <= b ? [a, b] : [b, a];
}

/**
 * Parses A1 ('A1', 'a1:b2', '$A$1', 'A:C', '1:3', 'A2:C', 'Sheet1!A1', "'It''s'!A1") or R1C1
 * ('R1C1', 'r2c2:r4c5') notation. Inverted corners are put in order, as Sheets does.
 */
export function parseA1(notation: string): A1Reference {
  if (typeof notation !== 'string' || notation.trim() === '') {
    throw new ScriptException('Invalid argument: range');
  }
  const split = splitSheetName(notation.trim());
  // "!A1": an empty sheet prefix names no sheet, so the reference is on the sheet in hand
  // (issue 10 lists "!A1" among the references live Apps Script accepts; gas-fakes' A1 parser,
  // src/support/sheetutils.js fromRange, drops everything up to the "!").
  const sheetName = split.sheetName === '' ? null : split.sheetName;
  const reference = split.reference;

  const r1c1 = R1C1_RANGE.exec(reference);
  if (r1c1) {
    const [r1, c1, r2, c2] = [r1c1[1], r1c1[2], r1c1[3] ?? r1c1[1], r1c1[4] ?? r1c1[2]].map(
      (part) => Number(part) - 1,
    ) as [number, number, number, number];
    if (r1 < 0 || c1 < 0 || r2 < 0 || c2 < 0) throw rangeNotFound();
    const [startRow, endRow] = ordered(r1, r2);
    const [startColumn, endColumn] = ordered(c1, c2);
    return { sheetName, startRow, startColumn, endRow, endColumn };
  }

  const parts = reference.split(':');
  if (parts.length > 2) throw rangeNotFound();
  const first = parseEndpoint(parts[0] ?? '');
  if (parts.length === 1) {
    // A lone 'A' or '3' is not a range; a lone cell is.
    if (first.row === null || first.column === null) throw rangeNotFound();
    return {
      sheetName,
      startRow: first.row,
      startColumn: first.column,
      endRow: first.row,
      endColumn: first.column,
    };
  }
  const second = parseEndpoint(parts[1] ?? '');
  let startRow: number | null;
  let endRow: number | null;
  let startColumn: number | null;
  let endColumn: number | null;

  if (first.row !== null && second.row !== null) {
    [startRow, endRow] = ordered(first.row, second.row);
  } else if (first.row === null && second.row === null) {
    startRow = null;
    endRow = null;
  } else {
    // 'A2:C' runs from row 2 to the last row.
    startRow = first.row ?? second.row;
    endRow = null;
  }
  if (first.column !== null && second.column !== null) {
    [startColumn, endColumn] = ordered(first.column, second.column);
  } else if (first.column === null && second.column === null) {
    startColumn = null;
    endColumn = null;
  } else {
    // 'A2:3' runs from column A to the last column.
    startColumn = first.column ?? second.column;
    endColumn = null;
  }
  // '1:A' or 'A:1' mixes a row with a column: not a range.
  if (startRow === null && startColumn === null) throw rangeNotFound();
  if (
    (first.row === null && first.column !== null && second.column === null) ||
    (first.column === null && first.row !== null && second.row === null)
  ) {
    throw rangeNotFound();
  }
  return { sheetName, startRow, startColumn, endRow, endColumn };
}

/**
 * Resolves a parsed reference against a sheet. A reference past the sheet's edge is an error
 * unless `options.beyondEdge` accepts it (then only its open ends stop at the edge).
 */
export function resolveReference(
  reference: A1Reference,
  sheet: SheetSize,
  options: ResolveOptions = {},
): ResolvedA1 {
  const startRow = reference.startRow ?? 0;
  const startColumn = reference.startColumn ?? 0;
  const endRow = reference.endRow ?? sheet.rowCount - 1;
  const endColumn = reference.endColumn ?? sheet.columnCount - 1;
  if (!options.beyondEdge) {
    if (startRow >= sheet.rowCount || startColumn >= sheet.columnCount) throw rangeNotFound();
    if (endRow >= sheet.rowCount || endColumn >= sheet.columnCount) throw rangeNotFound();
  }
  if (endRow < startRow || endColumn < startColumn) throw rangeNotFound();
  return {
    sheetName: reference.sheetName,
    rect: {
      row: startRow,
      column: startColumn,
      numRows: endRow - startRow + 1,
      numColumns: endColumn - startColumn + 1,
    },
    wholeColumns: reference.startRow === null && reference.endRow === null,
    wholeRows: reference.startColumn === null && reference.endColumn === null,
    bounds: {
      startRow: reference.startRow !== null,
      endRow: reference.endRow !== null,
      startColumn: reference.startColumn !== null,
      endColumn: reference.endColumn !== null,
    },
  };
}

/** parseA1 + resolveReference. */
export function resolveA1(
  notation: string,
  sheet: SheetSize,
  options: ResolveOptions = {},
): ResolvedA1 {
  return resolveReference(parseA1(notation), sheet, options);
}

export interface FormatOptions {
  /** Print 'A:C' (the range was opened as whole columns). */
  wholeColumns?: boolean;
  /** Print '1:3' (the range was opened as whole rows). */
  wholeRows?: boolean;
  /** Prefix 'Name!' (quoted when needed). */
  sheetName?: string;
}

/** 'A1', 'A1:B2', 'A:A', '1:3', "'My Sheet'!A1:B2", as getA1Notation and friends print them. */
export function formatA1(rect: GridRect, options: FormatOptions = {}): string {
  const lastRow = rect.row + rect.numRows - 1;
  const lastColumn = rect.column + rect.numColumns - 1;
  let body: string;
  if (options.wholeColumns) {
    body = `${columnLetters(rect.column)}:${columnLetters(lastColumn)}`;
  } else if (options.wholeRows) {
    body = `${rect.row + 1}:${lastRow + 1}`;
  } else if (rect.numRows === 1 && rect.numColumns === 1) {
    body = cellA1(rect.row, rect.column);
  } else {
    body = `${cellA1(rect.row, rect.column)}:${cellA1(lastRow, lastColumn)}`;
  }
  return options.sheetName === undefined ? body : `${quoteSheetName(options.sheetName)}!${body}`;
}

// ---------------------------------------------------------------------------------------------
// Formula text between A1 and R1C1 (getFormulaR1C1 / setFormulaR1C1).

/** Rewrites the cell references of formula text outside string literals. */
export function mapOutsideStrings(formula: string, replace: (segment: string) => string): string {
  let result = '';
  let segment = '';
  let index = 0;
  while (index < formula.length) {
    const char = formula[index] ?? '';
    if (char === '"') {
      result += replace(segment);
      segment = '';
      let end = index + 1;
      while (end < formula.length) {
        if (formula[end] === '"') {
          if (formula[end + 1] === '"') {
            end += 2;
            continue;
          }
          break;
        }
        end++;
      }
      result += formula.slice(index, end + 1);
      index = end + 1;
      continue;
    }
    segment += char;
    index++;
  }
  return result + replace(segment);
}

const A1_CELL_IN_FORMULA = /(^|[^A-Za-z0-9_.$'])(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g;

/** '=G10' written in F6 → '=R[4]C[1]'; '$H$12' → 'R12C8'. Relative offsets always bracketed. */
export function a1FormulaToR1C1(formula: string, row: number, column: number): string {
  return mapOutsideStrings(formula, (segment) =>
    segment.replace(
      A1_CELL_IN_FORMULA,
      (
        _all,
        before: string,
        columnAbs: string,
        letters: string,
        rowAbs: string,
        digits: string,
      ) => {
        const targetRow = Number(digits) - 1;
        const targetColumn = columnIndex(letters);
        const r = rowAbs ? `R${targetRow + 1}` : `R[${targetRow - row}]`;
        const c = columnAbs ? `C${targetColumn + 1}` : `C[${targetColumn - column}]`;
        return `${before}${r}${c}`;
      },
    ),
  );
}

const R1C1_IN_FORMULA = /(^|[^A-Za-z0-9_.$])R(\[-?\d+\]|\d+)?C(\[-?\d+\]|\d+)?(?![A-Za-z0-9_(])/gi;

/** '=R[1]C[1]' written in A1 → '=B2'; 'R1C1' → '$A$1'; 'R[1]C' → same column. */
export function r1c1FormulaToA1(formula: string, row: number, column: number): string {
  return mapOutsideStrings(formula, (segment) =>
    segment.replace(
      R1C1_IN_FORMULA,
      (_all, before: string, rowPart: string | undefined, columnPart: string | undefined) => {
        const resolve = (part: string | undefined, base: number): [number, boolean] => {
          if (part === undefined) return [base, false];
          if (part.startsWith('[')) return [base + Number(part.slice(1, -1)), false];
          return [Number(part) - 1, true];
        };
        const [targetRow, rowAbs] = resolve(rowPart, row);
        const [targetColumn, columnAbs] = resolve(columnPart, column);
        if (targetRow < 0 || targetColumn < 0) return `${before}#REF!`;
        return `${before}${columnAbs ? '$' : ''}${columnLetters(targetColumn)}${rowAbs ? '$' : ''}${targetRow + 1}`;
      },
    ),
  );
}
