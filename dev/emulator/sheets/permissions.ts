/**
 * Who may edit what: sharing (owner, editors, viewers) and protections (sheet and range, editors,
 * unprotected ranges, warning-only). Shared by scripted writes (which throw when denied) and
 * simulated user edits (which the UI refuses, or asks to confirm when warning-only).
 */

import type { GridRect } from '../model/cells';
import type { WorkbookModel } from '../model/workbook';

export type EditPermission = 'allowed' | 'warning' | 'denied';

/**
 * May `email` edit every cell of `rect` on sheet `sheetId`? null = the harness (always allowed).
 * Viewers and strangers: denied. The owner: always allowed. Otherwise: denied when any protection
 * covering a cell of rect (range protections, or a sheet protection minus its unprotected ranges)
 * does not list the person as editor; 'warning' when the only such protections are warning-only.
 */
export function editPermission(
  model: WorkbookModel,
  email: string | null,
  sheetId: number,
  rect: GridRect,
): EditPermission {
  if (email === null) return 'allowed';
  const { owner, editors } = model.sharing;
  if (email === owner) return 'allowed';
  if (!editors.includes(email)) return 'denied';
  let result: EditPermission = 'allowed';
  for (const protection of model.protections) {
    if (protection.sheetId !== sheetId) continue;
    if (!protectionCovers(protection.type, protection.rect, protection.unprotected, rect)) continue;
    if (protection.warningOnly) {
      if (result === 'allowed') result = 'warning';
      continue;
    }
    if (!protection.editors.includes(email)) return 'denied';
  }
  return result;
}

function intersects(a: GridRect, b: GridRect): boolean {
  return (
    a.row < b.row + b.numRows &&
    b.row < a.row + a.numRows &&
    a.column < b.column + b.numColumns &&
    b.column < a.column + a.numColumns
  );
}

function contains(outer: GridRect, row: number, column: number): boolean {
  return (
    row >= outer.row &&
    row < outer.row + outer.numRows &&
    column >= outer.column &&
    column < outer.column + outer.numColumns
  );
}

/** Whether a protection applies to at least one cell of `rect`. */
function protectionCovers(
  type: 'SHEET' | 'RANGE',
  protectedRect: GridRect | undefined,
  unprotected: readonly GridRect[],
  rect: GridRect,
): boolean {
  if (type === 'RANGE') return protectedRect !== undefined && intersects(protectedRect, rect);
  if (unprotected.length === 0) return true;
  for (let row = rect.row; row < rect.row + rect.numRows; row++) {
    for (let column = rect.column; column < rect.column + rect.numColumns; column++) {
      if (!unprotected.some((free) => contains(free, row, column))) return true;
    }
  }
  return false;
}
