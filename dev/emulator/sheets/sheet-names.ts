/**
 * Sheet names: how a name finds its sheet and which names Sheets refuses. One rule serves
 * Spreadsheet.getSheetByName, A1 references with a sheet name, the simulated edits of the harness
 * (Emulator.locate) and Sheet.setName / Spreadsheet.insertSheet.
 *
 * Case: sheet names are unique regardless of case in Sheets ("trying to create 2 sheets with the
 * same name but different cases fails, whether you do it from the spreadsheet UI or the API":
 * socialpoint-labs/sheetfu#26; structure.ts sheetNameTaken refuses such duplicates). Whether
 * getSheetByName ignores case is where the sources disagree: the docs only say it "Returns a sheet
 * with the given name" (the leftmost when several match), and gas-fakes (src/services/
 * spreadsheetapp/fakespreadsheet.js) compares names exactly, though none of its live tests looks
 * up a sheet with different case. The emulator keeps matching without regard to case, as Sheets
 * itself treats names in formulas and duplicates, and prefers an exact match: since no two
 * sheets can differ only in case, a lookup finds at most one sheet either way, and a script that
 * relies on case-insensitive lookup is listed in the README as behaviour to check live.
 */

import type { SheetModel, WorkbookModel } from '../model/workbook';
import { ScriptException } from '../runtime/errors';
import { sheetNameTaken } from './structure';

/**
 * The longest sheet name Sheets takes: 100 characters (Google Sheets refused longer sheet titles
 * to getodk/collect, issue #2918, fixed by shortening them to 100 in PR #2919).
 */
export const MAX_SHEET_NAME_LENGTH = 100;

/** The sheet named `name`: an exact match first, then one that differs only in case. */
export function findSheetByName(model: WorkbookModel, name: string): SheetModel | undefined {
  const wanted = String(name);
  const lower = wanted.toLowerCase();
  return (
    model.sheets.find((sheet) => sheet.name === wanted) ??
    model.sheets.find((sheet) => sheet.name.toLowerCase() === lower)
  );
}

/** Sheets' refusal of a name some other sheet has (Sheets API and Apps Script wording). */
export function duplicateNameMessage(name: string): string {
  return `A sheet with the name "${name}" already exists. Please enter another name.`;
}

/**
 * Throws unless `name` can name a sheet (`except`: the sheet being renamed). The texts for a blank
 * or too long name are the emulator's; the duplicate text is Sheets'.
 */
export function assertSheetName(model: WorkbookModel, name: string, except?: SheetModel): void {
  if (name.trim() === '') throw new ScriptException('Invalid argument: name');
  if ([...name].length > MAX_SHEET_NAME_LENGTH) {
    throw new ScriptException(
      `Invalid argument: name. A sheet name can have at most ${MAX_SHEET_NAME_LENGTH} characters.`,
    );
  }
  if (sheetNameTaken(model, name, except)) throw new ScriptException(duplicateNameMessage(name));
}
