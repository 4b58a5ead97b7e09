/**
 * Sync class: applies the Setup tab to every student's tab and the wall without losing anything.
 * New students get a tab (copied from the first one laid out), students who left are archived,
 * lessons added, moved or removed move every student's ticks, links, notes and dates with them, and
 * the wall is rebuilt from what the tabs hold. Running it twice changes nothing the second time.
 */

import type { StudentAttempts } from '../core/attempts';
import {
  CLASS_SCHEMA_VERSION,
  layoutOf,
  type ArchivedStudent,
  type ClassRecord,
  type EnrolledStudent,
} from '../core/class-model';
import { planClass, type ClassPlan, type PlannedStudent } from '../core/class-plan';
import type { IsoDate } from '../core/grid';
import { chooseIcon, defaultIcon, parseIcon } from '../core/icons';
import { progressOf, recordedStates, reorderRows, studentWallRow } from '../core/progress';
import type { SyncSummary } from '../core/messages';
import { readSetup, setupLayout } from '../core/setup-sheet';
import { EMPTY_ROW, tabValues, type CellValue, type LessonRowData } from '../core/student-tab';
import { safeTabName, uniqueTabName } from '../core/text';
import type { ClassStore } from '../shell/class-store';
import {
  protectForTeachers,
  restrictTo,
  sharingOf,
  sheetProtection,
  type Sharing,
} from '../shell/protections';
import { layOutSetup, readSetupTab, tagRows } from '../shell/setup-tab';
import { todayIn } from '../shell/spreadsheet';
import {
  createFirstTab,
  createTabFrom,
  protectStudentTab,
  readTab,
  shapeTab,
  updateStudentProtections,
  writeTabChanges,
  type TabShape,
} from '../shell/student-tabs';
import {
  emptyFeedbackColumn,
  restoreSeenBoxes,
  writeFeedbackColumn,
  type FeedbackColumn,
} from '../shell/feedback-cells';
import { WALL_PROTECTION, layOutWall } from '../shell/wall-sheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** What a sync did: problems found, what changed, what was repaired, and the class's size. */
export type SyncOutcome = SyncSummary;

/** A student's rows and feedback, in the order of the class's current lessons (then retired). */
interface StudentData {
  readonly icon: string;
  readonly rows: LessonRowData[];
  readonly feedback: FeedbackColumn;
}

function emptyData(count: number, icon: string): StudentData {
  return {
    icon,
    rows: Array.from({ length: count }, () => EMPTY_ROW),
    feedback: emptyFeedbackColumn(count),
  };
}

/**
 * What a new student's tab starts with instead of nothing (an import carries a tracker's progress
 * over): the lesson rows in the tab's order, and the mastery attempts to record for the student.
 */
export interface StartingProgress {
  readonly rows: readonly LessonRowData[];
  readonly attempts: StudentAttempts;
}

/** Gives the starting progress of a student getting a new tab, by their place in Setup; or null. */
export type ProgressSeed = (
  student: PlannedStudent,
  index: number,
  lessonIds: readonly string[],
) => StartingProgress | null;

/** Everything one sync works with. */
interface Run {
  readonly ss: Spreadsheet;
  readonly store: ClassStore;
  readonly record: ClassRecord;
  readonly plan: ClassPlan;
  readonly next: Pick<ClassRecord, 'lessons' | 'retired' | 'settings' | 'unitName'>;
  readonly layoutIds: string[];
  readonly shape: TabShape;
  readonly sharing: Sharing;
  readonly timeZone: string;
  readonly today: IsoDate;
  readonly sheets: Map<number, Sheet>;
  readonly takenNames: Set<string>;
  readonly repairs: string[];
  /** Co-teachers changed: existing tabs' protections are brought up to date. */
  readonly teachersChanged: boolean;
  /** The first tab laid out in this run, and the values written to it: new tabs are copies of it. */
  template: { sheet: Sheet; values: CellValue[][] } | null;
  nextIndex: number;
  readonly seed: ProgressSeed | null;
}

export function syncClass(
  ss: Spreadsheet,
  store: ClassStore,
  record: ClassRecord,
  seed: ProgressSeed | null = null,
): SyncOutcome {
  const timeZone = ss.getSpreadsheetTimeZone();
  const allSheets = ss.getSheets();
  const sheets = new Map(allSheets.map((sheet) => [sheet.getSheetId(), sheet]));
  const repairs: string[] = [];
  let sharing = sharingOf(ss, [...record.teachers, ...record.coTeachers]);

  // The Setup tab: rebuilt from the class as last synced if a teacher deleted it.
  let setup = sheets.get(record.setupSheetId) ?? null;
  let setupSheetId = record.setupSheetId;
  if (!setup) {
    const taken = new Set(allSheets.map((s) => s.getName().toLowerCase()));
    setup = ss.insertSheet(uniqueTabName('Setup', taken), 0);
    setupSheetId = setup.getSheetId();
    const layout = setupLayout({
      unitName: record.unitName,
      settings: record.settings,
      coTeachers: record.coTeachers,
      lessons: record.lessons,
      students: record.students,
    });
    layOutSetup(setup, layout, sharing);
    tagRows(setup, [
      ...record.lessons.map((l, i) => ({
        row: layout.lessonRows[i] ?? 0,
        kind: 'lesson' as const,
        id: l.id,
        replaces: false,
      })),
      ...record.students.map((s, i) => ({
        row: layout.studentRows[i] ?? 0,
        kind: 'student' as const,
        id: s.id,
        replaces: false,
      })),
    ]);
    repairs.push('The Setup tab was missing: it was rebuilt from the class as last synced.');
  }
  const { grid, rowIds } = readSetupTab(setup, timeZone);
  const reading = readSetup(grid, rowIds);
  if (reading.problems.some((p) => p.blocking)) {
    return {
      ok: false,
      problems: reading.problems,
      changes: [],
      repairs,
      students: record.students.length,
      lessons: record.lessons.length,
    };
  }
  const plan = planClass(record, reading.input);
  tagRows(setup, plan.tags);
  const teachers = [...new Set([...record.teachers, ...plan.coTeachers])];
  sharing = { ...sharing, teachers };
  const setupProtection = sheetProtection(setup);
  // Co-teachers added or removed: every protection of the class follows.
  const teachersChanged = plan.coTeachers.join() !== record.coTeachers.join();
  if (setupProtection && teachersChanged) {
    restrictTo(setupProtection, teachers, sharing, false);
  }

  const layoutIds = [...plan.lessons, ...plan.retired].map((l) => l.id);
  const currentIds = record.layouts[String(record.currentLayout)];
  // The rows' lessons, or where the unit's lessons end and retired ones begin, moved.
  const layoutChanged =
    !currentIds ||
    currentIds.join() !== layoutIds.join() ||
    record.lessons.length !== plan.lessons.length;
  const currentLayout = layoutChanged ? record.currentLayout + 1 : record.currentLayout;
  const run: Run = {
    ss,
    store,
    record,
    plan,
    next: {
      lessons: plan.lessons,
      retired: plan.retired,
      settings: plan.settings,
      unitName: plan.unitName,
    },
    layoutIds,
    shape: { lessons: plan.lessons.length, retired: plan.retired.length },
    sharing,
    timeZone,
    today: todayIn(timeZone),
    sheets,
    takenNames: new Set(allSheets.map((s) => s.getName().toLowerCase())),
    repairs,
    template: null,
    nextIndex: allSheets.length,
    teachersChanged,
    seed,
  };

  const enrolled: EnrolledStudent[] = [];
  const wallRows: CellValue[][] = [];
  plan.students.forEach((student, index) => {
    const tab = syncStudent(run, student, index);
    enrolled.push({
      id: student.id,
      name: student.name,
      nickname: student.nickname,
      email: student.email,
      icon: student.icon,
      group: student.group,
      sheetId: tab.sheetId,
      layout: currentLayout,
    });
    wallRows.push(tab.wallRow);
  });

  // Students no longer listed: their tabs are archived, never deleted.
  const archived: ArchivedStudent[] = record.archived.filter(
    (a) => !plan.students.some((s) => s.id === a.id),
  );
  for (const student of plan.archive) {
    const sheet = sheets.get(student.sheetId);
    if (sheet) {
      sheet.hideSheet();
      sheet.setTabColor('#9aa0a6');
      sheet
        .getRange(1, 1)
        .setNote(
          `Archived on ${run.today}: no longer on the Setup tab. Nothing in this tab was deleted.`,
        );
    }
    archived.push({
      id: student.id,
      name: student.name,
      sheetId: student.sheetId,
      archivedOn: run.today,
    });
  }

  // The wall: rebuilt whole, or made again if it was deleted.
  let wall = record.wallSheetId !== null ? (sheets.get(record.wallSheetId) ?? null) : null;
  const freshWall = wall === null;
  if (!wall) {
    wall = ss.insertSheet(uniqueTabName('Wall', run.takenNames), Math.min(1, run.nextIndex));
    run.nextIndex++;
    if (record.wallSheetId !== null)
      repairs.push('The wall was missing: it was rebuilt from the students\u2019 tabs.');
  }
  layOutWall(wall, run.next, wallRows, sharing, freshWall);
  if (teachersChanged && !freshWall) protectForTeachers(wall, sharing, WALL_PROTECTION);

  const layouts: Record<string, readonly string[]> = { [String(currentLayout)]: layoutIds };
  const next: ClassRecord = {
    ...record,
    schema: CLASS_SCHEMA_VERSION,
    unitName: plan.unitName,
    settings: plan.settings,
    lessons: plan.lessons,
    retired: plan.retired,
    students: enrolled,
    archived,
    layouts,
    currentLayout,
    teachers: record.teachers,
    coTeachers: plan.coTeachers,
    setupSheetId,
    wallSheetId: wall.getSheetId(),
    timeZone,
    lastSyncedAt: new Date().toISOString(),
    nextId: plan.nextId,
  };
  store.saveRecord(next);
  store.clearStale(enrolled.map((s) => s.sheetId));
  return {
    ok: true,
    problems: reading.problems,
    changes: plan.changes,
    repairs,
    students: enrolled.length,
    lessons: plan.lessons.length,
  };
}

/** The icon cell's content for a new tab, and the icon a tab keeps when the teacher changes theirs. */
function teacherIcon(student: PlannedStudent, index: number): string {
  return parseIcon(student.icon) ? student.icon : defaultIcon(index);
}

function syncStudent(
  run: Run,
  student: PlannedStudent,
  index: number,
): { sheetId: number; wallRow: CellValue[] } {
  const count = run.layoutIds.length;
  const lessonCount = run.plan.lessons.length;
  let attempts: StudentAttempts = run.store.attempts(student.id);
  const previous = student.existing ?? null;
  const restored = student.restored;
  const oldSheetId = previous?.sheetId ?? restored?.sheetId ?? null;
  let sheet = oldSheetId !== null ? (run.sheets.get(oldSheetId) ?? null) : null;
  let data: StudentData;
  /** What the tab shows before this sync writes, when known; null rewrites everything. */
  let before: CellValue[][] | null = null;
  let fresh = false;
  let reshaped = false;

  if (sheet && (previous || restored)) {
    const oldIds = previous && !restored ? layoutOf(run.record, previous) : run.layoutIds;
    const sameLayout =
      oldIds.join() === run.layoutIds.join() &&
      run.record.lessons.length === run.plan.lessons.length &&
      (!previous || previous.layout === run.record.currentLayout);
    // The feedback column's notes and rich text only need reading when rows are about to move.
    const contents = readTab(sheet, oldIds.length, run.timeZone, !sameLayout);
    data = {
      icon: contents.icon,
      rows: reorderRows(oldIds, contents.rows, run.layoutIds, EMPTY_ROW),
      feedback: {
        notes: reorderRows(oldIds, contents.feedback.notes, run.layoutIds, ''),
        rich: reorderRows(oldIds, contents.feedback.rich, run.layoutIds, null),
      },
    };
    if (previous && sameLayout) {
      const old = run.record;
      before = tabValues(
        old,
        { name: previous.name, icon: contents.icon },
        contents.rows,
        recordedStates(old, old.lessons, attempts),
      );
    }
    if (!sameLayout) {
      shapeTab(sheet, run.shape, false);
      reshaped = true;
    }
    if (restored) sheet.showSheet();
    // The student had kept the icon the teacher gave; the teacher changed it: follow the teacher.
    if (previous) {
      const oldIndex = run.record.students.indexOf(previous);
      const oldTeacherIcon = parseIcon(previous.icon) ? previous.icon : defaultIcon(oldIndex);
      if (data.icon === oldTeacherIcon) data = { ...data, icon: teacherIcon(student, index) };
    }
    const wantedName = safeTabName(student.name, 'Student');
    if (previous && previous.name !== student.name && sheet.getName() !== wantedName) {
      sheet.setName(uniqueTabName(wantedName, run.takenNames));
    }
  } else {
    if (previous) {
      run.repairs.push(
        `${student.name}\u2019s tab was missing: a new one was made. Ticks and links that were only in the deleted tab could not be recovered; mastery checks are kept.`,
      );
    }
    data = emptyData(count, teacherIcon(student, index));
    const start = previous || restored ? null : (run.seed?.(student, index, run.layoutIds) ?? null);
    if (start) {
      data = { ...data, rows: run.layoutIds.map((_, i) => start.rows[i] ?? EMPTY_ROW) };
      attempts = start.attempts;
      if (attempts.size > 0) run.store.saveAttempts(student.id, attempts);
    }
    fresh = true;
    const name = uniqueTabName(safeTabName(student.name, 'Student'), run.takenNames);
    const position = run.nextIndex++;
    if (run.template) {
      sheet = createTabFrom(run.ss, run.template.sheet, name, position);
      before = run.template.values;
    } else {
      sheet = createFirstTab(run.ss, name, position, run.shape);
    }
  }

  const progress = progressOf(run.next, data.rows.slice(0, lessonCount), attempts, run.today);
  const rows = data.rows.map((row, i) =>
    i < lessonCount ? { ...row, tickedOn: progress.tickDates[i] ?? null } : row,
  );
  const recorded = recordedStates(run.next, run.plan.lessons, attempts);
  const values = tabValues(run.next, { name: student.name, icon: data.icon }, rows, recorded);
  const allLessons = [...run.plan.lessons, ...run.plan.retired];
  writeTabChanges(sheet, before, values, allLessons);
  if (reshaped || (fresh && data.feedback.notes.some((n) => n !== ''))) {
    writeFeedbackColumn(
      sheet,
      data.feedback,
      rows.map((r) => r.feedback),
    );
  }
  if (reshaped)
    restoreSeenBoxes(
      sheet,
      rows.map((r) => r.seen),
    );
  if (fresh) {
    protectStudentTab(sheet, run.shape, student.email, run.sharing);
    run.template ??= { sheet, values };
  } else if (reshaped || previous?.email !== student.email || restored || run.teachersChanged) {
    updateStudentProtections(sheet, run.shape, student.email, run.sharing);
  }
  const icon = chooseIcon(data.icon, student.icon, index);
  return {
    sheetId: sheet.getSheetId(),
    wallRow: studentWallRow(run.next, student.nickname, icon, progress.states),
  };
}
