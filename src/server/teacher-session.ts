/**
 * What every teacher action starts with: the class (if any), a check that the person is one of its
 * teachers, and a check that the sync trigger is still alive. Students who reach a teacher action
 * get a friendly refusal and no data.
 */

import type { ClassRecord } from '../core/class-model';
import { canEditClass } from '../shell/access';
import { ClassStore } from '../shell/class-store';
import { withDocumentLock } from '../shell/lock';
import { activeSpreadsheet } from '../shell/spreadsheet';
import { ensureSyncTrigger } from './class-health';
import { AddonError, MESSAGES } from './errors';

export interface TeacherSession {
  readonly ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  readonly store: ClassStore;
  readonly record: ClassRecord;
  /** Repairs made while opening the class (a recreated trigger). */
  readonly repairs: readonly string[];
  /** False when another teacher's account runs the class's trigger. */
  readonly ownTrigger: boolean;
}

/** The class, for one of its teachers; throws for anyone else, or when there is no class. */
export function openClass(): TeacherSession {
  const ss = activeSpreadsheet();
  const store = ClassStore.load();
  const record = store.record();
  if (!record) throw new AddonError('no-class', MESSAGES.noClass);
  if (!canEditClass(ss, record)) throw new AddonError('not-a-teacher', MESSAGES.notATeacher);
  const health = ensureSyncTrigger(ss, store, record);
  return {
    ss,
    store,
    record: health.record,
    repairs: health.repair ? [health.repair] : [],
    ownTrigger: health.ownTrigger,
  };
}

/** Runs class-changing work with the document lock, so it never interleaves with students' ticks. */
export function whileLocked<T>(work: () => T): T {
  const result = withDocumentLock(30_000, work);
  if (!result.ok) throw new AddonError('busy', MESSAGES.busy);
  return result.value;
}
