/**
 * Keeping the class's sync alive: triggers stop without a word when the add-on is disabled in a
 * file, when a file is copied (triggers are not copied) or after an update that needs new
 * permissions, and add-on triggers send no failure e-mail (docs: add-ons/concepts/editor-triggers).
 * So every teacher action checks that the trigger still exists and makes it again when it can.
 */

import type { ClassRecord } from '../core/class-model';
import type { ClassStore } from '../shell/class-store';
import { createEditTrigger, currentUserKey, findEditTrigger } from '../shell/triggers';

export interface TriggerHealth {
  readonly record: ClassRecord;
  /** A repair made, in plain words, or null. */
  readonly repair: string | null;
  /** False when another teacher's account runs the trigger (it cannot be seen from here). */
  readonly ownTrigger: boolean;
}

export function ensureSyncTrigger(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  store: ClassStore,
  record: ClassRecord,
): TriggerHealth {
  const key = currentUserKey();
  const mine = findEditTrigger(ss);
  if (mine) {
    const uid = mine.getUniqueId();
    if (record.triggerId === uid && record.triggerOwnerKey === key) {
      return { record, repair: null, ownTrigger: true };
    }
    const next = { ...record, triggerId: uid, triggerOwnerKey: key };
    store.saveRecord(next);
    return { record: next, repair: null, ownTrigger: true };
  }
  if (record.triggerId !== null && record.triggerOwnerKey !== key) {
    // Another teacher's account runs it; only that teacher can see or repair it.
    return { record, repair: null, ownTrigger: false };
  }
  const next = { ...record, triggerId: createEditTrigger(ss), triggerOwnerKey: key };
  store.saveRecord(next);
  const repair =
    record.triggerId === null
      ? null
      : 'The automatic update of the wall had stopped (this happens when a file is copied or the add-on was turned off). It is back on; choose Refresh wall to catch up on ticks made meanwhile.';
  if (repair) store.addRepairs([repair]);
  return { record: next, repair, ownTrigger: true };
}
