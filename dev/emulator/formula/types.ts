/**
 * The contract between the spreadsheet model and the formula engine (a HyperFormula mirror of the
 * workbook). The sheets/ classes keep the model and tell the engine what changed; the engine
 * computes formula values and keeps formula text right after rows and columns move.
 */

import type { GridRect, Scalar } from '../model/cells';
import type { SheetModel } from '../model/workbook';

/** How Sheets would format a computed value when the cell's own format is automatic. */
export type InferredFormat = 'date' | 'datetime' | 'time' | 'percent' | 'currency' | null;

export interface ComputedValue {
  /** null for an empty result; for an error, the error code as getValues shows it ('#DIV/0!'). */
  value: Scalar | null;
  isError: boolean;
  inferredFormat: InferredFormat;
  /**
   * For an error, Sheets' explanation when the emulator knows it (the note Sheets shows on the
   * cell): a blocked spill says "Array result was not expanded because it would overwrite data
   * in B2." Apps Script has no method that reads it; tests and snapshots may.
   */
  message?: string;
}

export interface FormulaEngine {
  /** Mirror a sheet (all its cells) in the engine; call after adding it to the workbook. */
  addSheet(sheet: SheetModel): void;
  removeSheet(sheetId: number): void;
  renameSheet(sheetId: number, newName: string): void;
  /** Re-read the cells of `rect` from the model after their literal value or formula changed. */
  syncCells(sheet: SheetModel, rect: GridRect): void;
  /**
   * Structural edits. Call after the model's rows/columns were spliced: the engine moves its own
   * cells, adjusts references everywhere, and writes the adjusted formula text back into every
   * affected formula cell of every SheetModel it mirrors.
   */
  insertRows(sheetId: number, at: number, count: number): void;
  deleteRows(sheetId: number, at: number, count: number): void;
  insertColumns(sheetId: number, at: number, count: number): void;
  deleteColumns(sheetId: number, at: number, count: number): void;
  /**
   * Cut and paste of `source` (formula/move-cells.ts). Call after the model's cells were moved:
   * references to moved cells follow them, references to cells overwritten become #REF!.
   */
  moveCells(
    from: SheetModel,
    source: GridRect,
    to: SheetModel,
    toRow: number,
    toColumn: number,
  ): void;
  /**
   * Computes every change made since the last read now. Changes are computed together when next
   * read anyway; the emulator settles at the end of each execution so an execution's
   * recalculation is done (and timed) with the execution that caused it.
   */
  settle(): void;
  /**
   * Whether any formula on the sheet is an array formula whose result may spill into other
   * cells: when false, a cell without content of its own is empty and need not be looked up.
   */
  hasSpills(sheetId: number): boolean;
  /**
   * The cells of the sheet an array formula's result fills with a value (not empty), other than
   * the array formulas' own cells: content for getLastRow, getDataRange and isBlank.
   */
  spilledCells(sheetId: number): { row: number; column: number }[];
  /**
   * The computed value of a cell (formula, literal, or a value spilled into it by an array
   * formula elsewhere) as Sheets' getValues would see it, before Date conversion.
   */
  valueAt(sheetId: number, row: number, column: number): ComputedValue;
  /**
   * Evaluate `formula` ('=...') as if it sat in (row, column) of the sheet, relative references
   * taken relative to (anchorRow, anchorColumn): conditional-format custom formulas are written for
   * the top-left cell of the rule's range and apply shifted to every other cell.
   */
  evaluateAt(
    formula: string,
    sheetId: number,
    anchorRow: number,
    anchorColumn: number,
    row: number,
    column: number,
  ): ComputedValue;
}
