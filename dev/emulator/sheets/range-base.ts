/**
 * The ground every part of the emulated Range stands on: the rectangle it names and how it was
 * opened, Apps Script's checks on shapes and coordinates, and the plumbing each API method goes
 * through (one ledger-recorded ctx.call per method, however many cells; writes check sharing and
 * protections, then tell the formula engine what changed). The API is split by responsibility
 * over a chain of classes: range-values, range-formats, range-notes, range-validation, range.ts.
 */

import type { CellModel, CellStyle, GridRect } from '../model/cells';
import { DEFAULT_STYLE } from '../model/cells';
import { cellAt, cellFor, type SheetModel } from '../model/workbook';
import type { CallKind } from '../runtime/cost-model';
import { ScriptException } from '../runtime/errors';
import { strict } from '../runtime/strict';
import { formatA1, FULLY_BOUNDED, type RangeBounds } from './a1';
import type { SpreadsheetDocument } from './document';
import { assertMayEdit, Sheet } from './sheet';

/** How a range was opened: 'A:C' and '1:3' print back that way in getA1Notation. */
export interface RangeShape {
  wholeColumns?: boolean;
  wholeRows?: boolean;
  /** Which ends were named (isStartRowBounded and friends); all of them when absent. */
  bounds?: RangeBounds;
  /** Opened by A1 notation, which may name cells past the sheet's edge (sheets/a1.ts). */
  beyondEdge?: boolean;
}

/** Apps Script's wording when a 2-D argument does not fit the range. */
export function checkShape(data: unknown, rect: GridRect, method: string): unknown[][] {
  if (!Array.isArray(data) || data.some((row) => !Array.isArray(row))) {
    const type = Array.isArray(data) ? 'Object[]' : data === null ? 'null' : typeof data;
    throw new ScriptException(
      `The parameters (${type === 'string' ? 'String' : type}) don't match the method signature for SpreadsheetApp.Range.${method}.`,
    );
  }
  const rows = data as unknown[][];
  if (rows.length !== rect.numRows) {
    throw new ScriptException(
      `The number of rows in the data does not match the number of rows in the range. The data has ${rows.length} but the range has ${rect.numRows}.`,
    );
  }
  for (const row of rows) {
    if (row.length !== rect.numColumns) {
      throw new ScriptException(
        `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${rect.numColumns}.`,
      );
    }
  }
  return rows;
}

/**
 * Apps Script's checks on a rectangle against the sheet, with its wording. `beyondEdge` lets a
 * rectangle reach past the sheet's last row or column (a range opened by A1 notation).
 */
export function checkRectOnSheet(sheet: SheetModel, rect: GridRect, beyondEdge = false): void {
  if (rect.row < 0) throw new ScriptException('The starting row of the range is too small.');
  if (rect.column < 0) throw new ScriptException('The starting column of the range is too small.');
  if (rect.numRows < 1) {
    throw new ScriptException('The number of rows in the range must be at least 1.');
  }
  if (rect.numColumns < 1) {
    throw new ScriptException('The number of columns in the range must be at least 1.');
  }
  if (!beyondEdge && isPastEdge(sheet, rect)) throw outsideTheSheet();
}

export function isPastEdge(sheet: SheetModel, rect: GridRect): boolean {
  return (
    rect.row + rect.numRows > sheet.rowCount || rect.column + rect.numColumns > sheet.columnCount
  );
}

export function outsideTheSheet(): ScriptException {
  return new ScriptException(
    'The coordinates of the range are outside the dimensions of the sheet.',
  );
}

/** Drops a cell object that no longer holds anything, keeping the sparse rows sparse. */
export function pruneCell(sheet: SheetModel, row: number, column: number): void {
  const cells = sheet.rows[row];
  const cell = cells?.[column];
  if (!cells || !cell) return;
  if (cell.style && Object.keys(cell.style).length === 0) delete cell.style;
  if (Object.keys(cell).length === 0) cells[column] = undefined;
}

/**
 * Sets (or, for null, resets) one style attribute of a cell. setWrap and setWraps replace a wrap
 * strategy set before: the strategy is then read from the wrap flag again.
 */
export function assignStyle<K extends keyof CellStyle>(
  cell: CellModel,
  key: K,
  value: CellStyle[K] | null | undefined,
): void {
  if (value === null || value === undefined) {
    if (cell.style) delete cell.style[key];
  } else {
    (cell.style ??= {})[key] = value;
  }
  if (key === 'wrap' && cell.style) delete cell.style.wrapStrategy;
}

export abstract class RangeBase {
  readonly doc: SpreadsheetDocument;
  readonly sheet: SheetModel;
  readonly rect: GridRect;
  readonly shape: RangeShape;

  constructor(doc: SpreadsheetDocument, sheet: SheetModel, rect: GridRect, shape: RangeShape = {}) {
    checkRectOnSheet(sheet, rect, shape.beyondEdge === true);
    this.doc = doc;
    this.sheet = sheet;
    this.rect = { ...rect };
    this.shape = {
      wholeColumns: shape.wholeColumns === true,
      wholeRows: shape.wholeRows === true,
      bounds: { ...(shape.bounds ?? FULLY_BOUNDED) },
      beyondEdge: shape.beyondEdge === true,
    };
    return strict('Range', this);
  }

  // ---------------------------------------------------------------------------------------------
  // Plumbing (not Apps Script API).

  protected call<T>(method: string, kind: CallKind, fn: () => T, cells = 0): T {
    // A range opened past the sheet's edge answers questions about itself; touching its cells
    // fails as a numeric getRange past the edge does (our choice: unverified live).
    if (kind !== 'local' && this._isOutOfReach()) {
      return this.doc.ctx.call('Range', method, kind, () => {
        throw outsideTheSheet();
      });
    }
    return this.doc.ctx.call('Range', method, kind, fn, { cells });
  }

  /** Whether the range was opened past the sheet's edge and its cells do not exist yet. */
  _isOutOfReach(): boolean {
    return this.shape.beyondEdge === true && isPastEdge(this.sheet, this.rect);
  }

  protected get cellCount(): number {
    return this.rect.numRows * this.rect.numColumns;
  }

  /** One value per cell, row by row. */
  protected grid<T>(read: (row: number, column: number) => T): T[][] {
    const { row, column, numRows, numColumns } = this.rect;
    const result: T[][] = new Array<T[]>(numRows);
    for (let r = 0; r < numRows; r++) {
      const line = new Array<T>(numColumns);
      for (let c = 0; c < numColumns; c++) line[c] = read(row + r, column + c);
      result[r] = line;
    }
    return result;
  }

  protected forEachCell(visit: (row: number, column: number, r: number, c: number) => void): void {
    const { row, column, numRows, numColumns } = this.rect;
    for (let r = 0; r < numRows; r++) {
      for (let c = 0; c < numColumns; c++) visit(row + r, column + c, r, c);
    }
  }

  /** Runs `change` on every cell after the permission check; prunes empties and syncs formulas. */
  _mutate(
    change: (cell: CellModel, row: number, column: number, r: number, c: number) => void,
    contentChanged: boolean,
  ): void {
    assertMayEdit(this.doc, this.sheet.id, this.rect);
    this.forEachCell((row, column, r, c) => {
      change(cellFor(this.sheet, row, column), row, column, r, c);
      pruneCell(this.sheet, row, column);
    });
    if (contentChanged) this.doc.engine.syncCells(this.sheet, this.rect);
  }

  /** Like _mutate, but only visits cells that exist (clearing never needs to create one). */
  protected mutateExisting(
    change: (cell: CellModel, row: number, column: number) => void,
    contentChanged: boolean,
  ): void {
    assertMayEdit(this.doc, this.sheet.id, this.rect);
    this.forEachCell((row, column) => {
      const cell = cellAt(this.sheet, row, column);
      if (!cell) return;
      change(cell, row, column);
      pruneCell(this.sheet, row, column);
    });
    if (contentChanged) this.doc.engine.syncCells(this.sheet, this.rect);
  }

  protected styleAt<K extends keyof CellStyle>(
    key: K,
    row: number,
    column: number,
  ): Required<CellStyle>[K] {
    const value = cellAt(this.sheet, row, column)?.style?.[key];
    return value === undefined ? DEFAULT_STYLE[key] : (value as Required<CellStyle>[K]);
  }

  protected getStyle<K extends keyof CellStyle>(method: string, key: K): Required<CellStyle>[K] {
    return this.call(method, 'read', () => this.styleAt(key, this.rect.row, this.rect.column));
  }

  protected getStyles<K extends keyof CellStyle>(
    method: string,
    key: K,
  ): Required<CellStyle>[K][][] {
    return this.call(
      method,
      'read',
      () => this.grid((row, column) => this.styleAt(key, row, column)),
      this.cellCount,
    );
  }

  /** null / undefined reset the attribute to the sheet default. */
  _setStyle<K extends keyof CellStyle>(key: K, value: CellStyle[K] | null | undefined): void {
    this._mutate((cell) => assignStyle(cell, key, value), false);
  }

  protected setStyle<K extends keyof CellStyle>(
    method: string,
    key: K,
    value: CellStyle[K] | null | undefined,
  ): this {
    this.call(method, 'write', () => this._setStyle(key, value), this.cellCount);
    return this;
  }

  protected setStyles<K extends keyof CellStyle>(
    method: string,
    key: K,
    values: unknown,
    convert: (value: unknown) => CellStyle[K] | null | undefined,
  ): this {
    this.call(
      method,
      'write',
      () => {
        const rows = checkShape(values, this.rect, method);
        this._mutate(
          (cell, _row, _column, r, c) => assignStyle(cell, key, convert(rows[r]?.[c])),
          false,
        );
      },
      this.cellCount,
    );
    return this;
  }

  // ---------------------------------------------------------------------------------------------
  // Coordinates ('local': answered from the object in hand).

  getA1Notation(): string {
    return this.call('getA1Notation', 'local', () => formatA1(this.rect, this.shape));
  }
  getRow(): number {
    return this.call('getRow', 'local', () => this.rect.row + 1);
  }
  getRowIndex(): number {
    return this.call('getRowIndex', 'local', () => this.rect.row + 1);
  }
  getColumn(): number {
    return this.call('getColumn', 'local', () => this.rect.column + 1);
  }
  getLastRow(): number {
    return this.call('getLastRow', 'local', () => this.rect.row + this.rect.numRows);
  }
  getLastColumn(): number {
    return this.call('getLastColumn', 'local', () => this.rect.column + this.rect.numColumns);
  }
  getNumRows(): number {
    return this.call('getNumRows', 'local', () => this.rect.numRows);
  }
  getNumColumns(): number {
    return this.call('getNumColumns', 'local', () => this.rect.numColumns);
  }
  getHeight(): number {
    return this.call('getHeight', 'local', () => this.rect.numRows);
  }
  getWidth(): number {
    return this.call('getWidth', 'local', () => this.rect.numColumns);
  }
  /**
   * Docs (reference/spreadsheet/range#isStartRowBounded()): whether the range's start or end is
   * bound to a particular row or column. gas-fakes test/testsheetsdeveloper.js "Range Bounded
   * Methods" (live): A5:C10 is bounded everywhere, 3:5 has open columns, B:D open rows.
   */
  isStartRowBounded(): boolean {
    return this.call('isStartRowBounded', 'local', () => this.shape.bounds?.startRow !== false);
  }
  isEndRowBounded(): boolean {
    return this.call('isEndRowBounded', 'local', () => this.shape.bounds?.endRow !== false);
  }
  isStartColumnBounded(): boolean {
    return this.call(
      'isStartColumnBounded',
      'local',
      () => this.shape.bounds?.startColumn !== false,
    );
  }
  isEndColumnBounded(): boolean {
    return this.call('isEndColumnBounded', 'local', () => this.shape.bounds?.endColumn !== false);
  }
  getGridId(): number {
    return this.call('getGridId', 'local', () => this.sheet.id);
  }
  getSheet(): Sheet {
    return this.call('getSheet', 'local', () => new Sheet(this.doc, this.sheet));
  }
}
