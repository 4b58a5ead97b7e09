/**
 * What the add-on menu's items do. Each is a thin edge: it runs the action for a teacher and tells
 * them the outcome in words, or tells anyone else, kindly, that the menu is for teachers.
 */

import { HELP_TEXT, syncMessage } from '../core/messages';
import { ADDON_TITLE } from '../core/menu';
import { ClassStore } from '../shell/class-store';
import { withDocumentLock } from '../shell/lock';
import { activeSpreadsheet } from '../shell/spreadsheet';
import { showSidebar, tell } from '../shell/ui';
import { ensureSyncTrigger } from './class-health';
import { adoptSetupTab, createClass, EMPTY_SETUP, findSetupTab } from './class-setup';
import { syncClassFinishingImport } from './import-tracker';
import { syncClass } from './class-sync';
import { AddonError, MESSAGES, messageFor } from './errors';
import { refreshWall } from './refresh-wall';
import { openClass, whileLocked } from './teacher-session';

/** Runs a menu action; any error becomes a message box that says what to do. */
function menuAction(work: () => string | null): void {
  let message: string | null;
  try {
    message = work();
  } catch (error) {
    message = messageFor(error);
  }
  if (message) tell(ADDON_TITLE, message);
}

export function setUpTracker(): void {
  menuAction(() => {
    const ss = activeSpreadsheet();
    const store = ClassStore.load();
    if (store.record()) {
      const session = openClass();
      return [
        'This spreadsheet already has a class. Edit the Setup tab, then choose Sync class.',
        ...session.repairs,
      ].join('\n\n');
    }
    const found = findSetupTab(ss.getSheets(), ss.getSpreadsheetTimeZone());
    const locked = withDocumentLock(30_000, () => {
      const record = found ? adoptSetupTab(ss, store, found) : createClass(ss, store, EMPTY_SETUP);
      return ensureSyncTrigger(ss, store, record).record;
    });
    if (!locked.ok) throw new AddonError('busy', MESSAGES.busy);
    if (found) {
      const outcome = whileLocked(() => syncClass(ss, store, locked.value));
      return `This tracker had a Setup tab: its class is set up again and the automatic update is back on.\n\n${syncMessage(outcome)}`;
    }
    return 'A Setup tab is ready. Fill in the unit, your lessons and your students, then choose Extensions › Mastery Tracker › Sync class to make every student\u2019s tab and the wall.';
  });
}

export function syncClassFromMenu(): void {
  menuAction(() => {
    const session = openClass();
    const outcome = whileLocked(() =>
      syncClassFinishingImport(session.ss, session.store, session.record),
    );
    return syncMessage({ ...outcome, repairs: [...session.repairs, ...outcome.repairs] });
  });
}

export function refreshWallFromMenu(): void {
  menuAction(() => {
    const session = openClass();
    const outcome = whileLocked(() => refreshWall(session.ss, session.store, session.record));
    const lines = [
      `The wall is up to date for ${outcome.students} students.`,
      ...session.repairs,
      ...outcome.repairs,
    ];
    if (outcome.missingTabs.length > 0) {
      lines.push(
        `These students have no tab (choose Sync class to make them again): ${outcome.missingTabs.join(', ')}.`,
      );
    }
    return lines.join('\n\n');
  });
}

export function showHelp(): void {
  menuAction(() => HELP_TEXT);
}

export function openSidebar(): void {
  menuAction(() => {
    const store = ClassStore.load();
    if (store.record()) openClass();
    showSidebar('sidebar');
    return null;
  });
}
