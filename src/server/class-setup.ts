/**
 * Setting a class up: a Setup tab for the teacher to fill in (or filled from data the sidebar or an
 * import sends), the class record, and the sync trigger. A spreadsheet that already has a Setup tab
 * but no class (a copy of a tracker: copies keep tabs but not the add-on's data or triggers) is
 * adopted: its students' tabs are found by name and kept, with everything in them.
 */

import {
  CLASS_SCHEMA_VERSION,
  DEFAULT_SETTINGS,
  type ClassRecord,
  type EnrolledStudent,
} from '../core/class-model';
import { planClass } from '../core/class-plan';
import { readSetup, setupLayout, type NewSetup } from '../core/setup-sheet';
import { safeTabName, uniqueTabName } from '../core/text';
import type { ClassStore } from '../shell/class-store';
import { sharingOf } from '../shell/protections';
import { layOutSetup, readSetupTab, tagRows } from '../shell/setup-tab';
import { AddonError } from './errors';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const EMPTY_SETUP: NewSetup = {
  unitName: '',
  settings: DEFAULT_SETTINGS,
  coTeachers: [],
  lessons: [],
  students: [],
};

function ownerEmail(ss: Spreadsheet): string[] {
  const owner = ss.getOwner();
  const email = owner ? owner.getEmail().toLowerCase() : '';
  return email === '' ? [] : [email];
}

function newRecord(ss: Spreadsheet, setupSheetId: number): ClassRecord {
  return {
    schema: CLASS_SCHEMA_VERSION,
    unitName: '',
    settings: DEFAULT_SETTINGS,
    lessons: [],
    retired: [],
    students: [],
    archived: [],
    layouts: {},
    currentLayout: 0,
    teachers: ownerEmail(ss),
    coTeachers: [],
    setupSheetId,
    wallSheetId: null,
    timeZone: ss.getSpreadsheetTimeZone(),
    triggerId: null,
    triggerOwnerKey: null,
    lastSyncedAt: null,
    nextId: 1,
  };
}

/** A tab that looks like a Mastery Tracker Setup tab (LESSONS and STUDENTS markers). */
export function findSetupTab(sheets: readonly Sheet[], timeZone: string): Sheet | null {
  for (const sheet of sheets) {
    if (!/setup/i.test(sheet.getName())) continue;
    const { grid } = readSetupTab(sheet, timeZone);
    const reading = readSetup(grid);
    if (!reading.problems.some((p) => p.row === null && p.blocking)) return sheet;
  }
  return null;
}

/** Creates the Setup tab and the class record. Nothing is synced yet. */
export function createClass(ss: Spreadsheet, store: ClassStore, setup: NewSetup): ClassRecord {
  const sheets = ss.getSheets();
  const taken = new Set(sheets.map((s) => s.getName().toLowerCase()));
  const sheet = ss.insertSheet(uniqueTabName('Setup', taken), sheets.length);
  const record = newRecord(ss, sheet.getSheetId());
  const layout = setupLayout(setup);
  layOutSetup(sheet, layout, sharingOf(ss, [...record.teachers, ...setup.coTeachers]));
  sheet.activate();
  store.saveRecord(record);
  return record;
}

/**
 * A copied or half-set-up tracker: a Setup tab is there but the class record is not. Students'
 * tabs are matched by name so the sync that follows keeps everything in them.
 */
export function adoptSetupTab(ss: Spreadsheet, store: ClassStore, setup: Sheet): ClassRecord {
  const timeZone = ss.getSpreadsheetTimeZone();
  const { grid, rowIds } = readSetupTab(setup, timeZone);
  const reading = readSetup(grid, rowIds);
  const plan = planClass(null, reading.input);
  tagRows(setup, plan.tags);
  const byName = new Map(ss.getSheets().map((s) => [s.getName().toLowerCase(), s]));
  const layoutIds = plan.lessons.map((l) => l.id);
  const students: EnrolledStudent[] = [];
  for (const student of plan.students) {
    const tab = byName.get(safeTabName(student.name, 'Student').toLowerCase());
    if (!tab) continue;
    byName.delete(tab.getName().toLowerCase());
    const { existing: _e, restored: _r, ...plain } = student;
    students.push({ ...plain, sheetId: tab.getSheetId(), layout: 1 });
  }
  const wall = byName.get('wall') ?? null;
  const record: ClassRecord = {
    ...newRecord(ss, setup.getSheetId()),
    unitName: plan.unitName,
    settings: plan.settings,
    lessons: plan.lessons,
    coTeachers: plan.coTeachers,
    students,
    layouts: { 1: layoutIds },
    currentLayout: 1,
    wallSheetId: wall ? wall.getSheetId() : null,
    nextId: plan.nextId,
  };
  store.saveRecord(record);
  return record;
}

export function requireNoClass(store: ClassStore): void {
  if (store.record()) {
    throw new AddonError(
      'already-set-up',
      'This spreadsheet already has a class. Edit the Setup tab, then choose Sync class.',
    );
  }
}
