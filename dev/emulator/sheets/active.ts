/**
 * Who is looking at what: each person's selection (active sheet, active range, current cell) in a
 * document, as SpreadsheetApp.getActiveSheet / getActiveRange / getCurrentCell report it.
 */

import type { GridRect } from '../model/cells';
import type { SheetModel } from '../model/workbook';
import type { Execution } from '../runtime/context';
import type { Selection, SpreadsheetDocument } from './document';

/**
 * What an installable trigger's run selects, keyed by document and person. Such a run happens on
 * Google's servers under its creator's account (guides/triggers/installable: installable
 * triggers "always run under the account of the person who created them"), not in the browser of
 * the person whose edit fired it: what it activates (insertSheet's new sheet, setActiveSheet,
 * activate) holds for the rest of the run and moves nobody's view. Not checked live (README).
 */
const runSelections = new WeakMap<Execution, Map<string, Selection>>();

function runLocal(doc: SpreadsheetDocument): Map<string, Selection> | null {
  const execution = doc.ctx.execution;
  if (execution?.kind !== 'installable-trigger') return null;
  let selections = runSelections.get(execution);
  if (!selections) {
    selections = new Map();
    runSelections.set(execution, selections);
  }
  return selections;
}

const runKey = (doc: SpreadsheetDocument, email: string): string => `${doc.model.id}\u0000${email}`;

/** The selection stored for `email` (the run's own first, in an installable trigger), if any. */
export function storedSelection(
  doc: SpreadsheetDocument,
  email = viewerOf(doc),
): Selection | undefined {
  return runLocal(doc)?.get(runKey(doc, email)) ?? doc.selections.get(email);
}

/**
 * Whose selection a call sees: the person at the keyboard (the execution's active user; for an
 * installable trigger that is the editor who fired it, not the trigger's owner), or the owner's
 * for the harness.
 */
export function viewerOf(doc: SpreadsheetDocument): string {
  return doc.ctx.execution?.activeUser.email ?? doc.model.sharing.owner;
}

/** The first visible sheet, which Sheets opens a file on. */
export function firstVisibleSheet(doc: SpreadsheetDocument): SheetModel {
  const sheet = doc.model.sheets.find((s) => !s.hidden) ?? doc.model.sheets[0];
  if (!sheet) throw new Error('emulator: a spreadsheet has no sheets');
  return sheet;
}

/** The viewer's selection; by default the first visible sheet with A1 selected. Not stored until changed. */
export function selectionOf(doc: SpreadsheetDocument, email = viewerOf(doc)): Selection {
  const stored = storedSelection(doc, email);
  if (stored && doc.model.sheets.some((s) => s.id === stored.sheetId)) return stored;
  return {
    sheetId: firstVisibleSheet(doc).id,
    rect: { row: 0, column: 0, numRows: 1, numColumns: 1 },
  };
}

export function activeSheetModel(doc: SpreadsheetDocument, email = viewerOf(doc)): SheetModel {
  const selection = selectionOf(doc, email);
  return doc.model.sheets.find((s) => s.id === selection.sheetId) ?? firstVisibleSheet(doc);
}

/** Selects `rect` on `sheet` for the viewer; the current cell becomes its top-left unless given. */
export function select(
  doc: SpreadsheetDocument,
  sheet: SheetModel,
  rect: GridRect,
  current?: { row: number; column: number },
  email = viewerOf(doc),
): Selection {
  const selection: Selection = { sheetId: sheet.id, rect: { ...rect } };
  if (current) selection.current = { ...current };
  const local = runLocal(doc);
  if (local) local.set(runKey(doc, email), selection);
  else doc.selections.set(email, selection);
  return selection;
}
