/**
 * Calendar days as the spreadsheet shows them ('yyyy-mm-dd'), with no time and no time zone: due
 * dates, tick dates and retake deadlines. The shell turns "now" into today's IsoDate in the
 * spreadsheet's own zone; everything here is plain arithmetic on days.
 */

import type { IsoDate } from './grid';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;
/** Sheets' day 0 (serial numbers count days from here; 25569 is 1970-01-01). */
const SERIAL_OF_UNIX_EPOCH = 25_569;

export interface CalendarDay {
  readonly year: number;
  readonly month: number; // 1-12
  readonly day: number; // 1-31
}

/** The day's parts, or null when the text is not a real 'yyyy-mm-dd' day. */
export function parseIsoDate(text: string): CalendarDay | null {
  const match = ISO.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1) return null;
  if (check.getUTCDate() !== day) return null;
  return { year, month, day };
}

export function isIsoDate(text: unknown): text is IsoDate {
  return typeof text === 'string' && parseIsoDate(text) !== null;
}

export function isoDate(year: number, month: number, day: number): IsoDate {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Days since 1970-01-01 (UTC arithmetic on a calendar day: no zone is involved). */
function epochDay(date: IsoDate): number {
  const parts = parseIsoDate(date);
  if (!parts) throw new Error(`Not a calendar day: ${date}`);
  return Math.round(Date.UTC(parts.year, parts.month - 1, parts.day) / MS_PER_DAY);
}

function fromEpochDay(days: number): IsoDate {
  const d = new Date(days * MS_PER_DAY);
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromEpochDay(epochDay(date) + days);
}

/** b - a in days. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return epochDay(b) - epochDay(a);
}

/** The spreadsheet serial number of a day (what a date cell holds; 1899-12-30 is 0). */
export function serialOf(date: IsoDate): number {
  return epochDay(date) + SERIAL_OF_UNIX_EPOCH;
}

/** The day a serial number falls on (any time of day is dropped). */
export function dateOfSerial(serial: number): IsoDate {
  return fromEpochDay(Math.floor(serial) - SERIAL_OF_UNIX_EPOCH);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Oct 2": short, for statuses and messages a student reads. */
export function shortDate(date: IsoDate): string {
  const parts = parseIsoDate(date);
  if (!parts) return date;
  return `${MONTHS[parts.month - 1]} ${parts.day}`;
}

/** A formula expression for the day, independent of the spreadsheet's locale: DATE(2026,10,2). */
export function dateFormula(date: IsoDate): string {
  const parts = parseIsoDate(date);
  if (!parts) throw new Error(`Not a calendar day: ${date}`);
  return `DATE(${parts.year},${parts.month},${parts.day})`;
}
