/**
 * Developer metadata: key/value pairs a script attaches to the spreadsheet, a sheet, or one whole
 * row or column, hidden from people (reference/spreadsheet/developer-metadata). Row and column
 * entries move with their row or column and go when it is deleted (structure.ts).
 * DeveloperMetadata reads the model entry by id each time, so an object in hand sees later changes
 * and removal.
 */

import type { GridRect } from '../model/cells';
import type {
  DeveloperMetadataLocationModel,
  DeveloperMetadataModel,
  SheetModel,
} from '../model/workbook';
import type { ApiOf } from '../runtime/api-types';
import { ScriptException } from '../runtime/errors';
import { strict } from '../runtime/strict';
import type { SpreadsheetDocument } from './document';
import {
  DeveloperMetadataLocationType,
  DeveloperMetadataVisibility,
  enumMember,
  enumName,
} from './enums';
import { Range } from './range';
import { signatureError } from './signature';
import { Sheet } from './sheet';
import { Spreadsheet } from './spreadsheet';

type Location = DeveloperMetadataLocationModel;

/** Docs: keys are at most 256 characters; values at most 30,000 (estimate of the wording). */
const MAX_KEY_LENGTH = 256;

/**
 * Live Apps Script's refusal for a range that is not one whole row or column (gas-fakes
 * test/testsheetsdeveloper.js "Developer Metadata": B2:D4, B6:D6, F2:F5 and A1 all throw it).
 */
export const ARBITRARY_RANGE_MESSAGE =
  'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.';

function isVisibility(value: unknown): boolean {
  const name = enumName(value);
  return typeof value === 'object' && value !== null && (name === 'DOCUMENT' || name === 'PROJECT');
}

function spansAllColumns(sheet: SheetModel, rect: GridRect): boolean {
  return rect.column === 0 && rect.numColumns === sheet.columnCount;
}

function spansAllRows(sheet: SheetModel, rect: GridRect): boolean {
  return rect.row === 0 && rect.numRows === sheet.rowCount;
}

/**
 * The row or column location a range stands for, or null. A whole row is every column of one row
 * ('5:5', or getRange(5, 1, 1, getMaxColumns())); a whole column likewise. Several rows ('5:7')
 * are no location: the Sheets API's DimensionRange for metadata "must represent a single row or
 * column; it cannot be unbounded or span multiple rows or columns" (reference,
 * spreadsheets.developerMetadata). A range that is both (a one-cell sheet) counts as a column.
 */
export function rangeLocation(sheet: SheetModel, rect: GridRect): Location | null {
  if (rect.numColumns === 1 && spansAllRows(sheet, rect)) {
    return { type: 'COLUMN', sheetId: sheet.id, index: rect.column };
  }
  if (rect.numRows === 1 && spansAllColumns(sheet, rect)) {
    return { type: 'ROW', sheetId: sheet.id, index: rect.row };
  }
  return null;
}

/** rangeLocation, or Apps Script's refusal. */
export function requireRangeLocation(sheet: SheetModel, rect: GridRect): Location {
  const location = rangeLocation(sheet, rect);
  if (!location) throw new ScriptException(ARBITRARY_RANGE_MESSAGE);
  return location;
}

function sameLocation(a: Location, b: Location): boolean {
  if (a.type === 'SPREADSHEET' || b.type === 'SPREADSHEET') return a.type === b.type;
  if (a.type !== b.type || a.sheetId !== b.sheetId) return false;
  if (a.type === 'SHEET' || b.type === 'SHEET') return true;
  return a.index === b.index;
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

/** Range.getDeveloperMetadata(): the entries attached to exactly this whole row or column. */
export function metadataOfRange(
  doc: SpreadsheetDocument,
  sheet: SheetModel,
  rect: GridRect,
): DeveloperMetadata[] {
  // Live: a cell inside a row or column with metadata finds none (gas-fakes testsheetsdeveloper.js:
  // G3 does not find column G's entry, C8 not row 8's).
  const location = rangeLocation(sheet, rect);
  if (!location) return [];
  return metadataObjects(doc, (entry) => sameLocation(entry.location, location));
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
  | 'moveToSpreadsheet'
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
      () => new DeveloperMetadataLocation(this.doc, { ...this.entry().location }),
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

  private moveTo(method: string, locate: () => Location): DeveloperMetadata {
    return this.doc.ctx.call('DeveloperMetadata', method, 'write', () => {
      const entry = this.entry();
      entry.location = locate();
      return this;
    });
  }

  /** Docs: moves the entry to the given row (gas-fakes testsheetsdeveloper.js moves it to '9:9'). */
  moveToRow(row: Range): DeveloperMetadata {
    return this.moveTo('moveToRow', () => {
      if (!(row instanceof Range)) throw signatureError('DeveloperMetadata.moveToRow', [row]);
      const location = requireRangeLocation(row.sheet, row.rect);
      // A whole column is not a row; the same refusal as for any other range.
      if (location.type !== 'ROW') throw new ScriptException(ARBITRARY_RANGE_MESSAGE);
      return location;
    });
  }

  moveToColumn(column: Range): DeveloperMetadata {
    return this.moveTo('moveToColumn', () => {
      if (!(column instanceof Range))
        throw signatureError('DeveloperMetadata.moveToColumn', [column]);
      const location = requireRangeLocation(column.sheet, column.rect);
      if (location.type !== 'COLUMN') throw new ScriptException(ARBITRARY_RANGE_MESSAGE);
      return location;
    });
  }

  moveToSheet(sheet: Sheet): DeveloperMetadata {
    return this.moveTo('moveToSheet', () => {
      if (!(sheet instanceof Sheet)) throw signatureError('DeveloperMetadata.moveToSheet', [sheet]);
      return { type: 'SHEET', sheetId: sheet.model.id };
    });
  }

  moveToSpreadsheet(): DeveloperMetadata {
    return this.moveTo('moveToSpreadsheet', () => ({ type: 'SPREADSHEET' }));
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

/**
 * Where an entry is attached, as it was when getLocation() was called. Each getter answers for
 * its own kind of location and is null otherwise (reference/spreadsheet/developer-metadata-location).
 */
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

  private sheetModel(): SheetModel | null {
    const location = this.location;
    if (location.type === 'SPREADSHEET') return null;
    return this.doc.model.sheets.find((s) => s.id === location.sheetId) ?? null;
  }

  getLocationType(): GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType {
    return this.call('getLocationType', () =>
      enumMember(DeveloperMetadataLocationType, this.location.type),
    );
  }

  getSheet(): Sheet | null {
    return this.call('getSheet', () => {
      const sheet = this.location.type === 'SHEET' ? this.sheetModel() : null;
      return sheet ? new Sheet(this.doc, sheet) : null;
    });
  }

  getSpreadsheet(): Spreadsheet | null {
    return this.call('getSpreadsheet', () =>
      this.location.type === 'SPREADSHEET' ? new Spreadsheet(this.doc) : null,
    );
  }

  /** The whole row, printed as '9:9' (gas-fakes testsheetsdeveloper.js). */
  getRow(): Range | null {
    return this.call('getRow', () => {
      const location = this.location;
      const sheet = this.sheetModel();
      if (location.type !== 'ROW' || !sheet) return null;
      const rect = { row: location.index, column: 0, numRows: 1, numColumns: sheet.columnCount };
      return new Range(this.doc, sheet, rect, { wholeRows: true });
    });
  }

  /** The whole column, printed as 'J:J' (gas-fakes testsheetsdeveloper.js). */
  getColumn(): Range | null {
    return this.call('getColumn', () => {
      const location = this.location;
      const sheet = this.sheetModel();
      if (location.type !== 'COLUMN' || !sheet) return null;
      const rect = { row: 0, column: location.index, numRows: sheet.rowCount, numColumns: 1 };
      return new Range(this.doc, sheet, rect, { wholeColumns: true });
    });
  }
}

/** What a finder searches: the whole file, one sheet, or one range of a sheet. */
export type FinderScope = null | number | { sheetId: number; rect: GridRect };

/**
 * createDeveloperMetadataFinder(): filters by id, key, value, visibility and location type. From
 * the Spreadsheet it searches every entry; from a Sheet, the entries of the sheet and of its rows
 * and columns (docs, Sheet.createDeveloperMetadataFinder: "all metadata associated with the sheet,
 * cells, rows, or columns"); from a Range, the row and column entries wholly inside the range
 * (docs: row 3's metadata is not in the scope of 'A1:D5' but is in that of '1:5'), or with
 * onIntersectingLocations() every row and column the range touches. find() is one read.
 */
export class DeveloperMetadataFinder implements ApiOf<
  GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder,
  | 'find'
  | 'onIntersectingLocations'
  | 'withId'
  | 'withKey'
  | 'withValue'
  | 'withVisibility'
  | 'withLocationType'
> {
  private readonly filters: ((entry: DeveloperMetadataModel) => boolean)[] = [];
  private intersecting = false;

  constructor(
    readonly doc: SpreadsheetDocument,
    readonly scope: FinderScope,
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

  /** Docs: "only valid for range-scoped searches"; for a sheet or the file it changes nothing here. */
  onIntersectingLocations(): DeveloperMetadataFinder {
    return this.doc.ctx.call('DeveloperMetadataFinder', 'onIntersectingLocations', 'local', () => {
      this.intersecting = true;
      return this;
    });
  }

  private inScope(entry: DeveloperMetadataModel): boolean {
    const scope = this.scope;
    const location = entry.location;
    if (scope === null) return true;
    if (location.type === 'SPREADSHEET' || location.sheetId !== scopeSheetId(scope)) return false;
    if (typeof scope === 'number') return true;
    if (location.type === 'SHEET') return false;
    const sheet = this.doc.model.sheets.find((s) => s.id === scope.sheetId);
    if (!sheet) return false;
    const { rect } = scope;
    if (location.type === 'ROW') {
      const inRows = location.index >= rect.row && location.index < rect.row + rect.numRows;
      return inRows && (this.intersecting || spansAllColumns(sheet, rect));
    }
    const inColumns =
      location.index >= rect.column && location.index < rect.column + rect.numColumns;
    return inColumns && (this.intersecting || spansAllRows(sheet, rect));
  }

  find(): DeveloperMetadata[] {
    return this.doc.ctx.call('DeveloperMetadataFinder', 'find', 'read', () =>
      metadataObjects(
        this.doc,
        (entry) => this.inScope(entry) && this.filters.every((filter) => filter(entry)),
      ),
    );
  }
}

function scopeSheetId(scope: number | { sheetId: number }): number {
  return typeof scope === 'number' ? scope : scope.sheetId;
}
