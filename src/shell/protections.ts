/**
 * Protections as the class needs them: teacher-only tabs, and on a student's tab the cells that
 * student may edit. A new protection mirrors the file's sharing until its editors are changed
 * (docs: reference/spreadsheet/range#protect), so every protection made here changes its editor
 * list at once. The owner and the person running the script always stay editors (docs:
 * reference/spreadsheet/protection#removeEditors).
 */

type Protection = GoogleAppsScript.Spreadsheet.Protection;

/** Who the class's protections allow, learnt once per run. */
export interface Sharing {
  /** Lower-cased e-mails of the class's teachers. */
  readonly teachers: readonly string[];
  /** Lower-cased e-mails of everyone who may edit the file. */
  readonly fileEditors: readonly string[];
  /** True in a Workspace domain whose protections would let the whole domain edit. */
  readonly domainEdit: boolean;
}

export function sharingOf(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  teachers: readonly string[],
): Sharing {
  const fileEditors = ss.getEditors().map((user) => user.getEmail().toLowerCase());
  return { teachers, fileEditors, domainEdit: false };
}

/**
 * Leaves `allowed` (and the owner and the script's user) as the only editors. A `fresh` protection
 * still mirrors the file's editors, so everyone allowed who can edit the file is already on it;
 * an existing one may lack someone allowed since (a new co-teacher), so they are added first.
 */
export function restrictTo(
  protection: Protection,
  allowed: readonly string[],
  sharing: Sharing,
  fresh: boolean,
): void {
  const keep = new Set(allowed.map((e) => e.toLowerCase()));
  const others = sharing.fileEditors.filter((email) => !keep.has(email));
  const missing = allowed.filter((email) => !sharing.fileEditors.includes(email.toLowerCase()));
  // Each call that changes the list also stops the protection mirroring the file's sharing.
  if (!fresh || missing.length > 0 || others.length === 0) protection.addEditors([...allowed]);
  if (others.length > 0) protection.removeEditors(others);
  if (sharing.domainEdit) protection.setDomainEdit(false);
}

/** A whole tab only the teachers may edit (the Setup tab, the wall). */
export function protectForTeachers(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  sharing: Sharing,
  description: string,
): Protection {
  const existing = sheetProtection(sheet);
  const protection = existing ?? sheet.protect();
  if (!existing) protection.setDescription(description);
  restrictTo(protection, sharing.teachers, sharing, !existing);
  return protection;
}

/** The sheet's whole-sheet protection, if it has one. */
export function sheetProtection(sheet: GoogleAppsScript.Spreadsheet.Sheet): Protection | null {
  return sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0] ?? null;
}
