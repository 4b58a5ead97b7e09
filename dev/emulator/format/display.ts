/**
 * What a cell shows (Range.getDisplayValues) for a value and number format, and whether
 * Range.getValues hands a script a Date for it. Explicit patterns go through SheetJS's `ssf`
 * (Excel number-format codes, which Sheets' codes mostly follow); the automatic format is ours.
 *
 * Known differences from Sheets: ssf rounds from the binary double (1.005 with '0.00' shows
 * '1.00'); serials below 2 (before 1900-01-01) show as Excel would ('1900-01-00'), and weekday
 * names before 1900-03-01 follow Excel's calendar; locale only changes the decimal/thousands separators and the default date patterns,
 * not month or day names; automatic format uses 10 significant digits regardless of column width.
 */

import * as SSF from 'ssf';
import type { Scalar } from '../model/cells';
import type { InferredFormat } from '../formula/types';

type DefaultKind = 'date' | 'datetime' | 'time' | 'percent' | 'currency';

/** Patterns Sheets picks when a value's format is automatic but its type implies one. */
const DEFAULT_PATTERNS: Record<string, Record<DefaultKind, string>> = {
  en_US: {
    date: 'M/d/yyyy',
    datetime: 'M/d/yyyy H:mm:ss',
    time: 'h:mm:ss am/pm',
    percent: '0.00%',
    currency: '$#,##0.00',
  },
  en_GB: {
    date: 'dd/MM/yyyy',
    datetime: 'dd/MM/yyyy HH:mm:ss',
    time: 'HH:mm:ss',
    percent: '0.00%',
    currency: '£#,##0.00',
  },
};

/** Locales (by language) that write 1.234,5 rather than 1,234.5. */
const DECIMAL_COMMA_LANGUAGES = new Set([
  'de',
  'fr',
  'es',
  'it',
  'pt',
  'nl',
  'ru',
  'pl',
  'tr',
  'sv',
  'da',
  'nb',
  'fi',
  'cs',
  'hu',
  'id',
]);

export function usesDecimalComma(locale: string): boolean {
  return DECIMAL_COMMA_LANGUAGES.has(locale.split(/[_-]/)[0]?.toLowerCase() ?? '');
}

/** Languages whose dates Sheets writes with dots (14.09.2026). */
const DOTTED_DATE_LANGUAGES = new Set(['de', 'ru', 'pl', 'tr', 'fi', 'nb', 'da', 'cs']);

/** The pattern Sheets applies for `kind` in `locale` (day-first for locales we do not model). */
export function defaultPattern(kind: DefaultKind, locale: string): string {
  const table = DEFAULT_PATTERNS[locale];
  if (table) return table[kind];
  const language = locale.split(/[_-]/)[0]?.toLowerCase() ?? '';
  if (language === 'en' && locale !== 'en') {
    return (DEFAULT_PATTERNS.en_GB as Record<DefaultKind, string>)[kind];
  }
  if (language === 'en') return (DEFAULT_PATTERNS.en_US as Record<DefaultKind, string>)[kind];
  const date = DOTTED_DATE_LANGUAGES.has(language) ? 'dd.MM.yyyy' : 'dd/MM/yyyy';
  switch (kind) {
    case 'date':
      return date;
    case 'datetime':
      return `${date} HH:mm:ss`;
    case 'time':
      return 'HH:mm:ss';
    case 'percent':
      return '0.00%';
    case 'currency':
      return '#,##0.00 "€"';
  }
}

/** Sheets' automatic format for a plain number: up to 10 significant digits, no grouping. */
export function automaticNumber(value: number): string {
  if (!Number.isFinite(value)) return '#NUM!';
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value);
  const magnitude = Math.abs(value);
  if (magnitude !== 0 && (magnitude >= 1e15 || magnitude < 1e-9)) {
    const [mantissa = '', exponent = '0'] = value.toExponential(9).split('e');
    const trimmed = mantissa.replace(/\.?0+$/, '');
    const power = Number(exponent);
    return `${trimmed}E${power < 0 ? '-' : '+'}${String(Math.abs(power)).padStart(2, '0')}`;
  }
  const text = value.toPrecision(10);
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

/** Swaps '.' and ',' in a formatted number for decimal-comma locales. */
function localizeSeparators(text: string, locale: string): string {
  if (!usesDecimalComma(locale)) return text;
  return text.replace(/[.,]/g, (ch) => (ch === '.' ? ',' : '.'));
}

/**
 * Applies a Sheets number-format pattern with ssf. Sheets writes months and minutes as M/m and
 * hours as H/h where Excel is case-insensitive, so the pattern needs no translation for ssf
 * beyond what ssf already accepts.
 */
export function formatWithPattern(value: number, pattern: string, locale: string): string {
  try {
    if (isDatePattern(pattern)) {
      // ssf keeps Excel's fictitious 1900-02-29 (serial 60); Sheets does not, so its serials
      // before 1900-03-01 are one lower than Excel's for the same day.
      return SSF.format(pattern, value >= 2 && value < 61 ? value - 1 : value);
    }
    return localizeSeparators(SSF.format(pattern, value), locale);
  } catch {
    // ssf rejects a few exotic codes Sheets accepts; show the number rather than fail the read.
    return localizeSeparators(automaticNumber(value), locale);
  }
}

function isDatePattern(pattern: string): boolean {
  try {
    return SSF.is_date(pattern);
  } catch {
    return false;
  }
}

/** True when getValues would return a JavaScript Date for a number in this format. */
export function isDateFormat(numberFormat: string | undefined, inferred?: InferredFormat): boolean {
  if (numberFormat !== undefined && numberFormat !== '' && numberFormat !== '@') {
    return isDatePattern(numberFormat);
  }
  if (numberFormat === '@') return false;
  return inferred === 'date' || inferred === 'datetime' || inferred === 'time';
}

/** What getDisplayValues shows for a cell. */
export function displayText(
  value: Scalar | null,
  isError: boolean,
  numberFormat: string | undefined,
  inferred: InferredFormat,
  locale: string,
): string {
  if (value === null) return '';
  if (isError) return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') {
    // A text section in a pattern ('@ "pts"') still applies to strings; plain '@' shows as is.
    if (numberFormat && numberFormat !== '@' && numberFormat.includes('@')) {
      try {
        return SSF.format(numberFormat, value);
      } catch {
        return value;
      }
    }
    return value;
  }
  if (numberFormat !== undefined && numberFormat !== '' && numberFormat !== '@') {
    return formatWithPattern(value, numberFormat, locale);
  }
  if (numberFormat !== '@' && inferred) {
    let pattern = defaultPattern(inferred, locale);
    // Sheets' automatic percent shows whole percentages without decimals (50%, not 50.00%).
    if (inferred === 'percent' && Number.isInteger(Math.round(value * 1e10) / 1e8)) pattern = '0%';
    return formatWithPattern(value, pattern, locale);
  }
  return localizeSeparators(automaticNumber(value), locale);
}
