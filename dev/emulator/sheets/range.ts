/**
 * The emulated Apps Script Range, the public class: a rectangle of one sheet. Its members come
 * down a chain of classes split by responsibility: range-base.ts (the plumbing every method goes
 * through, one ledger entry per call however many cells, and the coordinates), range-values.ts,
 * range-formats.ts, range-notes.ts (and rich text) and range-validation.ts (and checkboxes). This
 * file adds the structural members: ranges made from this one, merges, row and column metadata,
 * moving cells, clearing, selection, copying and protection.
 */

import type { GridRect } from '../model/cells';
import { cellAt, cellFor } from '../model/workbook';
import type { ApiOf } from '../runtime/api-types';
import { ScriptException } from '../runtime/errors';
import { shiftFormula } from '../formula/references';
import { select } from './active';
import { deleteCells, insertCells, moveBlock, trimCells, type ShiftDimension } from './cell-moves';
import {
  addMetadata,
  DeveloperMetadataFinder,
  metadataOfRange,
  requireRangeLocation,
  type DeveloperMetadata,
} from './developer-metadata';
import { CopyPasteType, Dimension, enumName, isEnumMember } from './enums';
import { breakApart, mergeCells, mergesIntersecting, type MergeKind } from './merges';
import { editPermission } from './permissions';
import { protectRange } from './protection';
import { assertEditor, assertMayEdit } from './sheet';
import { signatureError } from './signature';
import { clearCellContent, computedValueAt } from './values';
import { checkRectOnSheet, pruneCell } from './range-base';
import { RangeValidation } from './range-validation';

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

export class Range extends RangeValidation implements RangeApi {
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

  override toString(): string {
    return 'Range';
  }
}
