/**
 * Data validation between the model and .xlsx (through exceljs): what each Sheets criterion is
 * written as, and how a file's validations are read back. xlsx knows lists, whole and decimal
 * numbers, dates, text length and custom formulas; Sheets' text criteria and checkboxes have no
 * xlsx type, so they are written in a form Excel enforces the same way and that the loader
 * recognises again (io/README.md lists each form; the forms are the emulator's own, as Sheets'
 * own export of them is not documented).
 */

import type ExcelJS from 'exceljs';
import type { DataValidationKind, DataValidationModel, GridRect, Scalar } from '../model/cells';
import { serialToWallClock, wallClockToSerial } from '../format/serial';
import { formatA1, quoteSheetName } from '../sheets/a1';

type Operator = NonNullable<ExcelJS.DataValidation['operator']>;

/** The number and date criteria, by xlsx operator; the same order for both types. */
const NUMBER_KINDS: Record<Operator, DataValidationKind> = {
  between: 'NUMBER_BETWEEN',
  notBetween: 'NUMBER_NOT_BETWEEN',
  equal: 'NUMBER_EQUAL_TO',
  notEqual: 'NUMBER_NOT_EQUAL_TO',
  greaterThan: 'NUMBER_GREATER_THAN',
  greaterThanOrEqual: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  lessThan: 'NUMBER_LESS_THAN',
  lessThanOrEqual: 'NUMBER_LESS_THAN_OR_EQUAL_TO',
};

/** Sheets has no "not equal" date criterion: such a file rule is dropped with a warning. */
const DATE_KINDS: Partial<Record<Operator, DataValidationKind>> = {
  between: 'DATE_BETWEEN',
  notBetween: 'DATE_NOT_BETWEEN',
  equal: 'DATE_EQUAL_TO',
  greaterThan: 'DATE_AFTER',
  greaterThanOrEqual: 'DATE_ON_OR_AFTER',
  lessThan: 'DATE_BEFORE',
  lessThanOrEqual: 'DATE_ON_OR_BEFORE',
};

const operatorOf = (table: Partial<Record<Operator, DataValidationKind>>, kind: string) =>
  (Object.entries(table) as [Operator, DataValidationKind][]).find(([, k]) => k === kind)?.[0];

/**
 * "Is a valid date" is written as a date on or after serial 1, the first day both calendars
 * have: Excel then accepts any date, and the loader reads exactly this rule back as the criterion.
 */
const ANY_DATE_SERIAL = 1;

/** A string literal in a formula: "it says ""hi""". */
function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

const LITERAL = String.raw`"((?:[^"]|"")*)"`;
const unquote = (text: string): string => text.replace(/""/g, '"');

/**
 * The text criteria as custom formulas on the cell itself (`cell` is its A1, e.g. B3). SEARCH is
 * case-insensitive, as the emulator's text criteria are; `?` and `*` are Excel's wildcards.
 */
const TEXT_FORMULAS = {
  TEXT_CONTAINS: (cell: string, text: string) => `ISNUMBER(SEARCH(${quoted(text)},${cell}))`,
  TEXT_DOES_NOT_CONTAIN: (cell: string, text: string) => `ISERROR(SEARCH(${quoted(text)},${cell}))`,
  TEXT_EQUAL_TO: (cell: string, text: string) => `${cell}=${quoted(text)}`,
  TEXT_IS_VALID_EMAIL: (cell: string) =>
    `AND(ISERROR(SEARCH(" ",${cell})),ISNUMBER(SEARCH("?@?*.??",${cell})))`,
  TEXT_IS_VALID_URL: (cell: string) =>
    `AND(ISERROR(SEARCH(" ",${cell})),ISNUMBER(SEARCH("?.??",${cell})))`,
} as const;

type TextKind = keyof typeof TEXT_FORMULAS;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The text criterion a custom formula on `cell` is the written form of, or null. */
function textCriterion(formula: string, cell: string): { kind: TextKind; args: string[] } | null {
  const at = escapeRegExp(cell);
  const withText: [TextKind, RegExp][] = [
    ['TEXT_CONTAINS', new RegExp(`^ISNUMBER\\(SEARCH\\(${LITERAL},${at}\\)\\)$`)],
    ['TEXT_DOES_NOT_CONTAIN', new RegExp(`^ISERROR\\(SEARCH\\(${LITERAL},${at}\\)\\)$`)],
    ['TEXT_EQUAL_TO', new RegExp(`^${at}=${LITERAL}$`)],
  ];
  for (const [kind, pattern] of withText) {
    const match = pattern.exec(formula);
    if (match) return { kind, args: [unquote(match[1] ?? '')] };
  }
  for (const kind of ['TEXT_IS_VALID_EMAIL', 'TEXT_IS_VALID_URL'] as const) {
    if (formula === TEXT_FORMULAS[kind](cell)) return { kind, args: [] };
  }
  return null;
}

/** A date-valued formula as exceljs reads it (a Date whose UTC fields are the wall clock). */
function serialOf(value: unknown): number {
  return value instanceof Date ? wallClockToSerial(value.getTime()) : Number(value);
}

/**
 * A file's validation on the cell `cell` (its A1) as a model rule; undefined when there is none,
 * 'unsupported' when Sheets has no such criterion (the loader warns). Lists hold '"a,b,c"' or a
 * range reference, kept as its text until every sheet is loaded (xlsx.ts resolves it).
 */
export function importValidation(
  validation: ExcelJS.DataValidation | undefined,
  cellValue: Scalar | undefined,
  cell: string,
): DataValidationModel | undefined | 'unsupported' {
  if (!validation || !validation.type) return undefined;
  // exceljs types formulae as any[]: they are strings, numbers or Dates read from the XML.
  const formulae = (validation.formulae ?? []) as unknown[];
  const first = formulae[0];
  const allowInvalid = validation.showErrorMessage !== true;
  const helpText = validation.prompt ? { helpText: validation.prompt } : {};
  const operator: Operator = validation.operator ?? 'between';
  const two = operator === 'between' || operator === 'notBetween';
  switch (validation.type) {
    case 'list': {
      if (typeof first !== 'string') return 'unsupported';
      if (first.startsWith('"')) {
        const items = first.slice(1, -1).split(',');
        const isTrueFalse =
          items.length === 2 &&
          items[0]?.toUpperCase() === 'TRUE' &&
          items[1]?.toUpperCase() === 'FALSE';
        // The emulator's exporter writes checkboxes as a TRUE,FALSE list (xlsx has no checkbox).
        if (isTrueFalse && (cellValue === undefined || typeof cellValue === 'boolean')) {
          return { kind: 'CHECKBOX', args: [], allowInvalid: false };
        }
        return {
          kind: 'VALUE_IN_LIST',
          args: [items, true],
          allowInvalid,
          showDropdown: true,
          ...helpText,
        };
      }
      return {
        kind: 'VALUE_IN_RANGE',
        args: [first.replace(/\$/g, ''), true],
        allowInvalid,
        showDropdown: true,
        ...helpText,
      };
    }
    case 'whole':
    case 'decimal': {
      const values = (two ? [first, formulae[1]] : [first]).map(Number);
      return { kind: NUMBER_KINDS[operator], args: values, allowInvalid, ...helpText };
    }
    case 'date': {
      const kind = DATE_KINDS[operator];
      if (!kind) return 'unsupported';
      const serials = (two ? [first, formulae[1]] : [first]).map(serialOf);
      if (kind === 'DATE_ON_OR_AFTER' && serials[0] === ANY_DATE_SERIAL) {
        return { kind: 'DATE_IS_VALID_DATE', args: [], allowInvalid, ...helpText };
      }
      return { kind, args: serials, allowInvalid, ...helpText };
    }
    case 'custom': {
      if (typeof first !== 'string') return 'unsupported';
      const text = textCriterion(first, cell);
      if (text) return { kind: text.kind, args: text.args, allowInvalid, ...helpText };
      return { kind: 'CUSTOM_FORMULA', args: [`=${first}`], allowInvalid, ...helpText };
    }
    default:
      return 'unsupported';
  }
}

/** A model range reference ({ sheetId, rect }) as an absolute xlsx reference. */
function rangeReferenceA1(
  target: unknown,
  sheetName: (id: number) => string | undefined,
): string | null {
  if (typeof target !== 'object' || target === null) return null;
  const { sheetId, rect } = target as { sheetId?: unknown; rect?: GridRect };
  if (typeof sheetId !== 'number' || !rect) return null;
  const name = sheetName(sheetId);
  if (name === undefined) return null;
  const absolute = formatA1(rect).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
  return `${quoteSheetName(name)}!${absolute}`;
}

/** A date criterion's value as exceljs writes dates (it turns the Date back into the serial). */
function dateFormula(serial: unknown): Date {
  return new Date(serialToWallClock(Number(serial)));
}

/**
 * The model rule of the cell `cell` (its A1) as an xlsx validation; null when it cannot be said
 * (a range on a sheet that no longer exists, a criterion the emulator builds but cannot store).
 */
export function exportValidation(
  rule: DataValidationModel,
  sheetName: (id: number) => string | undefined,
  cell: string,
): ExcelJS.DataValidation | null {
  const common = {
    allowBlank: true,
    showErrorMessage: !rule.allowInvalid,
    ...(rule.helpText ? { showInputMessage: true, prompt: rule.helpText } : {}),
  };
  const args = rule.args;
  const numberOperator = operatorOf(NUMBER_KINDS, rule.kind);
  if (numberOperator) {
    return { type: 'decimal', operator: numberOperator, formulae: [...args], ...common };
  }
  const dateOperator = operatorOf(DATE_KINDS, rule.kind);
  if (dateOperator) {
    return { type: 'date', operator: dateOperator, formulae: args.map(dateFormula), ...common };
  }
  if (rule.kind in TEXT_FORMULAS) {
    const formula = TEXT_FORMULAS[rule.kind as TextKind](cell, String(args[0] ?? ''));
    return { type: 'custom', formulae: [formula], ...common };
  }
  switch (rule.kind) {
    case 'CHECKBOX': {
      // xlsx has no checkbox; a TRUE/FALSE list keeps the values valid (the loader reads it back).
      const [checked, unchecked] = args.length === 2 ? args : [true, false];
      return {
        type: 'list',
        formulae: [`"${String(checked).toUpperCase()},${String(unchecked).toUpperCase()}"`],
        ...common,
      };
    }
    case 'VALUE_IN_LIST': {
      const items = Array.isArray(args[0]) ? (args[0] as unknown[]).map(String) : [];
      return { type: 'list', formulae: [`"${items.join(',')}"`], ...common };
    }
    case 'VALUE_IN_RANGE': {
      const a1 = rangeReferenceA1(args[0], sheetName);
      return a1 === null ? null : { type: 'list', formulae: [a1], ...common };
    }
    case 'DATE_IS_VALID_DATE':
      return {
        type: 'date',
        operator: 'greaterThanOrEqual',
        formulae: [dateFormula(ANY_DATE_SERIAL)],
        ...common,
      };
    case 'CUSTOM_FORMULA':
      return { type: 'custom', formulae: [String(args[0] ?? '').replace(/^=/, '')], ...common };
    default:
      return null;
  }
}
