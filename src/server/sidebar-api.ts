/**
 * The functions the sidebar (and scripts driving the add-on) may call through google.script.run.
 * The client's typed wrapper is derived from this object's type, so renaming a function here breaks
 * the sidebar's build. Every function checks its caller is a teacher of the class and validates its
 * arguments; errors reach the sidebar as messages that say what to do.
 */

import { lessonSummary } from '../core/class-model';
import { syncMessage } from '../core/messages';
import type {
  ClassInput,
  ClassOverview,
  ClassStatus,
  ImportOutcome,
  ImportReading,
  ImportRequest,
  ImportSource,
  SidebarInfo,
  SyncResult,
} from '../shared/sidebar-types';
import { ADDON_VERSION } from '../shared/version';
import { ClassStore } from '../shell/class-store';
import { activeSpreadsheet } from '../shell/spreadsheet';
import { ensureSyncTrigger } from './class-health';
import { NO_CLASS_STATUS, classStatus } from './class-status';
import { setupFromInput } from './class-input';
import { createClass, requireNoClass } from './class-setup';
import { syncClass, type SyncOutcome } from './class-sync';
import { AddonError, codeOf, messageFor } from './errors';
import {
  confirmImport,
  detectImport,
  previewImport,
  syncClassFinishingImport,
} from './import-tracker';
import { recordCheck as record, type CheckInput, type CheckOutcome } from './mastery-checks';
import { refreshWall as refresh, type RefreshOutcome } from './refresh-wall';
import { openClass, whileLocked } from './teacher-session';
import { getToday, openStudentTab } from './today-panel';
import { getFocus } from './lesson-focus';
import { getCommentBank, saveCommentBank, saveFeedback } from './feedback';
import { getSettings, saveSettings } from './class-settings';

/** Errors leave as plain Errors whose message a teacher can act on (and whose name carries the code). */
function guarded<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  return (...args: A) => {
    try {
      return fn(...args);
    } catch (error) {
      const safe = new Error(messageFor(error));
      safe.name = codeOf(error);
      throw safe;
    }
  };
}

function syncResult(outcome: SyncOutcome): SyncResult {
  return { ...outcome, message: syncMessage(outcome) };
}

function getSidebarInfo(): SidebarInfo {
  return { spreadsheetName: activeSpreadsheet().getName(), addonVersion: ADDON_VERSION };
}

function getClassStatus(): ClassStatus {
  if (!ClassStore.load().record()) return NO_CLASS_STATUS;
  return classStatus(openClass());
}

function getClassOverview(): ClassOverview {
  const { record } = openClass();
  return {
    unitName: record.unitName,
    lessons: record.lessons.map(lessonSummary),
    students: record.students.map((s) => ({
      id: s.id,
      name: s.name,
      nickname: s.nickname,
      sheetId: s.sheetId,
    })),
  };
}

/** Sets a class up from data on a spreadsheet that has none: writes Setup, then syncs. */
function setUpClass(input: ClassInput): SyncResult {
  const setup = setupFromInput(input);
  const ss = activeSpreadsheet();
  const store = ClassStore.load();
  requireNoClass(store);
  return syncResult(
    whileLocked(() => {
      const created = createClass(ss, store, setup);
      const { record } = ensureSyncTrigger(ss, store, created);
      return syncClass(ss, store, record);
    }),
  );
}

function syncClassNow(): SyncResult {
  const session = openClass();
  const outcome = whileLocked(() =>
    syncClassFinishingImport(session.ss, session.store, session.record),
  );
  return syncResult({ ...outcome, repairs: [...session.repairs, ...outcome.repairs] });
}

function refreshWall(): RefreshOutcome {
  const session = openClass();
  return whileLocked(() => refresh(session.ss, session.store, session.record));
}

function recordCheck(input: CheckInput): CheckOutcome {
  const session = openClass();
  if (typeof input !== 'object' || input === null)
    throw new AddonError('bad-argument', 'Choose a student and a lesson first.');
  return whileLocked(() => record(session.ss, session.store, session.record, input));
}

export const sidebarApi = {
  getSidebarInfo: guarded(getSidebarInfo),
  getClassStatus: guarded(getClassStatus),
  getClassOverview: guarded(getClassOverview),
  setUpClass: guarded(setUpClass),
  syncClass: guarded(syncClassNow),
  refreshWall: guarded(refreshWall),
  recordCheck: guarded(recordCheck),
  detectImport: guarded((request?: ImportSource): ImportReading => detectImport(request)),
  previewImport: guarded((request: ImportRequest): ImportReading => previewImport(request)),
  confirmImport: guarded((request: ImportRequest): ImportOutcome => confirmImport(request)),
  // Today panel
  getToday: guarded(getToday),
  openStudentTab: guarded(openStudentTab),
  // In focus and Feedback panels
  getFocus: guarded(getFocus),
  saveFeedback: guarded(saveFeedback),
  getCommentBank: guarded(getCommentBank),
  saveCommentBank: guarded(saveCommentBank),
  // Setup panel's class settings
  getSettings: guarded(getSettings),
  saveSettings: guarded(saveSettings),
};

export type SidebarApi = typeof sidebarApi;
