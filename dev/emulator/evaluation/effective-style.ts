/**
 * The style a person sees in a cell: the sheet default, overlaid by the cell's own style, overlaid
 * by the conditional-format rule that applies. Sheets checks a sheet's rules in order and uses the
 * first one whose ranges contain the cell and whose condition holds (a colour scale holds for any
 * number); later rules do not add to it.
 *
 * Conditions read the cell's computed value. Number conditions hold only for numbers; text
 * conditions compare case-insensitively against the value as text; date conditions compare whole
 * days and accept serials, Dates, '=formula' criteria and the relative dates 'TODAY', 'TOMORROW',
 * 'YESTERDAY', 'PAST_WEEK', 'PAST_MONTH', 'PAST_YEAR'. Criteria starting with '=' are evaluated like
 * a custom formula.
 *
 * Colour-scale statistics (min, max, percentiles of a rule's ranges) are read afresh on every call,
 * so a read right after an edit sees the new colours. A caller styling many cells while nothing
 * changes (a snapshot) passes one StyleCache to all of them, and each range is read once.
 *
 * A blank cell holds no number condition ("greater than", "between", "equal to"...): the emulator
 * does not read it as 0. No public source says what Sheets does; see the emulator README.
 */

import { DEFAULT_STYLE, type CellStyle, type GridRect, type Scalar } from '../model/cells';
import {
  cellAt,
  RELATIVE_DATE_NAMES,
  type RelativeDateName,
  type BooleanRuleModel,
  type ConditionalFormatRuleModel,
  type GradientRuleModel,
  type SheetModel,
} from '../model/workbook';
import type { ComputedValue } from '../formula/types';
import type { SpreadsheetDocument } from '../sheets/document';
import { dateToSerial, serialToWallClock, wallClockToSerial } from '../format/serial';
import { computedValueAt } from '../sheets/values';

export type EffectiveStyle = Required<CellStyle> & { appliedRule: number | null };

function contains(rect: GridRect, row: number, column: number): boolean {
  return (
    row >= rect.row &&
    row < rect.row + rect.numRows &&
    column >= rect.column &&
    column < rect.column + rect.numColumns
  );
}

function overlay(base: Required<CellStyle>, style: CellStyle | undefined): void {
  if (!style) return;
  const target = base as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(style)) {
    if (value !== undefined) target[key] = value;
  }
}

/**
 * Colour-scale statistics shared by effectiveStyle calls made while the sheet does not change.
 * Create one per pass over the grid; never keep it across edits.
 */
export class StyleCache {
  private readonly stats = new Map<ConditionalFormatRuleModel, RangeStats>();
  /** How many rules' ranges were read: once per colour-scale rule in a pass. */
  rangesRead = 0;

  statsFor(rule: ConditionalFormatRuleModel, read: () => RangeStats): RangeStats {
    let stats = this.stats.get(rule);
    if (!stats) {
      stats = read();
      this.rangesRead++;
      this.stats.set(rule, stats);
    }
    return stats;
  }
}

/** The style shown at (row, column), and which conditional-format rule (index) shaped it. */
export function effectiveStyle(
  doc: SpreadsheetDocument,
  sheet: SheetModel,
  row: number,
  column: number,
  cache: StyleCache = new StyleCache(),
): EffectiveStyle {
  const style: Required<CellStyle> = { ...DEFAULT_STYLE };
  overlay(style, cellAt(sheet, row, column)?.style);
  let appliedRule: number | null = null;
  let value: ComputedValue | undefined;
  const rules = sheet.conditionalFormats;
  for (let index = 0; index < rules.length; index++) {
    const rule = rules[index] as ConditionalFormatRuleModel;
    if (!rule.ranges.some((rect) => contains(rect, row, column))) continue;
    value ??= computedValueAt(doc, sheet, row, column);
    if (rule.rule.type === 'boolean') {
      if (!conditionHolds(doc, sheet, rule, rule.rule, value, row, column)) continue;
      overlay(style, rule.rule.style);
    } else {
      const background = gradientColor(doc, sheet, rule, rule.rule, value, cache);
      if (background === null) continue;
      style.background = background;
    }
    appliedRule = index;
    break;
  }
  return { ...style, appliedRule };
}

// ---------------------------------------------------------------------------------------------
// Boolean conditions

function isEmpty(value: ComputedValue): boolean {
  return !value.isError && (value.value === null || value.value === '');
}

function asText(value: ComputedValue): string {
  if (value.value === null) return '';
  if (typeof value.value === 'boolean') return value.value ? 'TRUE' : 'FALSE';
  return String(value.value);
}

function truthy(value: ComputedValue): boolean {
  if (value.isError || value.value === null) return false;
  if (typeof value.value === 'boolean') return value.value;
  if (typeof value.value === 'number') return value.value !== 0;
  return value.value.toUpperCase() === 'TRUE';
}

/** A criterion's value: '=formula' criteria are evaluated relative to the rule's anchor. */
function criterion(
  doc: SpreadsheetDocument,
  sheet: SheetModel,
  rule: ConditionalFormatRuleModel,
  raw: unknown,
  row: number,
  column: number,
): Scalar | null {
  if (typeof raw === 'string' && raw.startsWith('=')) {
    const anchor = rule.ranges[0];
    const result = doc.engine.evaluateAt(
      raw,
      sheet.id,
      anchor?.row ?? row,
      anchor?.column ?? column,
      row,
      column,
    );
    return result.isError ? null : result.value;
  }
  if (raw instanceof Date) return dateToSerial(raw, doc.model.timeZone);
  if (typeof raw === 'number' || typeof raw === 'string' || typeof raw === 'boolean') return raw;
  return null;
}

function criterionNumber(value: Scalar | null): number | null {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) {
    return Number(value);
  }
  return null;
}

/** Today's date serial in the spreadsheet's zone, by the emulator's clock. */
function todaySerial(doc: SpreadsheetDocument): number {
  return Math.floor(dateToSerial(doc.ctx.clock.now(), doc.model.timeZone));
}

/** Serial of the same day `months` months earlier (clamped to the month's last day). */
function monthsBefore(serial: number, months: number): number {
  const date = new Date(serialToWallClock(serial));
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() - months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const target = Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay));
  return Math.round(wallClockToSerial(target));
}

type RelativeDate = RelativeDateName;
const RELATIVE_DATES: ReadonlySet<string> = new Set(RELATIVE_DATE_NAMES);

/** The start day a relative date names: 'PAST_WEEK' is one week ago, and so on. */
function relativeDay(relative: RelativeDate, today: number): number {
  switch (relative) {
    case 'TODAY':
      return today;
    case 'TOMORROW':
      return today + 1;
    case 'YESTERDAY':
      return today - 1;
    case 'PAST_WEEK':
      return today - 7;
    case 'PAST_MONTH':
      return monthsBefore(today, 1);
    case 'PAST_YEAR':
      return monthsBefore(today, 12);
  }
}

function dateConditionHolds(
  doc: SpreadsheetDocument,
  condition: 'DATE_BEFORE' | 'DATE_AFTER' | 'DATE_EQUAL_TO',
  cellValue: ComputedValue,
  raw: Scalar | null,
): boolean {
  if (cellValue.isError || typeof cellValue.value !== 'number') return false;
  const day = Math.floor(cellValue.value);
  const relative =
    typeof raw === 'string' && RELATIVE_DATES.has(raw.toUpperCase())
      ? (raw.toUpperCase() as RelativeDate)
      : null;
  if (relative) {
    const today = todaySerial(doc);
    const start = relativeDay(relative, today);
    const isPeriod = relative.startsWith('PAST_');
    if (condition === 'DATE_EQUAL_TO') {
      // "Date is in the past week/month/year": from that day up to today.
      return isPeriod ? day >= start && day <= today : day === start;
    }
    return condition === 'DATE_BEFORE' ? day < start : day > start;
  }
  const target = criterionNumber(raw);
  if (target === null) return false;
  const targetDay = Math.floor(target);
  if (condition === 'DATE_EQUAL_TO') return day === targetDay;
  return condition === 'DATE_BEFORE' ? day < targetDay : day > targetDay;
}

function conditionHolds(
  doc: SpreadsheetDocument,
  sheet: SheetModel,
  rule: ConditionalFormatRuleModel,
  boolean: BooleanRuleModel,
  value: ComputedValue,
  row: number,
  column: number,
): boolean {
  const arg = (index: number): Scalar | null =>
    criterion(doc, sheet, rule, boolean.values[index], row, column);
  switch (boolean.condition) {
    case 'CELL_EMPTY':
      return isEmpty(value);
    case 'CELL_NOT_EMPTY':
      return !isEmpty(value);
    case 'TEXT_CONTAINS':
    case 'TEXT_DOES_NOT_CONTAIN':
    case 'TEXT_EQUAL_TO':
    case 'TEXT_STARTS_WITH':
    case 'TEXT_ENDS_WITH': {
      if (value.isError) return false;
      const text = asText(value).toLowerCase();
      const wanted = String(arg(0) ?? '').toLowerCase();
      switch (boolean.condition) {
        case 'TEXT_CONTAINS':
          return text.includes(wanted);
        case 'TEXT_DOES_NOT_CONTAIN':
          return !text.includes(wanted);
        case 'TEXT_EQUAL_TO':
          return text === wanted;
        case 'TEXT_STARTS_WITH':
          return text.startsWith(wanted);
        default:
          return text.endsWith(wanted);
      }
    }
    case 'DATE_BEFORE':
    case 'DATE_AFTER':
    case 'DATE_EQUAL_TO':
      return dateConditionHolds(doc, boolean.condition, value, arg(0));
    case 'CUSTOM_FORMULA': {
      const formula = boolean.values[0];
      if (typeof formula !== 'string') return false;
      const anchor = rule.ranges[0];
      if (!anchor) return false;
      return truthy(
        doc.engine.evaluateAt(formula, sheet.id, anchor.row, anchor.column, row, column),
      );
    }
    default:
      return numberConditionHolds(boolean.condition, value, arg);
  }
}

function numberConditionHolds(
  condition: BooleanRuleModel['condition'],
  value: ComputedValue,
  arg: (index: number) => Scalar | null,
): boolean {
  if (value.isError || typeof value.value !== 'number') return false;
  const x = value.value;
  const a = criterionNumber(arg(0));
  if (a === null) return false;
  switch (condition) {
    case 'NUMBER_GREATER_THAN':
      return x > a;
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return x >= a;
    case 'NUMBER_LESS_THAN':
      return x < a;
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return x <= a;
    case 'NUMBER_EQUAL_TO':
      return x === a;
    case 'NUMBER_NOT_EQUAL_TO':
      return x !== a;
    case 'NUMBER_BETWEEN':
    case 'NUMBER_NOT_BETWEEN': {
      const b = criterionNumber(arg(1));
      if (b === null) return false;
      const inside = x >= Math.min(a, b) && x <= Math.max(a, b);
      return condition === 'NUMBER_BETWEEN' ? inside : !inside;
    }
    default:
      return false;
  }
}

// ---------------------------------------------------------------------------------------------
// Colour scales

interface RangeStats {
  sorted: number[];
}

function rangeStats(
  doc: SpreadsheetDocument,
  sheet: SheetModel,
  rule: ConditionalFormatRuleModel,
): RangeStats {
  const numbers: number[] = [];
  for (const rect of rule.ranges) {
    // Only rows the model holds can have values; stop at the sheet's used extent.
    const lastRow = Math.min(rect.row + rect.numRows, Math.max(sheet.rows.length, rect.row));
    for (let r = rect.row; r < lastRow; r++) {
      for (let c = rect.column; c < rect.column + rect.numColumns; c++) {
        const value = computedValueAt(doc, sheet, r, c);
        if (!value.isError && typeof value.value === 'number') numbers.push(value.value);
      }
    }
  }
  numbers.sort((x, y) => x - y);
  return { sorted: numbers };
}

/** PERCENTILE.INC over sorted values. */
function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return 0;
  const position = Math.min(Math.max(fraction, 0), 1) * (sorted.length - 1);
  const lower = Math.floor(position);
  const low = sorted[lower] as number;
  const high = sorted[Math.min(lower + 1, sorted.length - 1)] as number;
  return low + (high - low) * (position - lower);
}

type GradientPoint =
  GradientRuleModel['min'] | GradientRuleModel['max'] | NonNullable<GradientRuleModel['mid']>;

function pointValue(
  doc: SpreadsheetDocument,
  sheet: SheetModel,
  rule: ConditionalFormatRuleModel,
  point: GradientPoint,
  stats: RangeStats,
): number {
  const min = stats.sorted[0] ?? 0;
  const max = stats.sorted[stats.sorted.length - 1] ?? 0;
  const anchor = rule.ranges[0];
  const number = (): number =>
    criterionNumber(
      criterion(doc, sheet, rule, point.value, anchor?.row ?? 0, anchor?.column ?? 0),
    ) ?? 0;
  switch (point.kind) {
    case 'MIN':
      return min;
    case 'MAX':
      return max;
    case 'NUMBER':
      return number();
    case 'PERCENT':
      return min + ((max - min) * number()) / 100;
    case 'PERCENTILE':
      return percentile(stats.sorted, number() / 100);
  }
}

function parseHex(color: string): [number, number, number] {
  const hex = color.replace('#', '');
  const full =
    hex.length === 3
      ? hex
          .split('')
          .map((ch) => ch + ch)
          .join('')
      : hex.padEnd(6, '0');
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16) || 0) as [number, number, number];
}

function mix(from: string, to: string, t: number): string {
  const a = parseHex(from);
  const b = parseHex(to);
  return (
    '#' +
    a
      .map((channel, i) =>
        Math.round(channel + ((b[i] as number) - channel) * t)
          .toString(16)
          .padStart(2, '0'),
      )
      .join('')
  );
}

/** The colour-scale background for the cell's value, or null when the value is not a number. */
function gradientColor(
  doc: SpreadsheetDocument,
  sheet: SheetModel,
  rule: ConditionalFormatRuleModel,
  gradient: GradientRuleModel,
  value: ComputedValue,
  cache: StyleCache,
): string | null {
  if (value.isError || typeof value.value !== 'number') return null;
  const stats = cache.statsFor(rule, () => rangeStats(doc, sheet, rule));
  const stops: { at: number; color: string }[] = [
    { at: pointValue(doc, sheet, rule, gradient.min, stats), color: gradient.min.color },
  ];
  if (gradient.mid) {
    stops.push({
      at: pointValue(doc, sheet, rule, gradient.mid, stats),
      color: gradient.mid.color,
    });
  }
  stops.push({ at: pointValue(doc, sheet, rule, gradient.max, stats), color: gradient.max.color });
  const x = value.value;
  const first = stops[0] as { at: number; color: string };
  const last = stops[stops.length - 1] as { at: number; color: string };
  if (x <= first.at) return first.color.toLowerCase();
  if (x >= last.at) return last.color.toLowerCase();
  for (let i = 0; i < stops.length - 1; i++) {
    const low = stops[i] as { at: number; color: string };
    const high = stops[i + 1] as { at: number; color: string };
    if (x >= low.at && x <= high.at) {
      const span = high.at - low.at;
      return mix(low.color, high.color, span === 0 ? 0 : (x - low.at) / span);
    }
  }
  return last.color.toLowerCase();
}
