/**
 * The emulated Range's values and formulas: getValues and getDisplayValues as Apps Script shapes
 * them, setValues read like typed input, formulas in A1 and R1C1 notation, and isBlank.
 */

import type { CellModel } from '../model/cells';
import { cellAt } from '../model/workbook';
import { shiftFormula } from '../formula/references';
import { a1FormulaToR1C1, r1c1FormulaToA1 } from './a1';
import {
  clearCellContent,
  computedValueAt,
  displayValueAt,
  scriptValueAt,
  writeScriptValue,
  type ScriptValue,
} from './values';
import { checkShape, RangeBase } from './range-base';

/** Writes formula text (A1) into a cell: '' empties it; text without '=' gets one (gas-fakes R1C1 test). */
function writeFormula(cell: CellModel, formula: unknown): void {
  clearCellContent(cell);
  const text = formula === null || formula === undefined ? '' : String(formula);
  if (text === '') return;
  cell.formula = text.startsWith('=') ? text : `=${text}`;
}

export abstract class RangeValues extends RangeBase {
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
  setValue(value: unknown): this {
    this.call('setValue', 'write', () => this._setValue(value), this.cellCount);
    return this;
  }

  setValues(values: unknown[][]): this {
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

  _setFormula(formula: string): void {
    this._mutate((cell) => writeFormula(cell, formula), true);
  }

  _setFormulaR1C1(formula: string): void {
    this._mutate(
      (cell, row, column) => writeFormula(cell, r1c1FormulaToA1(String(formula), row, column)),
      true,
    );
  }

  /**
   * Docs: on a multi-cell range the formula is written to every cell with its relative references
   * shifted, as if filled from the top-left cell.
   */
  setFormula(formula: string): this {
    this.call(
      'setFormula',
      'write',
      () =>
        this._mutate(
          (cell, _row, _column, r, c) => writeFormula(cell, shiftFormula(String(formula), r, c)),
          true,
        ),
      this.cellCount,
    );
    return this;
  }

  setFormulas(formulas: string[][]): this {
    this.call(
      'setFormulas',
      'write',
      () => {
        const rows = checkShape(formulas, this.rect, 'setFormulas');
        this._mutate((cell, _row, _column, r, c) => writeFormula(cell, rows[r]?.[c]), true);
      },
      this.cellCount,
    );
    return this;
  }

  setFormulaR1C1(formula: string): this {
    this.call('setFormulaR1C1', 'write', () => this._setFormulaR1C1(formula), this.cellCount);
    return this;
  }

  setFormulasR1C1(formulas: string[][]): this {
    this.call(
      'setFormulasR1C1',
      'write',
      () => {
        const rows = checkShape(formulas, this.rect, 'setFormulasR1C1');
        this._mutate((cell, row, column, r, c) => {
          const text = rows[r]?.[c];
          writeFormula(cell, text ? r1c1FormulaToA1(String(text), row, column) : text);
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
}
