/**
 * Whether the Sheets UI accepts what a person types into a validated cell: validateUserInput
 * decides it for every rule a script can store. The caller (runtime/user-edits.ts) refuses the
 * edit when a rule that rejects invalid input (allowInvalid false) does not accept the value.
 */

import type { DataValidationModel, GridRect, Scalar } from '../model/cells';

/** Where a VALUE_IN_RANGE rule's list lives, as the model stores it (no Apps Script objects in the model). */
export interface RangeRef {
  sheetId: number;
  rect: GridRect;
}

export function isRangeRef(value: unknown): value is RangeRef {
  return typeof value === 'object' && value !== null && 'sheetId' in value && 'rect' in value;
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

/** Sheets compares text in validation rules without regard to case (an assumption; see README). */
function sameText(a: unknown, b: unknown): boolean {
  return String(a).toLowerCase() === String(b).toLowerCase();
}

const URL_PATTERN = /^(?:(?:https?|ftp):\/\/)?(?:[\w-]+\.)+[a-z]{2,}(?::\d+)?(?:[/?#]\S*)?$/i;
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A typed date arrives as a serial; a rule's date is a whole-day serial (or a formula, not checked). */
function dateHolds(
  value: Scalar | null,
  bounds: unknown[],
  test: (day: number, bounds: number[]) => boolean,
): boolean {
  if (typeof value !== 'number') return false;
  if (bounds.some((bound) => typeof bound !== 'number')) return true;
  return test(Math.floor(value), bounds as number[]);
}

function between(n: number, a: unknown, b: unknown): boolean {
  const [low, high] = [Number(a), Number(b)];
  return n >= Math.min(low, high) && n <= Math.max(low, high);
}

/**
 * Whether `value` (what a person typed, already parsed: numbers and dates as numbers, TRUE/FALSE
 * as booleans) satisfies `rule`. Clearing a cell always passes: Sheets lets people delete
 * validated content.
 */
export function validateUserInput(
  rule: DataValidationModel,
  value: string | number | boolean | null,
  lookups: ValidationLookups = {},
): boolean {
  if (value === null || value === '') return true;
  const args = rule.args;
  const n = asNumber(value);
  switch (rule.kind) {
    case 'CHECKBOX': {
      // Docs: requireCheckbox() takes TRUE/FALSE; (checked) "the specified value or blank";
      // (checked, unchecked) either value.
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
    case 'NUMBER_BETWEEN':
      return n !== null && between(n, args[0], args[1]);
    case 'NUMBER_NOT_BETWEEN':
      return n !== null && !between(n, args[0], args[1]);
    case 'NUMBER_EQUAL_TO':
      return n !== null && n === Number(args[0]);
    case 'NUMBER_NOT_EQUAL_TO':
      return n !== null && n !== Number(args[0]);
    case 'NUMBER_GREATER_THAN':
      return n !== null && n > Number(args[0]);
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return n !== null && n >= Number(args[0]);
    case 'NUMBER_LESS_THAN':
      return n !== null && n < Number(args[0]);
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return n !== null && n <= Number(args[0]);
    case 'DATE_IS_VALID_DATE':
      // Typed dates arrive as serial numbers; text that did not parse as a date is refused.
      return typeof value === 'number';
    case 'DATE_AFTER':
      return dateHolds(value, args.slice(0, 1), (day, [d]) => day > (d ?? 0));
    case 'DATE_ON_OR_AFTER':
      return dateHolds(value, args.slice(0, 1), (day, [d]) => day >= (d ?? 0));
    case 'DATE_BEFORE':
      return dateHolds(value, args.slice(0, 1), (day, [d]) => day < (d ?? 0));
    case 'DATE_ON_OR_BEFORE':
      return dateHolds(value, args.slice(0, 1), (day, [d]) => day <= (d ?? 0));
    case 'DATE_EQUAL_TO':
      return dateHolds(value, args.slice(0, 1), (day, [d]) => day === d);
    case 'DATE_BETWEEN':
      return dateHolds(value, args.slice(0, 2), (day, [a, b]) => between(day, a, b));
    case 'DATE_NOT_BETWEEN':
      return dateHolds(value, args.slice(0, 2), (day, [a, b]) => !between(day, a, b));
    case 'TEXT_CONTAINS':
      return String(value)
        .toLowerCase()
        .includes(String(args[0] ?? '').toLowerCase());
    case 'TEXT_DOES_NOT_CONTAIN':
      return !String(value)
        .toLowerCase()
        .includes(String(args[0] ?? '').toLowerCase());
    case 'TEXT_EQUAL_TO':
      return sameText(value, args[0] ?? '');
    case 'TEXT_IS_VALID_EMAIL':
      return typeof value === 'string' && EMAIL_PATTERN.test(value.trim());
    case 'TEXT_IS_VALID_URL':
      return typeof value === 'string' && URL_PATTERN.test(value.trim());
    case 'CUSTOM_FORMULA':
      return lookups.formulaHolds ? lookups.formulaHolds(String(args[0])) : true;
  }
}
