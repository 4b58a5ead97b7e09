/**
 * PLACEHOLDER until the HyperFormula mirror lands: literal values only, formulas are errors.
 * Implements FormulaEngine (formula/types.ts).
 */

import type { GridRect } from '../model/cells';
import { cellAt, type SheetModel, type WorkbookModel } from '../model/workbook';
import type { ComputedValue, FormulaEngine } from './types';

export function createFormulaEngine(model: WorkbookModel, _today: () => Date): FormulaEngine {
  const sheetById = (id: number): SheetModel | undefined => model.sheets.find((s) => s.id === id);
  const noop = (): void => undefined;
  return {
    addSheet: noop,
    removeSheet: noop,
    renameSheet: noop,
    syncCells: (_sheet: SheetModel, _rect: GridRect) => undefined,
    insertRows: noop,
    deleteRows: noop,
    insertColumns: noop,
    deleteColumns: noop,
    valueAt(sheetId, row, column): ComputedValue {
      const sheet = sheetById(sheetId);
      const cell = sheet && cellAt(sheet, row, column);
      if (cell?.formula) return { value: '#NAME?', isError: true, inferredFormat: null };
      return { value: cell?.value ?? null, isError: false, inferredFormat: null };
    },
    evaluateAt(): ComputedValue {
      return { value: '#NAME?', isError: true, inferredFormat: null };
    },
  };
}
