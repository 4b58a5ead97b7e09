/**
 * Shapes that cross the google.script.run boundary. Only JSON-safe data crosses it: dates travel
 * as ISO strings, never as Date objects.
 */

import type {
  Corrections,
  ImportPreview,
  LeftOutReason,
  Line,
  LongColumns,
  Orientation,
} from '../core/import/types';
import type { ClassGlance, StudentGlance } from '../core/class-glance';
import type { LessonSummary } from '../core/class-model';
import type { LessonStateKind } from '../core/lesson-state';

/** What the sidebar shows in its header. */
export interface SidebarInfo {
  readonly spreadsheetName: string;
  readonly addonVersion: string;
}

/** The class's sync health and size, for the sidebar and for scripts. */
export interface ClassStatus {
  readonly hasClass: boolean;
  readonly unitName: string;
  readonly students: number;
  readonly lessons: number;
  /** ISO timestamps, or null. */
  readonly lastSyncedAt: string | null;
  readonly lastTriggerRunAt: string | null;
  /** False when this teacher's account does not run the class's trigger (another teacher's does). */
  readonly triggerRunsHere: boolean;
  readonly repairs: readonly string[];
  /** Students whose tab edits are waiting for a refresh (a busy moment). */
  readonly waitingForRefresh: number;
}

/** A class described as data: what "Set up from data" and an import send. Dates as 'yyyy-mm-dd'. */
export interface ClassInput {
  readonly unitName?: string;
  readonly settings?: {
    readonly threshold?: number;
    readonly dueSoonDays?: number;
    readonly retakeDays?: number;
    readonly wallShows?: 'nicknames' | 'icons';
  };
  readonly coTeachers?: readonly string[];
  readonly lessons: readonly {
    readonly title: string;
    readonly code?: string;
    readonly link?: string;
    readonly due?: string;
    readonly checkRequired?: boolean;
    readonly threshold?: number;
  }[];
  readonly students: readonly {
    readonly name: string;
    readonly nickname?: string;
    readonly email?: string;
    readonly icon?: string;
    readonly group?: string;
  }[];
}

export interface SyncResult {
  readonly ok: boolean;
  readonly problems: readonly {
    readonly row: number | null;
    readonly message: string;
    readonly blocking: boolean;
  }[];
  readonly changes: readonly string[];
  readonly repairs: readonly string[];
  readonly students: number;
  readonly lessons: number;
  /** The same outcome in words, as the menu shows it. */
  readonly message: string;
}

/** The class's lessons and students, as a teacher's sidebar lists them. */
export interface ClassOverview {
  readonly unitName: string;
  readonly lessons: readonly PanelLesson[];
  readonly students: readonly {
    readonly id: string;
    readonly name: string;
    readonly nickname: string;
    readonly sheetId: number;
  }[];
}

/**
 * Which sheet an import reads. `token` (from detectImport) names the sheet read then, by id, and
 * fingerprints its cells: confirmImport refuses when the sheet changed since. Without a token, the
 * sheet named `sheetName`, else the active sheet.
 */
export interface ImportSource {
  readonly token?: string;
  readonly sheetName?: string;
  /** A tab listing the lessons or standards (code and description, due dates, links). */
  readonly lessonsSheetName?: string;
}

/**
 * The teacher's corrections, in the sheet's 0-based rows and columns (see ImportReading.layout):
 * which lines hold titles and names, lines to leave out or put back, what each mark becomes
 * (keys from preview.marks), the threshold, the unit's name, and whether lessons need a check.
 */
export interface ImportCorrections extends Corrections {
  readonly checkRequired?: boolean;
}

export interface ImportRequest extends ImportSource {
  readonly corrections?: ImportCorrections;
}

/** Where detection found each part, by 0-based index, so corrections can name them. */
export interface ImportLayout {
  readonly orientation: Orientation;
  readonly rows: number;
  readonly columns: number;
  readonly titleLines: readonly Line[];
  readonly nameLines: readonly Line[];
  readonly students: readonly {
    readonly line: Line;
    readonly name: string;
    readonly written: string;
  }[];
  readonly lessons: readonly {
    readonly line: Line;
    readonly title: string;
    readonly code: string | null;
    readonly due: string | null;
  }[];
  readonly leftOut: readonly {
    readonly line: Line;
    readonly through: number | null;
    readonly reason: LeftOutReason;
  }[];
  readonly longColumns: LongColumns | null;
}

/** What detectImport and previewImport return: the preview, and what confirming would need. */
export interface ImportReading {
  /** Pass back to previewImport and confirmImport. */
  readonly token: string;
  readonly sheetId: number;
  readonly sheetName: string;
  readonly lessonsSheetName: string | null;
  /** Every tab of the spreadsheet, to choose the tracker or a lessons tab from. */
  readonly sheetNames: readonly string[];
  readonly preview: ImportPreview;
  readonly layout: ImportLayout;
  /** True when confirmImport would set the class up; otherwise `blockers` say why not. */
  readonly canConfirm: boolean;
  readonly blockers: readonly string[];
}

/** What confirmImport returns: the class's sync outcome and what was carried over. */
export interface ImportOutcome extends SyncResult {
  readonly carried: {
    readonly ticks: number;
    readonly mastered: number;
    readonly testedOut: number;
    readonly scores: number;
  };
  readonly warnings: readonly string[];
}

/* ---------- The teacher's panels: Today, In focus, Feedback, Setup's settings ---------- */

/** A lesson state as the sidebar shows it ('retake' carries the day the retake is due). */
export type StateKind = LessonStateKind;

/** A lesson as the sidebar lists it (due as 'yyyy-mm-dd' or null). */
export type PanelLesson = LessonSummary;

/** One student at a glance, as Today lists them (see src/core/class-glance.ts). */
export type { StudentGlance };

export interface TodayRequest {
  /** Who has ticked nothing for this many days counts as quiet; 5 when absent. */
  readonly quietDays?: number;
}

/**
 * Everything the Today panel shows, in one call: the class at a glance (behind, quiet, the check
 * queue, buddies, small groups, where everyone is, feedback not seen yet; see
 * src/core/class-glance.ts), with today's date in the spreadsheet's zone, the sync's health and
 * the lessons.
 */
export interface TodayPanel extends ClassGlance {
  /** Today in the spreadsheet's time zone, 'yyyy-mm-dd'. */
  readonly today: string;
  readonly status: ClassStatus;
  readonly lessons: readonly PanelLesson[];
}

/** Which lesson of which student: from a click in Today, or null to follow the selection. */
export interface FocusRequest {
  readonly studentId?: string;
  readonly lessonId?: string;
}

export interface FeedbackEntry {
  /** 'yyyy-mm-dd', or '' for text in the note that carries no date (a note written by hand). */
  readonly on: string;
  readonly comment: string;
  /** An http(s) link to audio or another resource, or ''. */
  readonly link: string;
}

export interface AttemptView {
  readonly kind: 'score' | 'observed' | 'tested-out';
  /** Percent, for a score. */
  readonly percent: number | null;
  readonly on: string;
}

/** What "In focus" shows: a student's lesson, a student with no lesson picked, or nothing. */
export type FocusPanel =
  | {
      readonly kind: 'lesson';
      readonly student: { readonly id: string; readonly name: string; readonly sheetId: number };
      readonly lesson: PanelLesson & { readonly threshold: number };
      readonly state: StateKind;
      /** For 'retake': the day the retake is due. */
      readonly retakeBy: string | null;
      readonly done: boolean;
      readonly tickedOn: string | null;
      readonly attempts: readonly AttemptView[];
      /** The student's link to their work when it is an http(s) link, else ''. */
      readonly workLink: string;
      /** The work cell as typed, when it is not a link. */
      readonly workText: string;
      /** Newest first. */
      readonly feedback: readonly FeedbackEntry[];
      /** True when the student ticked Seen for the newest feedback (false also when none). */
      readonly seen: boolean;
    }
  | {
      readonly kind: 'student';
      readonly student: { readonly id: string; readonly name: string; readonly sheetId: number };
      readonly message: string;
    }
  | { readonly kind: 'none'; readonly message: string };

/** What the Feedback panel sends. */
export interface FeedbackInput {
  readonly studentId: string;
  readonly lessonId: string;
  /** The comment; may be empty when a link is given. */
  readonly comment?: string;
  /** An https (or http) link to a recording or resource; may be empty when a comment is given. */
  readonly link?: string;
}

/** The class's settings as Setup's settings form shows them. */
export interface SettingsPanel {
  readonly unitName: string;
  readonly threshold: number;
  readonly dueSoonDays: number;
  readonly retakeDays: number;
  readonly wallShows: 'nicknames' | 'icons';
  readonly coTeachers: readonly string[];
  /** Plain sentences: what classmates can see in this file, and what they cannot. */
  readonly privacy: readonly string[];
}

export interface SettingsInput {
  readonly unitName?: string;
  readonly threshold?: number;
  readonly dueSoonDays?: number;
  readonly retakeDays?: number;
  readonly wallShows?: 'nicknames' | 'icons';
  readonly coTeachers?: readonly string[];
}

/** Opens a student's tab for the teacher (at the lesson's row when given). */
export interface OpenTabRequest {
  readonly studentId: string;
  readonly lessonId?: string;
}
