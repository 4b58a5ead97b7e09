/**
 * Protected sheets and ranges as Apps Script exposes them (reference/spreadsheet/protection): the
 * Protection class over a ProtectionModel, the factories Sheet.protect() and Range.protect() call,
 * and the listing behind Sheet/Spreadsheet.getProtections(). Who may edit what is decided in
 * permissions.ts; this file applies Apps Script's rules for creating and changing protections.
 *
 * Behaviour followed here, with its source:
 * - Editors of a new protection: docs (range#protect, sheet#protect) say its permissions mirror
 *   the spreadsheet's until the script changes the editor list, so the cells stay editable by
 *   every editor. Live, getEditors() of a new protection does not list the owner (gas-fakes
 *   notes/oddities.md, "Protection.getEditors() and the Owner", issuetracker 442636162; test/
 *   testsheets.js "Protection": a script's new protection in a file only its owner edits lists
 *   no one). The emulator therefore starts the list with the file's editors other than the owner
 *   (copied when the protection is made; people shared later are not added), and lists the owner
 *   only once a script adds them, as the docs' sample does with addEditor(Session.
 *   getEffectiveUser()). After that sample, live lists just the owner (gas-fakes test/
 *   testsheetspermissions.js).
 * - "Neither the owner of the spreadsheet nor the current user can be removed" (docs,
 *   protection#removeEditor): removing them is silently skipped. The current user is the
 *   effective user, the one the docs' sample adds before removing the others.
 * - A warning-only protection lists no editors: the Sheets API says "Editors are not supported
 *   with warningOnly protection" (ProtectedRange), and live getEditors() of one is empty (gas-fakes
 *   test/testsheets.js "Protection").
 * - Sheet.protect() on an already protected sheet returns the existing protection; Range.protect()
 *   always makes a new, possibly overlapping, one.
 * - getRange() of a sheet protection spans the whole sheet (docs) and its getA1Notation() is ''
 *   (gas-fakes test/testsheetspermissions.js, live).
 * - setRange, setRangeName and setNamedRange on a sheet protection throw "Cannot change sheet
 *   protection to range protection (or vice versa)." (the text gas-fakes src/services/
 *   spreadsheetapp/fakeprotection.js gives for setRange; its tests do not assert it).
 * - setDomainEdit throws for a file that belongs to no Workspace domain. The emulator takes a file
 *   owned by a gmail.com / googlemail.com address to be such a file. New protections start with
 *   domain edit off (the emulator does not model domain-wide link sharing).
 * - setUnprotectedRanges throws for a range protection; getUnprotectedRanges returns [] for one
 *   (docs).
 * - Changing, removing or listing the editors of a protection needs permission to edit it;
 *   getProtections lists every protection, whoever may edit it (the docs' examples filter with
 *   canEdit()).
 */

import type { GridRect } from '../model/cells';
import type { ProtectionModel, SheetModel } from '../model/workbook';
import type { ApiOf } from '../runtime/api-types';
import { emailKey } from '../runtime/email';
import { PROTECTED_CELL_MESSAGE, ScriptException } from '../runtime/errors';
import { strict } from '../runtime/strict';
import { rangeRef, type RangeCoordinates } from './data-validation';
import type { SpreadsheetDocument } from './document';
import { enumMember, enumName, ProtectionType } from './enums';
import type { NamedRange } from './named-range';
import {
  canEditProtection,
  includesEmail,
  isConsumerAccount,
  isDocumentEditor,
  sameEmail,
} from './permissions';
import { Range } from './range';
import { apiObject } from './recorded-calls';

/** Wording is the emulator's: the live messages for these cases are not documented. */
export const UNPROTECTED_RANGES_ON_RANGE_MESSAGE =
  'Unprotected ranges can only be set on a protected sheet, not on a protected range.';
export const DOMAIN_EDIT_CONSUMER_MESSAGE =
  'Domain edit cannot be set: this spreadsheet does not belong to a Google Workspace domain.';
const VIEW_ONLY_MESSAGE = 'You do not have permission to edit this spreadsheet.';
/** See the file header for the source of this text. */
export const SHEET_PROTECTION_MOVE_MESSAGE =
  'Cannot change sheet protection to range protection (or vice versa).';

/**
 * The whole-sheet Range of a sheet protection: live reports no A1 notation for it. The subclass is
 * made on first use because range.ts imports this module (Range is not defined yet at load time).
 */
let WholeSheetRange: typeof Range | null = null;
function wholeSheetRange(doc: SpreadsheetDocument, sheet: SheetModel): Range {
  WholeSheetRange ??= class extends Range {
    override getA1Notation(): string {
      return this.doc.ctx.call('Range', 'getA1Notation', 'local', () => '');
    }
  };
  const whole: GridRect = {
    row: 0,
    column: 0,
    numRows: sheet.rowCount,
    numColumns: sheet.columnCount,
  };
  return new WholeSheetRange(doc, sheet, whole);
}

/** What Protection.getEditors() returns: a User with getEmail(). */
export class ProtectionEditor {
  constructor(private readonly email: string) {
    return strict('User', this);
  }
  getEmail(): string {
    return this.email;
  }
  toString(): string {
    return 'User';
  }
}

type EmailOrUser = string | { getEmail(): string };

function emailOf(value: EmailOrUser): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null && typeof value.getEmail === 'function') {
    return value.getEmail();
  }
  throw new ScriptException(
    "The parameters don't match the method signature for Protection.addEditor.",
  );
}

export class Protection implements ApiOf<
  GoogleAppsScript.Spreadsheet.Protection,
  | 'addEditors'
  | 'canDomainEdit'
  | 'canEdit'
  | 'getDescription'
  | 'getProtectionType'
  | 'getRangeName'
  | 'isWarningOnly'
  | 'remove'
  | 'setDescription'
  | 'setDomainEdit'
  | 'setRangeName'
  | 'setWarningOnly'
> {
  constructor(
    private readonly doc: SpreadsheetDocument,
    /** Not part of the API: the protection as the model stores it. */
    readonly model: ProtectionModel,
  ) {
    return apiObject(doc.ctx, 'Protection', this, {
      addEditor: 'write',
      addEditors: 'write',
      removeEditor: 'write',
      removeEditors: 'write',
      setDescription: 'write',
      setDomainEdit: 'write',
      setWarningOnly: 'write',
      setUnprotectedRanges: 'write',
      setRange: 'write',
      setRangeName: 'write',
      setNamedRange: 'write',
      remove: 'structural',
      getEditors: 'read',
      canEdit: 'read',
      canDomainEdit: 'read',
    });
  }

  private _email(): string | null {
    return this.doc.ctx.effectiveUser?.email ?? null;
  }

  /** Throws unless the effective user may change this protection. */
  private _assertMayChange(): void {
    const email = this._email();
    if (email === null || canEditProtection(this.doc.model, this.model, email)) return;
    throw new ScriptException(
      isDocumentEditor(this.doc.model, email) ? PROTECTED_CELL_MESSAGE : VIEW_ONLY_MESSAGE,
    );
  }

  private _sheet(): SheetModel {
    const sheet = this.doc.model.sheets.find((s) => s.id === this.model.sheetId);
    if (!sheet) throw new ScriptException('The protected sheet no longer exists.');
    return sheet;
  }

  addEditor(emailOrUser: EmailOrUser): Protection {
    return this._addEditors([emailOrUser]);
  }
  addEditors(emailAddresses: string[]): Protection {
    return this._addEditors(emailAddresses);
  }
  private _addEditors(people: readonly EmailOrUser[]): Protection {
    this._assertMayChange();
    for (const person of people) {
      const email = emailOf(person);
      if (!includesEmail(this.model.editors, email)) this.model.editors.push(email);
    }
    return this;
  }

  removeEditor(emailOrUser: EmailOrUser): Protection {
    return this._removeEditors([emailOrUser]);
  }
  removeEditors(people: EmailOrUser[]): Protection {
    return this._removeEditors(people);
  }
  private _removeEditors(people: readonly EmailOrUser[]): Protection {
    this._assertMayChange();
    // Docs: neither the owner nor the current user can be removed (skipped, not refused).
    const kept = [this.doc.model.sharing.owner, this._email()].filter(
      (email): email is string => email !== null,
    );
    // Keyed once: a class's tabs each remove every other student, so this runs students² times.
    const removed = new Set(
      people
        .map(emailOf)
        .filter((email) => !includesEmail(kept, email))
        .map(emailKey),
    );
    this.model.editors = this.model.editors.filter((editor) => !removed.has(emailKey(editor)));
    return this;
  }

  /**
   * Docs: throws if the user may not edit the protection. Lists the editors a script or the file's
   * sharing put there; the owner only when added (see the file header); none when warning-only.
   */
  getEditors(): ProtectionEditor[] {
    this._assertMayChange();
    if (this.model.warningOnly) return [];
    return this.model.editors.map((email) => new ProtectionEditor(email));
  }

  /** Whether the effective user may edit the protected cells (and so the protection). */
  canEdit(): boolean {
    const email = this._email();
    return email === null || canEditProtection(this.doc.model, this.model, email);
  }
  canDomainEdit(): boolean {
    return this.model.domainEdit;
  }
  setDomainEdit(editable: boolean): Protection {
    this._assertMayChange();
    if (isConsumerAccount(this.doc.model.sharing.owner)) {
      throw new ScriptException(DOMAIN_EDIT_CONSUMER_MESSAGE);
    }
    this.model.domainEdit = editable;
    return this;
  }

  getDescription(): string {
    return this.model.description;
  }
  setDescription(description: string): Protection {
    this._assertMayChange();
    this.model.description = String(description);
    return this;
  }

  isWarningOnly(): boolean {
    return this.model.warningOnly;
  }
  setWarningOnly(warningOnly: boolean): Protection {
    this._assertMayChange();
    this.model.warningOnly = warningOnly;
    return this;
  }

  getProtectionType(): GoogleAppsScript.Spreadsheet.ProtectionType {
    return enumMember(ProtectionType, this.model.type);
  }

  /** The protected range; for a sheet protection, the whole sheet (with no A1 notation). */
  getRange(): Range {
    const sheet = this._sheet();
    if (this.model.type === 'RANGE' && this.model.rect) {
      return new Range(this.doc, sheet, { ...this.model.rect });
    }
    return wholeSheetRange(this.doc, sheet);
  }
  /** Moves a range protection to `range` (same spreadsheet). */
  setRange(range: RangeCoordinates): Protection {
    this._assertMayChange();
    if (this.model.type !== 'RANGE') throw new ScriptException(SHEET_PROTECTION_MOVE_MESSAGE);
    const ref = rangeRef(range);
    this.model.sheetId = ref.sheetId;
    this.model.rect = ref.rect;
    delete this.model.rangeName;
    return this;
  }

  getRangeName(): string | null {
    return this.model.rangeName ?? null;
  }
  /** Ties a range protection to an existing named range, protecting that range. */
  setRangeName(rangeName: string): Protection {
    this._assertMayChange();
    if (this.model.type !== 'RANGE') throw new ScriptException(SHEET_PROTECTION_MOVE_MESSAGE);
    const named = this.doc.model.namedRanges.find((n) => n.name === rangeName);
    if (!named) throw new ScriptException(`Range not found: ${rangeName}`);
    this.model.sheetId = named.sheetId;
    this.model.rect = { ...named.rect };
    this.model.rangeName = named.name;
    return this;
  }

  /** Docs: like setRangeName, with the NamedRange object. */
  setNamedRange(namedRange: NamedRange): Protection {
    if (this.model.type !== 'RANGE') {
      this._assertMayChange();
      throw new ScriptException(SHEET_PROTECTION_MOVE_MESSAGE);
    }
    return this.setRangeName(namedRange.getName());
  }

  /** Docs: an empty array for a range protection. */
  getUnprotectedRanges(): Range[] {
    if (this.model.type !== 'SHEET') return [];
    const sheet = this._sheet();
    return this.model.unprotected.map((rect) => new Range(this.doc, sheet, { ...rect }));
  }
  /** Replaces the unprotected ranges of a sheet protection; docs: throws for a range protection. */
  setUnprotectedRanges(ranges: RangeCoordinates[]): Protection {
    this._assertMayChange();
    if (this.model.type !== 'SHEET') throw new ScriptException(UNPROTECTED_RANGES_ON_RANGE_MESSAGE);
    const refs = ranges.map(rangeRef);
    if (refs.some((ref) => ref.sheetId !== this.model.sheetId)) {
      throw new ScriptException('Unprotected ranges must be on the protected sheet.');
    }
    this.model.unprotected = refs.map((ref) => ref.rect);
    return this;
  }

  remove(): void {
    this._assertMayChange();
    const protections = this.doc.model.protections;
    const index = protections.indexOf(this.model);
    if (index >= 0) protections.splice(index, 1);
  }

  toString(): string {
    return 'Protection';
  }
}

/** Throws unless the effective user may add protections to the file (owner or editor). */
function assertMayProtect(doc: SpreadsheetDocument): void {
  const email = doc.ctx.effectiveUser?.email ?? null;
  if (email !== null && !isDocumentEditor(doc.model, email)) {
    throw new ScriptException(VIEW_ONLY_MESSAGE);
  }
}

function newProtectionModel(
  doc: SpreadsheetDocument,
  type: 'SHEET' | 'RANGE',
  sheetId: number,
  rect?: GridRect,
): ProtectionModel {
  const { owner, editors } = doc.model.sharing;
  // Mirrors the file's sharing, without listing the owner (see the file header).
  const mirrored = editors.filter((email) => !sameEmail(email, owner));
  const model: ProtectionModel = {
    id: `protection-${doc.model.nextId++}`,
    type,
    sheetId,
    unprotected: [],
    description: '',
    warningOnly: false,
    editors: [...new Set(mirrored)],
    domainEdit: false,
  };
  if (rect) model.rect = { ...rect };
  return model;
}

/**
 * Sheet.protect(): the sheet's protection, made if there is none. The caller records the call.
 */
export function protectSheet(doc: SpreadsheetDocument, sheet: SheetModel): Protection {
  assertMayProtect(doc);
  const existing = doc.model.protections.find((p) => p.type === 'SHEET' && p.sheetId === sheet.id);
  if (existing) return new Protection(doc, existing);
  const model = newProtectionModel(doc, 'SHEET', sheet.id);
  doc.model.protections.push(model);
  return new Protection(doc, model);
}

/** Range.protect(): a new range protection over `rect`. The caller records the call. */
export function protectRange(
  doc: SpreadsheetDocument,
  sheet: SheetModel,
  rect: GridRect,
): Protection {
  assertMayProtect(doc);
  const model = newProtectionModel(doc, 'RANGE', sheet.id, rect);
  doc.model.protections.push(model);
  return new Protection(doc, model);
}

/**
 * Sheet.getProtections(type) (with sheetId) and Spreadsheet.getProtections(type) (without), in
 * tab order, then in the order they were made. `type` is a ProtectionType member or its name.
 */
export function listProtections(
  doc: SpreadsheetDocument,
  type: GoogleAppsScript.Spreadsheet.ProtectionType | 'SHEET' | 'RANGE',
  sheetId?: number,
): Protection[] {
  const name = enumName(type);
  if (name !== 'SHEET' && name !== 'RANGE') {
    throw new ScriptException(
      "The parameters don't match the method signature for Spreadsheet.getProtections.",
    );
  }
  const tabOrder = new Map(doc.model.sheets.map((sheet, index) => [sheet.id, index]));
  return doc.model.protections
    .filter((p) => p.type === name && (sheetId === undefined || p.sheetId === sheetId))
    .filter((p) => tabOrder.has(p.sheetId))
    .map((p, index) => ({ p, index }))
    .sort(
      (a, b) =>
        (tabOrder.get(a.p.sheetId) ?? 0) - (tabOrder.get(b.p.sheetId) ?? 0) || a.index - b.index,
    )
    .map(({ p }) => new Protection(doc, p));
}
