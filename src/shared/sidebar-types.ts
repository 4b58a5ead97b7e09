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
  readonly lessons: readonly {
    readonly id: string;
    readonly title: string;
    readonly code: string;
    readonly due: string | null;
    readonly checkRequired: boolean;
  }[];
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
