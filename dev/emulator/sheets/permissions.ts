/**
 * Who may edit what: sharing (owner, editors, viewers) and protections (sheet and range, editors,
 * unprotected ranges, warning-only, domain edit). Shared by scripted writes (which throw when
 * denied and go ahead on 'warning') and simulated user edits (which the UI refuses, or asks to
 * confirm when 'warning'). Pure functions over the model; no Apps Script API here.
 *
 * Rules (docs: reference/spreadsheet/protection; Sheets API ProtectedRange; support answer 1218656):
 * - Viewers and people the file is not shared with cannot edit anything.
 * - The owner can always edit, protected or not ("The spreadsheet owner is always able to edit
 *   protected ranges and sheets").
 * - A cell covered by a protection (a range protection, or a sheet protection outside its
 *   unprotected ranges) may be edited only by that protection's editors, or, when domain edit is
 *   on, by anyone in the owner's Workspace domain. A cell in a protected sheet's unprotected range
 *   is not covered by the sheet protection, so a range protection there decides alone who edits
 *   it (the documented way to leave one person a hole in a protected sheet).
 * - A cell covered by several protections needs all of them. No source says how overlapping
 *   protections combine; "all of them" is the emulator's reading (README "Where it differs").
 * - A warning-only protection lets every editor edit but shows a warning first; its editor list is
 *   ignored (Sheets API: "if this field is true, then editors are ignored"). The owner sees the
 *   warning too.
 */

import { sameEmail } from '../runtime/email';
import { intersects, type GridRect } from '../model/cells';
import type { ProtectionModel, WorkbookModel } from '../model/workbook';

export type EditPermission = 'allowed' | 'warning' | 'denied';

/**
 * A file owned by a consumer account (gmail.com) belongs to no Workspace domain: domain edit is
 * meaningless there and Protection.setDomainEdit throws (docs). The emulator knows an account's
 * kind only from its e-mail address.
 */
export function isConsumerAccount(email: string): boolean {
  const domain = domainOf(email);
  return domain === 'gmail.com' || domain === 'googlemail.com';
}

export function domainOf(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).toLowerCase();
}

// One rule for people everywhere in the emulator: runtime/email.ts.
export { sameEmail };

/** Whether `emails` holds `email`, by sameEmail. */
export function includesEmail(emails: readonly string[], email: string): boolean {
  return emails.some((candidate) => sameEmail(candidate, email));
}

/** Whether the file is shared with `email` as owner or editor. */
export function isDocumentEditor(model: WorkbookModel, email: string): boolean {
  const { owner, editors } = model.sharing;
  return sameEmail(email, owner) || includesEmail(editors, email);
}

/** Whether the file is shared with `email` at all (owner, editor or viewer). */
export function isDocumentReader(model: WorkbookModel, email: string): boolean {
  return isDocumentEditor(model, email) || includesEmail(model.sharing.viewers, email);
}

/**
 * Whether `email` may edit the cells `protection` covers without being stopped by it (warning-only
 * protections stop nobody), and may change or remove the protection itself.
 */
export function canEditProtection(
  model: WorkbookModel,
  protection: ProtectionModel,
  email: string,
): boolean {
  if (sameEmail(email, model.sharing.owner)) return true;
  if (!isDocumentEditor(model, email)) return false;
  if (protection.warningOnly) return true;
  if (includesEmail(protection.editors, email)) return true;
  return (
    protection.domainEdit &&
    !isConsumerAccount(model.sharing.owner) &&
    domainOf(email) === domainOf(model.sharing.owner)
  );
}

/**
 * May `email` edit every cell of `rect` on sheet `sheetId`? null = the harness (always allowed).
 * 'warning' when the only protections in the way are warning-only.
 */
export function editPermission(
  model: WorkbookModel,
  email: string | null,
  sheetId: number,
  rect: GridRect,
): EditPermission {
  if (email === null) return 'allowed';
  if (!isDocumentEditor(model, email)) return 'denied';
  const isOwner = sameEmail(email, model.sharing.owner);
  let result: EditPermission = 'allowed';
  for (const protection of model.protections) {
    if (protection.sheetId !== sheetId) continue;
    if (protection.warningOnly) {
      if (result === 'allowed' && protectionCovers(protection, rect)) result = 'warning';
      continue;
    }
    if (isOwner || canEditProtection(model, protection, email)) continue;
    if (protectionCovers(protection, rect)) return 'denied';
  }
  return result;
}

/** Whether a protection applies to at least one cell of `rect`. */
export function protectionCovers(protection: ProtectionModel, rect: GridRect): boolean {
  if (protection.type === 'RANGE') {
    return protection.rect !== undefined && intersects(protection.rect, rect);
  }
  // A sheet protection covers rect unless its unprotected ranges cover all of it. Subtracting
  // rectangles keeps this proportional to the number of unprotected ranges, not of cells.
  let remaining: GridRect[] = [rect];
  for (const free of protection.unprotected) {
    remaining = remaining.flatMap((piece) => subtract(piece, free));
    if (remaining.length === 0) return false;
  }
  return true;
}

/** The parts of `a` outside `b`, as up to four disjoint rectangles. */
function subtract(a: GridRect, b: GridRect): GridRect[] {
  if (!intersects(a, b)) return [a];
  const pieces: GridRect[] = [];
  const aBottom = a.row + a.numRows;
  const aRight = a.column + a.numColumns;
  const top = Math.max(a.row, b.row);
  const bottom = Math.min(aBottom, b.row + b.numRows);
  if (b.row > a.row) {
    pieces.push({ row: a.row, column: a.column, numRows: b.row - a.row, numColumns: a.numColumns });
  }
  if (bottom < aBottom) {
    pieces.push({
      row: bottom,
      column: a.column,
      numRows: aBottom - bottom,
      numColumns: a.numColumns,
    });
  }
  if (b.column > a.column) {
    pieces.push({
      row: top,
      column: a.column,
      numRows: bottom - top,
      numColumns: b.column - a.column,
    });
  }
  const bRight = b.column + b.numColumns;
  if (bRight < aRight) {
    pieces.push({ row: top, column: bRight, numRows: bottom - top, numColumns: aRight - bRight });
  }
  return pieces;
}
