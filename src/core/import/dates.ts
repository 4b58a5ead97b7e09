/**
 * Dates in a tracker: cells Sheets already holds as dates, and dates typed as text in the
 * spreadsheet's locale (9/10/2026 is 10 September in en_US and 9 October in en_GB), ISO dates, and
 * month names. A date without a year ("Sep-2", "0903") is recognised as such and not guessed.
 */

import { isDateCell, type Cell, type IsoDate } from '../grid';

const MONTH_NAMES = [
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

/** 1-12 for a month name or its abbreviation of three letters or more ("Sep", "Sept"), else undefined. */
function monthNumber(word: string): number | undefined {
  const lower = word.toLowerCase();
  if (lower.length < 3) return undefined;
  const index = MONTH_NAMES.findIndex((name) => name.startsWith(lower));
  return index < 0 ? undefined : index + 1;
}

/** Locales that write the month first (9/10/2026 = September 10). Sheets' en_US and a few others. */
function monthFirst(locale: string): boolean {
  return /^(en_US|en_PH|es_US|fil|en_CA)$/i.test(locale.replace('-', '_'));
}

function iso(year: number, month: number, day: number): IsoDate | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return undefined; // 31 June
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function fullYear(text: string): number {
  const year = Number(text);
  return text.length <= 2 ? 2000 + year : year;
}

export interface ReadDate {
  readonly date?: IsoDate;
  /** The text is a date but has no year, so no day can be given. */
  readonly yearless?: boolean;
}

/**
 * Reads a date from a cell. Text is read in the locale's order; when that order gives no valid date
 * (13/9/2026 in en_US) the other order is tried, as a person reading it would.
 */
export function readDate(cell: Cell | undefined, locale = 'en_US'): ReadDate | undefined {
  if (cell === undefined) return undefined;
  if (isDateCell(cell)) return { date: cell.date };
  if (typeof cell !== 'string') return undefined;
  const text = cell.trim();
  if (text.length < 3 || text.length > 40) return undefined;

  let match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T].*)?$/.exec(text);
  if (match) {
    const date = iso(Number(match[1]), Number(match[2]), Number(match[3]));
    return date ? { date } : undefined;
  }
  match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})(?:,? .*)?$/.exec(text);
  if (match) {
    const a = Number(match[1]);
    const b = Number(match[2]);
    const year = fullYear(match[3] as string);
    const [first, second] = monthFirst(locale) ? [a, b] : [b, a];
    const date = iso(year, first, second) ?? iso(year, second, first);
    return date ? { date } : undefined;
  }
  // "Sep 2, 2026", "September 2 2026", "2 Sep 2026", "Sep-2" (no year)
  match = /^([a-z]{3,9})\.?[\s-](\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?$/i.exec(text);
  const monthDay = match ? { month: match[1], day: match[2], year: match[3] } : undefined;
  const dayMonth = /^(\d{1,2})(?:st|nd|rd|th)?[\s-]([a-z]{3,9})\.?(?:,?[\s-](\d{4}))?$/i.exec(text);
  const parts =
    monthDay ??
    (dayMonth ? { month: dayMonth[2], day: dayMonth[1], year: dayMonth[3] } : undefined);
  if (parts?.month) {
    const month = monthNumber(parts.month);
    if (!month) return undefined;
    if (!parts.year) return { yearless: true };
    const date = iso(Number(parts.year), month, Number(parts.day));
    return date ? { date } : undefined;
  }
  return undefined;
}

/** MMDD written as a number or text with no year (0903, 1008, or 903 once the zero was lost). */
export function isMonthDayNumber(cell: Cell | undefined): boolean {
  const text =
    typeof cell === 'number' ? String(cell) : typeof cell === 'string' ? cell.trim() : '';
  if (!/^\d{3,4}$/.test(text)) return false;
  const value = Number(text);
  const month = Math.floor(value / 100);
  const day = value % 100;
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}
