/**
 * The class's sync health as the sidebar shows it (its header and the Today panel): when the class
 * last synced, when the edit trigger last ran, whether this teacher's account runs that trigger,
 * repairs made, and students whose ticks wait for a refresh.
 */

import type { ClassStatus } from '../shared/sidebar-types';
import type { TeacherSession } from './teacher-session';

export const NO_CLASS_STATUS: ClassStatus = {
  hasClass: false,
  unitName: '',
  students: 0,
  lessons: 0,
  lastSyncedAt: null,
  lastTriggerRunAt: null,
  triggerRunsHere: false,
  repairs: [],
  waitingForRefresh: 0,
};

/** The status of an opened class; `repairs` adds what the caller found on the way. */
export function classStatus(session: TeacherSession, repairs: readonly string[] = []): ClassStatus {
  const { record, store } = session;
  return {
    hasClass: true,
    unitName: record.unitName,
    students: record.students.length,
    lessons: record.lessons.length,
    lastSyncedAt: record.lastSyncedAt,
    lastTriggerRunAt: store.lastRun(),
    // The trigger belongs to one account: openClass found it under this teacher's, or made it.
    triggerRunsHere: session.ownTrigger,
    // A repair made while opening the class is also kept in the store: say it once.
    repairs: [...new Set([...session.repairs, ...repairs, ...store.repairs()])],
    waitingForRefresh: store.staleTabs().size,
  };
}
