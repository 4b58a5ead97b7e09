/**
 * The emulated Apps Script Range: a rectangle of one sheet, and everything a script reads from or
 * writes to its cells (values, formulas, notes, rich text, formats, validation, checkboxes).
 * Each API method is one ctx.call, so one getValues over 30,000 cells is one ledger entry. Writes
 * check sharing and protections first and tell the formula engine which cells changed.
 */

import type { CellModel, CellStyle, DataValidationModel, GridRect, Scalar } from '../model/cells';
import { DEFAULT_STYLE } from '../model/cells';
import { cellAt, cellFor, type SheetModel } from '../model/workbook';
import type { ApiOf } from '../runtime/api-types';
import type { CallKind } from '../runtime/cost-model';
import { ScriptException } from '../runtime/errors';
import { strict } from '../runtime/strict';
import { shiftFormula } from '../formula/references';
import { a1FormulaToR1C1, formatA1, FULLY_BOUNDED, r1c1FormulaToA1, type RangeBounds } from './a1';
import { select } from './active';
import { deleteCells, insertCells, moveBlock, trimCells, type ShiftDimension } from './cell-moves';
import type { DataValidation } from './data-validation';
import { dataValidationFromModel, dataValidationToModel } from './data-validation';
import {
  addMetadata,
  DeveloperMetadataFinder,
  metadataOfRange,
  requireRangeLocation,
  type DeveloperMetadata,
} from './developer-metadata';
import type { SpreadsheetDocument } from './document';
import { colorObject, hexOfColor, type Color } from './colors';
import { CopyPasteType, Dimension, enumName, isEnumMember } from './enums';
import { breakApart, mergeCells, mergesIntersecting, type MergeKind } from './merges';
import { editPermission } from './permissions';
import { protectRange } from './protection';
import { richTextFromCell, type RichTextValue, type TextStyle } from './rich-text';
import { assertEditor, assertMayEdit, Sheet } from './sheet';
import { signatureError } from './signature';
import { setWrapStrategyOf, textStyleOf, wrapStrategyName, wrapStrategyOf } from './text-format';
import {
  clearCellContent,
  computedValueAt,
  displayValueAt,
  normalizeColor,
  scriptValueAt,
  writeScriptValue,
  type ScriptValue,
} from './values';

/** What getNumberFormat reports for a cell whose format is automatic (community-observed). */
export const AUTOMATIC_NUMBER_FORMAT = '0.###############';

/** How a range was opened: 'A:C' and '1:3' print back that way in getA1Notation. */
export interface RangeShape {
  wholeColumns?: boolean;
  wholeRows?: boolean;
  /** Which ends were named (isStartRowBounded and friends); all of them when absent. */
  bounds?: RangeBounds;
  /** Opened by A1 notation, which may name cells past the sheet's edge (sheets/a1.ts). */
  beyondEdge?: boolean;
}

/**
 * Methods taking other emulated objects (copyTo, setDataValidation(s), setRichTextValue(s)) are
 * left out: their parameters are the emulator's classes, not the real interfaces.
 */
type RangeApi = ApiOf<
  GoogleAppsScript.Spreadsheet.Range,
  | 'activate'
  | 'breakApart'
  | 'canEdit'
  | 'check'
  | 'clear'
  | 'clearContent'
  | 'clearDataValidations'
  | 'clearFormat'
  | 'clearNote'
  | 'createDeveloperMetadataFinder'
  | 'getA1Notation'
  | 'getBackground'
  | 'getBackgroundObject'
  | 'getBackgroundObjects'
  | 'getBackgrounds'
  | 'getCell'
  | 'getColumn'
  | 'getDataValidation'
  | 'getDataValidations'
  | 'getDeveloperMetadata'
  | 'getDisplayValue'
  | 'getDisplayValues'
  | 'getFontColor'
  | 'getFontColorObject'
  | 'getFontColorObjects'
  | 'getFontColors'
  | 'getFontFamilies'
  | 'getFontFamily'
  | 'getFontLine'
  | 'getFontLines'
  | 'getFontSize'
  | 'getFontSizes'
  | 'getFontStyle'
  | 'getFontStyles'
  | 'getFontWeight'
  | 'getFontWeights'
  | 'getFormula'
  | 'getFormulaR1C1'
  | 'getFormulas'
  | 'getFormulasR1C1'
  | 'getGridId'
  | 'getHeight'
  | 'getHorizontalAlignment'
  | 'getHorizontalAlignments'
  | 'getLastColumn'
  | 'getLastRow'
  | 'getMergedRanges'
  | 'getNote'
  | 'getNotes'
  | 'getNumColumns'
  | 'getNumRows'
  | 'getNumberFormat'
  | 'getNumberFormats'
  | 'getRichTextValue'
  | 'getRichTextValues'
  | 'getRow'
  | 'getRowIndex'
  | 'getSheet'
  | 'getTextStyle'
  | 'getTextStyles'
  | 'getValue'
  | 'getValues'
  | 'getVerticalAlignment'
  | 'getVerticalAlignments'
  | 'getWidth'
  | 'getWrap'
  | 'getWrapStrategies'
  | 'getWrapStrategy'
  | 'getWraps'
  | 'insertCells'
  | 'insertCheckboxes'
  | 'isBlank'
  | 'isChecked'
  | 'isEndColumnBounded'
  | 'isEndRowBounded'
  | 'isPartOfMerge'
  | 'isStartColumnBounded'
  | 'isStartRowBounded'
  | 'merge'
  | 'mergeAcross'
  | 'mergeVertically'
  | 'offset'
  | 'protect'
  | 'removeCheckboxes'
  | 'setBackground'
  | 'setBackgrounds'
  | 'setFontColor'
  | 'setFontColors'
  | 'setFontFamilies'
  | 'setFontFamily'
  | 'setFontLine'
  | 'setFontLines'
  | 'setFontSize'
  | 'setFontSizes'
  | 'setFontStyle'
  | 'setFontStyles'
  | 'setFontWeight'
  | 'setFontWeights'
  | 'setFormula'
  | 'setFormulaR1C1'
  | 'setFormulas'
  | 'setFormulasR1C1'
  | 'setHorizontalAlignment'
  | 'setHorizontalAlignments'
  | 'setNote'
  | 'setNotes'
  | 'setNumberFormat'
  | 'setNumberFormats'
  | 'setShowHyperlink'
  | 'setValue'
  | 'setValues'
  | 'setVerticalAlignment'
  | 'setVerticalAlignments'
  | 'setWrap'
  | 'setWrapStrategies'
  | 'setWrapStrategy'
  | 'setWraps'
  | 'trimWhitespace'
  | 'uncheck'
>;

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

function isPastEdge(sheet: SheetModel, rect: GridRect): boolean {
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
function pruneCell(sheet: SheetModel, row: number, column: number): void {
  const cells = sheet.rows[row];
  const cell = cells?.[column];
  if (!cells || !cell) return;
  if (cell.style && Object.keys(cell.style).length === 0) delete cell.style;
  if (Object.keys(cell).length === 0) cells[column] = undefined;
}

/**
 * A note as Sheets stores what a script gave it. setNote takes a String, so a number is written
 * as JavaScript prints it (setNote(25) reads back '25'); setNotes takes Object[][], and an integer
 * there reads back with '.0' ('25.0'). Live behaviour as gas-fakes notes/oddities.md ("sheets
 * notes", issuetracker 429373214) describes it.
 */
function noteText(note: unknown, inGrid: boolean): string {
  if (note === null || note === undefined) return '';
  if (inGrid && typeof note === 'number' && Number.isInteger(note)) return note.toFixed(1);
  return String(note);
}

/** 'formula': a formula gives the cell its value (=TRUE, =B2>0). */
type CheckboxState = 'checked' | 'unchecked' | 'other' | 'formula';

/** The checked / unchecked values of a CHECKBOX rule (default TRUE / FALSE; custom: [checked, unchecked = '']). */
function checkboxValues(validation: DataValidationModel): [Scalar, Scalar] {
  if (validation.args.length === 0) return [true, false];
  return [validation.args[0] as Scalar, (validation.args[1] ?? '') as Scalar];
}

function sameScalar(a: Scalar | undefined, b: Scalar): boolean {
  if (a === b) return true;
  if (a === undefined) return b === '';
  return typeof b === 'string' && typeof a !== 'boolean' && String(a) === b;
}

function checkboxState(cell: CellModel | undefined): CheckboxState | null {
  const validation = cell?.validation;
  if (!cell || validation?.kind !== 'CHECKBOX') return null;
  if (cell.formula !== undefined) return 'formula';
  return stateOfValue(validation, cell.value);
}

/** Whether `value` is the rule's checked value, its unchecked value, or neither. */
function stateOfValue(
  validation: DataValidationModel,
  value: Scalar | undefined,
): 'checked' | 'unchecked' | 'other' {
  const [checked, unchecked] = checkboxValues(validation);
  if (sameScalar(value, checked)) return 'checked';
  // An empty default checkbox shows unchecked.
  if (sameScalar(value, unchecked) || (value === undefined && unchecked === false)) {
    return 'unchecked';
  }
  return 'other';
}

/**
 * Sets (or, for null, resets) one style attribute of a cell. setWrap and setWraps replace a wrap
 * strategy set before: the strategy is then read from the wrap flag again.
 */
function assignStyle<K extends keyof CellStyle>(
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

function setScalar(cell: CellModel, value: Scalar): void {
  clearCellContent(cell);
  if (value !== '') cell.value = value;
}

/** copyTo's options object (reference/spreadsheet/range#copyTo(Range,Object)). */
export interface CopyOptions {
  formatOnly?: boolean;
  contentsOnly?: boolean;
}

/**
 * copyTo's overloads as live Apps Script checks them (gas-fakes test/testsheets.js "Range.copyTo"
 * and notes/oddities.md "range.copyTo"): no argument or a first argument that is not a Range is
 * refused; with three arguments the second must be a CopyPasteType and the third a boolean; with
 * two, anything that is not an options object is ignored ("copyTo(destination, 'FOO') ignores FOO
 * and runs without reporting error").
 */
function checkCopyToArguments(args: readonly unknown[]): [Range, unknown, boolean] {
  const [destination, optionsOrType, transposed] = args;
  if (!(destination instanceof Range)) throw signatureError('Range.copyTo', args);
  if (args.length >= 3) {
    if (!isEnumMember(CopyPasteType, optionsOrType) || typeof transposed !== 'boolean') {
      throw signatureError('Range.copyTo', args);
    }
    return [destination, optionsOrType, transposed];
  }
  const kept =
    isEnumMember(CopyPasteType, optionsOrType) ||
    (typeof optionsOrType === 'object' && optionsOrType !== null)
      ? optionsOrType
      : undefined;
  return [destination, kept, false];
}

export interface ClearOptions {
  commentsOnly?: boolean;
  contentsOnly?: boolean;
  formatOnly?: boolean;
  validationsOnly?: boolean;
  skipFilteredRows?: boolean;
}

export class Range implements RangeApi {
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

  private call<T>(method: string, kind: CallKind, fn: () => T, cells = 0): T {
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

  private get cellCount(): number {
    return this.rect.numRows * this.rect.numColumns;
  }

  /** One value per cell, row by row. */
  private grid<T>(read: (row: number, column: number) => T): T[][] {
    const { row, column, numRows, numColumns } = this.rect;
    const result: T[][] = new Array<T[]>(numRows);
    for (let r = 0; r < numRows; r++) {
      const line = new Array<T>(numColumns);
      for (let c = 0; c < numColumns; c++) line[c] = read(row + r, column + c);
      result[r] = line;
    }
    return result;
  }

  private forEachCell(visit: (row: number, column: number, r: number, c: number) => void): void {
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
  private mutateExisting(
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

  private styleAt<K extends keyof CellStyle>(
    key: K,
    row: number,
    column: number,
  ): Required<CellStyle>[K] {
    const value = cellAt(this.sheet, row, column)?.style?.[key];
    return value === undefined ? DEFAULT_STYLE[key] : (value as Required<CellStyle>[K]);
  }

  private getStyle<K extends keyof CellStyle>(method: string, key: K): Required<CellStyle>[K] {
    return this.call(method, 'read', () => this.styleAt(key, this.rect.row, this.rect.column));
  }

  private getStyles<K extends keyof CellStyle>(method: string, key: K): Required<CellStyle>[K][][] {
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

  private setStyle<K extends keyof CellStyle>(
    method: string,
    key: K,
    value: CellStyle[K] | null | undefined,
  ): this {
    this.call(method, 'write', () => this._setStyle(key, value), this.cellCount);
    return this;
  }

  private setStyles<K extends keyof CellStyle>(
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

  /** Docs: row and column are 1-based, relative to the range; outside it is an error. */
  getCell(row: number, column: number): Range {
    return this.call('getCell', 'local', () => {
      if (row < 1 || column < 1 || row > this.rect.numRows || column > this.rect.numColumns) {
        throw new ScriptException('Cell reference out of range');
      }
      return new Range(this.doc, this.sheet, {
        row: this.rect.row + Math.floor(row) - 1,
        column: this.rect.column + Math.floor(column) - 1,
        numRows: 1,
        numColumns: 1,
      });
    });
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): Range {
    return this.call('offset', 'local', () => {
      return new Range(this.doc, this.sheet, {
        row: this.rect.row + Math.floor(rowOffset),
        column: this.rect.column + Math.floor(columnOffset),
        numRows: numRows === undefined ? this.rect.numRows : Math.floor(numRows),
        numColumns: numColumns === undefined ? this.rect.numColumns : Math.floor(numColumns),
      });
    });
  }

  // ---------------------------------------------------------------------------------------------
  // Merges (sheets/merges.ts).

  /**
   * Docs: the merged ranges fully within the range or containing at least one of its cells; live
   * (gas-fakes testsheets.js "Range Merging Methods") A1:C3 finds the merge A1:B2.
   */
  getMergedRanges(): Range[] {
    return this.call('getMergedRanges', 'read', () =>
      mergesIntersecting(this.sheet, this.rect).map(
        (rect) => new Range(this.doc, this.sheet, rect),
      ),
    );
  }

  /** Docs: true when the range's cells overlap any merged cells. */
  isPartOfMerge(): boolean {
    return this.call(
      'isPartOfMerge',
      'read',
      () => mergesIntersecting(this.sheet, this.rect).length > 0,
    );
  }

  private mergeAs(method: string, kind: MergeKind): Range {
    this.call(
      method,
      'write',
      () => {
        assertMayEdit(this.doc, this.sheet.id, this.rect);
        if (mergeCells(this.sheet, this.rect, kind)) {
          this.doc.engine.syncCells(this.sheet, this.rect);
        }
      },
      this.cellCount,
    );
    return this;
  }

  /** Docs: merges the cells of the range into one block. */
  merge(): Range {
    return this.mergeAs('merge', 'all');
  }

  /** Docs: merges across the columns of the range, one block per row. */
  mergeAcross(): Range {
    return this.mergeAs('mergeAcross', 'across');
  }

  /** Docs: merges down the rows of the range, one block per column. */
  mergeVertically(): Range {
    return this.mergeAs('mergeVertically', 'vertically');
  }

  _breakApart(): void {
    assertMayEdit(this.doc, this.sheet.id, this.rect);
    breakApart(this.sheet, this.rect);
  }

  /** Docs: breaks every merge in the range back into single cells. */
  breakApart(): Range {
    this.call('breakApart', 'write', () => this._breakApart(), this.cellCount);
    return this;
  }

  // ---------------------------------------------------------------------------------------------
  // Row and column developer metadata (sheets/developer-metadata.ts).

  /** Only a whole row or column takes metadata; anything else throws Apps Script's refusal. */
  addDeveloperMetadata(key: string, valueOrVisibility?: unknown, visibility?: unknown): Range {
    return this.call('addDeveloperMetadata', 'write', () => {
      assertEditor(this.doc);
      const location = requireRangeLocation(this.sheet, this.rect);
      addMetadata(this.doc, location, key, valueOrVisibility, visibility);
      return this;
    });
  }

  getDeveloperMetadata(): DeveloperMetadata[] {
    return this.call('getDeveloperMetadata', 'read', () =>
      metadataOfRange(this.doc, this.sheet, this.rect),
    );
  }

  createDeveloperMetadataFinder(): DeveloperMetadataFinder {
    return this.call(
      'createDeveloperMetadataFinder',
      'local',
      () => new DeveloperMetadataFinder(this.doc, { sheetId: this.sheet.id, rect: this.rect }),
    );
  }

  // ---------------------------------------------------------------------------------------------
  // Moving cells (sheets/cell-moves.ts).

  private shiftDimension(method: string, value: unknown): ShiftDimension {
    if (!isEnumMember(Dimension, value)) throw signatureError(`Range.${method}`, [value]);
    return enumName(value) === 'ROWS' ? 'ROWS' : 'COLUMNS';
  }

  /** The range and every cell after it along `dimension`: what a shift touches. */
  private shiftedBand(dimension: ShiftDimension): GridRect {
    return dimension === 'ROWS'
      ? { ...this.rect, numRows: this.sheet.rowCount - this.rect.row }
      : { ...this.rect, numColumns: this.sheet.columnCount - this.rect.column };
  }

  /** Docs: inserts empty cells, shifting the cells at and after the range down or right. */
  insertCells(shiftDimension: GoogleAppsScript.Spreadsheet.Dimension): Range {
    this.call(
      'insertCells',
      'structural',
      () => {
        const dimension = this.shiftDimension('insertCells', shiftDimension);
        assertMayEdit(this.doc, this.sheet.id, this.shiftedBand(dimension));
        insertCells(this.doc, this.sheet, this.rect, dimension);
      },
      this.cellCount,
    );
    return this;
  }

  /** Docs: deletes the cells, shifting the cells after the range up or left into their place. */
  deleteCells(shiftDimension: GoogleAppsScript.Spreadsheet.Dimension): void {
    this.call(
      'deleteCells',
      'structural',
      () => {
        const dimension = this.shiftDimension('deleteCells', shiftDimension);
        assertMayEdit(this.doc, this.sheet.id, this.shiftedBand(dimension));
        deleteCells(this.doc, this.sheet, this.rect, dimension);
      },
      this.cellCount,
    );
  }

  /**
   * Docs: cut and paste (values and formats) to `target`, whose top-left cell is where the block
   * lands; live (gas-fakes testsheets.js "Range.moveTo") the source is left empty and unformatted,
   * also when source and target overlap.
   */
  moveTo(target: Range): void {
    this.call(
      'moveTo',
      'structural',
      () => {
        if (!(target instanceof Range)) throw signatureError('Range.moveTo', [target]);
        if (target.doc !== this.doc) {
          // Estimate of the wording, as copyTo's.
          throw new ScriptException(
            'Target range and source range must be on the same spreadsheet.',
          );
        }
        const landing: GridRect = {
          ...this.rect,
          row: target.rect.row,
          column: target.rect.column,
        };
        checkRectOnSheet(target.sheet, landing);
        assertMayEdit(this.doc, this.sheet.id, this.rect);
        assertMayEdit(this.doc, target.sheet.id, landing);
        moveBlock(
          this.doc,
          'Range.moveTo',
          this.sheet,
          this.rect,
          target.sheet,
          landing.row,
          landing.column,
        );
      },
      this.cellCount,
    );
  }

  _trimWhitespace(): void {
    assertMayEdit(this.doc, this.sheet.id, this.rect);
    if (trimCells(this.sheet, this.rect)) this.doc.engine.syncCells(this.sheet, this.rect);
  }

  trimWhitespace(): Range {
    this.call('trimWhitespace', 'write', () => this._trimWhitespace(), this.cellCount);
    return this;
  }

  // ---------------------------------------------------------------------------------------------
  // Text styles, links shown as links, wrap strategies.

  /** Docs: the text style of the top-left cell. */
  getTextStyle(): TextStyle {
    return this.call('getTextStyle', 'read', () =>
      textStyleOf(cellAt(this.sheet, this.rect.row, this.rect.column)?.style),
    );
  }

  getTextStyles(): TextStyle[][] {
    return this.call(
      'getTextStyles',
      'read',
      () => this.grid((row, column) => textStyleOf(cellAt(this.sheet, row, column)?.style)),
      this.cellCount,
    );
  }

  /**
   * Docs: whether links in the range show as links. Live (gas-fakes testsheetsexotics.js
   * "Range.setShowHyperlink") the cell format's hyperlinkDisplayType becomes PLAIN_TEXT or
   * LINKED, and null is refused with the signature message. Nothing else in Apps Script reads it.
   */
  setShowHyperlink(showHyperlink: boolean): Range {
    this.call(
      'setShowHyperlink',
      'write',
      () => this._setShowHyperlink('Range.setShowHyperlink', showHyperlink),
      this.cellCount,
    );
    return this;
  }

  _setShowHyperlink(member: string, showHyperlink: unknown): void {
    if (typeof showHyperlink !== 'boolean') throw signatureError(member, [showHyperlink]);
    this._setStyle('showHyperlink', showHyperlink);
  }

  getWrapStrategy(): GoogleAppsScript.Spreadsheet.WrapStrategy {
    return this.call('getWrapStrategy', 'read', () =>
      wrapStrategyOf(cellAt(this.sheet, this.rect.row, this.rect.column)?.style),
    );
  }

  getWrapStrategies(): GoogleAppsScript.Spreadsheet.WrapStrategy[][] {
    return this.call(
      'getWrapStrategies',
      'read',
      () => this.grid((row, column) => wrapStrategyOf(cellAt(this.sheet, row, column)?.style)),
      this.cellCount,
    );
  }

  /** Live (gas-fakes testsheets.js "exotic styles"): WRAP reads back as getWrap() true, OVERFLOW and CLIP as false. */
  setWrapStrategy(strategy: GoogleAppsScript.Spreadsheet.WrapStrategy): Range {
    this.call(
      'setWrapStrategy',
      'write',
      () => this._setWrapStrategy('Range.setWrapStrategy', strategy),
      this.cellCount,
    );
    return this;
  }

  _setWrapStrategy(member: string, strategy: unknown): void {
    const name = wrapStrategyName(member, strategy);
    this._mutate((cell) => setWrapStrategyOf(cell, name), false);
  }

  setWrapStrategies(strategies: GoogleAppsScript.Spreadsheet.WrapStrategy[][]): Range {
    this.call(
      'setWrapStrategies',
      'write',
      () => {
        const rows = checkShape(strategies, this.rect, 'setWrapStrategies');
        const names = rows.map((row) =>
          row.map((value) => wrapStrategyName('Range.setWrapStrategies', value)),
        );
        this._mutate((cell, _row, _column, r, c) => {
          const name = names[r]?.[c];
          if (name) setWrapStrategyOf(cell, name);
        }, false);
      },
      this.cellCount,
    );
    return this;
  }

  // ---------------------------------------------------------------------------------------------
  // Values and formulas.

  getValue(): ScriptValue {
    return this.call('getValue', 'read', () =>
      scriptValueAt(this.doc, this.sheet, this.rect.row, this.rect.column),
    );
  }

  getValues(): ScriptValue[][] {
    return this.call(
      'getValues',
      'read',
      () => this.grid((row, column) => scriptValueAt(this.doc, this.sheet, row, column)),
      this.cellCount,
    );
  }

  getDisplayValue(): string {
    return this.call('getDisplayValue', 'read', () =>
      displayValueAt(this.doc, this.sheet, this.rect.row, this.rect.column),
    );
  }

  getDisplayValues(): string[][] {
    return this.call(
      'getDisplayValues',
      'read',
      () => this.grid((row, column) => displayValueAt(this.doc, this.sheet, row, column)),
      this.cellCount,
    );
  }

  _setValue(value: unknown): void {
    this._mutate((cell) => writeScriptValue(this.doc, cell, value), true);
  }

  /** Docs: sets every cell of the range to `value`. */
  setValue(value: unknown): Range {
    this.call('setValue', 'write', () => this._setValue(value), this.cellCount);
    return this;
  }

  setValues(values: unknown[][]): Range {
    this.call(
      'setValues',
      'write',
      () => {
        const rows = checkShape(values, this.rect, 'setValues');
        this._mutate(
          (cell, _row, _column, r, c) => writeScriptValue(this.doc, cell, rows[r]?.[c]),
          true,
        );
      },
      this.cellCount,
    );
    return this;
  }

  getFormula(): string {
    return this.call(
      'getFormula',
      'read',
      () => cellAt(this.sheet, this.rect.row, this.rect.column)?.formula ?? '',
    );
  }

  getFormulas(): string[][] {
    return this.call(
      'getFormulas',
      'read',
      () => this.grid((row, column) => cellAt(this.sheet, row, column)?.formula ?? ''),
      this.cellCount,
    );
  }

  /** Docs: the formula in R1C1 notation, or null when the cell has none. */
  getFormulaR1C1(): string | null {
    return this.call('getFormulaR1C1', 'read', () =>
      this.formulaR1C1At(this.rect.row, this.rect.column),
    );
  }

  getFormulasR1C1(): (string | null)[][] {
    return this.call(
      'getFormulasR1C1',
      'read',
      () => this.grid((row, column) => this.formulaR1C1At(row, column)),
      this.cellCount,
    );
  }

  private formulaR1C1At(row: number, column: number): string | null {
    const formula = cellAt(this.sheet, row, column)?.formula;
    return formula === undefined ? null : a1FormulaToR1C1(formula, row, column);
  }

  /** Writes formula text (A1) into a cell: '' empties it; text without '=' gets one (gas-fakes R1C1 test). */
  private static writeFormula(cell: CellModel, formula: unknown): void {
    clearCellContent(cell);
    const text = formula === null || formula === undefined ? '' : String(formula);
    if (text === '') return;
    cell.formula = text.startsWith('=') ? text : `=${text}`;
  }

  _setFormula(formula: string): void {
    this._mutate((cell) => Range.writeFormula(cell, formula), true);
  }

  _setFormulaR1C1(formula: string): void {
    this._mutate(
      (cell, row, column) =>
        Range.writeFormula(cell, r1c1FormulaToA1(String(formula), row, column)),
      true,
    );
  }

  /**
   * Docs: on a multi-cell range the formula is written to every cell with its relative references
   * shifted, as if filled from the top-left cell.
   */
  setFormula(formula: string): Range {
    this.call(
      'setFormula',
      'write',
      () =>
        this._mutate(
          (cell, _row, _column, r, c) =>
            Range.writeFormula(cell, shiftFormula(String(formula), r, c)),
          true,
        ),
      this.cellCount,
    );
    return this;
  }

  setFormulas(formulas: string[][]): Range {
    this.call(
      'setFormulas',
      'write',
      () => {
        const rows = checkShape(formulas, this.rect, 'setFormulas');
        this._mutate((cell, _row, _column, r, c) => Range.writeFormula(cell, rows[r]?.[c]), true);
      },
      this.cellCount,
    );
    return this;
  }

  setFormulaR1C1(formula: string): Range {
    this.call('setFormulaR1C1', 'write', () => this._setFormulaR1C1(formula), this.cellCount);
    return this;
  }

  setFormulasR1C1(formulas: string[][]): Range {
    this.call(
      'setFormulasR1C1',
      'write',
      () => {
        const rows = checkShape(formulas, this.rect, 'setFormulasR1C1');
        this._mutate((cell, row, column, r, c) => {
          const text = rows[r]?.[c];
          Range.writeFormula(cell, text ? r1c1FormulaToA1(String(text), row, column) : text);
        }, true);
      },
      this.cellCount,
    );
    return this;
  }

  /**
   * Docs: true when the range is "totally blank": no value, no formula, and no value an array
   * formula elsewhere spilled into it (what the cell shows and getValues returns, as for
   * Sheet.getLastRow).
   */
  isBlank(): boolean {
    return this.call(
      'isBlank',
      'read',
      () => {
        let blank = true;
        this.forEachCell((row, column) => {
          const cell = cellAt(this.sheet, row, column);
          if (
            cell &&
            (cell.formula !== undefined || (cell.value !== undefined && cell.value !== ''))
          ) {
            blank = false;
          } else if (
            cell?.value === undefined &&
            computedValueAt(this.doc, this.sheet, row, column).value !== null
          ) {
            blank = false;
          }
        });
        return blank;
      },
      this.cellCount,
    );
  }

  // ---------------------------------------------------------------------------------------------
  // Notes.

  getNote(): string {
    return this.call(
      'getNote',
      'read',
      () => cellAt(this.sheet, this.rect.row, this.rect.column)?.note ?? '',
    );
  }

  getNotes(): string[][] {
    return this.call(
      'getNotes',
      'read',
      () => this.grid((row, column) => cellAt(this.sheet, row, column)?.note ?? ''),
      this.cellCount,
    );
  }

  _setNote(note: unknown): void {
    const text = noteText(note, false);
    this._mutate((cell) => {
      if (text === '') delete cell.note;
      else cell.note = text;
    }, false);
  }

  setNote(note: string | null): Range {
    this.call('setNote', 'write', () => this._setNote(note), this.cellCount);
    return this;
  }

  setNotes(notes: (string | null)[][]): Range {
    this.call(
      'setNotes',
      'write',
      () => {
        const rows = checkShape(notes, this.rect, 'setNotes');
        this._mutate((cell, _row, _column, r, c) => {
          const text = noteText(rows[r]?.[c], true);
          if (text === '') delete cell.note;
          else cell.note = text;
        }, false);
      },
      this.cellCount,
    );
    return this;
  }

  _clearNote(): void {
    this.mutateExisting((cell) => delete cell.note, false);
  }

  clearNote(): Range {
    this.call('clearNote', 'write', () => this._clearNote(), this.cellCount);
    return this;
  }

  // ---------------------------------------------------------------------------------------------
  // Rich text.

  private richTextAt(row: number, column: number): RichTextValue | null {
    const cell = cellAt(this.sheet, row, column);
    const computed = computedValueAt(this.doc, this.sheet, row, column);
    // Docs: null when the cell's value is not text. An empty cell holds empty text.
    if (computed.value === null) return richTextFromCell('', undefined, cell?.style);
    if (typeof computed.value !== 'string' || computed.isError) return null;
    return richTextFromCell(computed.value, cell?.richText, cell?.style);
  }

  getRichTextValue(): RichTextValue | null {
    return this.call('getRichTextValue', 'read', () =>
      this.richTextAt(this.rect.row, this.rect.column),
    );
  }

  getRichTextValues(): (RichTextValue | null)[][] {
    return this.call(
      'getRichTextValues',
      'read',
      () => this.grid((row, column) => this.richTextAt(row, column)),
      this.cellCount,
    );
  }

  /** The text is stored as a plain string: never read as a number, date or formula. */
  private static writeRichText(cell: CellModel, value: RichTextValue): void {
    const model = value.toModel();
    clearCellContent(cell);
    if (model.text === '') return;
    cell.value = model.text;
    if (model.runs.length > 0) cell.richText = model;
  }

  setRichTextValue(value: RichTextValue): Range {
    this.call(
      'setRichTextValue',
      'write',
      () => this._mutate((cell) => Range.writeRichText(cell, value), true),
      this.cellCount,
    );
    return this;
  }

  setRichTextValues(values: RichTextValue[][]): Range {
    this.call(
      'setRichTextValues',
      'write',
      () => {
        const rows = checkShape(values, this.rect, 'setRichTextValues');
        this._mutate((cell, _row, _column, r, c) => {
          const value = rows[r]?.[c] as RichTextValue | null | undefined;
          if (value) Range.writeRichText(cell, value);
          else clearCellContent(cell);
        }, true);
      },
      this.cellCount,
    );
    return this;
  }

  // ---------------------------------------------------------------------------------------------
  // Number formats.

  getNumberFormat(): string {
    return this.call(
      'getNumberFormat',
      'read',
      () =>
        cellAt(this.sheet, this.rect.row, this.rect.column)?.numberFormat ??
        AUTOMATIC_NUMBER_FORMAT,
    );
  }

  getNumberFormats(): string[][] {
    return this.call(
      'getNumberFormats',
      'read',
      () =>
        this.grid(
          (row, column) => cellAt(this.sheet, row, column)?.numberFormat ?? AUTOMATIC_NUMBER_FORMAT,
        ),
      this.cellCount,
    );
  }

  _setNumberFormat(format: string): void {
    this._mutate((cell) => storeNumberFormat(cell, format), false);
  }

  setNumberFormat(numberFormat: string): Range {
    this.call(
      'setNumberFormat',
      'write',
      () => this._setNumberFormat(numberFormat),
      this.cellCount,
    );
    return this;
  }

  setNumberFormats(numberFormats: string[][]): Range {
    this.call(
      'setNumberFormats',
      'write',
      () => {
        const rows = checkShape(numberFormats, this.rect, 'setNumberFormats');
        this._mutate((cell, _row, _column, r, c) => storeNumberFormat(cell, rows[r]?.[c]), false);
      },
      this.cellCount,
    );
    return this;
  }

  // ---------------------------------------------------------------------------------------------
  // Cell styles.

  getBackground(): string {
    return this.getStyle('getBackground', 'background');
  }
  getBackgrounds(): string[][] {
    return this.getStyles('getBackgrounds', 'background');
  }
  /** Docs: null resets to white. */
  setBackground(color: string | null): Range {
    return this.setStyle(
      'setBackground',
      'background',
      color === null ? null : normalizeColor(color),
    );
  }
  setBackgrounds(colors: (string | null)[][]): Range {
    return this.setStyles('setBackgrounds', 'background', colors, (v) =>
      v === null || v === undefined ? null : normalizeColor(String(v)),
    );
  }

  /** Docs (range#getBackgroundObject): the background as a Color; RGB, as the emulator stores it. */
  getBackgroundObject(): Color {
    return colorObject(this.getStyle('getBackgroundObject', 'background'));
  }
  getBackgroundObjects(): Color[][] {
    return this.getStyles('getBackgroundObjects', 'background').map((row) =>
      row.map((hex) => colorObject(hex)),
    );
  }
  setBackgroundObject(color: unknown): Range {
    return this.setStyle(
      'setBackgroundObject',
      'background',
      hexOfColor(color, 'Range.setBackgroundObject'),
    );
  }
  setBackgroundObjects(colors: unknown[][]): Range {
    return this.setStyles('setBackgroundObjects', 'background', colors, (v) =>
      hexOfColor(v, 'Range.setBackgroundObjects'),
    );
  }

  getFontColor(): string {
    return this.getStyle('getFontColor', 'fontColor');
  }
  getFontColorObject(): Color {
    return colorObject(this.getStyle('getFontColorObject', 'fontColor'));
  }
  getFontColorObjects(): Color[][] {
    return this.getStyles('getFontColorObjects', 'fontColor').map((row) =>
      row.map((hex) => colorObject(hex)),
    );
  }
  setFontColorObject(color: unknown): Range {
    return this.setStyle(
      'setFontColorObject',
      'fontColor',
      hexOfColor(color, 'Range.setFontColorObject'),
    );
  }
  setFontColorObjects(colors: unknown[][]): Range {
    return this.setStyles('setFontColorObjects', 'fontColor', colors, (v) =>
      hexOfColor(v, 'Range.setFontColorObjects'),
    );
  }
  getFontColors(): string[][] {
    return this.getStyles('getFontColors', 'fontColor');
  }
  setFontColor(color: string | null): Range {
    return this.setStyle(
      'setFontColor',
      'fontColor',
      color === null ? null : normalizeColor(color),
    );
  }
  setFontColors(colors: unknown[][]): Range {
    return this.setStyles('setFontColors', 'fontColor', colors, (v) =>
      v === null || v === undefined ? null : normalizeColor(String(v)),
    );
  }

  getFontWeight(): GoogleAppsScript.Spreadsheet.FontWeight {
    return this.getStyle('getFontWeight', 'fontWeight');
  }
  getFontWeights(): GoogleAppsScript.Spreadsheet.FontWeight[][] {
    return this.getStyles('getFontWeights', 'fontWeight');
  }
  setFontWeight(fontWeight: GoogleAppsScript.Spreadsheet.FontWeight | null): Range {
    return this.setStyle('setFontWeight', 'fontWeight', fontWeight);
  }
  setFontWeights(fontWeights: (GoogleAppsScript.Spreadsheet.FontWeight | null)[][]): Range {
    return this.setStyles(
      'setFontWeights',
      'fontWeight',
      fontWeights,
      (v) => v as CellStyle['fontWeight'] | null,
    );
  }

  getFontStyle(): GoogleAppsScript.Spreadsheet.FontStyle {
    return this.getStyle('getFontStyle', 'fontStyle');
  }
  getFontStyles(): GoogleAppsScript.Spreadsheet.FontStyle[][] {
    return this.getStyles('getFontStyles', 'fontStyle');
  }
  setFontStyle(fontStyle: GoogleAppsScript.Spreadsheet.FontStyle | null): Range {
    return this.setStyle('setFontStyle', 'fontStyle', fontStyle);
  }
  setFontStyles(fontStyles: (GoogleAppsScript.Spreadsheet.FontStyle | null)[][]): Range {
    return this.setStyles(
      'setFontStyles',
      'fontStyle',
      fontStyles,
      (v) => v as CellStyle['fontStyle'] | null,
    );
  }

  getFontLine(): GoogleAppsScript.Spreadsheet.FontLine {
    return this.getStyle('getFontLine', 'fontLine');
  }
  getFontLines(): GoogleAppsScript.Spreadsheet.FontLine[][] {
    return this.getStyles('getFontLines', 'fontLine');
  }
  setFontLine(fontLine: GoogleAppsScript.Spreadsheet.FontLine | null): Range {
    return this.setStyle('setFontLine', 'fontLine', fontLine);
  }
  setFontLines(fontLines: (GoogleAppsScript.Spreadsheet.FontLine | null)[][]): Range {
    return this.setStyles(
      'setFontLines',
      'fontLine',
      fontLines,
      (v) => v as CellStyle['fontLine'] | null,
    );
  }

  getFontSize(): number {
    return this.getStyle('getFontSize', 'fontSize');
  }
  getFontSizes(): number[][] {
    return this.getStyles('getFontSizes', 'fontSize');
  }
  setFontSize(size: number): Range {
    return this.setStyle('setFontSize', 'fontSize', size);
  }
  setFontSizes(sizes: number[][]): Range {
    return this.setStyles('setFontSizes', 'fontSize', sizes, (v) =>
      v === null || v === undefined ? null : Number(v),
    );
  }

  getFontFamily(): string {
    return this.getStyle('getFontFamily', 'fontFamily');
  }
  getFontFamilies(): string[][] {
    return this.getStyles('getFontFamilies', 'fontFamily');
  }
  setFontFamily(fontFamily: string | null): Range {
    return this.setStyle('setFontFamily', 'fontFamily', fontFamily);
  }
  setFontFamilies(fontFamilies: (string | null)[][]): Range {
    return this.setStyles('setFontFamilies', 'fontFamily', fontFamilies, (v) =>
      v === null || v === undefined ? null : String(v),
    );
  }

  getHorizontalAlignment(): string {
    return this.getStyle('getHorizontalAlignment', 'horizontalAlignment');
  }
  getHorizontalAlignments(): string[][] {
    return this.getStyles('getHorizontalAlignments', 'horizontalAlignment');
  }
  /**
   * null resets to the automatic alignment, read back 'general'; 'normal' reads back
   * 'general-left' (gas-fakes notes/oddities.md, "Horizontal alignment"). Both show alike.
   */
  setHorizontalAlignment(alignment: 'left' | 'center' | 'normal' | 'right' | null): Range {
    return this.setStyle('setHorizontalAlignment', 'horizontalAlignment', horizontal(alignment));
  }
  setHorizontalAlignments(alignments: ('left' | 'center' | 'normal' | 'right' | null)[][]): Range {
    return this.setStyles('setHorizontalAlignments', 'horizontalAlignment', alignments, (v) =>
      horizontal(v as string | null),
    );
  }

  getVerticalAlignment(): string {
    return this.getStyle('getVerticalAlignment', 'verticalAlignment');
  }
  getVerticalAlignments(): string[][] {
    return this.getStyles('getVerticalAlignments', 'verticalAlignment');
  }
  setVerticalAlignment(alignment: 'top' | 'middle' | 'bottom' | null): Range {
    return this.setStyle('setVerticalAlignment', 'verticalAlignment', alignment);
  }
  setVerticalAlignments(alignments: ('top' | 'middle' | 'bottom' | null)[][]): Range {
    return this.setStyles(
      'setVerticalAlignments',
      'verticalAlignment',
      alignments,
      (v) => v as CellStyle['verticalAlignment'] | null,
    );
  }

  /**
   * A cell whose wrap was never set reads back true, although it shows its text overflowing (the
   * model's default, what a person sees, is no wrap): live Apps Script, gas-fakes test/
   * testsheets.js "default wrap" and notes/oddities.md "Wrap and Wrap strategy" (issuetracker
   * 427134600).
   */
  getWrap(): boolean {
    return this.call(
      'getWrap',
      'read',
      () => cellAt(this.sheet, this.rect.row, this.rect.column)?.style?.wrap ?? true,
    );
  }
  getWraps(): boolean[][] {
    return this.call(
      'getWraps',
      'read',
      () => this.grid((row, column) => cellAt(this.sheet, row, column)?.style?.wrap ?? true),
      this.cellCount,
    );
  }
  setWrap(isWrapEnabled: boolean): Range {
    return this.setStyle('setWrap', 'wrap', Boolean(isWrapEnabled));
  }
  setWraps(isWrapEnabled: boolean[][]): Range {
    return this.setStyles('setWraps', 'wrap', isWrapEnabled, (v) => Boolean(v));
  }

  // ---------------------------------------------------------------------------------------------
  // Data validation and checkboxes.

  getDataValidation(): DataValidation | null {
    return this.call('getDataValidation', 'read', () => {
      const model = cellAt(this.sheet, this.rect.row, this.rect.column)?.validation;
      return model ? dataValidationFromModel(this.doc, model) : null;
    });
  }

  getDataValidations(): (DataValidation | null)[][] {
    return this.call(
      'getDataValidations',
      'read',
      () =>
        this.grid((row, column) => {
          const model = cellAt(this.sheet, row, column)?.validation;
          return model ? dataValidationFromModel(this.doc, model) : null;
        }),
      this.cellCount,
    );
  }

  _setValidation(model: DataValidationModel | null): void {
    if (model === null) {
      this.mutateExisting((cell) => delete cell.validation, false);
      return;
    }
    const top = this.rect.row;
    const left = this.rect.column;
    this._mutate((cell, row, column) => {
      const copy = structuredClone(model);
      if (copy.kind === 'CUSTOM_FORMULA')
        copy.formulaOrigin = { rows: top - row, columns: left - column };
      cell.validation = copy;
    }, false);
  }

  /** Docs: null removes the rule. */
  setDataValidation(rule: DataValidation | null): Range {
    this.call(
      'setDataValidation',
      'write',
      () =>
        this._setValidation(
          rule === null ? null : dataValidationToModel(rule, this.doc.model.timeZone),
        ),
      this.cellCount,
    );
    return this;
  }

  setDataValidations(rules: (DataValidation | null)[][]): Range {
    this.call(
      'setDataValidations',
      'write',
      () => {
        const rows = checkShape(rules, this.rect, 'setDataValidations');
        const models = rows.map((row) =>
          row.map((rule) =>
            rule ? dataValidationToModel(rule as DataValidation, this.doc.model.timeZone) : null,
          ),
        );
        this._mutate((cell, _row, _column, r, c) => {
          const model = models[r]?.[c] ?? null;
          if (model === null) delete cell.validation;
          else cell.validation = model;
        }, false);
      },
      this.cellCount,
    );
    return this;
  }

  clearDataValidations(): Range {
    this.call('clearDataValidations', 'write', () => this._setValidation(null), this.cellCount);
    return this;
  }

  /**
   * Docs (reference/spreadsheet/range#insertcheckboxes): no argument: TRUE/FALSE checkboxes and
   * every cell set to false; (checked): custom checked value, unchecked '' and every cell set to '';
   * (checked, unchecked): every cell set to the unchecked value.
   */
  _insertCheckboxes(args: unknown[]): void {
    const model: DataValidationModel = {
      kind: 'CHECKBOX',
      args: args.slice(0, 2),
      allowInvalid: true,
    };
    const [, unchecked] = checkboxValues(model);
    this._mutate((cell) => {
      cell.validation = structuredClone(model);
      setScalar(cell, unchecked);
    }, true);
  }

  insertCheckboxes(checkedValue?: unknown, uncheckedValue?: unknown): Range {
    const args = [checkedValue, uncheckedValue].slice(
      0,
      uncheckedValue !== undefined ? 2 : checkedValue !== undefined ? 1 : 0,
    );
    this.call('insertCheckboxes', 'write', () => this._insertCheckboxes(args), this.cellCount);
    return this;
  }

  /**
   * Docs: removes the checkbox rule, and clears cells holding the checked or unchecked value. A
   * formula is not a value the cell holds: it stays.
   */
  _removeCheckboxes(): void {
    this.mutateExisting((cell) => {
      const state = checkboxState(cell);
      if (state === null) return;
      if (state === 'checked' || state === 'unchecked') clearCellContent(cell);
      delete cell.validation;
    }, true);
  }

  removeCheckboxes(): Range {
    this.call('removeCheckboxes', 'write', () => this._removeCheckboxes(), this.cellCount);
    return this;
  }

  /**
   * Docs (reference/spreadsheet/range#check, #uncheck): "Ignores the cells in the range which
   * currently do not contain either the checked or unchecked value configured." A cell whose value
   * comes from a formula contains the formula, so check() and uncheck() leave it (and its formula)
   * alone; our reading of the docs, not checked live.
   */
  _setChecked(checked: boolean): void {
    this.mutateExisting((cell) => {
      const state = checkboxState(cell);
      if (state !== 'checked' && state !== 'unchecked') return;
      if (!cell.validation) return;
      const [on, off] = checkboxValues(cell.validation);
      setScalar(cell, checked ? on : off);
    }, true);
  }

  check(): Range {
    this.call('check', 'write', () => this._setChecked(true), this.cellCount);
    return this;
  }

  uncheck(): Range {
    this.call('uncheck', 'write', () => this._setChecked(false), this.cellCount);
    return this;
  }

  /**
   * Docs: true when every cell is a checked checkbox, false when every cell is an unchecked one,
   * null when they are mixed or some cell has no checkbox. A checkbox holding a formula shows the
   * formula's result, so that is its state (gas-fakes src reads isChecked from the cell's
   * effectiveValue, and its test/testsheetsvui.js checks isChecked live).
   */
  isChecked(): boolean | null {
    return this.call(
      'isChecked',
      'read',
      () => {
        let checked = 0;
        let unchecked = 0;
        let other = false;
        this.forEachCell((row, column) => {
          const cell = cellAt(this.sheet, row, column);
          let state = checkboxState(cell);
          if (state === 'formula' && cell?.validation) {
            const computed = computedValueAt(this.doc, this.sheet, row, column);
            state = computed.isError
              ? 'other'
              : stateOfValue(cell.validation, computed.value ?? undefined);
          }
          if (state === 'checked') checked++;
          else if (state === 'unchecked') unchecked++;
          else other = true;
        });
        if (other) return null;
        if (checked === this.cellCount) return true;
        if (unchecked === this.cellCount) return false;
        return null;
      },
      this.cellCount,
    );
  }

  // ---------------------------------------------------------------------------------------------
  // Clearing.

  /**
   * Docs: clear() clears contents and formats; the options pick parts. Notes and validation stay
   * unless commentsOnly / validationsOnly ask for them (gas-fakes testsheetsbasic, live).
   */
  _clear(options: ClearOptions = {}): void {
    const picked =
      options.contentsOnly || options.formatOnly || options.validationsOnly || options.commentsOnly;
    const contents = picked ? Boolean(options.contentsOnly) : true;
    const formats = picked ? Boolean(options.formatOnly) : true;
    this.mutateExisting((cell) => {
      if (contents) clearCellContent(cell);
      if (formats) {
        delete cell.style;
        delete cell.numberFormat;
      }
      if (options.validationsOnly) delete cell.validation;
      if (options.commentsOnly) delete cell.note;
    }, contents);
  }

  clear(options?: ClearOptions): Range {
    this.call('clear', 'write', () => this._clear(options), this.cellCount);
    return this;
  }

  clearContent(): Range {
    this.call('clearContent', 'write', () => this._clear({ contentsOnly: true }), this.cellCount);
    return this;
  }

  clearFormat(): Range {
    this.call('clearFormat', 'write', () => this._clear({ formatOnly: true }), this.cellCount);
    return this;
  }

  // ---------------------------------------------------------------------------------------------
  // Selection, copying, protection.

  /** Selects the range for the person at the keyboard; its sheet becomes the active sheet. */
  activate(): Range {
    this.call('activate', 'ui', () => select(this.doc, this.sheet, this.rect), 0);
    return this;
  }

  /**
   * copyTo(destination), copyTo(destination, {contentsOnly | formatOnly}) and
   * copyTo(destination, CopyPasteType, transposed). As checked live by gas-fakes (testsheets.js):
   * the paste starts at the destination's top-left, fills the destination with whole copies of the
   * source when it is larger, and is the source's size when it is smaller.
   */
  copyTo(
    ...args: [
      destination: Range,
      optionsOrType?: CopyOptions | GoogleAppsScript.Spreadsheet.CopyPasteType,
      transposed?: boolean,
    ]
  ): void {
    this.call(
      'copyTo',
      'structural',
      () => {
        const [destination, optionsOrType, transposed] = checkCopyToArguments(args);
        this.copyToNow(destination, optionsOrType, transposed);
      },
      this.cellCount,
    );
  }

  private copyToNow(destination: Range, optionsOrType: unknown, transposed: boolean): void {
    if (destination.doc !== this.doc) {
      throw new ScriptException('Target range and source range must be on the same spreadsheet.');
    }
    let parts = { values: true, formulas: true, formats: true, notes: true, validation: true };
    if (optionsOrType !== undefined && optionsOrType !== null) {
      if (typeof optionsOrType === 'object' && !('name' in optionsOrType)) {
        const options = optionsOrType as CopyOptions;
        // Live Apps Script accepts both flags together and unknown keys without complaint
        // (gas-fakes notes/oddities.md, "range.copyTo" 5 and 6). What it pastes then is not
        // recorded anywhere; the emulator treats the pair as no restriction (README).
        const contentsOnly = options.contentsOnly === true && options.formatOnly !== true;
        const formatOnly = options.formatOnly === true && options.contentsOnly !== true;
        if (contentsOnly) parts = { ...parts, formats: false, notes: false, validation: false };
        if (formatOnly) parts = { ...parts, values: false, formulas: false, notes: false };
      } else {
        switch (enumName(optionsOrType)) {
          case 'PASTE_VALUES':
            parts = {
              values: true,
              formulas: false,
              formats: false,
              notes: false,
              validation: false,
            };
            break;
          case 'PASTE_FORMULA':
            parts = {
              values: true,
              formulas: true,
              formats: false,
              notes: false,
              validation: false,
            };
            break;
          case 'PASTE_FORMAT':
            parts = {
              values: false,
              formulas: false,
              formats: true,
              notes: false,
              validation: true,
            };
            break;
          case 'PASTE_DATA_VALIDATION':
            parts = {
              values: false,
              formulas: false,
              formats: false,
              notes: false,
              validation: true,
            };
            break;
          case 'PASTE_CONDITIONAL_FORMATTING':
          case 'PASTE_COLUMN_WIDTHS':
            return;
          default:
            break;
        }
      }
    }

    // Snapshot the source first: source and destination may overlap.
    const source = this.grid((row, column) => {
      const cell = cellAt(this.sheet, row, column);
      return {
        cell: cell ? structuredClone(cell) : undefined,
        computed: parts.formulas ? null : computedValueAt(this.doc, this.sheet, row, column),
        row,
        column,
      };
    });
    const sourceRows = transposed ? this.rect.numColumns : this.rect.numRows;
    const sourceColumns = transposed ? this.rect.numRows : this.rect.numColumns;
    const repeatRows = Math.max(1, Math.floor(destination.rect.numRows / sourceRows));
    const repeatColumns = Math.max(1, Math.floor(destination.rect.numColumns / sourceColumns));
    const target: GridRect = {
      row: destination.rect.row,
      column: destination.rect.column,
      numRows: sourceRows * repeatRows,
      numColumns: sourceColumns * repeatColumns,
    };
    checkRectOnSheet(destination.sheet, target);
    assertMayEdit(this.doc, destination.sheet.id, target);

    const sheet = destination.sheet;
    for (let r = 0; r < target.numRows; r++) {
      for (let c = 0; c < target.numColumns; c++) {
        const tr = r % sourceRows;
        const tc = c % sourceColumns;
        const from = transposed ? source[tc]?.[tr] : source[tr]?.[tc];
        if (!from) continue;
        const row = target.row + r;
        const column = target.column + c;
        const cell = cellFor(sheet, row, column);
        const original = from.cell;
        if (parts.values) {
          clearCellContent(cell);
          if (parts.formulas) {
            if (original?.formula !== undefined) {
              cell.formula = shiftFormula(original.formula, row - from.row, column - from.column);
            } else if (original?.value !== undefined) {
              cell.value = original.value;
            }
            if (original?.richText) cell.richText = structuredClone(original.richText);
          } else if (from.computed && from.computed.value !== null) {
            cell.value = from.computed.value;
          }
        }
        if (parts.formats) {
          delete cell.style;
          delete cell.numberFormat;
          if (original?.style) cell.style = { ...original.style };
          if (original?.numberFormat !== undefined) cell.numberFormat = original.numberFormat;
        }
        if (parts.notes) {
          delete cell.note;
          if (original?.note !== undefined) cell.note = original.note;
        }
        if (parts.validation) {
          delete cell.validation;
          if (original?.validation) cell.validation = structuredClone(original.validation);
        }
        pruneCell(sheet, row, column);
      }
    }
    if (parts.values) this.doc.engine.syncCells(sheet, target);
  }

  /**
   * Docs (range#canEdit): whether the user may edit every cell of the range; the effective user,
   * by sharing and the protections covering it (warning-only ones do not stop anyone).
   */
  canEdit(): boolean {
    return this.call('canEdit', 'read', () => {
      const email = this.doc.ctx.effectiveUser?.email ?? null;
      return editPermission(this.doc.model, email, this.sheet.id, this.rect) !== 'denied';
    });
  }

  /** Range.protect(): a new range protection mirroring the file's editors (protection.ts). */
  protect(): ReturnType<typeof protectRange> {
    return this.call('protect', 'structural', () => protectRange(this.doc, this.sheet, this.rect));
  }

  toString(): string {
    return 'Range';
  }
}

function horizontal(alignment: string | null | undefined): CellStyle['horizontalAlignment'] | null {
  if (alignment === null || alignment === undefined) return null;
  if (alignment === 'normal') return 'general-left';
  return alignment as CellStyle['horizontalAlignment'];
}

/**
 * setNumberFormat: '' or 'general' (any case) go back to the automatic format, which reads back
 * as AUTOMATIC_NUMBER_FORMAT ("The correct way is setNumberFormat('general') even though
 * getNumberFormat() returns '0.###############'": gas-fakes notes/oddities.md, "Numberformat
 * default pattern").
 */
function storeNumberFormat(cell: CellModel, format: unknown): void {
  const text = format === null || format === undefined ? '' : String(format);
  if (text === '' || text.toLowerCase() === 'general') delete cell.numberFormat;
  else cell.numberFormat = text;
}
