/**
 * Developer metadata: key/value pairs a script attaches to the spreadsheet or to a sheet, hidden
 * from people (reference/spreadsheet/developer-metadata). DeveloperMetadata reads the model entry
 * by id each time, so an object in hand sees later changes and removal.
 */

import type { DeveloperMetadataModel } from '../model/workbook';
import type { ApiOf } from '../runtime/api-types';
import { ScriptException } from '../runtime/errors';
import { strict } from '../runtime/strict';
import type { SpreadsheetDocument } from './document';
import { Sheet } from './sheet';
import { Spreadsheet } from './spreadsheet';
import {
  DeveloperMetadataLocationType,
  DeveloperMetadataVisibility,
  enumMember,
  enumName,
} from './enums';

type Location = DeveloperMetadataModel['location'];

/** Docs: keys are at most 256 characters; values at most 30,000 (estimate of the wording). */
const MAX_KEY_LENGTH = 256;

function isVisibility(value: unknown): boolean {
  const name = enumName(value);
  return typeof value === 'object' && value !== null && (name === 'DOCUMENT' || name === 'PROJECT');
}

/**
 * Adds an entry as addDeveloperMetadata(key), (key, visibility), (key, value) and
 * (key, value, visibility) do. Visibility defaults to DOCUMENT.
 */
export function addMetadata(
  doc: SpreadsheetDocument,
  location: Location,
  key: string,
  valueOrVisibility?: unknown,
  visibility?: unknown,
): DeveloperMetadataModel {
  if (typeof key !== 'string' || key === '' || key.length > MAX_KEY_LENGTH) {
    throw new ScriptException('Invalid argument: key');
  }
  let value: string | null = null;
  let chosen: unknown = visibility;
  if (isVisibility(valueOrVisibility)) chosen = valueOrVisibility;
  else if (valueOrVisibility !== undefined && valueOrVisibility !== null) {
    value = String(valueOrVisibility);
  }
  const entry: DeveloperMetadataModel = {
    id: doc.model.nextId++,
    key,
    value,
    visibility:
      chosen === undefined ? 'DOCUMENT' : enumName(chosen) === 'PROJECT' ? 'PROJECT' : 'DOCUMENT',
    location,
  };
  doc.model.developerMetadata.push(entry);
  return entry;
}

export function metadataObjects(
  doc: SpreadsheetDocument,
  filter: (entry: DeveloperMetadataModel) => boolean,
): DeveloperMetadata[] {
  return doc.model.developerMetadata
    .filter(filter)
    .map((entry) => new DeveloperMetadata(doc, entry.id));
}

export class DeveloperMetadata implements ApiOf<
  GoogleAppsScript.Spreadsheet.DeveloperMetadata,
  | 'getId'
  | 'getKey'
  | 'getValue'
  | 'setKey'
  | 'setValue'
  | 'getVisibility'
  | 'setVisibility'
  | 'remove'
> {
  constructor(
    readonly doc: SpreadsheetDocument,
    readonly id: number,
  ) {
    return strict('DeveloperMetadata', this);
  }

  private entry(): DeveloperMetadataModel {
    const entry = this.doc.model.developerMetadata.find((m) => m.id === this.id);
    // Estimate of the wording: the real service fails on a removed entry too.
    if (!entry) throw new ScriptException('Developer metadata not found.');
    return entry;
  }

  getId(): number {
    return this.doc.ctx.call('DeveloperMetadata', 'getId', 'local', () => this.id);
  }

  getKey(): string {
    return this.doc.ctx.call('DeveloperMetadata', 'getKey', 'local', () => this.entry().key);
  }

  getValue(): string | null {
    return this.doc.ctx.call('DeveloperMetadata', 'getValue', 'local', () => this.entry().value);
  }

  getVisibility(): GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility {
    return this.doc.ctx.call('DeveloperMetadata', 'getVisibility', 'local', () =>
      enumMember(DeveloperMetadataVisibility, this.entry().visibility),
    );
  }

  getLocation(): DeveloperMetadataLocation {
    return this.doc.ctx.call(
      'DeveloperMetadata',
      'getLocation',
      'local',
      () => new DeveloperMetadataLocation(this.doc, this.entry().location),
    );
  }

  setKey(key: string): DeveloperMetadata {
    return this.doc.ctx.call('DeveloperMetadata', 'setKey', 'write', () => {
      if (typeof key !== 'string' || key === '' || key.length > MAX_KEY_LENGTH) {
        throw new ScriptException('Invalid argument: key');
      }
      this.entry().key = key;
      return this;
    });
  }

  setValue(value: string): DeveloperMetadata {
    return this.doc.ctx.call('DeveloperMetadata', 'setValue', 'write', () => {
      this.entry().value = value === null || value === undefined ? null : String(value);
      return this;
    });
  }

  setVisibility(
    visibility: GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility,
  ): DeveloperMetadata {
    return this.doc.ctx.call('DeveloperMetadata', 'setVisibility', 'write', () => {
      this.entry().visibility = enumName(visibility) === 'PROJECT' ? 'PROJECT' : 'DOCUMENT';
      return this;
    });
  }

  remove(): void {
    this.doc.ctx.call('DeveloperMetadata', 'remove', 'write', () => {
      const entry = this.entry();
      this.doc.model.developerMetadata = this.doc.model.developerMetadata.filter(
        (m) => m !== entry,
      );
    });
  }
}

/** Where an entry is attached: the spreadsheet or one sheet (rows and columns are not emulated). */
export class DeveloperMetadataLocation implements ApiOf<
  GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation,
  'getLocationType' | 'getSheet' | 'getSpreadsheet' | 'getRow' | 'getColumn'
> {
  constructor(
    readonly doc: SpreadsheetDocument,
    private readonly location: Location,
  ) {
    return strict('DeveloperMetadataLocation', this);
  }

  private call<T>(method: string, fn: () => T): T {
    return this.doc.ctx.call('DeveloperMetadataLocation', method, 'local', fn);
  }

  getLocationType(): GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType {
    return this.call('getLocationType', () =>
      enumMember(DeveloperMetadataLocationType, this.location.type),
    );
  }

  getSheet(): Sheet | null {
    return this.call('getSheet', () => {
      const location = this.location;
      if (location.type !== 'SHEET') return null;
      const sheet = this.doc.model.sheets.find((s) => s.id === location.sheetId);
      return sheet ? new Sheet(this.doc, sheet) : null;
    });
  }

  getSpreadsheet(): Spreadsheet | null {
    return this.call('getSpreadsheet', () =>
      this.location.type === 'SPREADSHEET' ? new Spreadsheet(this.doc) : null,
    );
  }

  getRow(): null {
    return this.call('getRow', () => null);
  }

  getColumn(): null {
    return this.call('getColumn', () => null);
  }
}

/**
 * createDeveloperMetadataFinder(): filters by id, key, value, visibility and location type; from
 * a Sheet it searches that sheet's entries, from the Spreadsheet every entry. find() is one read.
 */
export class DeveloperMetadataFinder implements ApiOf<
  GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder,
  'find' | 'withId' | 'withKey' | 'withValue' | 'withVisibility' | 'withLocationType'
> {
  private readonly filters: ((entry: DeveloperMetadataModel) => boolean)[] = [];

  constructor(
    readonly doc: SpreadsheetDocument,
    readonly sheetId: number | null,
  ) {
    return strict('DeveloperMetadataFinder', this);
  }

  private with(
    method: string,
    filter: (entry: DeveloperMetadataModel) => boolean,
  ): DeveloperMetadataFinder {
    return this.doc.ctx.call('DeveloperMetadataFinder', method, 'local', () => {
      this.filters.push(filter);
      return this;
    });
  }

  withId(id: number): DeveloperMetadataFinder {
    return this.with('withId', (entry) => entry.id === id);
  }

  withKey(key: string): DeveloperMetadataFinder {
    return this.with('withKey', (entry) => entry.key === key);
  }

  withValue(value: string): DeveloperMetadataFinder {
    return this.with('withValue', (entry) => entry.value === value);
  }

  withVisibility(
    visibility: GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility,
  ): DeveloperMetadataFinder {
    const name = enumName(visibility);
    return this.with('withVisibility', (entry) => entry.visibility === name);
  }

  withLocationType(
    locationType: GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType,
  ): DeveloperMetadataFinder {
    const name = enumName(locationType);
    return this.with('withLocationType', (entry) => entry.location.type === name);
  }

  find(): DeveloperMetadata[] {
    return this.doc.ctx.call('DeveloperMetadataFinder', 'find', 'read', () =>
      metadataObjects(this.doc, (entry) => {
        if (
          this.sheetId !== null &&
          (entry.location.type !== 'SHEET' || entry.location.sheetId !== this.sheetId)
        ) {
          return false;
        }
        return this.filters.every((filter) => filter(entry));
      }),
    );
  }
}
