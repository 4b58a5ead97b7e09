/**
 * Calendar days for the sample class: the day an instant falls on in the spreadsheet's zone, day
 * arithmetic, school days, the instant a time of day starts in a zone, and the unit's due dates,
 * all relative to the emulator's today. Plus a small seeded generator, so the class is the same
 * every time for the same today.
 */

import { TZDate } from '@date-fns/tz';

/** A calendar day in the spreadsheet's zone (month 1-12). */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

/** The calendar day an instant falls on in a time zone. */
export function calendarDayIn(instant: Date, timeZone: string): CalendarDay {
  const zoned = new TZDate(instant.getTime(), timeZone);
  return { year: zoned.getFullYear(), month: zoned.getMonth() + 1, day: zoned.getDate() };
}

/** Calendar arithmetic on days, independent of any zone (UTC is only a counter here). */
export function addDays(day: CalendarDay, days: number): CalendarDay {
  const date = new Date(Date.UTC(day.year, day.month - 1, day.day + days));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** 0 for Sunday to 6 for Saturday. */
export function weekday(day: CalendarDay): number {
  return new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay();
}

export function compareDays(a: CalendarDay, b: CalendarDay): number {
  return Date.UTC(a.year, a.month - 1, a.day) - Date.UTC(b.year, b.month - 1, b.day);
}

/** 'yyyy-mm-dd', as dates cross to the add-on. */
export function isoDay(day: CalendarDay): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day.year}-${pad(day.month)}-${pad(day.day)}`;
}

/** The instant a wall-clock time of a day is reached in a zone (minutes past midnight). */
export function instantAt(day: CalendarDay, minutes: number, timeZone: string): Date {
  return new Date(new TZDate(day.year, day.month - 1, day.day, 0, minutes, timeZone).getTime());
}

/** The Monday the unit began: two weeks before the Monday of today's week. */
export function unitStart(today: CalendarDay): CalendarDay {
  return addDays(today, -((weekday(today) + 6) % 7) - 14);
}

/** The first `count` school days (Monday to Friday) from `first`. */
export function schoolDaysFrom(first: CalendarDay, count: number): CalendarDay[] {
  const days: CalendarDay[] = [];
  for (let offset = 0; days.length < count; offset++) {
    const day = addDays(first, offset);
    if (weekday(day) !== 0 && weekday(day) !== 6) days.push(day);
  }
  return days;
}

/** The unit's four school weeks (20 school days). */
export const UNIT_SCHOOL_DAYS = 20;

/**
 * The unit's due dates: it began on the Monday two weeks before this week, runs four school
 * weeks, and spreads `lessons` lessons evenly over them. Today is in week 3.
 */
export function unitDueDates(today: CalendarDay, lessons: number): CalendarDay[] {
  const days = schoolDaysFrom(unitStart(today), UNIT_SCHOOL_DAYS);
  return Array.from(
    { length: lessons },
    (_, k) => days[Math.round(((k + 1) * UNIT_SCHOOL_DAYS) / lessons) - 1]!,
  );
}

/** A small seeded generator (mulberry32), so the sample class is the same every time. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
