/**
 * What a cell shows (Range.getDisplayValues) for a value and number format, and whether
 * Range.getValues hands a script a Date for it. Digit patterns ('000', '#,##0.00', '0.0%') are
 * formatted here as Sheets' TEXT help page describes them; other explicit patterns go through
 * SheetJS's `ssf` (Excel number-format codes, which Sheets' codes mostly follow); the automatic
 * format is ours.
 *
 * Known differences from Sheets: patterns ssf formats (dates, several sections) round from the
 * binary double; serials below 2 (before 1900-01-01) show as Excel would ('1900-01-00'), and
 * weekday names before 1900-03-01 follow Excel's calendar; locale only changes the decimal and
 * thousands separators and the default date patterns, not month or day names; the automatic
 * format uses 10 significant digits regardless of column width.
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

/** Literal text a number pattern may carry around its digits: quoted text, escapes, symbols. */
const PATTERN_LITERAL = String.raw`(?:"[^"]*"|\\.|[$\-+() £€¥])*`;
/** One-section digit patterns ('000', '#,##0.00', '$0.0#', '0%', '"Lesson "0'). */
const PLAIN_NUMBER_PATTERN = new RegExp(
  String.raw`^(${PATTERN_LITERAL})([#0,]*)(?:\.([#0]*))?(%*)(${PATTERN_LITERAL})$`,
);

function patternLiteral(text: string): string {
  return text.replace(
    /"([^"]*)"|\\(.)/g,
    (_all, quoted?: string, escaped?: string) => quoted ?? escaped ?? '',
  );
}

/** `value` rounded to `decimals` places the way its decimal digits read (12.305 → 12.31). */
function roundHalfUpDecimal(value: number, decimals: number): number {
  const text = String(value);
  if (text.includes('e')) return Math.round(value * 10 ** decimals) / 10 ** decimals;
  return Number(`${Math.round(Number(`${text}e${decimals}`))}e-${decimals}`);
}

/**
 * Digit patterns as Sheets' TEXT help page describes them (support.google.com/docs/answer/3094139):
 * "0 forces display of zeros if a number has fewer digits than the format specifies" on either
 * side of the point (TEXT(12.3,"000.00") is 012.30), decimals round as written (TEXT(12.305,
 * "00.00") is 12.31), and # shows a digit without forcing a zero (TEXT(12.3,"###.##") is 12.3).
 * ssf drops the integer zeros once a pattern has decimals and rounds from the binary value, so
 * such patterns are formatted here; anything else goes to ssf. Null when the pattern is not one.
 */
function formatDigits(value: number, pattern: string): string | null {
  const match = PLAIN_NUMBER_PATTERN.exec(pattern);
  if (!match) return null;
  const [, prefix = '', integerSpec = '', decimalSpec, percents = '', suffix = ''] = match;
  if (!/[#0]/.test(integerSpec + (decimalSpec ?? '')) || integerSpec.endsWith(',')) return null;
  const decimals = decimalSpec?.length ?? 0;
  const rounded = roundHalfUpDecimal(Math.abs(value) * 100 ** percents.length, decimals);
  const [whole = '', fraction = ''] = rounded.toFixed(decimals).split('.');
  const minimumWhole = (integerSpec.match(/0/g) ?? []).length;
  let digits = whole === '0' && minimumWhole === 0 ? '' : whole.padStart(minimumWhole, '0');
  if (integerSpec.includes(',')) digits = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  let shownFraction = fraction;
  const minimumFraction = (decimalSpec ?? '').lastIndexOf('0') + 1;
  while (shownFraction.length > minimumFraction && shownFraction.endsWith('0')) {
    shownFraction = shownFraction.slice(0, -1);
  }
  const sign = value < 0 && rounded !== 0 ? '-' : '';
  const point = decimalSpec === undefined ? '' : `.${shownFraction}`;
  return `${sign}${patternLiteral(prefix)}${digits}${point}${percents}${patternLiteral(suffix)}`;
}

/**
 * Applies a Sheets number-format pattern: digit patterns here (formatDigits), the rest with
 * ssf. Sheets writes months and minutes as M/m and hours as H/h where Excel is
 * case-insensitive, so the pattern needs no translation for ssf beyond what ssf already accepts.
 */
export function formatWithPattern(value: number, pattern: string, locale: string): string {
  try {
    if (isDatePattern(pattern)) {
      // ssf keeps Excel's fictitious 1900-02-29 (serial 60); Sheets does not, so its serials
      // before 1900-03-01 are one lower than Excel's for the same day.
      return SSF.format(pattern, value >= 2 && value < 61 ? value - 1 : value);
    }
    const digits = formatDigits(value, pattern);
    if (digits !== null) return localizeSeparators(digits, locale);
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
