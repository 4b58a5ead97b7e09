/**
 * The class's settings as the Setup panel reads and changes them. The Setup tab is the source of
 * truth the sync reads, so the form shows what Setup holds and a change is written into Setup's
 * settings rows (only the settings that change, nothing else), then the class is synced.
 */

import {
  consecutiveRuns,
  privacyNotes,
  settingWrites,
  settingsOnSetup,
  withWrites,
  type SettingsView,
} from '../core/class-settings';
import { readSetup } from '../core/setup-sheet';
import type { ClassRecord } from '../core/class-model';
import { syncMessage } from '../core/messages';
import type { SettingsInput, SettingsPanel, SyncResult } from '../shared/sidebar-types';
import { sheetById, toGrid } from '../shell/spreadsheet';
import { syncClass } from './class-sync';
import { AddonError } from './errors';
import { settingsChange } from './settings-input';
import { openClass, whileLocked } from './teacher-session';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function lastSynced(record: ClassRecord): SettingsView {
  return { ...record.settings, unitName: record.unitName, coTeachers: record.coTeachers };
}

function setupGrid(sheet: Sheet, record: ClassRecord) {
  return toGrid(sheet.getDataRange().getValues(), record.timeZone);
}

export function getSettings(): SettingsPanel {
  const { ss, record } = openClass();
  const setup = sheetById(ss, record.setupSheetId);
  const shown = setup
    ? settingsOnSetup(setupGrid(setup, record), lastSynced(record))
    : lastSynced(record);
  return {
    ...shown,
    // What classmates can see now: the wall as last synced, whatever Setup says it will show.
    privacy: privacyNotes({
      wallShows: record.settings.wallShows,
      studentsWithoutEmail: record.students.filter((s) => s.email === '').length,
    }),
  };
}

export function saveSettings(input: SettingsInput): SyncResult {
  const session = openClass();
  const change = settingsChange(
    input,
    session.record.students.map((s) => s.email).filter((e) => e !== ''),
  );
  const outcome = whileLocked(() => {
    const { ss, store, record } = session;
    const setup = sheetById(ss, record.setupSheetId);
    if (!setup) {
      throw new AddonError(
        'not-found',
        'The Setup tab is missing. Choose Sync class to rebuild it, then change the settings again.',
      );
    }
    const grid = setupGrid(setup, record);
    const { writes, missing } = settingWrites(grid, change);
    if (missing.length > 0) {
      throw new AddonError(
        'setup-problems',
        `The Setup tab has no row for ${missing.map((m) => `"${m}"`).join(', ')}. Type the label in column A above LESSONS, then save again.`,
      );
    }
    // Something else on Setup the sync would refuse: say so before writing anything.
    const blocking = readSetup(withWrites(grid, writes)).problems.filter((p) => p.blocking);
    if (blocking.length > 0) {
      throw new AddonError(
        'setup-problems',
        `The settings were not saved. Fix ${blocking.length === 1 ? 'this' : 'these'} on the Setup tab first, then save again:\n${blocking
          .slice(0, 5)
          .map((p) => `• ${p.message}`)
          .join('\n')}`,
      );
    }
    for (const run of consecutiveRuns(writes)) {
      const first = run[0];
      if (first) setup.getRange(first.row, 2, run.length, 1).setValues(run.map((w) => [w.value]));
    }
    return syncClass(ss, store, record);
  });
  const result = { ...outcome, repairs: [...session.repairs, ...outcome.repairs] };
  return { ...result, message: syncMessage(result) };
}
