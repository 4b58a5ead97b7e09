/**
 * A teacher's own tracker for import scenarios (test/addon/import-*.test.ts): a CSV or XLSX file
 * loaded into the emulator as Sheets' File › Import makes a new spreadsheet of it, owned by the
 * teacher and shared with the students as editors, driven through the built bundle's sidebar calls,
 * with accessors that read what a person sees and everything that makes up one sheet.
 */

import {
  Emulator,
  createDocumentFromCsv,
  createDocumentFromXlsx,
  snapshot,
} from '../../dev/emulator';
import type { SpreadsheetDocument } from '../../dev/emulator';
import { TEACHER } from './classroom';

export interface TrackerOptions {
  readonly name?: string;
  /** The CSV's sheet name (Sheets names it after the file). */
  readonly sheetName?: string;
  readonly students?: readonly string[];
  readonly now?: string;
  readonly timeZone?: string;
}

const DEFAULTS = { now: '2026-09-14T13:00:00Z', timeZone: 'America/New_York' };

export class ImportedTracker {
  private constructor(
    readonly emulator: Emulator,
    readonly doc: SpreadsheetDocument,
  ) {
    emulator.adopt(doc);
    emulator.openSpreadsheet(doc, TEACHER);
  }

  static fromCsv(text: string, options: TrackerOptions = {}): ImportedTracker {
    const emulator = new Emulator({ now: options.now ?? DEFAULTS.now });
    const doc = createDocumentFromCsv(emulator.ctx, text, {
      owner: TEACHER,
      editors: [...(options.students ?? [])],
      name: options.name ?? 'Tracker',
      sheetName: options.sheetName ?? 'Tracker',
      timeZone: options.timeZone ?? DEFAULTS.timeZone,
    });
    return new ImportedTracker(emulator, doc);
  }

  static async fromXlsx(data: Buffer, options: TrackerOptions = {}): Promise<ImportedTracker> {
    const emulator = new Emulator({ now: options.now ?? DEFAULTS.now });
    const doc = await createDocumentFromXlsx(emulator.ctx, data, {
      owner: TEACHER,
      editors: [...(options.students ?? [])],
      name: options.name ?? 'Tracker',
      timeZone: options.timeZone ?? DEFAULTS.timeZone,
    });
    return new ImportedTracker(emulator, doc);
  }

  /** A google.script.run call; throws the error a person would see. */
  sidebar<T>(name: string, args: unknown[] = [], as = TEACHER): T {
    const result = this.call(name, args, as);
    if (result.error) throw result.error;
    return result.value as T;
  }

  /** The same, returning the whole execution (its error, its ledger calls). */
  call(name: string, args: unknown[] = [], as = TEACHER) {
    return this.emulator.callFromSidebar(this.doc, as, name, args);
  }

  sheetNames(): string[] {
    return this.doc.model.sheets.map((s) => s.name);
  }

  sheet(name: string) {
    const sheet = this.emulator.spreadsheet(this.doc).getSheetByName(name);
    if (!sheet) throw new Error(`No tab named ${name}: ${this.sheetNames().join(', ')}`);
    return sheet;
  }

  /** What a person sees in a tab, row by row. */
  shown(name: string): string[][] {
    return this.sheet(name).getDataRange().getDisplayValues();
  }

  /**
   * Everything one sheet is made of: values, formulas, display values, formats, notes, rich text,
   * styles, validations, conditional formats, merges, sizes, and the protections and developer
   * metadata on it.
   */
  sheetState(name: string): unknown {
    const whole = snapshot(this.doc);
    return {
      sheet: snapshot(this.doc, { sheets: [name] }).sheets[0],
      protections: whole.protections.filter((p) => p.sheet === name),
      metadata: whole.developerMetadata.filter((m) => m.sheet === name),
    };
  }

  /** The add-on's document properties (the class record, attempts), as stored. */
  documentProperties(): Record<string, string> {
    return this.emulator.runAs(this.doc, TEACHER, (globals) =>
      (globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService)
        .getDocumentProperties()
        .getProperties(),
    );
  }
}
