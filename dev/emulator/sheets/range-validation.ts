/**
 * The emulated Range's data validation and checkboxes: rules set, read and cleared, and the
 * checkbox members (insertCheckboxes, check, uncheck, isChecked, removeCheckboxes).
 */

import type { CellModel, DataValidationModel, Scalar } from '../model/cells';
import { cellAt } from '../model/workbook';
import type { DataValidation } from './data-validation';
import { dataValidationFromModel, dataValidationToModel } from './data-validation';
import { clearCellContent, computedValueAt } from './values';
import { checkShape } from './range-base';
import { RangeNotes } from './range-notes';

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

function setScalar(cell: CellModel, value: Scalar): void {
  clearCellContent(cell);
  if (value !== '') cell.value = value;
}

export abstract class RangeValidation extends RangeNotes {
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
  setDataValidation(rule: DataValidation | null): this {
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

  setDataValidations(rules: (DataValidation | null)[][]): this {
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

  clearDataValidations(): this {
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

  insertCheckboxes(checkedValue?: unknown, uncheckedValue?: unknown): this {
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

  removeCheckboxes(): this {
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

  check(): this {
    this.call('check', 'write', () => this._setChecked(true), this.cellCount);
    return this;
  }

  uncheck(): this {
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
}
