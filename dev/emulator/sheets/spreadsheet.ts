/**
 * The emulated Apps Script Spreadsheet: one file. A thin view over a SpreadsheetDocument; every
 * method goes through ctx.call so the ledger records it. The active sheet, range and current cell
 * are per person (active.ts).
 */

import type { GridRect } from '../model/cells';
import { newSheetModel } from '../model/workbook';
import type { SheetModel } from '../model/workbook';
import type { ApiOf } from '../runtime/api-types';
import type { CallKind } from '../runtime/cost-model';
import { ScriptException } from '../runtime/errors';
import { strict } from '../runtime/strict';
import { parseA1, resolveReference } from './a1';
import { activeSheetModel, select, selectionOf, storedSelection } from './active';
import { addMetadata, DeveloperMetadataFinder, metadataObjects } from './developer-metadata';
import type { SpreadsheetDocument } from './document';
import { findNamedRange, NamedRange, rangeOfNamed, setNamedRangeModel } from './named-range';
import { listProtections } from './protection';
import { Range } from './range';
import { RangeList } from './range-list';
import { includesEmail, sameEmail } from './permissions';
import { activateRange, assertEditor, currentCellRange, Sheet } from './sheet';
import { assertSheetName, findSheetByName } from './sheet-names';
import {
  addSheet,
  cloneSheet,
  copyName,
  defaultSheetName,
  nextSheetId,
  removeSheet,
} from './structure';

type InsertSheetOptions = { template?: Sheet | undefined };

/** Base.User as Spreadsheet.getOwner / getEditors return it. */
export class SpreadsheetUser implements ApiOf<GoogleAppsScript.Base.User, 'getEmail'> {
  constructor(private readonly email: string) {
    return strict('User', this);
  }
  getEmail(): string {
    return this.email;
  }
}

/** What getSelection returns: the viewer's selection when it was asked for. */
export class Selection implements ApiOf<
  GoogleAppsScript.Spreadsheet.Selection,
  'getActiveRange' | 'getActiveSheet' | 'getCurrentCell' | 'getActiveRangeList'
> {
  constructor(
    readonly doc: SpreadsheetDocument,
    private readonly sheet: SheetModel,
    private readonly rect: GridRect,
    private readonly current: { row: number; column: number },
  ) {
    return strict('Selection', this);
  }
  getActiveSheet(): Sheet {
    return this.doc.ctx.call(
      'Selection',
      'getActiveSheet',
      'local',
      () => new Sheet(this.doc, this.sheet),
    );
  }
  getActiveRange(): Range | null {
    return this.doc.ctx.call(
      'Selection',
      'getActiveRange',
      'local',
      () => new Range(this.doc, this.sheet, this.rect),
    );
  }
  getActiveRangeList(): RangeList | null {
    return this.doc.ctx.call(
      'Selection',
      'getActiveRangeList',
      'local',
      () => new RangeList(this.doc, [new Range(this.doc, this.sheet, this.rect)]),
    );
  }
  getCurrentCell(): Range | null {
    return this.doc.ctx.call(
      'Selection',
      'getCurrentCell',
      'local',
      () => new Range(this.doc, this.sheet, { ...this.current, numRows: 1, numColumns: 1 }),
    );
  }
}

export function selectionObject(doc: SpreadsheetDocument): Selection {
  const selection = selectionOf(doc);
  const sheet = activeSheetModel(doc);
  const current = selection.current ?? { row: selection.rect.row, column: selection.rect.column };
  return new Selection(doc, sheet, selection.rect, current);
}

function emailOf(user: unknown): string {
  if (typeof user === 'string') return user;
  if (user && typeof (user as { getEmail?: unknown }).getEmail === 'function') {
    return String((user as { getEmail(): unknown }).getEmail());
  }
  throw new ScriptException('Invalid argument: user');
}

export class Spreadsheet implements ApiOf<
  GoogleAppsScript.Spreadsheet.Spreadsheet,
  | 'getId'
  | 'getName'
  | 'rename'
  | 'getUrl'
  | 'getSheets'
  | 'getNumSheets'
  | 'getSheetByName'
  | 'getSheetById'
  | 'getSheetId'
  | 'getSheetName'
  | 'deleteActiveSheet'
  | 'duplicateActiveSheet'
  | 'getActiveSheet'
  | 'getActiveRange'
  | 'getActiveCell'
  | 'getCurrentCell'
  | 'getSelection'
  | 'moveActiveSheet'
  | 'renameActiveSheet'
  | 'getRange'
  | 'getRangeByName'
  | 'getNamedRanges'
  | 'removeNamedRange'
  | 'getProtections'
  | 'toast'
  | 'getSpreadsheetTimeZone'
  | 'setSpreadsheetTimeZone'
  | 'getSpreadsheetLocale'
  | 'setSpreadsheetLocale'
  | 'getOwner'
  | 'getEditors'
  | 'getViewers'
  | 'addEditor'
  | 'addEditors'
  | 'removeEditor'
  | 'addViewer'
  | 'addViewers'
  | 'removeViewer'
  | 'addDeveloperMetadata'
  | 'getDeveloperMetadata'
  | 'createDeveloperMetadataFinder'
  | 'appendRow'
> {
  constructor(readonly doc: SpreadsheetDocument) {
    return strict('Spreadsheet', this);
  }

  private call<T>(method: string, kind: CallKind, fn: () => T, cells?: number): T {
    return this.doc.ctx.call('Spreadsheet', method, kind, fn, cells === undefined ? {} : { cells });
  }

  private sheet(model: SheetModel): Sheet {
    return new Sheet(this.doc, model);
  }

  // --- the file -------------------------------------------------------------------------------

  getId(): string {
    return this.call('getId', 'local', () => this.doc.model.id);
  }

  getName(): string {
    return this.call('getName', 'read', () => this.doc.model.name);
  }

  rename(newName: string): void {
    this.call('rename', 'write', () => {
      assertEditor(this.doc);
      this.doc.model.name = String(newName);
    });
  }

  getUrl(): string {
    return this.call(
      'getUrl',
      'local',
      () => `https://docs.google.com/spreadsheets/d/${this.doc.model.id}/edit`,
    );
  }

  getSpreadsheetTimeZone(): string {
    return this.call('getSpreadsheetTimeZone', 'read', () => this.doc.model.timeZone);
  }

  setSpreadsheetTimeZone(timezone: string): void {
    this.call('setSpreadsheetTimeZone', 'write', () => {
      assertEditor(this.doc);
      try {
        new Intl.DateTimeFormat('en-US', { timeZone: timezone });
      } catch {
        throw new ScriptException('Invalid argument: timezone');
      }
      this.doc.model.timeZone = timezone;
    });
  }

  getSpreadsheetLocale(): string {
    return this.call('getSpreadsheetLocale', 'read', () => this.doc.model.locale);
  }

  setSpreadsheetLocale(locale: string): void {
    this.call('setSpreadsheetLocale', 'write', () => {
      assertEditor(this.doc);
      this.doc.model.locale = String(locale);
    });
  }

  // --- sheets ---------------------------------------------------------------------------------

  getSheets(): Sheet[] {
    return this.call('getSheets', 'read', () => this.doc.model.sheets.map((s) => this.sheet(s)));
  }

  getNumSheets(): number {
    return this.call('getNumSheets', 'read', () => this.doc.model.sheets.length);
  }

  /** null when missing. An exact match, else one differing only in case (sheet-names.ts says why). */
  getSheetByName(name: string): Sheet | null {
    return this.call('getSheetByName', 'read', () => {
      const found = findSheetByName(this.doc.model, name);
      return found ? this.sheet(found) : null;
    });
  }

  /**
   * Spreadsheet.getSheetId / getSheetName answer for the active sheet, as the Spreadsheet's other
   * sheet methods (appendRow, getRange('A1')...) do; without a selection that is the first visible
   * sheet, as gas-fakes (fakespreadsheet.js) answers with the first sheet for scripts.
   */
  getSheetId(): number {
    return this.call('getSheetId', 'read', () => activeSheetModel(this.doc).id);
  }

  getSheetName(): string {
    return this.call('getSheetName', 'read', () => activeSheetModel(this.doc).name);
  }

  getSheetById(id: number): Sheet | null {
    return this.call('getSheetById', 'read', () => {
      const found = this.doc.model.sheets.find((s) => s.id === id);
      return found ? this.sheet(found) : null;
    });
  }

  /**
   * All overloads: (), (index), (index, options), (options), (name), (name, index),
   * (name, index, options), (name, options). index is 0-based; without one the sheet goes right
   * after the active sheet. New sheets are 1000 x 26 unless a template is copied; the new sheet
   * becomes the active sheet (reference/spreadsheet/spreadsheet#insertSheet).
   */
  insertSheet(
    first?: string | number | InsertSheetOptions,
    second?: number | InsertSheetOptions,
    third?: InsertSheetOptions,
  ): Sheet {
    return this.call('insertSheet', 'structural', () => {
      assertEditor(this.doc);
      let name: string | undefined;
      let index: number | undefined;
      let options: InsertSheetOptions | undefined;
      const args = [first, second, third].filter((a) => a !== undefined);
      for (const arg of args) {
        if (typeof arg === 'string') name = arg;
        else if (typeof arg === 'number') index = arg;
        else if (arg && typeof arg === 'object') options = arg;
      }
      const model = this.doc.model;
      if (name !== undefined) assertSheetName(model, name);
      if (
        index !== undefined &&
        (!Number.isInteger(index) || index < 0 || index > model.sheets.length)
      ) {
        throw new ScriptException('Invalid argument: sheetIndex');
      }
      const sheetName = name ?? defaultSheetName(model);
      const id = nextSheetId(model);
      const template = options?.template;
      const created = template
        ? cloneSheet(template.model, id, sheetName)
        : newSheetModel(id, sheetName);
      const position = index ?? model.sheets.indexOf(activeSheetModel(this.doc)) + 1;
      addSheet(this.doc, created, position);
      select(this.doc, created, { row: 0, column: 0, numRows: 1, numColumns: 1 });
      return this.sheet(created);
    });
  }

  deleteSheet(sheet: Sheet): void {
    this.call('deleteSheet', 'structural', () => this.removeSheetModel(sheet.model));
  }

  /** Deletes the active sheet; returns the sheet that becomes active. */
  deleteActiveSheet(): Sheet {
    return this.call('deleteActiveSheet', 'structural', () => {
      this.removeSheetModel(activeSheetModel(this.doc));
      return this.sheet(activeSheetModel(this.doc));
    });
  }

  private removeSheetModel(sheet: SheetModel): void {
    assertEditor(this.doc);
    const model = this.doc.model;
    if (!model.sheets.includes(sheet)) throw new ScriptException('Sheet not found');
    const othersVisible = model.sheets.filter((s) => s !== sheet && !s.hidden).length;
    if (othersVisible === 0) {
      // Sheets API wording for the same refusal (issue googleapis/google-api-php-client#1293).
      throw new ScriptException("You can't remove all the sheets in a document.");
    }
    removeSheet(this.doc, sheet);
  }

  /** Copies the active sheet right after it as 'Copy of <name>'; the copy becomes active. */
  duplicateActiveSheet(): Sheet {
    return this.call('duplicateActiveSheet', 'structural', () => {
      assertEditor(this.doc);
      const model = this.doc.model;
      const source = activeSheetModel(this.doc);
      const copy = cloneSheet(source, nextSheetId(model), copyName(model, source.name));
      addSheet(this.doc, copy, model.sheets.indexOf(source) + 1);
      select(this.doc, copy, { row: 0, column: 0, numRows: 1, numColumns: 1 });
      return this.sheet(copy);
    });
  }

  /** Moves the active sheet to 1-based tab position `pos`. */
  moveActiveSheet(pos: number): void {
    this.call('moveActiveSheet', 'structural', () => {
      assertEditor(this.doc);
      const sheets = this.doc.model.sheets;
      if (!Number.isInteger(pos) || pos < 1 || pos > sheets.length) {
        throw new ScriptException('Invalid argument: pos');
      }
      const active = activeSheetModel(this.doc);
      sheets.splice(sheets.indexOf(active), 1);
      sheets.splice(pos - 1, 0, active);
    });
  }

  renameActiveSheet(newName: string): void {
    this.call('renameActiveSheet', 'write', () => {
      assertEditor(this.doc);
      const active = activeSheetModel(this.doc);
      const name = String(newName);
      assertSheetName(this.doc.model, name, active);
      active.name = name;
      this.doc.engine.renameSheet(active.id, name);
    });
  }

  /** Appends to the active sheet, as Sheet.appendRow does. */
  appendRow(rowContents: unknown[]): Sheet {
    // One ledger entry: Sheet.appendRow records itself; this wrapper only picks the sheet.
    return this.sheet(activeSheetModel(this.doc)).appendRow(rowContents);
  }

  // --- the viewer's selection -----------------------------------------------------------------

  getActiveSheet(): Sheet {
    return this.call('getActiveSheet', 'read', () => this.sheet(activeSheetModel(this.doc)));
  }

  setActiveSheet(sheet: Sheet, _restoreSelection?: boolean): Sheet {
    return this.call('setActiveSheet', 'write', () => {
      const previous = storedSelection(this.doc);
      // restoreSelection keeps the last selection when it was on that sheet; otherwise A1.
      if (_restoreSelection && previous && previous.sheetId === sheet.model.id) return sheet;
      select(this.doc, sheet.model, { row: 0, column: 0, numRows: 1, numColumns: 1 });
      return sheet;
    });
  }

  getActiveRange(): Range | null {
    return this.call(
      'getActiveRange',
      'read',
      () => new Range(this.doc, activeSheetModel(this.doc), selectionOf(this.doc).rect),
    );
  }

  getActiveCell(): Range {
    return this.call('getActiveCell', 'read', () => currentCellRange(this.doc));
  }

  getCurrentCell(): Range | null {
    return this.call('getCurrentCell', 'read', () => currentCellRange(this.doc));
  }

  getSelection(): Selection {
    return this.call('getSelection', 'read', () => selectionObject(this.doc));
  }

  setActiveRange(range: Range): Range {
    return this.call('setActiveRange', 'write', () => activateRange(this.doc, range));
  }

  setActiveSelection(range: Range | string): Range {
    return this.call('setActiveSelection', 'write', () =>
      activateRange(this.doc, typeof range === 'string' ? this.rangeFromA1(range) : range),
    );
  }

  // --- ranges and names -----------------------------------------------------------------------

  /** 'Sheet1!A1:B2' on the named sheet; 'A1:B2' on the active sheet. */
  getRange(a1Notation: string): Range {
    return this.call('getRange', 'local', () => this.rangeFromA1(a1Notation));
  }

  private rangeFromA1(notation: string): Range {
    const reference = parseA1(notation);
    const sheet =
      reference.sheetName === null
        ? activeSheetModel(this.doc)
        : findSheetByName(this.doc.model, reference.sheetName);
    if (!sheet) throw new ScriptException('Range not found');
    const resolved = resolveReference(reference, sheet, { beyondEdge: true });
    return new Range(this.doc, sheet, resolved.rect, { ...resolved, beyondEdge: true });
  }

  getRangeList(a1Notations: string[]): RangeList {
    return this.call(
      'getRangeList',
      'local',
      () =>
        new RangeList(
          this.doc,
          a1Notations.map((n) => this.rangeFromA1(n)),
        ),
    );
  }

  /** null when no range has that name (names match regardless of case). */
  getRangeByName(name: string): Range | null {
    return this.call('getRangeByName', 'read', () => {
      const entry = findNamedRange(this.doc, name);
      return entry ? rangeOfNamed(this.doc, entry) : null;
    });
  }

  setNamedRange(name: string, range: Range): void {
    this.call('setNamedRange', 'write', () => {
      assertEditor(this.doc);
      setNamedRangeModel(this.doc, name, range);
    });
  }

  getNamedRanges(): NamedRange[] {
    return this.call('getNamedRanges', 'read', () =>
      this.doc.model.namedRanges.map((entry) => new NamedRange(this.doc, entry)),
    );
  }

  removeNamedRange(name: string): void {
    this.call('removeNamedRange', 'write', () => {
      assertEditor(this.doc);
      const entry = findNamedRange(this.doc, name);
      if (!entry) return;
      this.doc.model.namedRanges = this.doc.model.namedRanges.filter((n) => n !== entry);
    });
  }

  getProtections(
    type: GoogleAppsScript.Spreadsheet.ProtectionType,
  ): ReturnType<typeof listProtections> {
    return this.call('getProtections', 'read', () => listProtections(this.doc, type));
  }

  // --- toast ----------------------------------------------------------------------------------

  /**
   * Shows a toast to the person at the keyboard (doc.toasts). timeoutSeconds defaults to 5; null
   * means the default, a negative number that it stays until closed (reference/spreadsheet/
   * spreadsheet#toast(String,String,Number)).
   */
  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this.call('toast', 'ui', () => {
      this.doc.toasts.push({
        message: String(msg),
        title: title === undefined || title === null ? '' : String(title),
        timeoutSeconds:
          timeoutSeconds === undefined || timeoutSeconds === null ? 5 : Number(timeoutSeconds),
        shownTo: this.doc.ctx.execution?.activeUser.email ?? this.doc.model.sharing.owner,
      });
    });
  }

  // --- sharing --------------------------------------------------------------------------------

  getOwner(): SpreadsheetUser | null {
    return this.call('getOwner', 'read', () => new SpreadsheetUser(this.doc.model.sharing.owner));
  }

  /** Editors, the owner included. */
  getEditors(): SpreadsheetUser[] {
    return this.call('getEditors', 'read', () =>
      this.doc.model.sharing.editors.map((email) => new SpreadsheetUser(email)),
    );
  }

  getViewers(): SpreadsheetUser[] {
    return this.call('getViewers', 'read', () =>
      this.doc.model.sharing.viewers.map((email) => new SpreadsheetUser(email)),
    );
  }

  addEditor(user: string | { getEmail(): string }): Spreadsheet {
    return this.call('addEditor', 'write', () => {
      this.share([emailOf(user)], 'editor');
      return this;
    });
  }

  addEditors(emailAddresses: string[]): Spreadsheet {
    return this.call('addEditors', 'write', () => {
      this.share(emailAddresses.map(emailOf), 'editor');
      return this;
    });
  }

  addViewer(user: string | { getEmail(): string }): Spreadsheet {
    return this.call('addViewer', 'write', () => {
      this.share([emailOf(user)], 'viewer');
      return this;
    });
  }

  addViewers(emailAddresses: string[]): Spreadsheet {
    return this.call('addViewers', 'write', () => {
      this.share(emailAddresses.map(emailOf), 'viewer');
      return this;
    });
  }

  removeEditor(user: string | { getEmail(): string }): Spreadsheet {
    return this.call('removeEditor', 'write', () => {
      assertEditor(this.doc);
      const email = emailOf(user);
      const sharing = this.doc.model.sharing;
      if (sameEmail(email, sharing.owner)) {
        throw new ScriptException('The owner cannot be removed.');
      }
      sharing.editors = sharing.editors.filter((e) => !sameEmail(e, email));
      return this;
    });
  }

  removeViewer(user: string | { getEmail(): string }): Spreadsheet {
    return this.call('removeViewer', 'write', () => {
      assertEditor(this.doc);
      const email = emailOf(user);
      const sharing = this.doc.model.sharing;
      sharing.viewers = sharing.viewers.filter((e) => !sameEmail(e, email));
      return this;
    });
  }

  /** Adding a viewer who already edits changes nothing, as Drive does; an editor added leaves the viewers. */
  private share(emails: string[], role: 'editor' | 'viewer'): void {
    assertEditor(this.doc);
    const sharing = this.doc.model.sharing;
    for (const email of emails) {
      this.doc.ctx.user(email);
      if (role === 'editor') {
        if (!includesEmail(sharing.editors, email)) sharing.editors.push(email);
        sharing.viewers = sharing.viewers.filter((e) => !sameEmail(e, email));
      } else if (!includesEmail(sharing.editors, email) && !includesEmail(sharing.viewers, email)) {
        sharing.viewers.push(email);
      }
    }
  }

  // --- developer metadata ---------------------------------------------------------------------

  addDeveloperMetadata(
    key: string,
    valueOrVisibility?: unknown,
    visibility?: unknown,
  ): Spreadsheet {
    return this.call('addDeveloperMetadata', 'write', () => {
      assertEditor(this.doc);
      addMetadata(this.doc, { type: 'SPREADSHEET' }, key, valueOrVisibility, visibility);
      return this;
    });
  }

  /** The spreadsheet-level entries only (sheet entries come from Sheet.getDeveloperMetadata). */
  getDeveloperMetadata(): ReturnType<typeof metadataObjects> {
    return this.call('getDeveloperMetadata', 'read', () =>
      metadataObjects(this.doc, (m) => m.location.type === 'SPREADSHEET'),
    );
  }

  /** Searches every entry of the file, on the spreadsheet and on its sheets. */
  createDeveloperMetadataFinder(): DeveloperMetadataFinder {
    return this.call(
      'createDeveloperMetadataFinder',
      'local',
      () => new DeveloperMetadataFinder(this.doc, null),
    );
  }
}
