/**
 * Refresh wall: every student's tick dates and wall row rebuilt from their tab (one read per
 * student, one write for the whole wall), healing whatever dropped edit events or a busy lock left
 * behind. The wall is made again if a teacher deleted it.
 */

import type { ClassRecord } from '../core/class-model';
import type { CellValue } from '../core/student-tab';
import type { ClassStore } from '../shell/class-store';
import { sharingOf } from '../shell/protections';
import { todayIn } from '../shell/spreadsheet';
import { layOutWall } from '../shell/wall-sheet';
import { uniqueTabName } from '../core/text';
import { studentProgress } from './student-progress';

export interface RefreshOutcome {
  readonly students: number;
  readonly repairs: readonly string[];
  readonly missingTabs: readonly string[];
}

export function refreshWall(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  store: ClassStore,
  record: ClassRecord,
): RefreshOutcome {
  const sheets = new Map(ss.getSheets().map((s) => [s.getSheetId(), s]));
  const today = todayIn(record.timeZone);
  const rows: CellValue[][] = [];
  const missingTabs: string[] = [];
  record.students.forEach((student, index) => {
    const tab = sheets.get(student.sheetId);
    if (!tab) {
      missingTabs.push(student.name);
      rows.push([]);
      return;
    }
    rows.push(studentProgress(record, store, tab, student, index, today).wallRow);
  });
  const repairs: string[] = [];
  let wall = record.wallSheetId !== null ? (sheets.get(record.wallSheetId) ?? null) : null;
  const fresh = wall === null;
  if (!wall) {
    const taken = new Set([...sheets.values()].map((s) => s.getName().toLowerCase()));
    wall = ss.insertSheet(uniqueTabName('Wall', taken), 1);
    repairs.push('The wall was missing: it was rebuilt from the students\u2019 tabs.');
    store.saveRecord({ ...record, wallSheetId: wall.getSheetId() });
  }
  const width = rows.reduce((max, row) => Math.max(max, row.length), 0);
  const filled = rows.map((row) =>
    row.length === width ? row : [...row, ...new Array<CellValue>(width - row.length).fill('')],
  );
  const sharing = sharingOf(ss, [...record.teachers, ...record.coTeachers]);
  layOutWall(wall, record, filled, sharing, fresh);
  store.clearStale(record.students.map((s) => s.sheetId));
  store.noteRun(new Date().toISOString());
  store.addRepairs(repairs);
  return { students: record.students.length, repairs, missingTabs };
}
