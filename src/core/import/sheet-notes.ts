/**
 * What a teacher should be told about the roster whatever the layout (students sharing a name,
 * names that look like formulas or HTML, initials only), and the unit name a sheet offers.
 */

import type { FoundStudent } from './types';
import { describeLine } from './table';

/** A unit name from the title block ("Unit 3: Fractions") or the sheet's name when it is not "Sheet1". */
export function unitNameFrom(
  titleBlock: readonly string[],
  sheetName?: string,
): string | undefined {
  const titled = titleBlock.find(
    (text) => /\b(unit|module|chapter|topic)\b/i.test(text) && text.length <= 80,
  );
  if (titled) return titled.trim();
  if (
    sheetName &&
    !/^(sheet|tab|worksheet|feuille|hoja|trang tinh|trang tính)\s*\d*$/i.test(sheetName.trim())
  ) {
    return sheetName.trim();
  }
  return undefined;
}

/** "Row 3" → "row 3", keeping the column letter's capital. */
function lower(text: string): string {
  return text.replace(/^./, (c) => c.toLowerCase());
}

export function studentWarnings(students: readonly FoundStudent[]): string[] {
  const warnings: string[] = [];
  const byName = new Map<string, FoundStudent[]>();
  for (const student of students) {
    const key = student.name.toLowerCase();
    const list = byName.get(key) ?? [];
    list.push(student);
    byName.set(key, list);
  }
  const shared = [...byName.values()].filter((list) => list.length > 1);
  if (shared.length > 0 && shared.length <= 3) {
    for (const list of shared) {
      const where = list.map((s) => lower(describeLine(s.line))).join(', ');
      const ids = new Set(list.map((s) => s.studentId ?? ''));
      const apart = ids.size === list.length && !ids.has('') ? ' (with different IDs)' : '';
      warnings.push(
        `${list.length} students are called “${list[0]?.name}”${apart} in ${where}: they are kept apart; give them different names in Setup.`,
      );
    }
  } else if (shared.length > 3) {
    const names = shared
      .slice(0, 4)
      .map((list) => `“${list[0]?.name}”`)
      .join(', ');
    warnings.push(
      `${shared.length} names are shared by more than one student (${names}, ...): they are kept apart; give them different names in Setup.`,
    );
  }
  for (const student of students) {
    const where = lower(describeLine(student.line));
    if (/^[=+\-@]/.test(student.written)) {
      warnings.push(
        `The name “${student.written.slice(0, 40)}” in ${where} starts like a formula; it will be written as plain text.`,
      );
    } else if (/<[a-z/!]/i.test(student.written)) {
      warnings.push(
        `The name “${student.written.slice(0, 40)}” in ${where} looks like HTML; it will be shown as plain text.`,
      );
    }
  }
  const initials = students.filter((s) => s.initialsOnly).length;
  if (initials > 0 && initials >= students.length / 2) {
    warnings.push(
      'Students are written as initials only; you can write their full names in Setup.',
    );
  }
  return warnings;
}
