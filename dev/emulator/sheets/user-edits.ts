/**
 * A person editing cells in the Sheets UI: typing, pasting, ticking a checkbox, clearing. The UI
 * refuses edits that sharing or protection forbid, and input that a "reject input" validation
 * rule does not accept; a warning-only protection asks first. Accepted edits change the model;
 * the caller (the Emulator) then fires the edit triggers with the event this returns.
 */

import type { DataValidationModel, GridRect, Scalar } from '../model/cells';
import { cellAt, cellFor, type SheetModel } from '../model/workbook';
import { parseTypedInput } from '../format/typed-input';
import { PROTECTED_CELL_MESSAGE } from '../runtime/errors';
import { validateUserInput } from './data-validation';
import type { SpreadsheetDocument } from './document';
import { editPermission, isDocumentEditor } from './permissions';

export type UserInput =
  | { kind: 'type'; text: string }
  | { kind: 'paste'; rows: readonly (readonly string[])[] }
  | { kind: 'checkbox'; checked: boolean }
  | { kind: 'clear' };

export interface EditOutcome {
  applied: boolean;
  /** What the Sheets UI told the person when it refused the edit. */
  refusal?: string;
  /** A warning-only protection covered the edit and the person went ahead. */
  warned: boolean;
  /** For the event object: only for single-cell edits, as the docs say. */
  value?: string;
  oldValue?: string;
}

export const VIEW_ONLY_MESSAGE = 'You do not have permission to edit this spreadsheet (view only).';

export function applyUserEdit(
  doc: SpreadsheetDocument,
  email: string,
  sheet: SheetModel,
  rect: GridRect,
  input: UserInput,
  options: { acceptWarning?: boolean } = {},
): EditOutcome {
  const permission = editPermission(doc.model, email, sheet.id, rect);
  if (permission === 'denied') {
    // Addresses compare without regard to case, as everywhere (permissions.ts sameEmail).
    return {
      applied: false,
      warned: false,
      refusal: isDocumentEditor(doc.model, email) ? PROTECTED_CELL_MESSAGE : VIEW_ONLY_MESSAGE,
    };
  }
  if (permission === 'warning' && options.acceptWarning === false) {
    return {
      applied: false,
      warned: true,
      refusal: 'The person cancelled the protected-range warning.',
    };
  }
  const single = rect.numRows === 1 && rect.numColumns === 1;
  const oldValue = single ? eventText(doc, sheet, rect.row, rect.column) : undefined;

  const contents = contentsFor(doc, sheet, rect, input);
  if (typeof contents === 'string') return { applied: false, warned: false, refusal: contents };

  contents.forEach((row, r) =>
    row.forEach((content, c) => writeCell(sheet, rect.row + r, rect.column + c, content)),
  );
  doc.engine.syncCells(sheet, rect);

  const outcome: EditOutcome = { applied: true, warned: permission === 'warning' };
  if (single) {
    const value = eventText(doc, sheet, rect.row, rect.column);
    if (value !== undefined) outcome.value = value;
    if (oldValue !== undefined) outcome.oldValue = oldValue;
  }
  return outcome;
}

interface CellContent {
  value?: Scalar;
  formula?: string;
  numberFormat?: string;
}

/** The new content of every cell of rect, or the UI's refusal message. */
function contentsFor(
  doc: SpreadsheetDocument,
  sheet: SheetModel,
  rect: GridRect,
  input: UserInput,
): CellContent[][] | string {
  const rows: CellContent[][] = [];
  for (let r = 0; r < rect.numRows; r++) {
    const row: CellContent[] = [];
    for (let c = 0; c < rect.numColumns; c++) {
      const cell = cellAt(sheet, rect.row + r, rect.column + c);
      const validation = cell?.validation;
      let content: CellContent;
      if (input.kind === 'checkbox') {
        if (validation?.kind !== 'CHECKBOX') {
          return `There is no checkbox at row ${rect.row + r + 1}, column ${rect.column + c + 1}.`;
        }
        // Docs (requireCheckbox): no values = TRUE/FALSE; one value = "that value or blank";
        // two values = checked and unchecked.
        const args = validation.args as Scalar[];
        const checkedValue = args[0] ?? true;
        const uncheckedValue = args.length === 0 ? false : args[1];
        content = input.checked
          ? { value: checkedValue }
          : uncheckedValue === undefined
            ? {}
            : { value: uncheckedValue };
      } else if (input.kind === 'clear') {
        content = {};
      } else {
        const text = input.kind === 'type' ? input.text : (input.rows[r]?.[c] ?? '');
        content = parseTypedInput(text, {
          locale: doc.model.locale,
          timeZone: doc.model.timeZone,
          numberFormat: cell?.numberFormat,
          today: doc.ctx.clock.now(),
        });
      }
      if (validation && !validation.allowInvalid && input.kind !== 'clear') {
        const candidate = content.formula !== undefined ? null : (content.value ?? null);
        const at = { row: rect.row + r, column: rect.column + c };
        const lookups = {
          formulaHolds: (formula: string) =>
            customFormulaHolds(doc, sheet, at, validation, content, formula),
        };
        if (content.formula === undefined && !validateUserInput(validation, candidate, lookups)) {
          return (
            validation.helpText ||
            'There was a problem: the data you entered violates the data validation rules set on this cell.'
          );
        }
      }
      row.push(content);
    }
    if (input.kind === 'paste' && (input.rows[r]?.length ?? 0) > rect.numColumns) {
      return 'The pasted data is wider than the selected range.';
    }
    rows.push(row);
  }
  return rows;
}

/**
 * Whether a custom-formula rule holds for what the person typed: the formula is evaluated with the
 * typed content in the cell (it usually refers to the cell itself), relative to the rule's range,
 * and the cell is put back as it was. Sheets accepts the input when the formula is TRUE (a
 * non-zero number counts as TRUE, an error or text does not).
 */
function customFormulaHolds(
  doc: SpreadsheetDocument,
  sheet: SheetModel,
  at: { row: number; column: number },
  validation: DataValidationModel,
  content: CellContent,
  formula: string,
): boolean {
  const cellRect = { row: at.row, column: at.column, numRows: 1, numColumns: 1 };
  const before = cellAt(sheet, at.row, at.column);
  const saved = before ? structuredClone(before) : undefined;
  writeCell(sheet, at.row, at.column, content);
  doc.engine.syncCells(sheet, cellRect);
  try {
    const origin = validation.formulaOrigin ?? { rows: 0, columns: 0 };
    const result = doc.engine.evaluateAt(
      formula,
      sheet.id,
      at.row + origin.rows,
      at.column + origin.columns,
      at.row,
      at.column,
    );
    if (result.isError) return false;
    return result.value === true || (typeof result.value === 'number' && result.value !== 0);
  } finally {
    if (saved) Object.assign(cellFor(sheet, at.row, at.column), saved);
    const restored = cellAt(sheet, at.row, at.column);
    if (restored) {
      for (const key of Object.keys(restored) as (keyof typeof restored)[]) {
        if (!saved || !(key in saved)) delete restored[key];
      }
    }
    doc.engine.syncCells(sheet, cellRect);
  }
}

function writeCell(sheet: SheetModel, row: number, column: number, content: CellContent): void {
  const existing = cellAt(sheet, row, column);
  if (!existing && content.value === undefined && content.formula === undefined) return;
  const cell = cellFor(sheet, row, column);
  delete cell.value;
  delete cell.formula;
  delete cell.richText;
  if (content.formula !== undefined) cell.formula = content.formula;
  else if (content.value !== undefined) cell.value = content.value;
  if (content.numberFormat !== undefined && cell.numberFormat === undefined) {
    cell.numberFormat = content.numberFormat;
  }
}

/** A cell's value as the edit event carries it: a string ('TRUE'/'FALSE' for booleans), absent when empty. */
function eventText(
  doc: SpreadsheetDocument,
  sheet: SheetModel,
  row: number,
  column: number,
): string | undefined {
  const computed = doc.engine.valueAt(sheet.id, row, column);
  if (computed.value === null || computed.value === '') return undefined;
  if (typeof computed.value === 'boolean') return computed.value ? 'TRUE' : 'FALSE';
  return String(computed.value);
}
