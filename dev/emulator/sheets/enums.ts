/**
 * The SpreadsheetApp enums the emulator exposes (SpreadsheetApp.ProtectionType.SHEET and the
 * like). Apps Script enum members are objects, not numbers: each prints its name (toString(),
 * String(x), template strings), has name(), ordinal() and compareTo(), and compares equal only to
 * itself. The exported objects are typed as the @types/google-apps-script enums so emulated
 * classes can return them where the real interface expects an enum member.
 */

import { RELATIVE_DATE_NAMES } from '../model/workbook';

/** One member of an Apps Script enum. */
export class EnumValue {
  constructor(
    readonly enumName: string,
    private readonly memberName: string,
    private readonly position: number,
  ) {
    Object.freeze(this);
  }
  name(): string {
    return this.memberName;
  }
  ordinal(): number {
    return this.position;
  }
  compareTo(other: EnumValue): number {
    return this.position - other.position;
  }
  toString(): string {
    return this.memberName;
  }
  toJSON(): string {
    return this.memberName;
  }
}

function makeEnum(enumName: string, names: readonly string[]): Record<string, EnumValue> {
  const members: Record<string, EnumValue> = {};
  names.forEach((name, index) => {
    members[name] = new EnumValue(enumName, name, index);
  });
  return Object.freeze(members);
}

/** The member's name ('SHEET'), whatever the caller passed: an EnumValue, or its name as text. */
export function enumName(value: unknown): string {
  return String(value);
}

/**
 * The member of `enumObject` named `name`, typed as the real enum. Throws for an unknown name,
 * which would be a bug in the emulator, not in the script.
 */
export function enumMember<E extends object>(enumObject: E, name: string): E[keyof E] {
  const member = (enumObject as Record<string, unknown>)[name];
  if (member === undefined) throw new Error(`emulator: no enum member ${name}`);
  return member as E[keyof E];
}

/** Whether `value` is a member of `enumObject` (used to check arguments the way Apps Script's signatures do). */
export function isEnumMember(enumObject: object, value: unknown): boolean {
  return Object.values(enumObject).includes(value);
}

// The casts below present the runtime objects as the ambient @types enums: scripts compiled
// against @types compare members by identity and print them, which EnumValue supports.

export const ProtectionType = makeEnum('ProtectionType', [
  'RANGE',
  'SHEET',
]) as unknown as typeof GoogleAppsScript.Spreadsheet.ProtectionType;

export const DataValidationCriteria = makeEnum('DataValidationCriteria', [
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_BETWEEN',
  'DATE_EQUAL_TO',
  'DATE_IS_VALID_DATE',
  'DATE_NOT_BETWEEN',
  'DATE_ON_OR_AFTER',
  'DATE_ON_OR_BEFORE',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_IS_VALID_EMAIL',
  'TEXT_IS_VALID_URL',
  'VALUE_IN_LIST',
  'VALUE_IN_RANGE',
  'CUSTOM_FORMULA',
  'CHECKBOX',
  // Live Apps Script also reports these for rules made in the UI (gas-fakes
  // test/testsheetsdatavalidations.js, "getting relative dates"); @types lacks them.
  'DATE_AFTER_RELATIVE',
  'DATE_BEFORE_RELATIVE',
  'DATE_EQUAL_TO_RELATIVE',
]) as unknown as typeof GoogleAppsScript.Spreadsheet.DataValidationCriteria;

export const BooleanCriteria = makeEnum('BooleanCriteria', [
  'CELL_EMPTY',
  'CELL_NOT_EMPTY',
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_EQUAL_TO',
  'DATE_AFTER_RELATIVE',
  'DATE_BEFORE_RELATIVE',
  'DATE_EQUAL_TO_RELATIVE',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_STARTS_WITH',
  'TEXT_ENDS_WITH',
  'CUSTOM_FORMULA',
]) as unknown as typeof GoogleAppsScript.Spreadsheet.BooleanCriteria;

export const InterpolationType = makeEnum('InterpolationType', [
  'NUMBER',
  'PERCENT',
  'PERCENTILE',
  'MIN',
  'MAX',
]) as unknown as typeof GoogleAppsScript.Spreadsheet.InterpolationType;

export const RelativeDate = makeEnum('RelativeDate', [
  ...RELATIVE_DATE_NAMES,
]) as unknown as typeof GoogleAppsScript.Spreadsheet.RelativeDate;

export const WrapStrategy = makeEnum('WrapStrategy', [
  'WRAP',
  'OVERFLOW',
  'CLIP',
]) as unknown as typeof GoogleAppsScript.Spreadsheet.WrapStrategy;

export const Dimension = makeEnum('Dimension', [
  'COLUMNS',
  'ROWS',
]) as unknown as typeof GoogleAppsScript.Spreadsheet.Dimension;

export const CopyPasteType = makeEnum('CopyPasteType', [
  'PASTE_NORMAL',
  'PASTE_NO_BORDERS',
  'PASTE_FORMAT',
  'PASTE_FORMULA',
  'PASTE_DATA_VALIDATION',
  'PASTE_VALUES',
  'PASTE_CONDITIONAL_FORMATTING',
  'PASTE_COLUMN_WIDTHS',
]) as unknown as typeof GoogleAppsScript.Spreadsheet.CopyPasteType;

export const DeveloperMetadataVisibility = makeEnum('DeveloperMetadataVisibility', [
  'DOCUMENT',
  'PROJECT',
]) as unknown as typeof GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility;

export const DeveloperMetadataLocationType = makeEnum('DeveloperMetadataLocationType', [
  'SPREADSHEET',
  'SHEET',
  'ROW',
  'COLUMN',
]) as unknown as typeof GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType;

export const BorderStyle = makeEnum('BorderStyle', [
  'DOTTED',
  'DASHED',
  'SOLID',
  'SOLID_MEDIUM',
  'SOLID_THICK',
  'DOUBLE',
]) as unknown as typeof GoogleAppsScript.Spreadsheet.BorderStyle;

export const TextDirection = makeEnum('TextDirection', [
  'LEFT_TO_RIGHT',
  'RIGHT_TO_LEFT',
]) as unknown as typeof GoogleAppsScript.Spreadsheet.TextDirection;

/** What SpreadsheetApp exposes as properties; the Spreadsheet helper spreads it onto SpreadsheetApp. */
export const SPREADSHEET_APP_ENUMS = {
  ProtectionType,
  DataValidationCriteria,
  BooleanCriteria,
  InterpolationType,
  RelativeDate,
  WrapStrategy,
  Dimension,
  CopyPasteType,
  DeveloperMetadataVisibility,
  DeveloperMetadataLocationType,
  BorderStyle,
  TextDirection,
} as const;
