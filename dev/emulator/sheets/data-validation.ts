/**
 * Data validation as Apps Script exposes it: SpreadsheetApp.newDataValidation() builders, the
 * built DataValidation rules Range.get/setDataValidation(s) pass around, and their conversion to
 * and from the model's per-cell DataValidationModel. Whether a person's input passes a rule is
 * decided in data-validation-input.ts (re-exported here).
 *
 * Readback follows live Apps Script as checked in gas-fakes (test/testsheetsdatavalidations.js,
 * "data validation basics" and "setting data validations"): a new builder has no criteria (null),
 * no values ([]), no help text (null) and allows invalid input; every require* method reports
 * its arguments as given (numbers as numbers, text as text, dates as the Dates given; a rule read
 * back from a cell gives its dates at midnight in the spreadsheet's time zone);
 * requireTextIsEmail is TEXT_IS_VALID_EMAIL; requireValueInList turns its values into strings
 * and reports [values, showDropdown] with showDropdown defaulting to true; requireValueInRange
 * reports [range, showDropdown].
 *
 * Argument checks: numbers must be numbers and dates Dates ("The parameters (String) don't match
 * the method signature for SpreadsheetApp.DataValidationBuilder.requireDate." is live Apps
 * Script's answer to requireDate("=i1"): gas-fakes notes/oddities.md, "datavalidation with
 * formulas"). withCriteria checks nothing about the values: withCriteria(DATE_AFTER, ['=i1'])
 * works live (same note).
 */

import { dateToSerial, serialToDate } from '../format/serial';
import type { DataValidationKind, DataValidationModel, GridRect } from '../model/cells';
import type { SheetModel } from '../model/workbook';
import type { ApiOf } from '../runtime/api-types';
import type { EmulatorContext } from '../runtime/context';
import { NotImplementedError, ScriptException } from '../runtime/errors';
import { signatureException } from './argument-errors';
import { isRangeRef, type RangeRef } from './data-validation-input';
import type { SpreadsheetDocument } from './document';
import { DataValidationCriteria, enumMember, enumName, isEnumMember } from './enums';
import { Range } from './range';
import { apiObject } from './recorded-calls';

export { validateUserInput, type RangeRef, type ValidationLookups } from './data-validation-input';

/** The public getters every emulated Range has; enough to find the cells it covers. */
export interface RangeCoordinates {
  getGridId(): number;
  getRow(): number;
  getColumn(): number;
  getNumRows(): number;
  getNumColumns(): number;
}

/** The sheet id and 0-based rectangle of a Range, read through its public getters. */
export function rangeRef(range: RangeCoordinates): RangeRef {
  const rect: GridRect = {
    row: range.getRow() - 1,
    column: range.getColumn() - 1,
    numRows: range.getNumRows(),
    numColumns: range.getNumColumns(),
  };
  return { sheetId: range.getGridId(), rect };
}

function isRangeCoordinates(value: unknown): value is RangeCoordinates {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Partial<RangeCoordinates>).getGridId === 'function'
  );
}

function isDate(value: unknown): value is Date {
  // Not instanceof: the bundle may run in another realm with its own Date.
  return Object.prototype.toString.call(value) === '[object Date]';
}

/**
 * Criteria live Apps Script reports for rules made in the UI but cannot store from a script:
 * withCriteria accepts them and the rule set on a range is invalid (gas-fakes notes/oddities.md,
 * "datavalidation enum and relative dates", issuetracker 418495831).
 */
const RELATIVE_KINDS: ReadonlySet<string> = new Set([
  'DATE_AFTER_RELATIVE',
  'DATE_BEFORE_RELATIVE',
  'DATE_EQUAL_TO_RELATIVE',
]);

/** Criteria whose values are dates: stored as whole-day serials, read back as Dates. */
const DATE_KINDS: ReadonlySet<string> = new Set<DataValidationKind>([
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_BETWEEN',
  'DATE_NOT_BETWEEN',
  'DATE_EQUAL_TO',
  'DATE_ON_OR_AFTER',
  'DATE_ON_OR_BEFORE',
]);

/** The state a builder and a built rule share. `values` are what getCriteriaValues returns. */
interface RuleState {
  /** A DataValidationCriteria name: a DataValidationKind, or one of RELATIVE_KINDS. */
  kind: string | null;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

function copyValue(value: unknown): unknown {
  if (Array.isArray(value)) return [...(value as unknown[])];
  return isDate(value) ? new Date(value.getTime()) : value;
}

function copyState(state: RuleState): RuleState {
  return { ...state, values: state.values.map(copyValue) };
}

function criteriaEnum(kind: string): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
  return enumMember(DataValidationCriteria, kind);
}

const BUILDER = 'DataValidationBuilder';

function checkNumbers(method: string, values: unknown[]): void {
  if (values.some((v) => typeof v !== 'number' || Number.isNaN(v))) {
    throw signatureException(`${BUILDER}.${method}`, values);
  }
}

function checkDates(method: string, values: unknown[]): Date[] {
  if (!values.every(isDate)) throw signatureException(`${BUILDER}.${method}`, values);
  return values.map((date) => new Date(date.getTime()));
}

/** Text parameters: Apps Script turns numbers and booleans into text; other values do not fit. */
function checkText(method: string, text: unknown): string {
  if (typeof text === 'string') return text;
  if (typeof text === 'number' || typeof text === 'boolean') return String(text);
  throw signatureException(`${BUILDER}.${method}`, [text]);
}

/** Methods without parameters refuse arguments (live: requireDate("=i1"), see the file header). */
function checkNone(method: string, args: unknown[]): void {
  if (args.length > 0) throw signatureException(`${BUILDER}.${method}`, args);
}

/** A built rule. Immutable, as in Apps Script: change it through copy(). */
export class DataValidation implements ApiOf<
  GoogleAppsScript.Spreadsheet.DataValidation,
  // getHelpText is typed string in @types; the docs say it returns null when no help text is set.
  'getAllowInvalid' | 'getCriteriaType' | 'getCriteriaValues' | 'copy'
> {
  /** Not part of the API: the emulator's own view of the rule. */
  readonly state: RuleState;
  private readonly ctx: EmulatorContext | null;

  constructor(state: RuleState, ctx: EmulatorContext | null = null) {
    this.state = copyState(state);
    this.ctx = ctx;
    return apiObject(ctx, 'DataValidation', this);
  }
  getAllowInvalid(): boolean {
    return this.state.allowInvalid;
  }
  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    // A built rule always has criteria: build() refuses otherwise.
    return criteriaEnum(this.state.kind ?? 'CUSTOM_FORMULA');
  }
  getCriteriaValues(): unknown[] {
    return copyState(this.state).values;
  }
  /** Docs (data-validation#getHelpText): "the rule's help text, or null if no help text is set". */
  getHelpText(): string | null {
    return this.state.helpText;
  }
  copy(): DataValidationBuilder {
    return new DataValidationBuilder(this.state, this.ctx);
  }
  toString(): string {
    return 'DataValidation';
  }
}

export class DataValidationBuilder implements ApiOf<
  GoogleAppsScript.Spreadsheet.DataValidationBuilder,
  | 'getAllowInvalid'
  | 'getHelpText'
  | 'requireDate'
  | 'requireDateAfter'
  | 'requireDateBefore'
  | 'requireDateBetween'
  | 'requireDateEqualTo'
  | 'requireDateNotBetween'
  | 'requireDateOnOrAfter'
  | 'requireDateOnOrBefore'
  | 'requireFormulaSatisfied'
  | 'requireNumberBetween'
  | 'requireNumberEqualTo'
  | 'requireNumberGreaterThan'
  | 'requireNumberGreaterThanOrEqualTo'
  | 'requireNumberLessThan'
  | 'requireNumberLessThanOrEqualTo'
  | 'requireNumberNotBetween'
  | 'requireNumberNotEqualTo'
  | 'requireTextContains'
  | 'requireTextDoesNotContain'
  | 'requireTextEqualTo'
  | 'requireTextIsEmail'
  | 'requireTextIsUrl'
  | 'setAllowInvalid'
  | 'setHelpText'
> {
  private state: RuleState;
  private readonly ctx: EmulatorContext | null;

  constructor(state?: RuleState, ctx: EmulatorContext | null = null) {
    this.state = state
      ? copyState(state)
      : { kind: null, values: [], allowInvalid: true, helpText: null };
    this.ctx = ctx;
    return apiObject(ctx, BUILDER, this);
  }

  private _criteria(kind: string, values: unknown[]): this {
    this.state.kind = kind;
    this.state.values = values;
    return this;
  }
  private _numbers(method: string, kind: DataValidationKind, values: unknown[]): this {
    checkNumbers(method, values);
    return this._criteria(kind, values);
  }
  private _dates(method: string, kind: DataValidationKind, values: unknown[]): this {
    return this._criteria(kind, checkDates(method, values));
  }
  private _text(method: string, kind: DataValidationKind, text: unknown): this {
    return this._criteria(kind, [checkText(method, text)]);
  }

  build(): DataValidation {
    if (this.state.kind === null) {
      // Wording not verified live; Sheets cannot store a rule without criteria.
      throw new ScriptException('Data validation criteria must be set before building the rule.');
    }
    return new DataValidation(this.state, this.ctx);
  }
  copy(): DataValidationBuilder {
    return new DataValidationBuilder(this.state, this.ctx);
  }
  getAllowInvalid(): boolean {
    return this.state.allowInvalid;
  }
  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria | null {
    return this.state.kind === null ? null : criteriaEnum(this.state.kind);
  }
  getCriteriaValues(): unknown[] {
    return copyState(this.state).values;
  }
  getHelpText(): string | null {
    return this.state.helpText;
  }

  /** requireCheckbox() for TRUE/FALSE; (checked) for that value or blank; (checked, unchecked). */
  requireCheckbox(...values: unknown[]): DataValidationBuilder {
    return this._criteria('CHECKBOX', values.slice(0, 2));
  }
  requireValueInList(values: unknown[], showDropdown = true): DataValidationBuilder {
    if (!Array.isArray(values)) throw signatureException(`${BUILDER}.requireValueInList`, [values]);
    return this._criteria('VALUE_IN_LIST', [values.map((v) => String(v)), showDropdown]);
  }
  requireValueInRange(range: RangeCoordinates, showDropdown = true): DataValidationBuilder {
    if (!isRangeCoordinates(range)) {
      throw signatureException(`${BUILDER}.requireValueInRange`, [range]);
    }
    return this._criteria('VALUE_IN_RANGE', [range, showDropdown]);
  }

  requireNumberBetween(start: number, end: number): DataValidationBuilder {
    return this._numbers('requireNumberBetween', 'NUMBER_BETWEEN', [start, end]);
  }
  requireNumberNotBetween(start: number, end: number): DataValidationBuilder {
    return this._numbers('requireNumberNotBetween', 'NUMBER_NOT_BETWEEN', [start, end]);
  }
  requireNumberEqualTo(number: number): DataValidationBuilder {
    return this._numbers('requireNumberEqualTo', 'NUMBER_EQUAL_TO', [number]);
  }
  requireNumberNotEqualTo(number: number): DataValidationBuilder {
    return this._numbers('requireNumberNotEqualTo', 'NUMBER_NOT_EQUAL_TO', [number]);
  }
  requireNumberGreaterThan(number: number): DataValidationBuilder {
    return this._numbers('requireNumberGreaterThan', 'NUMBER_GREATER_THAN', [number]);
  }
  requireNumberGreaterThanOrEqualTo(number: number): DataValidationBuilder {
    return this._numbers('requireNumberGreaterThanOrEqualTo', 'NUMBER_GREATER_THAN_OR_EQUAL_TO', [
      number,
    ]);
  }
  requireNumberLessThan(number: number): DataValidationBuilder {
    return this._numbers('requireNumberLessThan', 'NUMBER_LESS_THAN', [number]);
  }
  requireNumberLessThanOrEqualTo(number: number): DataValidationBuilder {
    return this._numbers('requireNumberLessThanOrEqualTo', 'NUMBER_LESS_THAN_OR_EQUAL_TO', [
      number,
    ]);
  }

  requireDate(...args: unknown[]): DataValidationBuilder {
    checkNone('requireDate', args);
    return this._criteria('DATE_IS_VALID_DATE', []);
  }
  requireDateAfter(date: GoogleAppsScript.Base.Date): DataValidationBuilder {
    return this._dates('requireDateAfter', 'DATE_AFTER', [date]);
  }
  requireDateBefore(date: GoogleAppsScript.Base.Date): DataValidationBuilder {
    return this._dates('requireDateBefore', 'DATE_BEFORE', [date]);
  }
  requireDateBetween(
    start: GoogleAppsScript.Base.Date,
    end: GoogleAppsScript.Base.Date,
  ): DataValidationBuilder {
    return this._dates('requireDateBetween', 'DATE_BETWEEN', [start, end]);
  }
  requireDateNotBetween(
    start: GoogleAppsScript.Base.Date,
    end: GoogleAppsScript.Base.Date,
  ): DataValidationBuilder {
    return this._dates('requireDateNotBetween', 'DATE_NOT_BETWEEN', [start, end]);
  }
  requireDateEqualTo(date: GoogleAppsScript.Base.Date): DataValidationBuilder {
    return this._dates('requireDateEqualTo', 'DATE_EQUAL_TO', [date]);
  }
  requireDateOnOrAfter(date: GoogleAppsScript.Base.Date): DataValidationBuilder {
    return this._dates('requireDateOnOrAfter', 'DATE_ON_OR_AFTER', [date]);
  }
  requireDateOnOrBefore(date: GoogleAppsScript.Base.Date): DataValidationBuilder {
    return this._dates('requireDateOnOrBefore', 'DATE_ON_OR_BEFORE', [date]);
  }

  requireTextContains(text: string): DataValidationBuilder {
    return this._text('requireTextContains', 'TEXT_CONTAINS', text);
  }
  requireTextDoesNotContain(text: string): DataValidationBuilder {
    return this._text('requireTextDoesNotContain', 'TEXT_DOES_NOT_CONTAIN', text);
  }
  requireTextEqualTo(text: string): DataValidationBuilder {
    return this._text('requireTextEqualTo', 'TEXT_EQUAL_TO', text);
  }
  requireTextIsEmail(...args: unknown[]): DataValidationBuilder {
    checkNone('requireTextIsEmail', args);
    return this._criteria('TEXT_IS_VALID_EMAIL', []);
  }
  requireTextIsUrl(...args: unknown[]): DataValidationBuilder {
    checkNone('requireTextIsUrl', args);
    return this._criteria('TEXT_IS_VALID_URL', []);
  }
  requireFormulaSatisfied(formula: string): DataValidationBuilder {
    return this._text('requireFormulaSatisfied', 'CUSTOM_FORMULA', formula);
  }

  setAllowInvalid(allowInvalidData: boolean): DataValidationBuilder {
    this.state.allowInvalid = allowInvalidData;
    return this;
  }
  setHelpText(helpText: string): DataValidationBuilder {
    this.state.helpText = helpText;
    return this;
  }
  /**
   * Sets criteria and values as given, the way copy().withCriteria(type, values) rebuilds a rule
   * (docs data-validation-criteria sample). Values are not checked (see the file header).
   */
  withCriteria(
    criteria: GoogleAppsScript.Spreadsheet.DataValidationCriteria,
    args: unknown[],
  ): DataValidationBuilder {
    if (!isEnumMember(DataValidationCriteria, criteria) || !Array.isArray(args)) {
      throw signatureException(`${BUILDER}.withCriteria`, [criteria, args]);
    }
    return this._criteria(enumName(criteria), args.map(copyValue));
  }
  toString(): string {
    return BUILDER;
  }
}

/** SpreadsheetApp.newDataValidation(); pass the context so the builder's calls are recorded. */
export function newDataValidation(ctx: EmulatorContext | null = null): DataValidationBuilder {
  return new DataValidationBuilder(undefined, ctx);
}

/**
 * What a cell stores for `rule`: a VALUE_IN_RANGE range as a RangeRef, Dates of DATE_* rules as
 * whole-day serials in `timeZone` (the spreadsheet's).
 */
export function dataValidationToModel(
  rule: DataValidation | GoogleAppsScript.Spreadsheet.DataValidation,
  timeZone = 'UTC',
): DataValidationModel {
  // Accepts the @types type so Range can declare the real signature; only emulated rules work.
  if (!(rule instanceof DataValidation)) {
    throw signatureException('Range.setDataValidation', [rule]);
  }
  const { kind, values, allowInvalid, helpText } = rule.state;
  if (kind === null) throw new Error('emulator: a built DataValidation always has criteria');
  if (RELATIVE_KINDS.has(kind)) {
    throw new NotImplementedError(`Range.setDataValidation with ${kind} criteria`);
  }
  const dates = DATE_KINDS.has(kind);
  const args = values.map((v) => {
    if (isRangeCoordinates(v)) return rangeRef(v);
    if (dates && isDate(v)) return Math.floor(dateToSerial(v, timeZone));
    return copyValue(v);
  });
  const model: DataValidationModel = { kind: kind as DataValidationKind, args, allowInvalid };
  if (helpText !== null) model.helpText = helpText;
  if (kind === 'VALUE_IN_LIST' || kind === 'VALUE_IN_RANGE') model.showDropdown = args[1] !== false;
  return model;
}

/** The rule a cell's model describes, as Range.getDataValidation(s) returns it. */
export function dataValidationFromModel(
  doc: SpreadsheetDocument,
  model: DataValidationModel,
): DataValidation {
  const dates = DATE_KINDS.has(model.kind);
  const values = model.args.map((arg) => {
    if (dates && typeof arg === 'number') return serialToDate(arg, doc.model.timeZone);
    if (!isRangeRef(arg)) return copyValue(arg);
    const sheet: SheetModel | undefined = doc.model.sheets.find((s) => s.id === arg.sheetId);
    // A list range on a deleted sheet: Sheets shows #REF!; the rule keeps no usable range.
    return sheet ? new Range(doc, sheet, { ...arg.rect }) : null;
  });
  return new DataValidation(
    {
      kind: model.kind,
      values,
      allowInvalid: model.allowInvalid,
      helpText: model.helpText ?? null,
    },
    doc.ctx,
  );
}
