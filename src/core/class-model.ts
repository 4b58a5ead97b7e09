/**
 * The class as the add-on remembers it between runs: the unit, its lessons in order, the students
 * and the tab each one has, the class settings, who teaches it, and the sync's bookkeeping. It is
 * kept in the document's properties (never in cells a teacher could delete) and carries a schema
 * version so a later add-on can read what an earlier one wrote.
 */

import type { IsoDate } from './grid';

export const CLASS_SCHEMA_VERSION = 1;

export type WallShows = 'nicknames' | 'icons';

export interface ClassSettings {
  /** Mastery threshold in percent, for lessons that do not set their own. */
  readonly threshold: number;
  /** A lesson is "due soon" this many days before its due date. */
  readonly dueSoonDays: number;
  /** Days a student has to retake a check scored below the threshold. */
  readonly retakeDays: number;
  /** The wall shows nicknames and icons, or icons only. */
  readonly wallShows: WallShows;
}

export const DEFAULT_SETTINGS: ClassSettings = {
  threshold: 80,
  dueSoonDays: 3,
  retakeDays: 7,
  wallShows: 'nicknames',
};

export interface Lesson {
  readonly id: string;
  readonly title: string;
  /** Standard code such as 5.NF.B.3; '' when none. */
  readonly code: string;
  /** Mini-lesson video, an http(s) URL; '' when none. */
  readonly link: string;
  readonly due: IsoDate | null;
  readonly checkRequired: boolean;
  /** Percent; null means the class threshold. */
  readonly threshold: number | null;
}

export interface Student {
  readonly id: string;
  readonly name: string;
  /** What the wall shows; the first name when the teacher gives none. */
  readonly nickname: string;
  /** Lower-cased e-mail, '' when unknown. */
  readonly email: string;
  /** The icon the teacher gave (an emoji, or an https link to a picture); the student may change theirs. */
  readonly icon: string;
  readonly group: string;
}

/** A student who has a tab in this file. */
export interface EnrolledStudent extends Student {
  readonly sheetId: number;
  /** Which lesson layout the tab's rows follow (see ClassRecord.layouts). */
  readonly layout: number;
}

export interface ArchivedStudent {
  readonly id: string;
  readonly name: string;
  readonly sheetId: number;
  readonly archivedOn: IsoDate;
}

export interface ClassRecord {
  readonly schema: number;
  readonly unitName: string;
  readonly settings: ClassSettings;
  readonly lessons: readonly Lesson[];
  /**
   * Lessons the teacher removed from Setup. Students' rows for them are kept (hidden, below the
   * unit's lessons) with every tick, link and note, and come back if the lesson is added again.
   */
  readonly retired: readonly Lesson[];
  readonly students: readonly EnrolledStudent[];
  readonly archived: readonly ArchivedStudent[];
  /**
   * The lesson ids, row by row, of each layout a student tab may still have: a sync that changes
   * the lessons writes a new layout, and each tab says which one it follows, so a sync that stops
   * half way (the 6-minute limit) resumes without mixing up rows.
   */
  readonly layouts: Readonly<Record<string, readonly string[]>>;
  readonly currentLayout: number;
  /** Lower-cased e-mails of the teachers: who set the class up (and the file's owner), then co-teachers. */
  readonly teachers: readonly string[];
  readonly coTeachers: readonly string[];
  readonly setupSheetId: number;
  readonly wallSheetId: number | null;
  /** The spreadsheet's time zone when last synced: the sync trigger dates ticks in it. */
  readonly timeZone: string;
  readonly triggerId: string | null;
  /**
   * Session.getTemporaryActiveUserKey() of the teacher whose account runs the trigger: a trigger
   * belongs to one account and others cannot see it, so only its owner recreates it when missing.
   */
  readonly triggerOwnerKey: string | null;
  /** ISO timestamp of the last sync, refresh or trigger run that completed. */
  readonly lastSyncedAt: string | null;
  /** Counter for new student and lesson ids. */
  readonly nextId: number;
}

/** What the sidebar lists of a lesson: its id, title, standard, due date and whether it needs a check. */
export type LessonSummary = Pick<Lesson, 'id' | 'title' | 'code' | 'due' | 'checkRequired'>;

export function lessonSummary(lesson: Lesson): LessonSummary {
  const { id, title, code, due, checkRequired } = lesson;
  return { id, title, code, due, checkRequired };
}

export function lessonThreshold(lesson: Lesson, settings: ClassSettings): number {
  return lesson.threshold ?? settings.threshold;
}

/** A new id: 's12', 'l7'. Ids never change and are never reused within a class. */
export function newId(prefix: 's' | 'l', next: number): string {
  return `${prefix}${next.toString(36)}`;
}

export function studentBySheetId(
  record: ClassRecord,
  sheetId: number,
): { student: EnrolledStudent; index: number } | null {
  const index = record.students.findIndex((s) => s.sheetId === sheetId);
  const student = record.students[index];
  return student ? { student, index } : null;
}

/** The lesson ids of the rows of a student's tab. */
export function layoutOf(record: ClassRecord, student: EnrolledStudent): readonly string[] {
  return record.layouts[String(student.layout)] ?? tabLessonIds(record);
}

/** The lesson ids of a tab's rows as the class stands now: the unit's lessons, then retired ones. */
export function tabLessonIds(record: Pick<ClassRecord, 'lessons' | 'retired'>): string[] {
  return [...record.lessons, ...record.retired].map((lesson) => lesson.id);
}
