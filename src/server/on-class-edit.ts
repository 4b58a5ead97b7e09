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
import { offerSeenBoxes } from '../shell/feedback-cells';
import { studentProgress } from './student-progress';
import { feedbackRowsEdited, type EditBounds } from '../core/student-tab';

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
      const read = studentProgress(record, store, tab, found.student, found.index, today);
      if (wall) writeWallRow(wall, found.index, read.wallRow);
      if (id === sheetId) {
        const typed = feedbackRowsEdited(editBounds(e), read.rows.length);
        offerSeenBoxes(tab, typed, read.rows, read.seenCells);
      }
    }
    if (!wall && record.wallSheetId !== null) {
      store.addRepairs(['The wall tab is missing: choose Sync class to rebuild it.']);
    }
    if (stale.size > 0) store.clearStale(stale.keys());
    store.noteRun(new Date().toISOString());
  });
  if (!done.ok) ClassStore.markStale(sheetId, new Date().toISOString());
}

/**
 * The edited block's bounds as the event carries them (live e.range has rowStart, rowEnd,
 * columnStart and columnEnd fields: reading them costs no call), or null when it does not.
 */
function editBounds(e: GoogleAppsScript.Events.SheetsOnEdit): EditBounds | null {
  const r = e.range as unknown as Partial<Record<keyof EditBounds, unknown>>;
  const { rowStart, rowEnd, columnStart, columnEnd } = r;
  return typeof rowStart === 'number' &&
    typeof rowEnd === 'number' &&
    typeof columnStart === 'number' &&
    typeof columnEnd === 'number'
    ? { rowStart, rowEnd, columnStart, columnEnd }
    : null;
}
