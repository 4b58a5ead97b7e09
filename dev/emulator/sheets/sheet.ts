/**
 * The emulated Apps Script Sheet: one tab of a spreadsheet. A thin view over a SheetModel; every
 * method goes through ctx.call so the ledger records it. Structural edits are in structure.ts.
 */

import type { GridRect } from '../model/cells';
import { cellAt, cellFor, DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT } from '../model/workbook';
import type { SheetModel } from '../model/workbook';
import type { ApiOf } from '../runtime/api-types';
import { PROTECTED_CELL_MESSAGE, ScriptException } from '../runtime/errors';
import { strict } from '../runtime/strict';
import { parseA1, resolveReference } from './a1';
import { activeSheetModel, select, selectionOf } from './active';
import { ruleFromModel, ruleToModel, type ConditionalFormatRule } from './conditional-format';
import { addMetadata, DeveloperMetadataFinder, metadataObjects } from './developer-metadata';
import type { SpreadsheetDocument } from './document';
import { EnumValue } from './enums';
import { assertFreezeKeepsMerges } from './merges';
import { editPermission, isDocumentEditor } from './permissions';
import { listProtections, protectSheet } from './protection';
import { Range } from './range';
import { RangeList } from './range-list';
import { assertSheetName, findSheetByName } from './sheet-names';
import { Spreadsheet } from './spreadsheet';
import {
  addSheet,
  cloneSheet,
  copyName,
  deleteColumns,
  deleteRows,
  insertColumns,
  insertRows,
  nextSheetId,
} from './structure';
import { clearCellContent, normalizeColor, writeScriptValue } from './values';

/** Apps Script's SheetType: every sheet the emulator makes is a grid. */
export const SheetType = Object.freeze({
  GRID: new EnumValue('SheetType', 'GRID', 0),
  OBJECT: new EnumValue('SheetType', 'OBJECT', 1),
}) as unknown as typeof GoogleAppsScript.Spreadsheet.SheetType;

/**
 * Throws as Apps Script does when the effective user may not edit `rect` of the sheet: viewers
 * may not edit at all; editors not listed on a covering protection get the protected-cell message.
 * Warning-only protections do not stop scripts.
 */
export function assertMayEdit(doc: SpreadsheetDocument, sheetId: number, rect: GridRect): void {
  const email = doc.ctx.effectiveUser?.email ?? null;
  if (editPermission(doc.model, email, sheetId, rect) !== 'denied') return;
  throw new ScriptException(
    isEditor(doc, email) ? PROTECTED_CELL_MESSAGE : VIEW_ONLY_SCRIPT_MESSAGE,
  );
}

/** For changes to the file itself (sheets, names, sharing): only editors may make them. */
export function assertEditor(doc: SpreadsheetDocument): void {
  const email = doc.ctx.effectiveUser?.email ?? null;
  if (email === null || isEditor(doc, email)) return;
  throw new ScriptException(VIEW_ONLY_SCRIPT_MESSAGE);
}

// Estimate of the wording: scripts run by a viewer fail on the first write.
const VIEW_ONLY_SCRIPT_MESSAGE = 'You do not have permission to edit this spreadsheet.';

function isEditor(doc: SpreadsheetDocument, email: string | null): boolean {
  return email === null || isDocumentEditor(doc.model, email);
}

/** Apps Script's checks on 1-based (row, column, numRows, numColumns), with its wording. */
export function checkedRect(
  sheet: SheetModel,
  row: number,
  column: number,
  numRows = 1,
  numColumns = 1,
): GridRect {
  for (const value of [row, column, numRows, numColumns]) {
    if (typeof value !== 'number' || Number.isNaN(value)) {
      throw new ScriptException(
        `The parameters (${[row, column, numRows, numColumns].map(typeName).join(',')}) don't match the method signature for SpreadsheetApp.Sheet.getRange.`,
      );
    }
  }
  if (row < 1) throw new ScriptException('The starting row of the range is too small.');
  if (column < 1) throw new ScriptException('The starting column of the range is too small.');
  if (numRows < 1) {
    throw new ScriptException('The number of rows in the range must be at least 1.');
  }
  if (numColumns < 1) {
    throw new ScriptException('The number of columns in the range must be at least 1.');
  }
  const rect = {
    row: Math.floor(row) - 1,
    column: Math.floor(column) - 1,
    numRows: Math.floor(numRows),
    numColumns: Math.floor(numColumns),
  };
  if (
    rect.row + rect.numRows > sheet.rowCount ||
    rect.column + rect.numColumns > sheet.columnCount
  ) {
    throw new ScriptException(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
  }
  return rect;
}

function typeName(value: unknown): string {
  if (typeof value === 'number') return 'number';
  if (typeof value === 'string') return 'String';
  if (typeof value === 'boolean') return 'Boolean';
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  return 'Object';
}

/** Whether a cell has content of its own for getLastRow / getLastColumn: a value or a formula. */
function hasContent(sheet: SheetModel, row: number, column: number): boolean {
  const cell = cellAt(sheet, row, column);
  if (!cell) return false;
  return cell.formula !== undefined || (cell.value !== undefined && cell.value !== '');
}

/**
 * 1-based last row with content; 0 for an empty sheet. A value an array formula spilled into a
 * cell is content too: the reference says "the last row that has content", and a spilled value
 * is what the cell shows and what getValues returns there (gas-fakes reads the data range from
 * the Sheets API's values, which hold array results: src/services/spreadsheetapp/fakesheet.js).
 */
export function lastRowOf(doc: SpreadsheetDocument, sheet: SheetModel): number {
  let last = 0;
  for (let r = sheet.rows.length - 1; r >= 0 && last === 0; r--) {
    const row = sheet.rows[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      if (hasContent(sheet, r, c)) {
        last = r + 1;
        break;
      }
    }
  }
  for (const cell of doc.engine.spilledCells(sheet.id)) last = Math.max(last, cell.row + 1);
  return last;
}

/** 1-based last column with content (spilled values count, as for lastRowOf); 0 when empty. */
export function lastColumnOf(doc: SpreadsheetDocument, sheet: SheetModel): number {
  let last = 0;
  sheet.rows.forEach((row, r) => {
    for (let c = row.length - 1; c >= last; c--) {
      if (hasContent(sheet, r, c)) {
        last = c + 1;
        break;
      }
    }
  });
  for (const cell of doc.engine.spilledCells(sheet.id)) last = Math.max(last, cell.column + 1);
  return last;
}

/** The rectangle of every cell the sheet's rows hold (content, format or note), for clearing. */
function storedArea(sheet: SheetModel): GridRect | null {
  let numColumns = 0;
  sheet.rows.forEach((row) => (numColumns = Math.max(numColumns, row.length)));
  if (sheet.rows.length === 0 || numColumns === 0) return null;
  return { row: 0, column: 0, numRows: sheet.rows.length, numColumns };
}

function isEmptyCell(cell: object): boolean {
  return Object.keys(cell).length === 0;
}

export class Sheet implements ApiOf<
  GoogleAppsScript.Spreadsheet.Sheet,
  | 'getName'
  | 'setName'
  | 'getSheetId'
  | 'getSheetName'
  | 'getIndex'
  | 'getParent'
  | 'getRange'
  | 'getRangeList'
  | 'getDataRange'
  | 'getLastRow'
  | 'getLastColumn'
  | 'getMaxRows'
  | 'getMaxColumns'
  | 'insertRows'
  | 'insertRowBefore'
  | 'insertRowAfter'
  | 'insertRowsBefore'
  | 'insertRowsAfter'
  | 'insertColumns'
  | 'insertColumnBefore'
  | 'insertColumnAfter'
  | 'insertColumnsBefore'
  | 'insertColumnsAfter'
  | 'deleteRow'
  | 'deleteRows'
  | 'deleteColumn'
  | 'deleteColumns'
  | 'appendRow'
  | 'getFrozenRows'
  | 'getFrozenColumns'
  | 'setFrozenRows'
  | 'setFrozenColumns'
  | 'setColumnWidth'
  | 'setColumnWidths'
  | 'getColumnWidth'
  | 'setRowHeight'
  | 'setRowHeights'
  | 'getRowHeight'
  | 'hideColumns'
  | 'showColumns'
  | 'isColumnHiddenByUser'
  | 'hideRows'
  | 'showRows'
  | 'isRowHiddenByUser'
  | 'hideSheet'
  | 'showSheet'
  | 'isSheetHidden'
  | 'activate'
  | 'clear'
  | 'clearContents'
  | 'clearFormats'
  | 'clearNotes'
  | 'getConditionalFormatRules'
  | 'clearConditionalFormatRules'
  | 'protect'
  | 'getProtections'
  | 'setTabColor'
  | 'getTabColor'
  | 'getActiveRange'
  | 'getActiveCell'
  | 'getCurrentCell'
  | 'getDeveloperMetadata'
  | 'addDeveloperMetadata'
  | 'createDeveloperMetadataFinder'
  | 'getType'
  | 'autoResizeColumn'
  | 'autoResizeColumns'
> {
  constructor(
    readonly doc: SpreadsheetDocument,
    readonly model: SheetModel,
  ) {
    return strict('Sheet', this);
  }

  private call<T>(
    method: string,
    kind: 'read' | 'write' | 'structural' | 'local',
    fn: () => T,
    cells?: number,
  ): T {
    return this.doc.ctx.call('Sheet', method, kind, fn, cells === undefined ? {} : { cells });
  }

  private range(rect: GridRect): Range {
    return new Range(this.doc, this.model, rect);
  }

  private wholeSheet(): GridRect {
    return { row: 0, column: 0, numRows: this.model.rowCount, numColumns: this.model.columnCount };
  }

  // --- identity -------------------------------------------------------------------------------

  getName(): string {
    return this.call('getName', 'local', () => this.model.name);
  }

  getSheetName(): string {
    return this.call('getSheetName', 'local', () => this.model.name);
  }

  /** Refuses blank, too long and taken names (sheet-names.ts); its own name in another case is fine. */
  setName(name: string): Sheet {
    return this.call('setName', 'write', () => {
      assertEditor(this.doc);
      const text = String(name);
      assertSheetName(this.doc.model, text, this.model);
      this.model.name = text;
      this.doc.engine.renameSheet(this.model.id, text);
      return this;
    });
  }

  getSheetId(): number {
    return this.call('getSheetId', 'local', () => this.model.id);
  }

  /** 1-based tab position. */
  getIndex(): number {
    return this.call('getIndex', 'read', () => this.doc.model.sheets.indexOf(this.model) + 1);
  }

  getParent(): Spreadsheet {
    return this.call('getParent', 'local', () => new Spreadsheet(this.doc));
  }

  getType(): GoogleAppsScript.Spreadsheet.SheetType {
    return this.call('getType', 'local', () => SheetType.GRID);
  }

  // --- ranges ---------------------------------------------------------------------------------

  getRange(a1Notation: string): Range;
  getRange(row: number, column: number, numRows?: number, numColumns?: number): Range;
  getRange(
    rowOrA1: number | string,
    column?: number,
    numRows?: number,
    numColumns?: number,
  ): Range {
    return this.call('getRange', 'local', () => {
      if (typeof rowOrA1 === 'string') return this.rangeFromA1(rowOrA1);
      if (column === undefined) {
        throw new ScriptException(
          `The parameters (${typeName(rowOrA1)}) don't match the method signature for SpreadsheetApp.Sheet.getRange.`,
        );
      }
      return this.range(checkedRect(this.model, rowOrA1, column, numRows, numColumns));
    });
  }

  /**
   * 'A1:B2' on this sheet; 'Other!A1' on the named sheet, as Apps Script resolves it. The name
   * finds its sheet as Spreadsheet.getRange and getSheetByName find it (sheet-names.ts).
   */
  private rangeFromA1(notation: string): Range {
    const reference = parseA1(notation);
    let target = this.model;
    if (reference.sheetName !== null && reference.sheetName !== this.model.name) {
      const named = findSheetByName(this.doc.model, reference.sheetName);
      if (!named) throw new ScriptException('Range not found');
      target = named;
    }
    const resolved = resolveReference(reference, target, { beyondEdge: true });
    return new Range(this.doc, target, resolved.rect, { ...resolved, beyondEdge: true });
  }

  getRangeList(a1Notations: string[]): RangeList {
    return this.call('getRangeList', 'local', () => {
      const ranges = a1Notations.map((notation) => this.rangeFromA1(notation));
      return new RangeList(this.doc, ranges);
    });
  }

  /** A1 to the last row and column with content; A1 alone on an empty sheet. */
  getDataRange(): Range {
    return this.call('getDataRange', 'read', () =>
      this.range({
        row: 0,
        column: 0,
        numRows: Math.max(1, lastRowOf(this.doc, this.model)),
        numColumns: Math.max(1, lastColumnOf(this.doc, this.model)),
      }),
    );
  }

  getLastRow(): number {
    return this.call('getLastRow', 'read', () => lastRowOf(this.doc, this.model));
  }

  getLastColumn(): number {
    return this.call('getLastColumn', 'read', () => lastColumnOf(this.doc, this.model));
  }

  getMaxRows(): number {
    return this.call('getMaxRows', 'read', () => this.model.rowCount);
  }

  getMaxColumns(): number {
    return this.call('getMaxColumns', 'read', () => this.model.columnCount);
  }

  // --- rows and columns -----------------------------------------------------------------------

  /** Inserts blank rows so the first new one is 1-based `position`. */
  private insertRowsAt(method: string, position: number, howMany: number): void {
    this.call(method, 'structural', () => {
      this.checkCount(howMany, 'rows');
      if (!Number.isInteger(position) || position < 1 || position > this.model.rowCount + 1) {
        throw new ScriptException('Those rows are out of bounds.');
      }
      assertMayEdit(
        this.doc,
        this.model.id,
        this.rowBand(Math.min(position, this.model.rowCount) - 1, 1),
      );
      insertRows(this.doc, this.model, position - 1, howMany);
    });
  }

  private insertColumnsAt(method: string, position: number, howMany: number): void {
    this.call(method, 'structural', () => {
      this.checkCount(howMany, 'columns');
      if (!Number.isInteger(position) || position < 1 || position > this.model.columnCount + 1) {
        throw new ScriptException('Those columns are out of bounds.');
      }
      assertMayEdit(
        this.doc,
        this.model.id,
        this.columnBand(Math.min(position, this.model.columnCount) - 1, 1),
      );
      insertColumns(this.doc, this.model, position - 1, howMany);
    });
  }

  private checkCount(howMany: number, what: 'rows' | 'columns'): void {
    if (!Number.isInteger(howMany) || howMany < 1) {
      throw new ScriptException(`The number of ${what} must be at least 1.`);
    }
  }

  private rowBand(row: number, count: number): GridRect {
    return { row, column: 0, numRows: count, numColumns: this.model.columnCount };
  }

  private columnBand(column: number, count: number): GridRect {
    return { row: 0, column, numRows: this.model.rowCount, numColumns: count };
  }

  insertRows(rowIndex: number, numRows = 1): void {
    this.insertRowsAt('insertRows', rowIndex, numRows);
  }

  insertRowBefore(beforePosition: number): Sheet {
    this.insertRowsAt('insertRowBefore', beforePosition, 1);
    return this;
  }

  insertRowAfter(afterPosition: number): Sheet {
    this.insertRowsAt('insertRowAfter', afterPosition + 1, 1);
    return this;
  }

  insertRowsBefore(beforePosition: number, howMany: number): Sheet {
    this.insertRowsAt('insertRowsBefore', beforePosition, howMany);
    return this;
  }

  insertRowsAfter(afterPosition: number, howMany: number): Sheet {
    this.insertRowsAt('insertRowsAfter', afterPosition + 1, howMany);
    return this;
  }

  insertColumns(columnIndex: number, numColumns = 1): void {
    this.insertColumnsAt('insertColumns', columnIndex, numColumns);
  }

  insertColumnBefore(beforePosition: number): Sheet {
    this.insertColumnsAt('insertColumnBefore', beforePosition, 1);
    return this;
  }

  insertColumnAfter(afterPosition: number): Sheet {
    this.insertColumnsAt('insertColumnAfter', afterPosition + 1, 1);
    return this;
  }

  insertColumnsBefore(beforePosition: number, howMany: number): Sheet {
    this.insertColumnsAt('insertColumnsBefore', beforePosition, howMany);
    return this;
  }

  insertColumnsAfter(afterPosition: number, howMany: number): Sheet {
    this.insertColumnsAt('insertColumnsAfter', afterPosition + 1, howMany);
    return this;
  }

  private deleteRowsAt(method: string, position: number, howMany: number): void {
    this.call(method, 'structural', () => {
      this.checkCount(howMany, 'rows');
      const at = position - 1;
      if (!Number.isInteger(position) || at < 0 || at + howMany > this.model.rowCount) {
        throw new ScriptException('Those rows are out of bounds.');
      }
      const frozenLeft = this.model.frozenRows - overlap(0, this.model.frozenRows, at, howMany);
      if (this.model.rowCount - howMany - frozenLeft < 1) {
        throw new ScriptException('Sorry, it is not possible to delete all non-frozen rows.');
      }
      assertMayEdit(this.doc, this.model.id, this.rowBand(at, howMany));
      deleteRows(this.doc, this.model, at, howMany);
    });
  }

  private deleteColumnsAt(method: string, position: number, howMany: number): void {
    this.call(method, 'structural', () => {
      this.checkCount(howMany, 'columns');
      const at = position - 1;
      if (!Number.isInteger(position) || at < 0 || at + howMany > this.model.columnCount) {
        throw new ScriptException('Those columns are out of bounds.');
      }
      const frozenLeft =
        this.model.frozenColumns - overlap(0, this.model.frozenColumns, at, howMany);
      if (this.model.columnCount - howMany - frozenLeft < 1) {
        throw new ScriptException('Sorry, it is not possible to delete all non-frozen columns.');
      }
      assertMayEdit(this.doc, this.model.id, this.columnBand(at, howMany));
      deleteColumns(this.doc, this.model, at, howMany);
    });
  }

  deleteRow(rowPosition: number): Sheet {
    this.deleteRowsAt('deleteRow', rowPosition, 1);
    return this;
  }

  deleteRows(rowPosition: number, howMany: number): void {
    this.deleteRowsAt('deleteRows', rowPosition, howMany);
  }

  deleteColumn(columnPosition: number): Sheet {
    this.deleteColumnsAt('deleteColumn', columnPosition, 1);
    return this;
  }

  deleteColumns(columnPosition: number, howMany: number): void {
    this.deleteColumnsAt('deleteColumns', columnPosition, howMany);
  }

  /**
   * Writes the values in the row after the last row with content, read like typed input as
   * setValues reads them; the sheet grows when that row or those columns do not exist yet.
   */
  appendRow(rowContents: unknown[]): Sheet {
    if (!Array.isArray(rowContents)) {
      throw new ScriptException(
        `The parameters (${typeName(rowContents)}) don't match the method signature for SpreadsheetApp.Sheet.appendRow.`,
      );
    }
    return this.call(
      'appendRow',
      'write',
      () => {
        const row = lastRowOf(this.doc, this.model);
        const width = Math.max(1, rowContents.length);
        const rect = { row, column: 0, numRows: 1, numColumns: width };
        assertMayEdit(this.doc, this.model.id, {
          ...rect,
          row: Math.min(row, this.model.rowCount - 1),
        });
        if (row >= this.model.rowCount) {
          insertRows(this.doc, this.model, this.model.rowCount, row - this.model.rowCount + 1);
        }
        if (width > this.model.columnCount) {
          insertColumns(
            this.doc,
            this.model,
            this.model.columnCount,
            width - this.model.columnCount,
          );
        }
        rowContents.forEach((value, c) =>
          writeScriptValue(this.doc, cellFor(this.model, row, c), value),
        );
        this.doc.engine.syncCells(this.model, rect);
        return this;
      },
      rowContents.length,
    );
  }

  getFrozenRows(): number {
    return this.call('getFrozenRows', 'read', () => this.model.frozenRows);
  }

  getFrozenColumns(): number {
    return this.call('getFrozenColumns', 'read', () => this.model.frozenColumns);
  }

  setFrozenRows(rows: number): void {
    this.call('setFrozenRows', 'write', () => {
      assertEditor(this.doc);
      if (!Number.isInteger(rows) || rows < 0 || rows >= this.model.rowCount) {
        throw new ScriptException('Those rows are out of bounds.');
      }
      assertFreezeKeepsMerges(this.model, 'rows', rows);
      this.model.frozenRows = rows;
    });
  }

  setFrozenColumns(columns: number): void {
    this.call('setFrozenColumns', 'write', () => {
      assertEditor(this.doc);
      if (!Number.isInteger(columns) || columns < 0 || columns >= this.model.columnCount) {
        throw new ScriptException('Those columns are out of bounds.');
      }
      assertFreezeKeepsMerges(this.model, 'columns', columns);
      this.model.frozenColumns = columns;
    });
  }

  // --- sizes and hiding -----------------------------------------------------------------------

  private checkColumns(column: number, count: number): void {
    if (
      !Number.isInteger(column) ||
      column < 1 ||
      count < 1 ||
      column - 1 + count > this.model.columnCount
    ) {
      throw new ScriptException('Those columns are out of bounds.');
    }
  }

  private checkRows(row: number, count: number): void {
    if (!Number.isInteger(row) || row < 1 || count < 1 || row - 1 + count > this.model.rowCount) {
      throw new ScriptException('Those rows are out of bounds.');
    }
  }

  setColumnWidth(columnPosition: number, width: number): Sheet {
    return this.setColumnWidthsFor('setColumnWidth', columnPosition, 1, width);
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): Sheet {
    return this.setColumnWidthsFor('setColumnWidths', startColumn, numColumns, width);
  }

  private setColumnWidthsFor(method: string, start: number, count: number, width: number): Sheet {
    return this.call(method, 'write', () => {
      assertEditor(this.doc);
      this.checkColumns(start, count);
      for (let c = start - 1; c < start - 1 + count; c++) this.model.columnWidths.set(c, width);
      return this;
    });
  }

  getColumnWidth(columnPosition: number): number {
    return this.call('getColumnWidth', 'read', () => {
      this.checkColumns(columnPosition, 1);
      return this.model.columnWidths.get(columnPosition - 1) ?? DEFAULT_COLUMN_WIDTH;
    });
  }

  setRowHeight(rowPosition: number, height: number): Sheet {
    return this.setRowHeightsFor('setRowHeight', rowPosition, 1, height);
  }

  setRowHeights(startRow: number, numRows: number, height: number): Sheet {
    return this.setRowHeightsFor('setRowHeights', startRow, numRows, height);
  }

  private setRowHeightsFor(method: string, start: number, count: number, height: number): Sheet {
    return this.call(method, 'write', () => {
      assertEditor(this.doc);
      this.checkRows(start, count);
      for (let r = start - 1; r < start - 1 + count; r++) this.model.rowHeights.set(r, height);
      return this;
    });
  }

  getRowHeight(rowPosition: number): number {
    return this.call('getRowHeight', 'read', () => {
      this.checkRows(rowPosition, 1);
      return this.model.rowHeights.get(rowPosition - 1) ?? DEFAULT_ROW_HEIGHT;
    });
  }

  /**
   * Sets each column's width from its longest literal text (about 7 px a character plus padding).
   * The emulator does not measure fonts: the width is an estimate, never below 21 px.
   */
  autoResizeColumns(startColumn: number, numColumns: number): Sheet {
    return this.autoResize('autoResizeColumns', startColumn, numColumns);
  }

  autoResizeColumn(columnPosition: number): Sheet {
    return this.autoResize('autoResizeColumn', columnPosition, 1);
  }

  private autoResize(method: string, start: number, count: number): Sheet {
    return this.call(method, 'write', () => {
      assertEditor(this.doc);
      this.checkColumns(start, count);
      for (let c = start - 1; c < start - 1 + count; c++) {
        let longest = 0;
        for (const row of this.model.rows) {
          const cell = row?.[c];
          const text = cell?.formula ?? (cell?.value === undefined ? '' : String(cell.value));
          longest = Math.max(longest, text.length);
        }
        this.model.columnWidths.set(
          c,
          longest === 0 ? DEFAULT_COLUMN_WIDTH : Math.max(21, longest * 7 + 10),
        );
      }
      return this;
    });
  }

  hideColumns(columnIndex: number, numColumns = 1): void {
    this.setHidden(
      'hideColumns',
      this.model.hiddenColumns,
      columnIndex,
      numColumns,
      true,
      'columns',
    );
  }

  showColumns(columnIndex: number, numColumns = 1): void {
    this.setHidden(
      'showColumns',
      this.model.hiddenColumns,
      columnIndex,
      numColumns,
      false,
      'columns',
    );
  }

  hideRows(rowIndex: number, numRows = 1): void {
    this.setHidden('hideRows', this.model.hiddenRows, rowIndex, numRows, true, 'rows');
  }

  showRows(rowIndex: number, numRows = 1): void {
    this.setHidden('showRows', this.model.hiddenRows, rowIndex, numRows, false, 'rows');
  }

  private setHidden(
    method: string,
    set: Set<number>,
    start: number,
    count: number,
    hidden: boolean,
    axis: 'rows' | 'columns',
  ): void {
    this.call(method, 'write', () => {
      assertEditor(this.doc);
      if (axis === 'rows') this.checkRows(start, count);
      else this.checkColumns(start, count);
      for (let i = start - 1; i < start - 1 + count; i++) {
        if (hidden) set.add(i);
        else set.delete(i);
      }
    });
  }

  isColumnHiddenByUser(columnPosition: number): boolean {
    return this.call('isColumnHiddenByUser', 'read', () =>
      this.model.hiddenColumns.has(columnPosition - 1),
    );
  }

  isRowHiddenByUser(rowPosition: number): boolean {
    return this.call('isRowHiddenByUser', 'read', () => this.model.hiddenRows.has(rowPosition - 1));
  }

  hideSheet(): Sheet {
    return this.call('hideSheet', 'write', () => {
      assertEditor(this.doc);
      const visible = this.doc.model.sheets.filter((s) => !s.hidden);
      if (!this.model.hidden && visible.length <= 1) {
        // Sheets API wording for the same refusal ("You can't remove all the sheets...").
        throw new ScriptException("You can't hide all the sheets in a document.");
      }
      this.model.hidden = true;
      return this;
    });
  }

  showSheet(): Sheet {
    return this.call('showSheet', 'write', () => {
      assertEditor(this.doc);
      this.model.hidden = false;
      return this;
    });
  }

  isSheetHidden(): boolean {
    return this.call('isSheetHidden', 'read', () => this.model.hidden);
  }

  /**
   * Docs: the colour is "in CSS notation (like '#ffffff' or 'white')" and getTabColor returns a
   * "color code in CSS notation (like '#ffffff')": Sheets stores the tab colour as RGB (the Sheets
   * API's tabColorStyle), so names and '#rgb' read back as hex, as cell colours do (colors.ts).
   */
  setTabColor(color: string | null): Sheet {
    return this.call('setTabColor', 'write', () => {
      assertEditor(this.doc);
      if (color === null || color === '') delete this.model.tabColor;
      else this.model.tabColor = normalizeColor(color);
      return this;
    });
  }

  getTabColor(): string | null {
    return this.call('getTabColor', 'read', () => this.model.tabColor ?? null);
  }

  // --- clearing -------------------------------------------------------------------------------

  /**
   * clear() empties contents and formats; notes and data validation stay, as live Apps Script
   * keeps them (gas-fakes test/testsheetsbasic.js, "Sheet clearing methods").
   */
  clear(options?: { formatOnly?: boolean; contentsOnly?: boolean }): Sheet {
    return this.call('clear', 'write', () => {
      const contents = !options?.formatOnly || options.contentsOnly === true;
      const formats = !options?.contentsOnly || options.formatOnly === true;
      this.clearCells(contents, formats, false);
      return this;
    });
  }

  clearContents(): Sheet {
    return this.call('clearContents', 'write', () => {
      this.clearCells(true, false, false);
      return this;
    });
  }

  clearFormats(): Sheet {
    return this.call('clearFormats', 'write', () => {
      this.clearCells(false, true, false);
      return this;
    });
  }

  clearNotes(): Sheet {
    return this.call('clearNotes', 'write', () => {
      this.clearCells(false, false, true);
      return this;
    });
  }

  private clearCells(contents: boolean, formats: boolean, notes: boolean): void {
    const area = storedArea(this.model);
    if (!area) return;
    assertMayEdit(this.doc, this.model.id, area);
    this.model.rows.forEach((row) => {
      row.forEach((cell, c) => {
        if (!cell) return;
        if (contents) clearCellContent(cell);
        if (formats) {
          delete cell.style;
          delete cell.numberFormat;
        }
        if (notes) delete cell.note;
        if (isEmptyCell(cell)) delete row[c];
      });
    });
    if (contents) this.doc.engine.syncCells(this.model, area);
  }

  // --- copying --------------------------------------------------------------------------------

  /** Copies the sheet to the end of `spreadsheet` (this one or another) as 'Copy of <name>'. */
  copyTo(spreadsheet: Spreadsheet): Sheet {
    return this.call('copyTo', 'structural', () => {
      const target = spreadsheet.doc;
      assertEditor(target);
      const copy = cloneSheet(
        this.model,
        nextSheetId(target.model),
        copyName(target.model, this.model.name),
      );
      addSheet(target, copy);
      return new Sheet(target, copy);
    });
  }

  // --- conditional formats and protection -----------------------------------------------------

  getConditionalFormatRules(): ConditionalFormatRule[] {
    return this.call('getConditionalFormatRules', 'read', () =>
      this.model.conditionalFormats.map((rule) => ruleFromModel(this.doc, rule, this.model)),
    );
  }

  /** Replaces every rule of the sheet, in order (reference/spreadsheet/sheet#setConditionalFormatRules). */
  setConditionalFormatRules(rules: ConditionalFormatRule[]): void {
    this.call('setConditionalFormatRules', 'structural', () => {
      assertMayEdit(this.doc, this.model.id, this.wholeSheet());
      if (!Array.isArray(rules)) {
        throw new ScriptException(
          "The parameters don't match the method signature for SpreadsheetApp.Sheet.setConditionalFormatRules.",
        );
      }
      this.model.conditionalFormats = rules.map((rule) =>
        ruleToModel(rule, { sheetId: this.model.id, timeZone: this.doc.model.timeZone }),
      );
    });
  }

  clearConditionalFormatRules(): void {
    this.call('clearConditionalFormatRules', 'structural', () => {
      assertMayEdit(this.doc, this.model.id, this.wholeSheet());
      this.model.conditionalFormats = [];
    });
  }

  protect(): ReturnType<typeof protectSheet> {
    return this.call('protect', 'structural', () => protectSheet(this.doc, this.model));
  }

  getProtections(
    type: GoogleAppsScript.Spreadsheet.ProtectionType,
  ): ReturnType<typeof listProtections> {
    return this.call('getProtections', 'read', () =>
      listProtections(this.doc, type, this.model.id),
    );
  }

  // --- selection ------------------------------------------------------------------------------

  activate(): Sheet {
    return this.call('activate', 'write', () => {
      select(this.doc, this.model, { row: 0, column: 0, numRows: 1, numColumns: 1 });
      return this;
    });
  }

  /** The viewer's selected range in the active sheet (reference/spreadsheet/sheet#getActiveRange). */
  getActiveRange(): Range | null {
    return this.call('getActiveRange', 'read', () => {
      const selection = selectionOf(this.doc);
      return new Range(this.doc, activeSheetModel(this.doc), selection.rect);
    });
  }

  getActiveCell(): Range {
    return this.call('getActiveCell', 'read', () => currentCellRange(this.doc));
  }

  getCurrentCell(): Range | null {
    return this.call('getCurrentCell', 'read', () => currentCellRange(this.doc));
  }

  /** Makes `range` (on this sheet) the viewer's selection and its sheet the active sheet. */
  setActiveRange(range: Range): Range {
    return this.call('setActiveRange', 'write', () => activateRange(this.doc, range));
  }

  setActiveSelection(range: Range | string): Range {
    return this.call('setActiveSelection', 'write', () =>
      activateRange(this.doc, typeof range === 'string' ? this.rangeFromA1(range) : range),
    );
  }

  // --- developer metadata ---------------------------------------------------------------------

  addDeveloperMetadata(key: string, valueOrVisibility?: unknown, visibility?: unknown): Sheet {
    return this.call('addDeveloperMetadata', 'write', () => {
      assertEditor(this.doc);
      addMetadata(
        this.doc,
        { type: 'SHEET', sheetId: this.model.id },
        key,
        valueOrVisibility,
        visibility,
      );
      return this;
    });
  }

  getDeveloperMetadata(): ReturnType<typeof metadataObjects> {
    return this.call('getDeveloperMetadata', 'read', () =>
      metadataObjects(
        this.doc,
        (m) => m.location.type === 'SHEET' && m.location.sheetId === this.model.id,
      ),
    );
  }

  createDeveloperMetadataFinder(): DeveloperMetadataFinder {
    return this.call(
      'createDeveloperMetadataFinder',
      'local',
      () => new DeveloperMetadataFinder(this.doc, this.model.id),
    );
  }
}

function overlap(start: number, size: number, at: number, count: number): number {
  return Math.max(0, Math.min(start + size, at + count) - Math.max(start, at));
}

/** The viewer's current cell: the selection's `current`, else its top-left. */
export function currentCellRange(doc: SpreadsheetDocument): Range {
  const selection = selectionOf(doc);
  const cell = selection.current ?? { row: selection.rect.row, column: selection.rect.column };
  return new Range(doc, activeSheetModel(doc), { ...cell, numRows: 1, numColumns: 1 });
}

/** Selects `range` for the viewer; its sheet becomes the active sheet. */
export function activateRange(doc: SpreadsheetDocument, range: Range): Range {
  const { sheet, rect } = rangeParts(range);
  select(doc, sheet, rect);
  return range;
}

/** The model sheet and rectangle an emulated Range stands for. */
export function rangeParts(range: Range): { sheet: SheetModel; rect: GridRect } {
  // Range keeps its SheetModel and rect as public readonly members (sheets/range.ts).
  return { sheet: range.sheet, rect: range.rect };
}
