/**
 * Data validation as Apps Script exposes it: SpreadsheetApp.newDataValidation() builders, the
 * built DataValidation rules Range.get/setDataValidation(s) pass around, their conversion to and
 * from the model's per-cell DataValidationModel, and validateUserInput, which decides whether the
 * Sheets UI accepts what a person types into a validated cell.
 *
 * Readback follows live Apps Script as checked in gas-fakes (test/testsheetsdatavalidations.js):
 * a new builder has no criteria (null), no values ([]), no help text (null) and allows invalid
 * input; requireValueInList turns its values into strings and reports [values, showDropdown]
 * with showDropdown defaulting to true; requireValueInRange reports [range, showDropdown].
 */

import type { DataValidationKind, DataValidationModel, GridRect, Scalar } from '../model/cells';
import type { SheetModel } from '../model/workbook';
import { NotImplementedError, ScriptException } from '../runtime/errors';
import type { ApiOf } from '../runtime/api-types';
import type { EmulatorContext } from '../runtime/context';
import type { SpreadsheetDocument } from './document';
import { DataValidationCriteria, enumMember, enumName } from './enums';
import { Range } from './range';
import { apiObject } from './recorded-calls';

/** Where a VALUE_IN_RANGE rule's list lives, as the model stores it (no Apps Script objects in the model). */
export interface RangeRef {
  sheetId: number;
  rect: GridRect;
}

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
  return {
    sheetId: range.getGridId(),
    rect: {
      row: range.getRow() - 1,
      column: range.getColumn() - 1,
      numRows: range.getNumRows(),
      numColumns: range.getNumColumns(),
    },
  };
}

function isRangeRef(value: unknown): value is RangeRef {
  return typeof value === 'object' && value !== null && 'sheetId' in value && 'rect' in value;
}

function isRangeCoordinates(value: unknown): value is RangeCoordinates {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Partial<RangeCoordinates>).getGridId === 'function'
  );
}

const SUPPORTED_KINDS: ReadonlySet<string> = new Set<DataValidationKind>([
  'CHECKBOX',
  'VALUE_IN_LIST',
  'VALUE_IN_RANGE',
  'NUMBER_BETWEEN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'DATE_IS_VALID_DATE',
  'TEXT_IS_VALID_URL',
  'CUSTOM_FORMULA',
]);

/** The state a builder and a built rule share. `values` are what getCriteriaValues returns. */
interface RuleState {
  kind: DataValidationKind | null;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

function copyState(state: RuleState): RuleState {
  return { ...state, values: state.values.map((v) => (Array.isArray(v) ? [...v] : v)) };
}

function criteriaEnum(
  kind: DataValidationKind,
): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
  return enumMember(DataValidationCriteria, kind);
}

function requireNumber(method: string, ...values: unknown[]): void {
  if (values.some((v) => typeof v !== 'number' || Number.isNaN(v))) {
    const types = values.map((v) => (typeof v === 'number' ? 'number' : typeof v)).join(',');
    throw new ScriptException(
      `The parameters (${types}) don't match the method signature for DataValidationBuilder.${method}.`,
    );
  }
}

/** A built rule. Immutable, as in Apps Script: change it through copy(). */
export class DataValidation implements ApiOf<
  GoogleAppsScript.Spreadsheet.DataValidation,
  'getAllowInvalid' | 'getCriteriaType' | 'getCriteriaValues' | 'getHelpText' | 'copy'
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
  /** Apps Script types this as string; a rule without help text gives '' here (unverified live). */
  getHelpText(): string {
    return this.state.helpText ?? '';
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
  | 'requireFormulaSatisfied'
  | 'requireNumberBetween'
  | 'requireNumberGreaterThanOrEqualTo'
  | 'requireNumberLessThanOrEqualTo'
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
    return apiObject(ctx, 'DataValidationBuilder', this);
  }

  private _criteria(kind: DataValidationKind, values: unknown[]): this {
    this.state.kind = kind;
    this.state.values = values;
    return this;
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
    if (!Array.isArray(values)) {
      throw new ScriptException(
        "The parameters don't match the method signature for DataValidationBuilder.requireValueInList.",
      );
    }
    return this._criteria('VALUE_IN_LIST', [values.map((v) => String(v)), showDropdown]);
  }
  requireValueInRange(range: RangeCoordinates, showDropdown = true): DataValidationBuilder {
    if (!isRangeCoordinates(range)) {
      throw new ScriptException(
        "The parameters don't match the method signature for DataValidationBuilder.requireValueInRange.",
      );
    }
    return this._criteria('VALUE_IN_RANGE', [range, showDropdown]);
  }
  requireNumberBetween(start: number, end: number): DataValidationBuilder {
    requireNumber('requireNumberBetween', start, end);
    return this._criteria('NUMBER_BETWEEN', [start, end]);
  }
  requireNumberGreaterThanOrEqualTo(number: number): DataValidationBuilder {
    requireNumber('requireNumberGreaterThanOrEqualTo', number);
    return this._criteria('NUMBER_GREATER_THAN_OR_EQUAL_TO', [number]);
  }
  requireNumberLessThanOrEqualTo(number: number): DataValidationBuilder {
    requireNumber('requireNumberLessThanOrEqualTo', number);
    return this._criteria('NUMBER_LESS_THAN_OR_EQUAL_TO', [number]);
  }
  requireDate(): DataValidationBuilder {
    return this._criteria('DATE_IS_VALID_DATE', []);
  }
  requireTextIsUrl(): DataValidationBuilder {
    return this._criteria('TEXT_IS_VALID_URL', []);
  }
  requireFormulaSatisfied(formula: string): DataValidationBuilder {
    return this._criteria('CUSTOM_FORMULA', [formula]);
  }
  setAllowInvalid(allowInvalidData: boolean): DataValidationBuilder {
    this.state.allowInvalid = allowInvalidData;
    return this;
  }
  setHelpText(helpText: string): DataValidationBuilder {
    this.state.helpText = helpText;
    return this;
  }
  /** Sets criteria and values as given, the way copy().withCriteria(type, values) rebuilds a rule. */
  withCriteria(
    criteria: GoogleAppsScript.Spreadsheet.DataValidationCriteria,
    args: unknown[],
  ): DataValidationBuilder {
    const name = enumName(criteria);
    if (!SUPPORTED_KINDS.has(name)) {
      throw new NotImplementedError(`DataValidationBuilder.withCriteria(${name})`);
    }
    return this._criteria(name as DataValidationKind, [...args]);
  }
  toString(): string {
    return 'DataValidationBuilder';
  }
}

/** SpreadsheetApp.newDataValidation(); pass the context so the builder's calls are recorded. */
export function newDataValidation(ctx: EmulatorContext | null = null): DataValidationBuilder {
  return new DataValidationBuilder(undefined, ctx);
}

/** What a cell stores for `rule`. A VALUE_IN_RANGE range is kept as a RangeRef. */
export function dataValidationToModel(
  rule: DataValidation | GoogleAppsScript.Spreadsheet.DataValidation,
): DataValidationModel {
  // Accepts the @types type so Range can declare the real signature; only emulated rules work.
  if (!(rule instanceof DataValidation)) {
    throw new ScriptException(
      "The parameters don't match the method signature for Range.setDataValidation.",
    );
  }
  const { kind, values, allowInvalid, helpText } = rule.state;
  if (kind === null) throw new Error('emulator: a built DataValidation always has criteria');
  const args = values.map((v) => (isRangeCoordinates(v) ? rangeRef(v) : v));
  const model: DataValidationModel = { kind, args, allowInvalid };
  if (helpText !== null) model.helpText = helpText;
  if (kind === 'VALUE_IN_LIST' || kind === 'VALUE_IN_RANGE') model.showDropdown = args[1] !== false;
  return model;
}

/** The rule a cell's model describes, as Range.getDataValidation(s) returns it. */
export function dataValidationFromModel(
  doc: SpreadsheetDocument,
  model: DataValidationModel,
): DataValidation {
  const values = model.args.map((arg) => {
    if (!isRangeRef(arg)) return Array.isArray(arg) ? [...arg] : arg;
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

/** What validateUserInput needs from the document for rules it cannot decide alone. */
export interface ValidationLookups {
  /** The values in a VALUE_IN_RANGE rule's range. Absent: such rules accept anything. */
  rangeValues?(ref: RangeRef): readonly (Scalar | null)[];
  /** Whether a CUSTOM_FORMULA rule's formula holds for the new value. Absent: accepted. */
  formulaHolds?(formula: string): boolean;
}

function asNumber(value: Scalar | null): number | null {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) {
    return Number(value);
  }
  return null;
}

function sameText(a: unknown, b: unknown): boolean {
  return String(a).toLowerCase() === String(b).toLowerCase();
}

const URL_PATTERN = /^(?:(?:https?|ftp):\/\/)?(?:[\w-]+\.)+[a-z]{2,}(?::\d+)?(?:[/?#]\S*)?$/i;

/**
 * Whether `value` (what a person typed, already parsed: numbers and dates as numbers, TRUE/FALSE
 * as booleans) satisfies `rule`. The caller refuses the edit when it does not and the rule rejects
 * invalid input (allowInvalid false). Clearing a cell always passes: Sheets lets people delete
 * validated content.
 */
export function validateUserInput(
  rule: DataValidationModel,
  value: string | number | boolean | null,
  lookups: ValidationLookups = {},
): boolean {
  if (value === null || value === '') return true;
  const args = rule.args;
  switch (rule.kind) {
    case 'CHECKBOX': {
      // Docs: requireCheckbox() takes TRUE/FALSE; (checked) "the specified value or blank";
      // (checked, unchecked) either value. Sheets compares text without regard to case.
      if (args.length === 0) {
        return typeof value === 'boolean' || sameText(value, 'TRUE') || sameText(value, 'FALSE');
      }
      return args.slice(0, 2).some((allowed) => sameText(allowed, value));
    }
    case 'VALUE_IN_LIST': {
      const list = Array.isArray(args[0]) ? (args[0] as unknown[]) : [];
      return list.some((item) => sameText(item, value));
    }
    case 'VALUE_IN_RANGE': {
      const ref = args[0];
      if (!isRangeRef(ref) || !lookups.rangeValues) return true;
      return lookups.rangeValues(ref).some((item) => item !== null && sameText(item, value));
    }
    case 'NUMBER_BETWEEN': {
      const n = asNumber(value);
      const [low, high] = [Number(args[0]), Number(args[1])];
      return n !== null && n >= Math.min(low, high) && n <= Math.max(low, high);
    }
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO': {
      const n = asNumber(value);
      return n !== null && n >= Number(args[0]);
    }
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO': {
      const n = asNumber(value);
      return n !== null && n <= Number(args[0]);
    }
    case 'DATE_IS_VALID_DATE':
      // Typed dates arrive as serial numbers; text that did not parse as a date is refused.
      return typeof value === 'number';
    case 'TEXT_IS_VALID_URL':
      return typeof value === 'string' && URL_PATTERN.test(value.trim());
    case 'CUSTOM_FORMULA':
      return lookups.formulaHolds ? lookups.formulaHolds(String(args[0])) : true;
  }
}
