/**
 * The Setup tab, the teacher's own description of the class: settings, then LESSONS (title,
 * standard, mini-lesson link, due date, mastery check, threshold), then STUDENTS (name, nickname,
 * e-mail, icon, group). This file lays a new Setup out and reads one back, telling the teacher in
 * plain words what to fix; reading never guesses silently.
 */

import { DEFAULT_SETTINGS, type ClassSettings, type WallShows } from './class-model';
import { isIsoDate, serialOf } from './dates';
import { isBlank, isDateCell, type Cell, type Grid, type IsoDate } from './grid';
import { isHttpUrl, plainText } from './text';
import type { CellValue } from './student-tab';

export const SETUP_WIDTH = 6;
export const LESSONS_MARKER = 'LESSONS';
export const STUDENTS_MARKER = 'STUDENTS';
export const LESSON_LABELS = [
  'Title',
  'Standard',
  'Mini-lesson link',
  'Due date',
  'Mastery check required',
  'Threshold (%)',
] as const;
export const STUDENT_LABELS = ['Name', 'Nickname (wall)', 'E-mail', 'Icon', 'Group', ''] as const;
export const WALL_CHOICES: Record<WallShows, string> = {
  nicknames: 'Nicknames and icons',
  icons: 'Icons only',
};

export const SETTING_LABELS = {
  unitName: 'Unit',
  threshold: 'Mastery threshold (%)',
  dueSoonDays: 'Due soon: days before the due date',
  retakeDays: 'Retake window (days)',
  wallShows: 'The wall shows',
  coTeachers: 'Co-teachers (e-mails, separated by commas)',
} as const;

/** A lesson row as the teacher wrote it. `row` is 1-based in the Setup tab. */
export interface SetupLesson {
  readonly row: number;
  readonly id: string | null;
  readonly title: string;
  readonly code: string;
  readonly link: string;
  readonly due: IsoDate | null;
  readonly checkRequired: boolean;
  readonly threshold: number | null;
}

export interface SetupStudent {
  readonly row: number;
  readonly id: string | null;
  readonly name: string;
  readonly nickname: string;
  readonly email: string;
  readonly icon: string;
  readonly group: string;
}

export interface SetupInput {
  readonly unitName: string;
  readonly settings: ClassSettings;
  readonly coTeachers: readonly string[];
  readonly lessons: readonly SetupLesson[];
  readonly students: readonly SetupStudent[];
}

export interface SetupProblem {
  /** 1-based row of the Setup tab, when the problem is on one row. */
  readonly row: number | null;
  readonly message: string;
  /** Blocking problems stop the sync before anything is written; others are told and the sync goes on. */
  readonly blocking: boolean;
}

export interface SetupReading {
  readonly input: SetupInput;
  readonly problems: readonly SetupProblem[];
}

/** What the teacher types to start from. */
export interface NewSetup {
  readonly unitName: string;
  readonly settings: ClassSettings;
  readonly coTeachers: readonly string[];
  readonly lessons: readonly Omit<SetupLesson, 'row' | 'id'>[];
  readonly students: readonly Omit<SetupStudent, 'row' | 'id'>[];
}

/** Blank rows left under the lessons so a teacher can add a few without inserting rows. */
export const SPARE_LESSON_ROWS = 3;

export interface SetupLayout {
  readonly values: CellValue[][];
  /** 1-based rows of the markers and of each lesson and student written. */
  readonly lessonsMarkerRow: number;
  readonly studentsMarkerRow: number;
  readonly lessonRows: readonly number[];
  readonly studentRows: readonly number[];
}

const pad = (cells: CellValue[]): CellValue[] => {
  const row = [...cells];
  while (row.length < SETUP_WIDTH) row.push('');
  return row;
};

/** A Setup tab's values for a class (empty lists give the headings and blank rows to fill in). */
export function setupLayout(setup: NewSetup): SetupLayout {
  const s = setup.settings;
  const values: CellValue[][] = [
    pad(['Mastery Tracker · Setup']),
    pad([
      'Edit this tab, then choose Extensions › Mastery Tracker › Sync class. Students can open this tab but not change it.',
    ]),
    pad([]),
    pad(['CLASS SETTINGS']),
    pad([SETTING_LABELS.unitName, plainText(setup.unitName)]),
    pad([SETTING_LABELS.threshold, s.threshold]),
    pad([SETTING_LABELS.dueSoonDays, s.dueSoonDays]),
    pad([SETTING_LABELS.retakeDays, s.retakeDays]),
    pad([SETTING_LABELS.wallShows, WALL_CHOICES[s.wallShows]]),
    pad([SETTING_LABELS.coTeachers, plainText(setup.coTeachers.join(', '))]),
    pad([]),
  ];
  const lessonsMarkerRow = values.length + 1;
  values.push(pad([LESSONS_MARKER]), pad([...LESSON_LABELS]));
  const lessonRows: number[] = [];
  for (const lesson of setup.lessons) {
    lessonRows.push(values.length + 1);
    values.push(
      pad([
        plainText(lesson.title),
        plainText(lesson.code),
        plainText(lesson.link),
        lesson.due ? serialOf(lesson.due) : '',
        lesson.checkRequired,
        lesson.threshold ?? '',
      ]),
    );
  }
  for (let i = 0; i < SPARE_LESSON_ROWS; i++) values.push(pad([]));
  const studentsMarkerRow = values.length + 1;
  values.push(pad([STUDENTS_MARKER]), pad([...STUDENT_LABELS]));
  const studentRows: number[] = [];
  for (const student of setup.students) {
    studentRows.push(values.length + 1);
    values.push(
      pad([
        plainText(student.name),
        plainText(student.nickname),
        plainText(student.email),
        plainText(student.icon),
        plainText(student.group),
      ]),
    );
  }
  return { values, lessonsMarkerRow, studentsMarkerRow, lessonRows, studentRows };
}

// ---- reading ------------------------------------------------------------------------------------

function text(cell: Cell | undefined): string {
  if (cell === undefined) return '';
  if (isDateCell(cell)) return cell.date;
  return String(cell).trim();
}

/** A row with nothing typed in it (an unticked checkbox counts as nothing). */
function isEmptyRow(cells: readonly Cell[]): boolean {
  return cells.slice(0, SETUP_WIDTH).every((c) => c === false || isBlank(c));
}

function markerRow(grid: Grid, marker: string): number {
  return grid.values.findIndex((row) => text(row[0]).toUpperCase() === marker);
}

const EMAIL = /^[^\s@,;<>"]+@[^\s@,;<>"]+\.[^\s@,;<>"]+$/;

export function isEmail(value: string): boolean {
  return EMAIL.test(value);
}

function yes(cell: Cell | undefined): boolean {
  if (cell === true) return true;
  return /^(yes|y|true|x|✓|✔|required)$/i.test(text(cell));
}

/** A percent from a cell: 80, "80", "80%" or 0.8 (a cell formatted as a percentage). */
export function percentOf(cell: Cell | undefined): number | null | 'invalid' {
  if (isBlank(cell)) return null;
  let value: number;
  if (typeof cell === 'number') value = cell > 0 && cell <= 1 ? cell * 100 : cell;
  else {
    const match = /^(\d+(?:\.\d+)?)\s*%?$/.exec(text(cell));
    if (!match) return 'invalid';
    value = Number(match[1]);
  }
  return value >= 0 && value <= 100 ? Math.round(value * 10) / 10 : 'invalid';
}

export function wholeDays(cell: Cell | undefined, fallback: number): number | 'invalid' {
  if (isBlank(cell)) return fallback;
  const value = typeof cell === 'number' ? cell : Number(text(cell));
  return Number.isInteger(value) && value >= 0 && value <= 365 ? value : 'invalid';
}

function dueOf(cell: Cell | undefined): IsoDate | null | 'invalid' {
  if (isBlank(cell)) return null;
  if (isDateCell(cell)) return cell.date;
  const value = text(cell);
  return isIsoDate(value) ? value : 'invalid';
}

/** Where the LESSONS marker is (0-based row), or -1. */
export function lessonsMarkerIndex(grid: Grid): number {
  return markerRow(grid, LESSONS_MARKER);
}

/**
 * A setting's value cell (column B) and its 1-based row: the first row above LESSONS whose column A
 * is the setting's label (a teacher may have moved rows), or null when no row has that label.
 */
export function findSetting(
  grid: Grid,
  label: string,
  lessonsAt = lessonsMarkerIndex(grid),
): { cell: Cell | undefined; row: number } | null {
  const rows = grid.values;
  const end = lessonsAt === -1 ? rows.length : lessonsAt;
  for (let r = 0; r < end; r++) {
    if (text(rows[r]?.[0]).toLowerCase() === label.toLowerCase())
      return { cell: rows[r]?.[1], row: r + 1 };
  }
  return null;
}

/** The text of a Setup cell as the sync reads it (dates as 'yyyy-mm-dd', trimmed). */
export function setupText(cell: Cell | undefined): string {
  return text(cell);
}

/**
 * Reads a Setup tab. `rowIds` gives the id the add-on attached to a row (by developer metadata),
 * keyed by 1-based row, so a renamed or moved lesson or student keeps its identity.
 */
export function readSetup(
  grid: Grid,
  rowIds: ReadonlyMap<number, string> = new Map(),
): SetupReading {
  const problems: SetupProblem[] = [];
  const block = (row: number | null, message: string) =>
    problems.push({ row, message, blocking: true });
  const warn = (row: number | null, message: string) =>
    problems.push({ row, message, blocking: false });
  const rows = grid.values;
  const lessonsAt = markerRow(grid, LESSONS_MARKER);
  const studentsAt = markerRow(grid, STUDENTS_MARKER);
  if (lessonsAt === -1 || studentsAt === -1 || studentsAt < lessonsAt) {
    block(
      null,
      `The Setup tab needs a row that says ${LESSONS_MARKER} in column A above one that says ${STUDENTS_MARKER}. Undo the change that removed them, or start again with "Set up this tracker" on a new tab.`,
    );
    return {
      input: {
        unitName: '',
        settings: DEFAULT_SETTINGS,
        coTeachers: [],
        lessons: [],
        students: [],
      },
      problems,
    };
  }

  const setting = (label: string) => findSetting(grid, label, lessonsAt);
  const unitName = text(setting(SETTING_LABELS.unitName)?.cell);
  const thresholdAt = setting(SETTING_LABELS.threshold);
  const threshold = percentOf(thresholdAt?.cell);
  if (threshold === 'invalid')
    block(
      thresholdAt?.row ?? null,
      'The mastery threshold must be a percent from 0 to 100, such as 80.',
    );
  const soonAt = setting(SETTING_LABELS.dueSoonDays);
  const dueSoonDays = wholeDays(soonAt?.cell, DEFAULT_SETTINGS.dueSoonDays);
  if (dueSoonDays === 'invalid')
    block(soonAt?.row ?? null, '"Due soon" must be a whole number of days, such as 3.');
  const retakeAt = setting(SETTING_LABELS.retakeDays);
  const retakeDays = wholeDays(retakeAt?.cell, DEFAULT_SETTINGS.retakeDays);
  if (retakeDays === 'invalid')
    block(retakeAt?.row ?? null, 'The retake window must be a whole number of days, such as 7.');
  const wallText = text(setting(SETTING_LABELS.wallShows)?.cell).toLowerCase();
  const wallShows: WallShows = wallText.startsWith('icon') ? 'icons' : 'nicknames';
  const coTeacherAt = setting(SETTING_LABELS.coTeachers);
  const coTeachers = text(coTeacherAt?.cell)
    .split(/[,;\s]+/)
    .map((e) => e.trim().toLowerCase())
    .filter((e) => e !== '');
  for (const email of coTeachers) {
    if (!isEmail(email))
      block(
        coTeacherAt?.row ?? null,
        `"${email}" is not an e-mail address. List co-teachers' e-mails separated by commas.`,
      );
  }
  const settings: ClassSettings = {
    threshold: typeof threshold === 'number' ? threshold : DEFAULT_SETTINGS.threshold,
    dueSoonDays: typeof dueSoonDays === 'number' ? dueSoonDays : DEFAULT_SETTINGS.dueSoonDays,
    retakeDays: typeof retakeDays === 'number' ? retakeDays : DEFAULT_SETTINGS.retakeDays,
    wallShows,
  };

  // Lessons: below the labels row under LESSONS, up to STUDENTS; blank rows are skipped.
  const lessons: SetupLesson[] = [];
  for (let r = lessonsAt + 2; r < studentsAt; r++) {
    const cells = rows[r] ?? [];
    if (isEmptyRow(cells)) continue;
    const row = r + 1;
    const title = text(cells[0]);
    if (title === '') {
      block(row, `Row ${row}: this lesson has no title. Type one in column A, or clear the row.`);
      continue;
    }
    const link = text(cells[2]);
    if (link !== '' && !isHttpUrl(link)) {
      warn(
        row,
        `Row ${row}: the mini-lesson link "${link.slice(0, 60)}" does not start with http:// or https://, so "${title.slice(0, 60)}" is not linked. Paste the video's full address.`,
      );
    }
    const due = dueOf(cells[3]);
    if (due === 'invalid') {
      block(
        row,
        `Row ${row}: "${text(cells[3]).slice(0, 40)}" is not a date. Type the due date as a date (for example 2026-10-02), or leave it empty.`,
      );
    }
    const own = percentOf(cells[5]);
    if (own === 'invalid')
      block(
        row,
        `Row ${row}: the threshold must be a percent from 0 to 100, or empty for the class threshold.`,
      );
    lessons.push({
      row,
      id: rowIds.get(row) ?? null,
      title,
      code: text(cells[1]),
      link: link !== '' && isHttpUrl(link) ? link : '',
      due: due === 'invalid' ? null : due,
      checkRequired: yes(cells[4]),
      threshold: own === 'invalid' ? null : own,
    });
  }
  if (lessons.length === 0)
    block(
      lessonsAt + 1,
      `Add at least one lesson under ${LESSONS_MARKER} on the Setup tab, one per row.`,
    );
  for (let i = 1; i < lessons.length; i++) {
    const before = lessons[i - 1];
    const lesson = lessons[i];
    if (before?.due && lesson?.due && lesson.due < before.due) {
      warn(
        lesson.row,
        `Row ${lesson.row}: "${lesson.title.slice(0, 60)}" is due before the lesson above it. Pacing counts lessons by due date; check the order or the dates.`,
      );
    }
  }

  // Students: below the labels row under STUDENTS, to the end.
  const students: SetupStudent[] = [];
  const seenEmails = new Map<string, number>();
  for (let r = studentsAt + 2; r < rows.length; r++) {
    const cells = rows[r] ?? [];
    if (isEmptyRow(cells)) continue;
    const row = r + 1;
    const name = text(cells[0]);
    if (name === '') {
      block(row, `Row ${row}: this student has no name. Type one in column A, or clear the row.`);
      continue;
    }
    const email = text(cells[2]).toLowerCase();
    if (email !== '' && !isEmail(email)) {
      block(
        row,
        `Row ${row}: "${email.slice(0, 60)}" is not an e-mail address. Fix it or leave it empty.`,
      );
    }
    const earlier = seenEmails.get(email);
    if (email !== '' && earlier !== undefined) {
      block(
        row,
        `Rows ${earlier} and ${row} have the same e-mail, ${email}. Each student needs their own.`,
      );
    }
    if (email !== '') seenEmails.set(email, row);
    students.push({
      row,
      id: rowIds.get(row) ?? null,
      name,
      nickname: text(cells[1]),
      email: isEmail(email) ? email : '',
      icon: text(cells[3]),
      group: text(cells[4]),
    });
  }
  if (students.length === 0)
    block(
      studentsAt + 1,
      `Add at least one student under ${STUDENTS_MARKER} on the Setup tab, one per row.`,
    );
  return { input: { unitName, settings, coTeachers, lessons, students }, problems };
}
