/**
 * The class's installable edit trigger. It runs as the teacher who made it, for every edit by
 * anyone. It recognises a student's tab by its sheet id (never by tab name, never by e-mail: the
 * event's user is often blank), takes the document lock, re-reads that student's tab and writes
 * their tick dates and wall row as absolute state. Edits anywhere else cost one small read.
 */

import { studentBySheetId } from '../core/class-model';
import { ClassStore } from '../shell/class-store';
import { withDocumentLock } from '../shell/lock';
import { todayIn } from '../shell/spreadsheet';
import { writeWallRow } from '../shell/wall-sheet';
import { studentProgress } from './student-progress';

/** How long a run waits for the lock: a class ticking at once queues up behind it. */
export const LOCK_WAIT_MS = 30_000;

export function onClassEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  const sheet = e.range.getSheet();
  const sheetId = sheet.getSheetId();
  const tabs = ClassStore.studentTabIds();
  if (!tabs || !tabs.has(sheetId)) return;
  const ss = e.source;
  const done = withDocumentLock(LOCK_WAIT_MS, () => {
    const store = ClassStore.load();
    const record = store.record();
    if (!record) return;
    const today = todayIn(record.timeZone);
    const stale = store.staleTabs();
    const wall = record.wallSheetId !== null ? ss.getSheetById(record.wallSheetId) : null;
    // This student, then any whose runs could not get the lock earlier.
    const ids = [sheetId, ...[...stale.keys()].filter((id) => id !== sheetId)];
    for (const id of ids) {
      const found = studentBySheetId(record, id);
      if (!found) continue;
      const tab = id === sheetId ? sheet : ss.getSheetById(id);
      if (!tab) continue;
      const row = studentProgress(record, store, tab, found.student, found.index, today);
      if (wall) writeWallRow(wall, found.index, row);
    }
    if (!wall && record.wallSheetId !== null) {
      store.addRepairs(['The wall tab is missing: choose Sync class to rebuild it.']);
    }
    if (stale.size > 0) store.clearStale(stale.keys());
    store.noteRun(new Date().toISOString());
  });
  if (!done.ok) ClassStore.markStale(sheetId, new Date().toISOString());
}
