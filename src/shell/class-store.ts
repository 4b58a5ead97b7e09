/**
 * The class's memory in the document's properties, the one store students cannot read (cells can
 * always be read by any editor, hidden tabs unhidden): the class record as JSON in parts, a short
 * list of student tab ids the edit trigger checks first, one packed attempts value per student,
 * and small markers the edit trigger leaves (last run, students waiting for a refresh).
 */

import {
  decodeStudentAttempts,
  encodeStudentAttempts,
  type StudentAttempts,
} from '../core/attempts';
import { CLASS_SCHEMA_VERSION, type ClassRecord } from '../core/class-model';
import { fromParts, staleParts, toParts } from '../core/property-chunks';

const CLASS_KEY = 'mt.class';
const TABS_KEY = 'mt.tabs';
const ATTEMPTS_PREFIX = 'mt.att.';
const STALE_PREFIX = 'mt.stale.';
const LAST_RUN_KEY = 'mt.lastRun';
const REPAIRS_KEY = 'mt.repairs';
const PENDING_IMPORT_KEY = 'mt.import';

type Properties = GoogleAppsScript.Properties.Properties;

function store(): Properties {
  return PropertiesService.getDocumentProperties();
}

export class ClassStoreError extends Error {}

/** Everything the add-on keeps for this document, read in one call. */
export class ClassStore {
  private constructor(
    private readonly properties: Properties,
    private all: Record<string, string>,
  ) {}

  static load(): ClassStore {
    const properties = store();
    return new ClassStore(properties, properties.getProperties());
  }

  /** The sheet ids of students' tabs, or null when no class is set up: one small read. */
  static studentTabIds(): Set<number> | null {
    const value = store().getProperty(TABS_KEY);
    if (value === null) return null;
    return new Set(value === '' ? [] : value.split(',').map(Number));
  }

  static markStale(sheetId: number, at: string): void {
    store().setProperty(`${STALE_PREFIX}${sheetId}`, at);
  }

  record(): ClassRecord | null {
    const json = fromParts(this.all, CLASS_KEY);
    if (json === null) return null;
    const record = JSON.parse(json) as ClassRecord;
    if (typeof record.schema !== 'number' || record.schema > CLASS_SCHEMA_VERSION) {
      throw new ClassStoreError(
        'This class was set up by a newer version of Mastery Tracker. Reload the spreadsheet to use the newest version.',
      );
    }
    return record;
  }

  saveRecord(record: ClassRecord): void {
    const next = toParts(CLASS_KEY, JSON.stringify(record));
    next[TABS_KEY] = record.students.map((s) => s.sheetId).join(',');
    this.properties.setProperties(next);
    for (const key of staleParts(this.all, CLASS_KEY, next)) this.properties.deleteProperty(key);
    this.all = { ...this.all, ...next };
  }

  attempts(studentId: string): StudentAttempts {
    const value = fromParts(this.all, `${ATTEMPTS_PREFIX}${studentId}`);
    return value === null ? new Map() : decodeStudentAttempts(value);
  }

  saveAttempts(studentId: string, attempts: StudentAttempts): void {
    const key = `${ATTEMPTS_PREFIX}${studentId}`;
    const next = toParts(key, encodeStudentAttempts(attempts));
    this.properties.setProperties(next);
    for (const stale of staleParts(this.all, key, next)) this.properties.deleteProperty(stale);
    this.all = { ...this.all, ...next };
  }

  /** Tabs whose edits a trigger run could not process (no lock in time), with when. */
  staleTabs(): Map<number, string> {
    const out = new Map<number, string>();
    for (const [key, value] of Object.entries(this.all)) {
      if (key.startsWith(STALE_PREFIX)) out.set(Number(key.slice(STALE_PREFIX.length)), value);
    }
    return out;
  }

  clearStale(sheetIds: Iterable<number>): void {
    for (const id of sheetIds) {
      const key = `${STALE_PREFIX}${id}`;
      if (key in this.all) {
        this.properties.deleteProperty(key);
        delete this.all[key];
      }
    }
  }

  lastRun(): string | null {
    return this.all[LAST_RUN_KEY] ?? null;
  }

  noteRun(at: string): void {
    this.properties.setProperty(LAST_RUN_KEY, at);
    this.all[LAST_RUN_KEY] = at;
  }

  /** Repairs made without the teacher (a rebuilt wall, a recreated trigger), shown in the sidebar. */
  repairs(): string[] {
    const value = this.all[REPAIRS_KEY];
    return value ? (JSON.parse(value) as string[]) : [];
  }

  addRepairs(messages: readonly string[]): void {
    if (messages.length === 0) return;
    const next = [...messages, ...this.repairs()].slice(0, 20);
    this.properties.setProperty(REPAIRS_KEY, JSON.stringify(next));
    this.all[REPAIRS_KEY] = JSON.stringify(next);
  }

  /**
   * An import whose first sync has not finished (Google stops a run at its time limit): what to
   * read again so the tabs made afterwards still carry the tracker's progress over.
   */
  pendingImport(): string | null {
    return fromParts(this.all, PENDING_IMPORT_KEY);
  }

  savePendingImport(json: string): void {
    const next = toParts(PENDING_IMPORT_KEY, json);
    this.properties.setProperties(next);
    for (const key of staleParts(this.all, PENDING_IMPORT_KEY, next)) {
      this.properties.deleteProperty(key);
    }
    this.all = { ...this.all, ...next };
  }

  clearPendingImport(): void {
    for (const key of Object.keys(this.all)) {
      if (key === PENDING_IMPORT_KEY || key.startsWith(`${PENDING_IMPORT_KEY}.`)) {
        this.properties.deleteProperty(key);
        delete this.all[key];
      }
    }
  }
}
