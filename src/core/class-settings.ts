/**
 * The class settings as the Setup panel's form shows and changes them: read from the Setup tab's
 * settings rows (the source of truth the sync reads), the cells a change writes (only the settings
 * that change, each in its own row's value cell, people's text kept as text), and the plain
 * sentences that tell a teacher what classmates can see in the file.
 */

import { DEFAULT_SETTINGS, type WallShows } from './class-model';
import type { Cell, Grid } from './grid';
import {
  SETTING_LABELS,
  WALL_CHOICES,
  findSetting,
  isEmail,
  percentOf,
  setupText,
  wholeDays,
} from './setup-sheet';
import type { CellValue } from './student-tab';
import { plainText } from './text';

export interface SettingsView {
  readonly unitName: string;
  readonly threshold: number;
  readonly dueSoonDays: number;
  readonly retakeDays: number;
  readonly wallShows: WallShows;
  readonly coTeachers: readonly string[];
}

export type SettingKey = keyof SettingsView;
export type SettingsChange = Partial<SettingsView>;

/** Every setting the form shows, in the order it shows them. */
export const SETTING_KEYS: readonly SettingKey[] = [
  'unitName',
  'threshold',
  'dueSoonDays',
  'retakeDays',
  'wallShows',
  'coTeachers',
];

export function coTeacherList(text: string): string[] {
  return text
    .split(/[,;\s]+/)
    .map((e) => e.trim().toLowerCase())
    .filter((e) => e !== '');
}

/** A setting's value as the sync would read it from its cell, or undefined when the cell is not valid. */
function parsed(key: SettingKey, cell: Cell | undefined): SettingsView[SettingKey] | undefined {
  switch (key) {
    case 'unitName':
      return setupText(cell);
    case 'threshold': {
      const value = percentOf(cell);
      return value === 'invalid' ? undefined : (value ?? DEFAULT_SETTINGS.threshold);
    }
    case 'dueSoonDays':
    case 'retakeDays': {
      const value = wholeDays(cell, DEFAULT_SETTINGS[key]);
      return value === 'invalid' ? undefined : value;
    }
    case 'wallShows':
      return setupText(cell).toLowerCase().startsWith('icon') ? 'icons' : 'nicknames';
    case 'coTeachers': {
      const list = coTeacherList(setupText(cell));
      return list.every(isEmail) ? list : undefined;
    }
  }
}

const same = (a: SettingsView[SettingKey] | undefined, b: SettingsView[SettingKey]): boolean =>
  Array.isArray(a) && Array.isArray(b) ? a.join() === b.join() : a === b;

/**
 * The settings the Setup tab holds now; where a cell is not valid (the sync would refuse it), the
 * class's settings as last synced (`current`).
 */
export function settingsOnSetup(grid: Grid, current: SettingsView): SettingsView {
  const read = <K extends SettingKey>(key: K): SettingsView[K] => {
    const found = findSetting(grid, SETTING_LABELS[key]);
    const value = parsed(key, found?.cell);
    return (value ?? current[key]) as SettingsView[K];
  };
  return {
    unitName: read('unitName'),
    threshold: read('threshold'),
    dueSoonDays: read('dueSoonDays'),
    retakeDays: read('retakeDays'),
    wallShows: read('wallShows'),
    coTeachers: read('coTeachers'),
  };
}

/** What a setting's value cell gets: numbers as numbers, the wall's choice as Setup lists it, text as text. */
function cellValue(key: SettingKey, value: SettingsView[SettingKey]): CellValue {
  switch (key) {
    case 'unitName':
      return plainText(String(value));
    case 'wallShows':
      return WALL_CHOICES[value as WallShows];
    case 'coTeachers':
      return plainText((value as readonly string[]).join(', '));
    default:
      return value as number;
  }
}

export interface SettingWrite {
  /** 1-based row of the Setup tab; the value goes in column B. */
  readonly row: number;
  readonly value: CellValue;
}

/**
 * The cells a change writes: one per setting whose value differs from what its cell holds now.
 * `missing` names the settings whose row the teacher removed from Setup (nothing may be written then).
 */
export function settingWrites(
  grid: Grid,
  change: SettingsChange,
): { writes: SettingWrite[]; missing: string[] } {
  const writes: SettingWrite[] = [];
  const missing: string[] = [];
  for (const key of SETTING_KEYS) {
    const value = change[key];
    if (value === undefined) continue;
    const found = findSetting(grid, SETTING_LABELS[key]);
    if (!found) {
      missing.push(SETTING_LABELS[key]);
      continue;
    }
    // Unchanged (as the sync reads it: a blank threshold is the default 80): the cell is left as typed.
    if (same(parsed(key, found.cell), value)) continue;
    writes.push({ row: found.row, value: cellValue(key, value) });
  }
  writes.sort((a, b) => a.row - b.row);
  return { writes, missing };
}

/** The Setup tab's cells as they will be once the writes are made (to check them before writing). */
export function withWrites(grid: Grid, writes: readonly SettingWrite[]): Grid {
  const values = grid.values.map((row) => [...row]);
  for (const write of writes) {
    const row = values[write.row - 1];
    const value = write.value;
    // As the sheet keeps it: the apostrophe that keeps text as text is not part of the value.
    if (row) row[1] = typeof value === 'string' && value.startsWith("'") ? value.slice(1) : value;
  }
  return { ...grid, values };
}

/** Runs of writes on consecutive rows, so each run is one write to the sheet. */
export function consecutiveRuns(writes: readonly SettingWrite[]): SettingWrite[][] {
  const runs: SettingWrite[][] = [];
  for (const write of writes) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    if (run && last && write.row === last.row + 1) run.push(write);
    else runs.push([write]);
  }
  return runs;
}

/** What the privacy sentences depend on. */
export interface PrivacyFacts {
  readonly wallShows: WallShows;
  /** Students on the roster with no e-mail: anyone who edits the file may change their cells. */
  readonly studentsWithoutEmail: number;
}

/** Plain sentences: what classmates can see in this file, and what they cannot. */
export function privacyNotes(facts: PrivacyFacts): string[] {
  const notes = [
    'Everyone you share this file with can open every tab, including each student\u2019s tab with their ticks, their links to their work and your feedback. Protection stops people changing cells, not reading them.',
    'Each student\u2019s tab is protected: only the class\u2019s teachers and that student can change the student\u2019s cells (Done, My work, Seen and their icon), and only teachers can change the rest.',
  ];
  const n = facts.studentsWithoutEmail;
  if (n > 0) {
    notes.push(
      `${n === 1 ? '1 student has' : `${n} students have`} no e-mail on the Setup tab, so any classmate can tick ${n === 1 ? 'that student\u2019s' : 'their'} boxes. Add ${n === 1 ? 'the' : 'their'} e-mail${n === 1 ? '' : 's'} to keep those cells ${n === 1 ? 'theirs' : 'their own'}.`,
    );
  }
  notes.push(
    facts.wallShows === 'nicknames'
      ? 'The wall shows each student\u2019s nickname and icon on the lesson they are on; never full names, scores or overdue lessons.'
      : 'The wall shows only each student\u2019s icon on the lesson they are on; no nicknames, full names, scores or overdue lessons.',
    'The Setup tab (names, nicknames, e-mails, groups) can be read by everyone the file is shared with; only teachers can change it.',
    'Hidden tabs are not private: anyone who can edit the file can show them again (tabs of students who left are hidden, never deleted).',
    'Scores and every mastery check are kept in the add-on\u2019s storage for this file, which students cannot open: a student\u2019s tab shows only the lesson\u2019s state (Mastered, Retake by a date).',
    'What the sidebar shows you (who is behind, the check queue, unseen feedback) is worked out when you open it and never written into a cell.',
    'Your comment bank is kept in your own Google account\u2019s settings for the add-on: nobody else sees it, not even a co-teacher.',
  );
  return notes;
}
