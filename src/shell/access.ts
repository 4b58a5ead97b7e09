/**
 * Who is a teacher of this class, without asking for anyone's e-mail: a teacher is someone who may
 * edit the class's teacher-only protections (the Setup tab, the wall). Protection.canEdit() needs
 * no extra OAuth scope, follows co-teachers as they are added to the Setup protection, and is true
 * for the file's owner. Session.getActiveUser() would need the userinfo.email scope and is often
 * blank for other accounts; Session.getTemporaryActiveUserKey() rotates every 30 days.
 */

import type { ClassRecord } from '../core/class-model';
import { sheetProtection } from './protections';
import { sheetById } from './spreadsheet';

export function canEditClass(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  record: ClassRecord,
): boolean {
  const candidates = [
    record.setupSheetId,
    record.wallSheetId,
    ...record.students.map((s) => s.sheetId),
  ];
  for (const id of candidates) {
    const sheet = sheetById(ss, id);
    if (!sheet) continue;
    const protection = sheetProtection(sheet);
    if (protection) return protection.canEdit();
  }
  // Nothing of the class is protected any more: nothing to guard; the teacher's sync rebuilds it.
  return true;
}
