/**
 * Shapes that cross the google.script.run boundary. Only JSON-safe data crosses it: dates travel
 * as ISO strings, never as Date objects.
 */

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
