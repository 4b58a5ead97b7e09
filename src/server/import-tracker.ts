/**
 * Installing on a tracker the teacher already keeps: detect what the sheet holds, preview it with
 * the teacher's corrections, then confirm, which writes Setup, generates the class (the same path as
 * setUpClass) and carries the sheet's progress over: ticks with the day they were made, and
 * mastered, tested-out and scored marks as mastery checks. The teacher's sheet is only ever read.
 *
 * Who may call: before a class exists, anyone who can run the add-on in the file (the sheet's values
 * are already theirs to read, and confirming writes only what they could write by hand); once a
 * class exists, only its teachers.
 */

import type { StudentAttempts } from '../core/attempts';
import type { ClassRecord } from '../core/class-model';
import type { IsoDate } from '../core/grid';
import {
  applyCorrections,
  carriedProgress,
  detectTracker,
  gridFingerprint,
  importBlockers,
  planImport,
  previewImport as previewOf,
  setupFromPlan,
  type CarriedProgress,
  type Corrections,
  type Detection,
  type DetectOptions,
  type ImportPlan,
} from '../core/import';
import type { Attempt } from '../core/lesson-state';
import { importMessage } from '../core/messages';
import { EMPTY_ROW, type LessonRowData } from '../core/student-tab';
import type {
  ImportCorrections,
  ImportLayout,
  ImportOutcome,
  ImportReading,
} from '../shared/sidebar-types';
import { ClassStore } from '../shell/class-store';
import { activeSpreadsheet, todayIn } from '../shell/spreadsheet';
import {
  findTrackerSheet,
  readTrackerSheet,
  sheetNames,
  type TrackerSheet,
} from '../shell/tracker-sheet';
import { ensureSyncTrigger } from './class-health';
import { createClass, requireNoClass } from './class-setup';
import { syncClass, type ProgressSeed, type SyncOutcome } from './class-sync';
import { AddonError } from './errors';
import { correctionsFrom, sourceFrom, type CheckedSource } from './import-input';
import { openClass, whileLocked } from './teacher-session';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Everything one reading of the sheet gives: what the preview shows and confirm writes. */
interface Reading {
  readonly ss: Spreadsheet;
  readonly timeZone: string;
  readonly tracker: TrackerSheet;
  readonly lessonsTab: TrackerSheet | null;
  readonly fingerprint: string;
  readonly corrections: ImportCorrections;
  /** The detection as corrected: the one the plan came from. */
  readonly detection: Detection;
  readonly plan: ImportPlan;
  readonly blockers: readonly string[];
}

/** Before a class exists anyone running the add-on may read; afterwards only its teachers. */
function checkCaller(): void {
  if (ClassStore.load().record()) openClass();
}

function missing(message: string): never {
  throw new AddonError('not-found', message);
}

function read(source: CheckedSource, rawCorrections: unknown): Reading {
  const ss = activeSpreadsheet();
  const timeZone = ss.getSpreadsheetTimeZone();
  const sheet = findTrackerSheet(ss, source);
  if (!sheet) {
    if (source.sheetId !== undefined)
      missing(
        'The sheet you were looking at is not in this spreadsheet any more. Choose it again.',
      );
    missing(`There is no tab named "${source.sheetName ?? ''}". Choose one of the tabs.`);
  }
  const tracker = readTrackerSheet(sheet, timeZone);
  let lessonsTab: TrackerSheet | null = null;
  if (source.lessonsSheetName !== undefined) {
    const tab = ss.getSheetByName(source.lessonsSheetName);
    if (!tab) missing(`There is no tab named "${source.lessonsSheetName}" to read lessons from.`);
    lessonsTab = readTrackerSheet(tab, timeZone);
    if (lessonsTab.sheetId === tracker.sheetId)
      throw new AddonError(
        'bad-argument',
        'The lessons tab must be another tab than the tracker: a list of lessons or standards.',
      );
  }
  const values = tracker.grid.values;
  const corrections = correctionsFrom(rawCorrections, {
    rows: values.length,
    columns: values[0]?.length ?? 0,
  });
  const options: DetectOptions = {
    locale: ss.getSpreadsheetLocale(),
    sheetName: tracker.name,
    ...(lessonsTab ? { lessonsTab: lessonsTab.grid } : {}),
  };
  const detection = applyCorrections(
    tracker.grid,
    detectTracker(tracker.grid, options),
    corrections,
    options,
  );
  // The structure is applied above; the plan needs only what the marks become.
  const meaning: Corrections = {
    ...(corrections.marks ? { marks: corrections.marks } : {}),
    ...(corrections.threshold !== undefined ? { threshold: corrections.threshold } : {}),
    ...(corrections.unitName !== undefined ? { unitName: corrections.unitName } : {}),
  };
  const plan = planImport(tracker.grid, detection, meaning, options);
  return {
    ss,
    timeZone,
    tracker,
    lessonsTab,
    fingerprint: gridFingerprint(tracker.grid),
    corrections,
    detection,
    plan,
    blockers: importBlockers(detection, plan),
  };
}

function layoutOf(reading: Reading): ImportLayout {
  const { detection } = reading;
  const values = reading.tracker.grid.values;
  return {
    orientation: detection.orientation,
    rows: values.length,
    columns: values[0]?.length ?? 0,
    titleLines: detection.titleLines,
    nameLines: detection.nameLines,
    students: detection.students.map((s) => ({ line: s.line, name: s.name, written: s.written })),
    lessons: detection.lessons.map((l) => ({
      line: l.line,
      title: l.title,
      code: l.code ?? null,
      due: l.due ?? null,
    })),
    leftOut: detection.leftOut.map((l) => ({
      line: l.line,
      through: l.through ?? null,
      reason: l.reason,
    })),
    longColumns: detection.longColumns ?? null,
  };
}

function readingResult(reading: Reading): ImportReading {
  return {
    token: `${reading.tracker.sheetId}.${reading.fingerprint}`,
    sheetId: reading.tracker.sheetId,
    sheetName: reading.tracker.name,
    lessonsSheetName: reading.lessonsTab?.name ?? null,
    sheetNames: sheetNames(reading.ss),
    preview: previewOf(reading.detection, reading.plan, reading.corrections),
    layout: layoutOf(reading),
    canConfirm: reading.blockers.length === 0,
    blockers: reading.blockers,
  };
}

/** The corrections sent with a request (checked later, against the sheet read). */
function correctionsOf(request: unknown): unknown {
  return typeof request === 'object' && request !== null
    ? (request as { corrections?: unknown }).corrections
    : undefined;
}

/** Reads the sheet (the active one, or the one named) and says what it found. */
export function detectImport(request: unknown): ImportReading {
  checkCaller();
  const source = sourceFrom(request);
  return readingResult(read(source, undefined));
}

/** The same with the teacher's corrections applied. */
export function previewImport(request: unknown): ImportReading {
  checkCaller();
  const source = sourceFrom(request);
  return readingResult(read(source, correctionsOf(request)));
}

/**
 * The seed that starts each new student's tab with the progress carried over. Setup lists the
 * students and lessons in the plan's order and the first sync keeps it, so a student's place is
 * their index; a student whose name is not the plan's at that place (Setup changed since) starts
 * empty rather than with someone else's marks.
 */
function seedFrom(plan: ImportPlan, carried: CarriedProgress): ProgressSeed {
  return (student, index, lessonIds) => {
    const lessons = carried.students[index];
    if (!lessons || plan.students[index]?.name !== student.name) return null;
    if (lessonIds.length < plan.lessons.length) return null;
    const rows: LessonRowData[] = lessonIds.map((_, l) => {
      const tickedOn = lessons[l]?.tickedOn ?? null;
      return tickedOn === null ? EMPTY_ROW : { ...EMPTY_ROW, done: true, tickedOn };
    });
    const attempts = new Map<string, Attempt[]>();
    lessonIds.forEach((id, l) => {
      const attempt = lessons[l]?.attempt;
      if (attempt) attempts.set(id, [attempt]);
    });
    return { rows, attempts: attempts as StudentAttempts };
  };
}

/** What is kept while an import's first sync is under way, to read the tracker again after. */
interface PendingImport {
  readonly sheetId: number;
  readonly lessonsSheetName: string | null;
  readonly corrections: ImportCorrections;
  /** The day the import was confirmed: undated marks are dated that day, not a later one. */
  readonly on: IsoDate;
}

/** The seed of an import whose first sync Google stopped part way, read again from the tracker. */
function pendingSeed(store: ClassStore): ProgressSeed | null {
  const json = store.pendingImport();
  if (json === null) return null;
  const pending = JSON.parse(json) as PendingImport;
  try {
    const reading = read(
      {
        sheetId: pending.sheetId,
        ...(pending.lessonsSheetName !== null
          ? { lessonsSheetName: pending.lessonsSheetName }
          : {}),
      },
      pending.corrections,
    );
    return seedFrom(reading.plan, carriedProgress(reading.plan, pending.on));
  } catch (error) {
    // The tracker was deleted or renamed away since: the tabs still to make start empty.
    if (error instanceof AddonError) return null;
    throw error;
  }
}

/**
 * Syncs the class; when an import's first sync was stopped part way (the 6-minute limit), the
 * tabs made now carry the tracker's progress over as the first run's did, and once a sync
 * completes the import is done with.
 */
export function syncClassFinishingImport(
  ss: Spreadsheet,
  store: ClassStore,
  record: ClassRecord,
): SyncOutcome {
  const outcome = syncClass(ss, store, record, pendingSeed(store));
  if (outcome.ok) store.clearPendingImport();
  return outcome;
}

/**
 * Sets the class up from the sheet: Setup, every student's tab with the progress carried over, the
 * wall. Everything is checked before the first write; a refusal writes nothing.
 */
export function confirmImport(request: unknown): ImportOutcome {
  const store = ClassStore.load();
  if (store.record()) {
    openClass();
    requireNoClass(store);
  }
  const source = sourceFrom(request);
  const reading = read(source, correctionsOf(request));
  if (source.fingerprint !== undefined && source.fingerprint !== reading.fingerprint) {
    throw new AddonError(
      'sheet-changed',
      `"${reading.tracker.name}" has changed since it was read. Look at the preview again, then confirm.`,
    );
  }
  if (reading.blockers.length > 0) {
    throw new AddonError('not-a-tracker', reading.blockers.join(' '));
  }
  const today: IsoDate = todayIn(reading.timeZone);
  const { setup, warnings } = setupFromPlan(reading.plan, {
    checkRequired: reading.corrections.checkRequired === true,
  });
  const carried = carriedProgress(reading.plan, today);
  const outcome = whileLocked(() => {
    // Another teacher may have set a class up while this one looked at the preview.
    const fresh = ClassStore.load();
    requireNoClass(fresh);
    const created = createClass(reading.ss, fresh, setup);
    const { record } = ensureSyncTrigger(reading.ss, fresh, created);
    const pending: PendingImport = {
      sheetId: reading.tracker.sheetId,
      lessonsSheetName: reading.lessonsTab?.name ?? null,
      corrections: reading.corrections,
      on: today,
    };
    fresh.savePendingImport(JSON.stringify(pending));
    const synced = syncClass(reading.ss, fresh, record, seedFrom(reading.plan, carried));
    if (synced.ok) fresh.clearPendingImport();
    return synced;
  });
  return {
    ...outcome,
    message: importMessage(reading.tracker.name, carried.counts, outcome),
    carried: carried.counts,
    warnings: [...reading.plan.warnings, ...warnings, ...carried.warnings],
  };
}
