/**
 * What reading an existing tracker produces: the detection (where the roster, lessons and marks
 * are, what was left out and why, how sure we are), the teacher's corrections, the import plan the
 * class tracker is generated from, and the preview a sidebar shows. All plain JSON-safe data.
 */

import type { Grid, IsoDate } from '../grid';

/** How the tracker is laid out. */
export type Orientation =
  | 'students-as-rows' // one row per student, one column per lesson
  | 'students-as-columns' // one column per student, one row per lesson
  | 'long' // one row per student and lesson (an export or an event log)
  | 'lessons-list' // a list of lessons or standards, no students
  | 'none'; // not a tracker we can read

/** A row or a column of the grid, 0-based. */
export interface Line {
  readonly axis: 'row' | 'column';
  readonly index: number;
}

export interface FoundStudent {
  /** Where the student is: their row (students as rows) or column; in a long format their first row. */
  readonly line: Line;
  /** The name as the teacher wrote it (two name cells joined by a space). */
  readonly written: string;
  /** Display name, "First Last". */
  readonly name: string;
  readonly given?: string;
  readonly family?: string;
  /** The teacher wrote initials only ("RG"). */
  readonly initialsOnly?: boolean;
  readonly email?: string;
  readonly studentId?: string;
  readonly nickname?: string;
}

export interface FoundLesson {
  /** Where its marks are: a column (students as rows) or row; in a long format its first row. */
  readonly line: Line;
  readonly title: string;
  /** Standard code, normalised (5.NF.B.3, 5.NF.3, 8.2C, MS-PS1-1). */
  readonly code?: string;
  /** An http(s) link, usually the mini-lesson video. */
  readonly link?: string;
  readonly due?: IsoDate;
  /** Points possible, when the sheet says. */
  readonly maxScore?: number;
}

/**
 * What an existing mark becomes. 'attempt' is a scored check (its state follows the threshold);
 * 'unknown' is a mark we cannot read, carried over as not started unless the teacher says otherwise.
 */
export type MarkMeaning =
  'not-started' | 'done' | 'mastered' | 'tested-out' | 'attempt' | 'unknown';

/** One student's mark for one lesson, as found. A blank cell is null in the marks grid. */
export interface FoundMark {
  /** Which distinct mark value this is (see MarkValue.key). */
  readonly key: string;
  /** As written in the sheet. */
  readonly written: string;
  /** For scores: the percent of the maximum. */
  readonly percent?: number;
  /** The day it happened, when the sheet says (a date mark, a completion date column). */
  readonly on?: IsoDate;
}

/** A distinct mark value across the marks grid and what it becomes. */
export interface MarkValue {
  /** Stable key: 'blank', 'bool:true', 'date', 'score', 'text:x', 'level:3+', ... */
  readonly key: string;
  /** What a teacher would call it: 'X', 'TRUE (ticked)', 'a date', 'a score out of 20'. */
  readonly label: string;
  readonly count: number;
  readonly meaning: MarkMeaning;
  /** Why, in a sentence. */
  readonly why: string;
}

export type LeftOutReason =
  | 'above-table' // title block, letterhead, comment lines
  | 'header' // the row (or column) of titles and its second row
  | 'points-possible' // points-possible / Max Score row: used as each lesson's maximum
  | 'due-dates' // used as each lesson's due date
  | 'links' // used as each lesson's link
  | 'codes' // used as each lesson's standard code
  | 'summary' // totals, averages, counts; "% Done", "Total" columns
  | 'blank'
  | 'below-table' // notes, signatures, distribution tables below or beside the roster
  | 'not-a-student' // a row in the roster whose name cell is not a name
  | 'student-details' // IDs, e-mails, sections, birthdays: read into the roster, not lessons
  | 'companion' // points / feedback / correct / tested columns of a lesson's column group
  | 'not-a-lesson' // free-text columns (comments, notes)
  | 'teacher'; // the teacher left it out

export interface LeftOut {
  readonly line: Line;
  /** For a run of lines left out for the same reason (blank rows): the last of them. */
  readonly through?: number;
  readonly reason: LeftOutReason;
  /** A sentence a teacher can read: what is there and why it is not a student or a lesson. */
  readonly detail: string;
}

export interface Confidence {
  readonly level: 'high' | 'medium' | 'low';
  readonly reasons: readonly string[];
}

/** In a long format, which columns hold the lesson, the mark, the score and the date. */
export interface LongColumns {
  readonly lesson: number;
  readonly mark?: number;
  readonly score?: number;
  readonly date?: number;
}

export interface Detection {
  readonly orientation: Orientation;
  /** Lines holding the lesson titles (two for a two-row header): rows when students are rows. */
  readonly titleLines: readonly Line[];
  /** Lines holding the students' names (two when first and last names are apart). */
  readonly nameLines: readonly Line[];
  readonly students: readonly FoundStudent[];
  readonly lessons: readonly FoundLesson[];
  /** marks[s][l]: student s's mark for lesson l; null when blank. */
  readonly marks: readonly (readonly (FoundMark | null)[])[];
  readonly markValues: readonly MarkValue[];
  readonly leftOut: readonly LeftOut[];
  readonly confidence: Confidence;
  /** Plain sentences for the teacher: assumptions made, oddities seen. */
  readonly warnings: readonly string[];
  /** A unit name found in the title block or the sheet's name. */
  readonly unitName?: string;
  readonly longColumns?: LongColumns;
}

/** Structure the teacher (or a caller) fixes before detection runs again. Grid coordinates, 0-based. */
export interface Structure {
  readonly orientation?: Orientation;
  /** Rows (students as rows) or columns (students as columns) holding lesson titles. */
  readonly titleLines?: readonly number[];
  /** Columns (students as rows) or rows (students as columns) holding names. */
  readonly nameLines?: readonly number[];
  /** Rows and columns to leave out (students or lessons the teacher does not want). */
  readonly leaveOut?: readonly Line[];
  /** Rows and columns detection left out that the teacher wants back as students or lessons. */
  readonly keep?: readonly Line[];
  readonly longColumns?: LongColumns;
}

export interface DetectOptions {
  /** The spreadsheet's locale, for dates written as text ('en_US' reads 9/10/2026 as Sept 10). */
  readonly locale?: string;
  /** The sheet's name: a unit name when it is not a default name. */
  readonly sheetName?: string;
  /** A lessons tab or standards list: due dates, links and titles matched by code or title. */
  readonly lessonsTab?: Grid;
  /** Structure to use instead of guessing it. */
  readonly force?: Structure;
}

/** The teacher's corrections to a detection. */
export interface Corrections extends Structure {
  /** Mark value key → what it becomes. */
  readonly marks?: Readonly<Record<string, MarkMeaning>>;
  /** Percent at or above which a scored check counts as mastered. Default 80. */
  readonly threshold?: number;
  readonly unitName?: string;
}

export type ImportedMark =
  | { readonly kind: 'none' }
  | { readonly kind: 'done'; readonly on?: IsoDate }
  | { readonly kind: 'mastered'; readonly on?: IsoDate }
  | { readonly kind: 'tested-out'; readonly on?: IsoDate }
  | {
      readonly kind: 'attempt';
      readonly percent: number;
      readonly on?: IsoDate;
      /** The mark as written ("I", "2+", "14"), for the attempt's record. */
      readonly written?: string;
    };

export interface ImportPlan {
  readonly unitName?: string;
  readonly students: readonly {
    readonly name: string;
    readonly nickname?: string;
    readonly email?: string;
    readonly studentId?: string;
  }[];
  readonly lessons: readonly {
    readonly title: string;
    readonly code?: string;
    readonly link?: string;
    readonly due?: IsoDate;
  }[];
  /** marks[s][l]: what carries over for student s and lesson l. */
  readonly marks: readonly (readonly ImportedMark[])[];
  /** Percent; default 80. */
  readonly threshold: number;
  readonly warnings: readonly string[];
}

/** What the sidebar shows before anything is written. */
export interface ImportPreview {
  readonly orientation: Orientation;
  readonly students: number;
  readonly lessons: number;
  readonly studentNames: readonly string[];
  readonly lessonTitles: readonly string[];
  readonly dueDates: readonly { readonly lesson: string; readonly due: IsoDate }[];
  readonly marks: readonly {
    readonly key: string;
    readonly label: string;
    readonly count: number;
    readonly becomes: MarkMeaning;
    /** 'Mastered', 'Not started', 'Attempt: mastered at 80% or more, else retake'. */
    readonly becomesLabel: string;
  }[];
  readonly threshold: number;
  readonly confidence: Confidence['level'];
  readonly confidenceReasons: readonly string[];
  readonly leftOut: readonly { readonly where: string; readonly why: string }[];
  readonly warnings: readonly string[];
}
