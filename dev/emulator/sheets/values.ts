/**
 * Cell values as Apps Script sees them: what getValues and getDisplayValues return for a cell, and
 * what a value passed to setValue(s) becomes in the model. Shared by Range and by the exporters,
 * so a cell reads the same everywhere.
 */

import { displayText, isDateFormat } from '../format/display';
import { dateToSerial, serialToDate } from '../format/serial';
import { parseTypedInput } from '../format/typed-input';
import type { ComputedValue } from '../formula/types';
import type { CellModel, Scalar } from '../model/cells';
import { cellAt, type SheetModel } from '../model/workbook';
import type { SpreadsheetDocument } from './document';

/** What getValues returns for one cell. */
export type ScriptValue = string | number | boolean | Date;

/** Formats Sheets applies when a script writes a Date into a cell whose format is automatic. */
export const DATE_FORMAT = 'M/d/yyyy';
export const DATE_TIME_FORMAT = 'M/d/yyyy H:mm:ss';

const EMPTY: ComputedValue = { value: null, isError: false, inferredFormat: null };

/**
 * The cell's computed value: the literal when the cell holds one, the engine's for a formula,
 * and for a cell without content of its own, a value an array formula elsewhere spilled into it
 * (asked of the engine only when the sheet has array formulas, so empty reads stay cheap).
 */
export function computedValueAt(
  doc: SpreadsheetDocument,
  sheet: SheetModel,
  row: number,
  column: number,
): ComputedValue {
  const cell = cellAt(sheet, row, column);
  if (cell?.formula !== undefined) return doc.engine.valueAt(sheet.id, row, column);
  if (cell?.value !== undefined) return { value: cell.value, isError: false, inferredFormat: null };
  return doc.engine.hasSpills(sheet.id) ? doc.engine.valueAt(sheet.id, row, column) : EMPTY;
}

/** Whether the cell holds a checkbox with the default TRUE/FALSE values. */
function isBooleanCheckbox(cell: CellModel): boolean {
  return cell.validation?.kind === 'CHECKBOX' && cell.validation.args.length === 0;
}

/**
 * What Range.getValues returns for (row, column): '' when empty, a Date for a number shown with
 * a date format, the error code ('#DIV/0!') for an error, false for an empty default checkbox.
 */
export function scriptValueAt(
  doc: SpreadsheetDocument,
  sheet: SheetModel,
  row: number,
  column: number,
): ScriptValue {
  const cell = cellAt(sheet, row, column);
  const computed = computedValueAt(doc, sheet, row, column);
  const value = computed.value;
  if (value === null) return cell && isBooleanCheckbox(cell) ? false : '';
  if (
    typeof value === 'number' &&
    !computed.isError &&
    isDateFormat(cell?.numberFormat, computed.inferredFormat)
  ) {
    return serialToDate(value, doc.model.timeZone);
  }
  return value;
}

/** What Range.getDisplayValues returns for (row, column): the text the cell shows. */
export function displayValueAt(
  doc: SpreadsheetDocument,
  sheet: SheetModel,
  row: number,
  column: number,
): string {
  const cell = cellAt(sheet, row, column);
  const computed = computedValueAt(doc, sheet, row, column);
  if (computed.value === null) return cell && isBooleanCheckbox(cell) ? 'FALSE' : '';
  return displayText(
    computed.value,
    computed.isError,
    cell?.numberFormat,
    computed.inferredFormat,
    doc.model.locale,
  );
}

/** Empties the cell's content (value, formula, rich text), keeping format, note and validation. */
export function clearCellContent(cell: CellModel): void {
  delete cell.value;
  delete cell.formula;
  delete cell.richText;
}

/**
 * Writes one Apps Script value into a cell as setValue does: strings are read like typed input
 * ('=..' a formula, '5' a number, '1/2/2026' a date) unless the cell is formatted as plain text
 * ('@'); Dates become serials with a date format when the cell's format is automatic;
 * null/undefined/'' empty the cell. Rich text runs are dropped: the new value has none.
 */
export function writeScriptValue(doc: SpreadsheetDocument, cell: CellModel, value: unknown): void {
  clearCellContent(cell);
  if (value === null || value === undefined || value === '') return;
  if (typeof value === 'number' || typeof value === 'boolean') {
    cell.value = value;
    return;
  }
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return;
    const serial = dateToSerial(value, doc.model.timeZone);
    cell.value = serial;
    if (cell.numberFormat === undefined) {
      cell.numberFormat = Number.isInteger(serial) ? DATE_FORMAT : DATE_TIME_FORMAT;
    }
    return;
  }
  // Arrays and other objects arrive as their string form, as Apps Script converts them.
  const text = String(value);
  if (cell.numberFormat === '@') {
    cell.value = text;
    return;
  }
  const parsed = parseTypedInput(text, {
    locale: doc.model.locale,
    timeZone: doc.model.timeZone,
    numberFormat: cell.numberFormat,
  });
  if (parsed.formula !== undefined) cell.formula = parsed.formula;
  else if (parsed.value !== undefined) cell.value = parsed.value as Scalar;
  if (parsed.numberFormat !== undefined && cell.numberFormat === undefined) {
    cell.numberFormat = parsed.numberFormat;
  }
}

// Colours live in colors.ts; re-exported for the modules that read them from here.
export { normalizeColor } from './colors';
