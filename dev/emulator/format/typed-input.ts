/**
 * What Sheets stores when a person types text into a cell (Apps Script's setValue/setValues read
 * strings the same way): formulas, numbers, percentages, currency, booleans, dates and times are
 * recognised, and a format is implied where Sheets would set one on an automatic-format cell.
 *
 * Recognised: '=...' formulas; a leading apostrophe (forced text, stripped); numbers with sign,
 * grouping and decimals in the locale's separators, scientific notation; 'n%'; '$n' / 'n$' and the
 * locale's currency symbol; TRUE/FALSE in any case; dates in the locale's order (en_US M/D/Y,
 * others D/M/Y), ISO Y-M-D always, with 4- or 2-digit years or none; month-name dates
 * ('Sep 14, 2026', '14 September 2026'); times 'h:mm', 'h:mm:ss', with am/pm; date-times.
 * Not recognised (stored as text): durations over 24 hours, fractions ('1/2' reads as a date, as in
 * Sheets en_US, only when it is a valid month/day), localized month names.
 */

import type { Scalar } from '../model/cells';
import { defaultPattern, usesDecimalComma } from './display';
import { wallClockToSerial } from './serial';

export interface TypedInput {
  value?: Scalar;
  formula?: string;
  numberFormat?: string;
}

export interface TypedInputOptions {
  locale: string;
  timeZone: string;
  /** The cell's current format; '@' (plain text) keeps the text as it is. */
  numberFormat?: string;
  /** For dates typed without a year ('9/14'): the emulator clock's now. Default: the real clock. */
  today?: Date;
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** Serial of a calendar date, or null if the date does not exist (31 February). */
function dateSerial(year: number, month: number, day: number): number | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  // Date.UTC maps years 0-99 to 1900-1999; rebuild them explicitly.
  if (year < 100) return null;
  return Math.round(wallClockToSerial(ms));
}

/** Two-digit years: 00-29 are 2000s, 30-99 are 1900s (Sheets follows the Excel rule). */
function fullYear(text: string | undefined, currentYear: number): number {
  if (text === undefined) return currentYear;
  const year = Number(text);
  if (text.length > 2) return year;
  return year < 30 ? 2000 + year : 1900 + year;
}

function monthIndex(name: string): number | null {
  const lower = name.toLowerCase().replace(/\.$/, '');
  if (lower.length < 3) return null;
  const index = MONTHS.findIndex((m) => m.startsWith(lower) && (lower.length === 3 || m === lower));
  return index < 0 ? (lower === 'sept' ? 9 : null) : index + 1;
}

const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?\s*(am|pm|a|p)?$/i;

/** A time of day as a day fraction, or null. */
function parseTime(text: string): number | null {
  const match = TIME.exec(text);
  if (!match) return null;
  let hours = Number(match[1]);
  const minutes = Number(match[2]);
  const seconds = Number(match[3] ?? 0) + Number(`0.${match[4] ?? '0'}`);
  const meridiem = match[5]?.toLowerCase();
  if (meridiem) {
    if (hours < 1 || hours > 12) return null;
    if (meridiem.startsWith('p') && hours !== 12) hours += 12;
    if (meridiem.startsWith('a') && hours === 12) hours = 0;
  }
  if (hours > 23 || minutes > 59 || seconds >= 60) return null;
  return (hours * 3600 + minutes * 60 + seconds) / 86_400;
}

interface ParsedDate {
  serial: number;
  iso: boolean;
}

/** A date in the locale's order, ISO order, or with a month name; null if `text` is none. */
function parseDate(text: string, locale: string, currentYear: number): ParsedDate | null {
  let match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text);
  if (match) {
    const serial = dateSerial(Number(match[1]), Number(match[2]), Number(match[3]));
    return serial === null ? null : { serial, iso: true };
  }
  match = /^(\d{1,2})([-/.])(\d{1,2})(?:\2(\d{4}|\d{2}))?$/.exec(text);
  if (match) {
    const first = Number(match[1]);
    const second = Number(match[3]);
    const monthFirst = locale === 'en_US' || locale === 'en';
    const year = fullYear(match[4], currentYear);
    const serial = monthFirst ? dateSerial(year, first, second) : dateSerial(year, second, first);
    return serial === null ? null : { serial, iso: false };
  }
  // 'Sep 14, 2026', 'September 14 2026'
  match = /^([A-Za-z]+\.?)\s+(\d{1,2}),?\s+(\d{4})$/.exec(text);
  if (match) {
    const month = monthIndex(match[1] as string);
    const serial = month && dateSerial(Number(match[3]), month, Number(match[2]));
    return serial ? { serial, iso: false } : null;
  }
  // '14 Sep 2026', '14-Sep-2026'
  match = /^(\d{1,2})[\s-]+([A-Za-z]+\.?)[\s-]+(\d{4})$/.exec(text);
  if (match) {
    const month = monthIndex(match[2] as string);
    const serial = month && dateSerial(Number(match[3]), month, Number(match[1]));
    return serial ? { serial, iso: false } : null;
  }
  return null;
}

interface ParsedNumber {
  value: number;
  format?: string;
}

function currencySymbols(locale: string): string[] {
  if (locale === 'en_GB') return ['£', '$', '€'];
  if (usesDecimalComma(locale)) return ['€', '$'];
  return ['$', '€', '£'];
}

/** A number in the locale's separators, with optional %, currency or exponent. */
function parseNumber(text: string, locale: string): ParsedNumber | null {
  const decimal = usesDecimalComma(locale) ? ',' : '.';
  const group = decimal === ',' ? '.' : ',';
  let body = text;
  let negative = false;
  let percent = false;
  let currency: string | null = null;

  if (body.startsWith('-') || body.startsWith('+')) {
    negative = body.startsWith('-');
    body = body.slice(1).trim();
  }
  for (const symbol of currencySymbols(locale)) {
    if (body.startsWith(symbol)) {
      currency = symbol;
      body = body.slice(symbol.length).trim();
    } else if (body.endsWith(symbol)) {
      currency = symbol;
      body = body.slice(0, -symbol.length).trim();
    }
    if (currency) break;
  }
  if (!currency && (body.startsWith('-') || body.startsWith('+')) && !negative) {
    negative = body.startsWith('-');
    body = body.slice(1).trim();
  }
  if (body.endsWith('%')) {
    percent = true;
    body = body.slice(0, -1).trim();
  }
  const escapedDecimal = decimal === '.' ? '\\.' : ',';
  const escapedGroup = group === '.' ? '\\.' : ',';
  const pattern = new RegExp(
    `^(\\d{1,3}(?:${escapedGroup}\\d{3})+|\\d+)?(?:${escapedDecimal}(\\d+))?(?:[eE]([+-]?\\d+))?$`,
  );
  const match = pattern.exec(body);
  if (!match || (match[1] === undefined && match[2] === undefined)) return null;
  if (match[3] !== undefined && (percent || currency)) return null;
  const integer = (match[1] ?? '0').split(group).join('');
  const fraction = match[2] ?? '';
  let value = Number(
    `${integer}.${fraction || '0'}${match[3] !== undefined ? `e${match[3]}` : ''}`,
  );
  if (!Number.isFinite(value)) return null;
  if (negative) value = -value;
  const grouped = match[1]?.includes(group) ?? false;

  if (percent) {
    return { value: value / 100, format: fraction ? '0.00%' : '0%' };
  }
  if (currency) {
    return { value, format: `"${currency}"#,##0.00` };
  }
  if (match[3] !== undefined) return { value, format: '0.00E+00' };
  if (grouped) return { value, format: fraction ? '#,##0.00' : '#,##0' };
  return { value };
}

/** What Sheets stores for `text` typed into a cell with format `options.numberFormat`. */
export function parseTypedInput(text: string, options: TypedInputOptions): TypedInput {
  if (text === '') return {};
  if (options.numberFormat === '@') return { value: text };
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (text.startsWith('=') && text.length > 1) return { formula: text };

  const trimmed = text.trim();
  if (trimmed === '') return { value: text };
  const automatic = options.numberFormat === undefined;
  const withFormat = (value: Scalar, format?: string): TypedInput =>
    automatic && format !== undefined ? { value, numberFormat: format } : { value };

  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toLowerCase() === 'true' };

  const number = parseNumber(trimmed, options.locale);
  if (number) return withFormat(number.value, number.format);

  const currentYear = (options.today ?? new Date()).getUTCFullYear();
  const date = parseDate(trimmed, options.locale, currentYear);
  if (date) {
    return withFormat(
      date.serial,
      date.iso ? 'yyyy-mm-dd' : defaultPattern('date', options.locale),
    );
  }

  const time = parseTime(trimmed);
  if (time !== null) return withFormat(time, defaultPattern('time', options.locale));

  // Date and time separated by a space (or ISO's 'T').
  const split = /^(.+?)(?:\s+|T)(\d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?\s*(?:am|pm|a|p)?)$/i.exec(
    trimmed,
  );
  if (split) {
    const datePart = parseDate(split[1] as string, options.locale, currentYear);
    const timePart = parseTime(split[2] as string);
    if (datePart && timePart !== null) {
      const format = datePart.iso
        ? 'yyyy-mm-dd H:mm:ss'
        : defaultPattern('datetime', options.locale);
      return withFormat(datePart.serial + timePart, format);
    }
  }
  return { value: text };
}
