/**
 * Conditional-format rules as Apps Script exposes them (reference/spreadsheet/
 * conditional-format-rule-builder, conditional-format-rule, boolean-condition,
 * gradient-condition): SpreadsheetApp.newConditionalFormatRule() builders, built rules, and their
 * conversion to and from the model's ConditionalFormatRuleModel, which Sheet.get/
 * setConditionalFormatRules use and the conditional-format evaluator reads.
 *
 * Readback: criteria values come back as they were given (a custom formula as its text, numbers
 * as numbers, a date as a Date at midnight in the spreadsheet's zone, a relative date as the
 * RelativeDate member with criteria type DATE_*_RELATIVE); colours come back as '#rrggbb' in
 * lower case (Sheets stores RGB, so 'red' and '#FF0000' both read back '#ff0000'); a format
 * property never set reads back null.
 *
 * In the model, relative dates are stored as their names ('TODAY', 'PAST_WEEK'...) and dates as
 * whole-day serial numbers in the spreadsheet's time zone.
 */

import type { GridRect } from '../model/cells';
import {
  RELATIVE_DATE_NAMES,
  type BooleanConditionKind,
  type BooleanRuleModel,
  type ConditionalFormatRuleModel,
  type ConditionalStyle,
  type GradientRuleModel,
  type SheetModel,
} from '../model/workbook';
import type { ApiOf } from '../runtime/api-types';
import type { EmulatorContext } from '../runtime/context';
import { ScriptException } from '../runtime/errors';
import { dateToSerial, serialToDate } from '../format/serial';
import { rangeRef, type RangeCoordinates } from './data-validation';
import type { SpreadsheetDocument } from './document';
import {
  BooleanCriteria,
  enumMember,
  enumName,
  InterpolationType,
  isEnumMember,
  RelativeDate,
} from './enums';
import { Range } from './range';
import { colorObject, normalizeColor, type Color } from './colors';
import { apiObject } from './recorded-calls';

const BOOLEAN_KINDS: ReadonlySet<string> = new Set<BooleanConditionKind>([
  'CELL_EMPTY',
  'CELL_NOT_EMPTY',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_STARTS_WITH',
  'TEXT_ENDS_WITH',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_EQUAL_TO',
  'NUMBER_NOT_EQUAL_TO',
  'NUMBER_BETWEEN',
  'NUMBER_NOT_BETWEEN',
  'DATE_BEFORE',
  'DATE_AFTER',
  'DATE_EQUAL_TO',
  'CUSTOM_FORMULA',
]);

const RELATIVE_DATES: ReadonlySet<string> = new Set(RELATIVE_DATE_NAMES);

/** The format a boolean rule applies; null = not set (the cell's own format shows). */
interface FormatState {
  background: string | null;
  fontColor: string | null;
  bold: boolean | null;
  italic: boolean | null;
  strikethrough: boolean | null;
  underline: boolean | null;
}

interface BooleanState {
  kind: BooleanConditionKind;
  /** As getCriteriaValues returns them: Dates and RelativeDate members for date criteria. */
  values: unknown[];
  /** Set by a RelativeDate argument: the criteria type reads DATE_*_RELATIVE. */
  relative: boolean;
}

interface GradientPoint {
  color: string;
  type: 'MIN' | 'MAX' | 'NUMBER' | 'PERCENT' | 'PERCENTILE';
  value: string;
}

interface GradientState {
  min: GradientPoint | null;
  mid: GradientPoint | null;
  max: GradientPoint | null;
}

interface RuleState {
  /** The Range objects given to setRanges, or made from the model. */
  ranges: RangeCoordinates[];
  condition: BooleanState | null;
  format: FormatState;
  gradient: GradientState | null;
}

const NO_FORMAT: FormatState = {
  background: null,
  fontColor: null,
  bold: null,
  italic: null,
  strikethrough: null,
  underline: null,
};

function copyState(state: RuleState): RuleState {
  return {
    ranges: [...state.ranges],
    condition: state.condition ? { ...state.condition, values: [...state.condition.values] } : null,
    format: { ...state.format },
    gradient: state.gradient ? { ...state.gradient } : null,
  };
}

function isDate(value: unknown): value is Date {
  // Not instanceof: the bundle may run in another realm with its own Date.
  return Object.prototype.toString.call(value) === '[object Date]';
}

function copyValue(value: unknown): unknown {
  return isDate(value) ? new Date(value.getTime()) : value;
}

function signatureError(method: string): ScriptException {
  return new ScriptException(
    `The parameters don't match the method signature for ConditionalFormatRuleBuilder.${method}.`,
  );
}

export class BooleanCondition implements ApiOf<
  GoogleAppsScript.Spreadsheet.BooleanCondition,
  | 'getBackground'
  | 'getBold'
  | 'getCriteriaType'
  | 'getFontColor'
  | 'getItalic'
  | 'getStrikethrough'
  | 'getUnderline'
> {
  constructor(
    private readonly condition: BooleanState,
    private readonly format: FormatState,
    ctx: EmulatorContext | null,
  ) {
    return apiObject(ctx, 'BooleanCondition', this);
  }
  getCriteriaType(): GoogleAppsScript.Spreadsheet.BooleanCriteria {
    const name = this.condition.relative ? `${this.condition.kind}_RELATIVE` : this.condition.kind;
    return enumMember(BooleanCriteria, name);
  }
  getCriteriaValues(): unknown[] {
    return this.condition.values.map(copyValue);
  }
  getBackground(): string | null {
    return this.format.background;
  }
  /** Docs (boolean-condition#getBackgroundObject): the background colour, or null if not set. */
  getBackgroundObject(): Color | null {
    return colorObject(this.format.background);
  }
  getFontColor(): string | null {
    return this.format.fontColor;
  }
  getFontColorObject(): Color | null {
    return colorObject(this.format.fontColor);
  }
  getBold(): boolean | null {
    return this.format.bold;
  }
  getItalic(): boolean | null {
    return this.format.italic;
  }
  getStrikethrough(): boolean | null {
    return this.format.strikethrough;
  }
  getUnderline(): boolean | null {
    return this.format.underline;
  }
  /** Live Apps Script prints this name (gas-fakes test/testconditionalformat.js). */
  toString(): string {
    return 'ConditionalFormatBooleanCondition';
  }
}

export class GradientCondition implements ApiOf<
  GoogleAppsScript.Spreadsheet.GradientCondition,
  | 'getMaxColor'
  | 'getMaxType'
  | 'getMaxValue'
  | 'getMidColor'
  | 'getMidType'
  | 'getMidValue'
  | 'getMinColor'
  | 'getMinType'
  | 'getMinValue'
> {
  constructor(
    private readonly gradient: GradientState,
    ctx: EmulatorContext | null,
  ) {
    return apiObject(ctx, 'GradientCondition', this);
  }
  private _type(
    point: GradientPoint | null,
  ): GoogleAppsScript.Spreadsheet.InterpolationType | null {
    return point ? enumMember(InterpolationType, point.type) : null;
  }
  getMinColor(): string {
    return this.gradient.min?.color ?? '';
  }
  getMinType(): GoogleAppsScript.Spreadsheet.InterpolationType | null {
    return this._type(this.gradient.min);
  }
  getMinValue(): string {
    return this.gradient.min?.value ?? '';
  }
  getMidColor(): string {
    return this.gradient.mid?.color ?? '';
  }
  getMidType(): GoogleAppsScript.Spreadsheet.InterpolationType | null {
    return this._type(this.gradient.mid);
  }
  getMidValue(): string {
    return this.gradient.mid?.value ?? '';
  }
  getMaxColor(): string {
    return this.gradient.max?.color ?? '';
  }
  getMaxType(): GoogleAppsScript.Spreadsheet.InterpolationType | null {
    return this._type(this.gradient.max);
  }
  getMaxValue(): string {
    return this.gradient.max?.value ?? '';
  }
  getMinColorObject(): Color | null {
    return colorObject(this.gradient.min?.color ?? null);
  }
  getMidColorObject(): Color | null {
    return colorObject(this.gradient.mid?.color ?? null);
  }
  getMaxColorObject(): Color | null {
    return colorObject(this.gradient.max?.color ?? null);
  }
  /** Live Apps Script prints this name (gas-fakes test/testconditionalformat.js). */
  toString(): string {
    return 'ConditionalFormatGradientCondition';
  }
}

/** Shared by the rule and its builder: the getters both have. */
function booleanConditionOf(
  state: RuleState,
  ctx: EmulatorContext | null,
): BooleanCondition | null {
  return state.condition && !state.gradient
    ? new BooleanCondition(
        { ...state.condition, values: [...state.condition.values] },
        { ...state.format },
        ctx,
      )
    : null;
}

function gradientConditionOf(
  state: RuleState,
  ctx: EmulatorContext | null,
): GradientCondition | null {
  return state.gradient ? new GradientCondition({ ...state.gradient }, ctx) : null;
}

export class ConditionalFormatRule implements ApiOf<
  GoogleAppsScript.Spreadsheet.ConditionalFormatRule,
  'copy' | 'getBooleanCondition' | 'getGradientCondition' | 'getRanges'
> {
  /** Not part of the API: the emulator's view of the rule. */
  readonly state: RuleState;
  private readonly ctx: EmulatorContext | null;

  constructor(state: RuleState, ctx: EmulatorContext | null = null) {
    this.state = copyState(state);
    this.ctx = ctx;
    return apiObject(ctx, 'ConditionalFormatRule', this);
  }
  copy(): ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilder(this.state, this.ctx);
  }
  getBooleanCondition(): BooleanCondition | null {
    return booleanConditionOf(this.state, this.ctx);
  }
  getGradientCondition(): GradientCondition | null {
    return gradientConditionOf(this.state, this.ctx);
  }
  getRanges(): RangeCoordinates[] {
    return [...this.state.ranges];
  }
  toString(): string {
    return 'ConditionalFormatRule';
  }
}

export class ConditionalFormatRuleBuilder implements ApiOf<
  GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder,
  | 'setBackground'
  | 'setBold'
  | 'setFontColor'
  | 'setItalic'
  | 'setStrikethrough'
  | 'setUnderline'
  | 'whenCellEmpty'
  | 'whenCellNotEmpty'
  | 'whenFormulaSatisfied'
  | 'whenNumberBetween'
  | 'whenNumberEqualTo'
  | 'whenNumberGreaterThan'
  | 'whenNumberGreaterThanOrEqualTo'
  | 'whenNumberLessThan'
  | 'whenNumberLessThanOrEqualTo'
  | 'whenNumberNotBetween'
  | 'whenNumberNotEqualTo'
  | 'whenTextContains'
  | 'whenTextDoesNotContain'
  | 'whenTextEndsWith'
  | 'whenTextEqualTo'
  | 'whenTextStartsWith'
  | 'setGradientMaxpoint'
  | 'setGradientMinpoint'
> {
  private state: RuleState;
  private readonly ctx: EmulatorContext | null;

  constructor(state?: RuleState, ctx: EmulatorContext | null = null) {
    this.state = state
      ? copyState(state)
      : { ranges: [], condition: null, format: { ...NO_FORMAT }, gradient: null };
    this.ctx = ctx;
    return apiObject(ctx, 'ConditionalFormatRuleBuilder', this);
  }

  private _when(kind: BooleanConditionKind, values: unknown[], relative = false): this {
    // A rule is either boolean or gradient: choosing a condition drops any gradient.
    this.state.condition = { kind, values, relative };
    this.state.gradient = null;
    return this;
  }
  private _numbers(method: string, kind: BooleanConditionKind, values: unknown[]): this {
    if (values.some((v) => typeof v !== 'number' || Number.isNaN(v))) throw signatureError(method);
    return this._when(kind, values);
  }
  private _text(method: string, kind: BooleanConditionKind, text: unknown): this {
    if (typeof text !== 'string') throw signatureError(method);
    return this._when(kind, [text]);
  }
  private _date(method: string, kind: BooleanConditionKind, date: unknown): this {
    if (isDate(date)) return this._when(kind, [new Date(date.getTime())]);
    if (isEnumMember(RelativeDate, date)) return this._when(kind, [date], true);
    throw signatureError(method);
  }
  private _gradient(
    which: keyof GradientState,
    color: string,
    type: GradientPoint['type'],
    value: string,
  ): this {
    const gradient = this.state.gradient ?? { min: null, mid: null, max: null };
    gradient[which] = { color: normalizeColor(String(color)), type, value };
    this.state.gradient = gradient;
    this.state.condition = null;
    return this;
  }
  private _gradientWithValue(
    which: keyof GradientState,
    color: string,
    type: GoogleAppsScript.Spreadsheet.InterpolationType,
    value: string,
  ): this {
    const name = enumName(type);
    const allowed = which === 'mid' ? ['NUMBER', 'PERCENT', 'PERCENTILE'] : [name];
    if (!isEnumMember(InterpolationType, type) || !allowed.includes(name)) {
      throw signatureError(`setGradient${which[0]?.toUpperCase()}${which.slice(1)}pointWithValue`);
    }
    return this._gradient(which, color, name as GradientPoint['type'], String(value));
  }

  build(): ConditionalFormatRule {
    const { condition, gradient } = this.state;
    // Wording is the emulator's; Sheets cannot store a rule without a condition.
    if (!condition && !gradient)
      throw new ScriptException('A conditional format rule needs a condition.');
    if (gradient && (!gradient.min || !gradient.max)) {
      throw new ScriptException(
        'A gradient conditional format rule needs a minpoint and a maxpoint.',
      );
    }
    return new ConditionalFormatRule(this.state, this.ctx);
  }
  copy(): ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilder(this.state, this.ctx);
  }
  getBooleanCondition(): BooleanCondition | null {
    return booleanConditionOf(this.state, this.ctx);
  }
  getGradientCondition(): GradientCondition | null {
    return gradientConditionOf(this.state, this.ctx);
  }
  getRanges(): RangeCoordinates[] {
    return [...this.state.ranges];
  }
  setRanges(ranges: RangeCoordinates[]): ConditionalFormatRuleBuilder {
    if (!Array.isArray(ranges)) throw signatureError('setRanges');
    this.state.ranges = [...ranges];
    return this;
  }

  setBackground(color: string | null): ConditionalFormatRuleBuilder {
    this.state.format.background = color === null ? null : normalizeColor(String(color));
    return this;
  }
  setFontColor(color: string | null): ConditionalFormatRuleBuilder {
    this.state.format.fontColor = color === null ? null : normalizeColor(String(color));
    return this;
  }
  setBold(bold: boolean | null): ConditionalFormatRuleBuilder {
    this.state.format.bold = bold;
    return this;
  }
  setItalic(italic: boolean | null): ConditionalFormatRuleBuilder {
    this.state.format.italic = italic;
    return this;
  }
  setStrikethrough(strikethrough: boolean | null): ConditionalFormatRuleBuilder {
    this.state.format.strikethrough = strikethrough;
    return this;
  }
  setUnderline(underline: boolean | null): ConditionalFormatRuleBuilder {
    this.state.format.underline = underline;
    return this;
  }

  whenCellEmpty(): ConditionalFormatRuleBuilder {
    return this._when('CELL_EMPTY', []);
  }
  whenCellNotEmpty(): ConditionalFormatRuleBuilder {
    return this._when('CELL_NOT_EMPTY', []);
  }
  whenTextContains(text: string): ConditionalFormatRuleBuilder {
    return this._text('whenTextContains', 'TEXT_CONTAINS', text);
  }
  whenTextDoesNotContain(text: string): ConditionalFormatRuleBuilder {
    return this._text('whenTextDoesNotContain', 'TEXT_DOES_NOT_CONTAIN', text);
  }
  whenTextEqualTo(text: string): ConditionalFormatRuleBuilder {
    return this._text('whenTextEqualTo', 'TEXT_EQUAL_TO', text);
  }
  whenTextStartsWith(text: string): ConditionalFormatRuleBuilder {
    return this._text('whenTextStartsWith', 'TEXT_STARTS_WITH', text);
  }
  whenTextEndsWith(text: string): ConditionalFormatRuleBuilder {
    return this._text('whenTextEndsWith', 'TEXT_ENDS_WITH', text);
  }
  whenNumberGreaterThan(number: number): ConditionalFormatRuleBuilder {
    return this._numbers('whenNumberGreaterThan', 'NUMBER_GREATER_THAN', [number]);
  }
  whenNumberGreaterThanOrEqualTo(number: number): ConditionalFormatRuleBuilder {
    return this._numbers('whenNumberGreaterThanOrEqualTo', 'NUMBER_GREATER_THAN_OR_EQUAL_TO', [
      number,
    ]);
  }
  whenNumberLessThan(number: number): ConditionalFormatRuleBuilder {
    return this._numbers('whenNumberLessThan', 'NUMBER_LESS_THAN', [number]);
  }
  whenNumberLessThanOrEqualTo(number: number): ConditionalFormatRuleBuilder {
    return this._numbers('whenNumberLessThanOrEqualTo', 'NUMBER_LESS_THAN_OR_EQUAL_TO', [number]);
  }
  whenNumberEqualTo(number: number): ConditionalFormatRuleBuilder {
    return this._numbers('whenNumberEqualTo', 'NUMBER_EQUAL_TO', [number]);
  }
  whenNumberNotEqualTo(number: number): ConditionalFormatRuleBuilder {
    return this._numbers('whenNumberNotEqualTo', 'NUMBER_NOT_EQUAL_TO', [number]);
  }
  whenNumberBetween(start: number, end: number): ConditionalFormatRuleBuilder {
    return this._numbers('whenNumberBetween', 'NUMBER_BETWEEN', [start, end]);
  }
  whenNumberNotBetween(start: number, end: number): ConditionalFormatRuleBuilder {
    return this._numbers('whenNumberNotBetween', 'NUMBER_NOT_BETWEEN', [start, end]);
  }
  /** A Date, or a RelativeDate member. */
  whenDateBefore(date: unknown): ConditionalFormatRuleBuilder {
    return this._date('whenDateBefore', 'DATE_BEFORE', date);
  }
  whenDateAfter(date: unknown): ConditionalFormatRuleBuilder {
    return this._date('whenDateAfter', 'DATE_AFTER', date);
  }
  whenDateEqualTo(date: unknown): ConditionalFormatRuleBuilder {
    return this._date('whenDateEqualTo', 'DATE_EQUAL_TO', date);
  }
  /** The formula is kept as written; it is relative to the top-left cell of the first range. */
  whenFormulaSatisfied(formula: string): ConditionalFormatRuleBuilder {
    return this._text('whenFormulaSatisfied', 'CUSTOM_FORMULA', formula);
  }
  withCriteria(
    criteria: GoogleAppsScript.Spreadsheet.BooleanCriteria,
    args: unknown[],
  ): ConditionalFormatRuleBuilder {
    if (!isEnumMember(BooleanCriteria, criteria) || !Array.isArray(args)) {
      throw signatureError('withCriteria');
    }
    const name = enumName(criteria);
    if (name.endsWith('_RELATIVE')) {
      const kind = name.slice(0, -'_RELATIVE'.length) as BooleanConditionKind;
      if (!isEnumMember(RelativeDate, args[0])) throw signatureError('withCriteria');
      return this._when(kind, [args[0]], true);
    }
    if (!BOOLEAN_KINDS.has(name)) throw signatureError('withCriteria');
    return this._when(name as BooleanConditionKind, args.map(copyValue));
  }

  setGradientMinpoint(color: string): ConditionalFormatRuleBuilder {
    return this._gradient('min', color, 'MIN', '');
  }
  setGradientMaxpoint(color: string): ConditionalFormatRuleBuilder {
    return this._gradient('max', color, 'MAX', '');
  }
  setGradientMinpointWithValue(
    color: string,
    type: GoogleAppsScript.Spreadsheet.InterpolationType,
    value: string,
  ): ConditionalFormatRuleBuilder {
    return this._gradientWithValue('min', color, type, value);
  }
  setGradientMidpointWithValue(
    color: string,
    type: GoogleAppsScript.Spreadsheet.InterpolationType,
    value: string,
  ): ConditionalFormatRuleBuilder {
    return this._gradientWithValue('mid', color, type, value);
  }
  setGradientMaxpointWithValue(
    color: string,
    type: GoogleAppsScript.Spreadsheet.InterpolationType,
    value: string,
  ): ConditionalFormatRuleBuilder {
    return this._gradientWithValue('max', color, type, value);
  }
  toString(): string {
    return 'ConditionalFormatRuleBuilder';
  }
}

/** SpreadsheetApp.newConditionalFormatRule(); pass the context so the builder's calls are recorded. */
export function newConditionalFormatRule(
  ctx: EmulatorContext | null = null,
): ConditionalFormatRuleBuilder {
  return new ConditionalFormatRuleBuilder(undefined, ctx);
}

// --- model conversion ---------------------------------------------------------------------------

/** The document a Range belongs to, if it says (emulated Ranges keep it as a public member). */
function documentOf(range: RangeCoordinates): SpreadsheetDocument | null {
  const doc = (range as { doc?: SpreadsheetDocument }).doc;
  return doc && typeof doc === 'object' && 'model' in doc ? doc : null;
}

function styleOf(format: FormatState): ConditionalStyle {
  const style: ConditionalStyle = {};
  if (format.background !== null) style.background = format.background;
  if (format.fontColor !== null) style.fontColor = format.fontColor;
  if (format.bold !== null) style.fontWeight = format.bold ? 'bold' : 'normal';
  if (format.italic !== null) style.fontStyle = format.italic ? 'italic' : 'normal';
  // The model has one fontLine: underline wins when both are asked for.
  if (format.underline) style.fontLine = 'underline';
  else if (format.strikethrough) style.fontLine = 'line-through';
  else if (format.underline === false || format.strikethrough === false) style.fontLine = 'none';
  return style;
}

function formatOf(style: ConditionalStyle): FormatState {
  const line = style.fontLine;
  return {
    background: style.background ?? null,
    fontColor: style.fontColor ?? null,
    bold: style.fontWeight === undefined ? null : style.fontWeight === 'bold',
    italic: style.fontStyle === undefined ? null : style.fontStyle === 'italic',
    underline:
      line === undefined ? null : line === 'underline' ? true : line === 'none' ? false : null,
    strikethrough:
      line === undefined ? null : line === 'line-through' ? true : line === 'none' ? false : null,
  };
}

/**
 * What Sheet.setConditionalFormatRules stores for `rule`. With `sheetId`, throws if a range lies
 * on another sheet. Dates become whole-day serials in the time zone of the ranges' spreadsheet
 * (`timeZone` when given, else the ranges' document's, else UTC).
 */
export function ruleToModel(
  rule: ConditionalFormatRule | GoogleAppsScript.Spreadsheet.ConditionalFormatRule,
  options: { sheetId?: number; timeZone?: string } = {},
): ConditionalFormatRuleModel {
  if (!(rule instanceof ConditionalFormatRule)) {
    throw new ScriptException(
      "The parameters don't match the method signature for Sheet.setConditionalFormatRules.",
    );
  }
  const { ranges, condition, format, gradient } = rule.state;
  const refs = ranges.map(rangeRef);
  if (options.sheetId !== undefined && refs.some((ref) => ref.sheetId !== options.sheetId)) {
    throw new ScriptException('A conditional format rule cannot refer to a different sheet.');
  }
  const firstRange = ranges[0];
  const timeZone =
    options.timeZone ?? (firstRange ? documentOf(firstRange)?.model.timeZone : undefined) ?? 'UTC';
  const rects: GridRect[] = refs.map((ref) => ref.rect);
  if (gradient) {
    const model: GradientRuleModel = {
      type: 'gradient',
      min: gradientPointModel(gradient.min, 'MIN') as GradientRuleModel['min'],
      max: gradientPointModel(gradient.max, 'MAX') as GradientRuleModel['max'],
    };
    if (gradient.mid) {
      model.mid = {
        color: gradient.mid.color,
        kind: gradient.mid.type as 'NUMBER' | 'PERCENT' | 'PERCENTILE',
        value: gradient.mid.value,
      };
    }
    return { ranges: rects, rule: model };
  }
  if (!condition) throw new Error('emulator: a built rule always has a condition');
  const values = condition.values.map((value) => {
    if (condition.relative) return enumName(value);
    if (isDate(value)) return Math.floor(dateToSerial(value, timeZone));
    return value;
  });
  const model: BooleanRuleModel = {
    type: 'boolean',
    condition: condition.kind,
    values,
    style: styleOf(format),
  };
  return { ranges: rects, rule: model };
}

function gradientPointModel(
  point: GradientPoint | null,
  fallbackKind: 'MIN' | 'MAX',
): { color: string; kind: GradientPoint['type']; value?: string } {
  if (!point) return { color: '#ffffff', kind: fallbackKind };
  return point.type === 'MIN' || point.type === 'MAX'
    ? { color: point.color, kind: point.type }
    : { color: point.color, kind: point.type, value: point.value };
}

/**
 * The rule a sheet's model holds, as Sheet.getConditionalFormatRules returns it. `sheet` is the
 * sheet holding the rule; when omitted it is found by looking for `model` among the sheets' rules.
 */
export function ruleFromModel(
  doc: SpreadsheetDocument,
  model: ConditionalFormatRuleModel,
  sheet?: SheetModel,
): ConditionalFormatRule {
  const owner =
    sheet ??
    doc.model.sheets.find((s) => s.conditionalFormats.includes(model)) ??
    doc.model.sheets[0];
  if (!owner) throw new Error('emulator: a spreadsheet always has a sheet');
  const ranges = model.ranges.map((rect) => new Range(doc, owner, { ...rect }));
  const rule = model.rule;
  const state: RuleState = { ranges, condition: null, format: { ...NO_FORMAT }, gradient: null };
  if (rule.type === 'gradient') {
    const point = (
      p: { color: string; kind: GradientPoint['type']; value?: string } | undefined,
    ) => (p ? { color: p.color, type: p.kind, value: p.value ?? '' } : null);
    state.gradient = { min: point(rule.min), mid: point(rule.mid), max: point(rule.max) };
  } else {
    const isDateKind = rule.condition.startsWith('DATE_');
    const relative =
      isDateKind && typeof rule.values[0] === 'string' && RELATIVE_DATES.has(rule.values[0]);
    const values = rule.values.map((value) => {
      if (relative) return enumMember(RelativeDate, String(value));
      if (isDateKind && typeof value === 'number') return serialToDate(value, doc.model.timeZone);
      return value;
    });
    state.condition = { kind: rule.condition, values, relative };
    state.format = formatOf(rule.style);
  }
  return new ConditionalFormatRule(state, doc.ctx);
}
