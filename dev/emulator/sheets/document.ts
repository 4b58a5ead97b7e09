/**
 * One emulated spreadsheet file: its model, its formula engine, and per-person view state. The
 * Apps Script classes (Spreadsheet, Sheet, Range...) are thin views over a SpreadsheetDocument.
 */

import type { GridRect } from '../model/cells';
import type { WorkbookModel } from '../model/workbook';
import type { FormulaEngine } from '../formula/types';
import type { EmulatorContext } from '../runtime/context';

/** What one person has selected in the Sheets UI. */
export interface Selection {
  sheetId: number;
  /** The active range; its top-left cell is the current cell unless `current` says otherwise. */
  rect: GridRect;
  current?: { row: number; column: number };
}

export interface SpreadsheetDocument {
  readonly ctx: EmulatorContext;
  readonly model: WorkbookModel;
  readonly engine: FormulaEngine;
  /** Keyed by e-mail; the harness uses the owner's. */
  readonly selections: Map<string, Selection>;
  /** Toasts shown by Spreadsheet.toast, newest last. */
  readonly toasts: Toast[];
}

export interface Toast {
  message: string;
  title: string;
  timeoutSeconds: number;
  /** Whose screen it appeared on: the execution's active user. */
  shownTo: string;
}
