/**
 * Date serial numbers as Sheets stores them: days since 1899-12-30 (fractions are the time of
 * day), counted in the spreadsheet's own time zone. A serial is wall-clock time, so converting to
 * and from a JavaScript Date (an instant) needs the zone. This module is the emulator's only
 * definition of the serial epoch and of the length of a day; everything else imports them.
 */

import { TZDate } from '@date-fns/tz';

/** Milliseconds in one day (serials count days; Sheets' days have no leap seconds). */
export const MS_PER_DAY = 86_400_000;

/** 1899-12-30T00:00:00 as if it were UTC: the serial epoch on a zone-free wall-clock axis. */
export const SERIAL_EPOCH_UTC_MS = Date.UTC(1899, 11, 30);

/**
 * The serial of a zone-free wall-clock time given as UTC milliseconds (what `Date.UTC(y, m, d)`
 * builds, or a Date whose UTC fields hold the wall-clock date, as exceljs produces).
 */
export function wallClockToSerial(wallClockMs: number): number {
  return (wallClockMs - SERIAL_EPOCH_UTC_MS) / MS_PER_DAY;
}

/**
 * The zone-free wall-clock time of a serial, as UTC milliseconds, rounded to the millisecond so
 * 0.1-style fractions do not land a millisecond early.
 */
export function serialToWallClock(serial: number): number {
  return SERIAL_EPOCH_UTC_MS + Math.round(serial * MS_PER_DAY);
}

/** The wall-clock time `date` shows in `timeZone`, as a serial (days since 1899-12-30). */
export function dateToSerial(date: Date, timeZone: string): number {
  const wall = new TZDate(date.getTime(), timeZone);
  return wallClockToSerial(
    Date.UTC(
      wall.getFullYear(),
      wall.getMonth(),
      wall.getDate(),
      wall.getHours(),
      wall.getMinutes(),
      wall.getSeconds(),
      wall.getMilliseconds(),
    ),
  );
}

/** The instant at which clocks in `timeZone` show the wall-clock time `serial`. */
export function serialToDate(serial: number, timeZone: string): Date {
  const wall = new Date(serialToWallClock(serial));
  const zoned = new TZDate(
    wall.getUTCFullYear(),
    wall.getUTCMonth(),
    wall.getUTCDate(),
    wall.getUTCHours(),
    wall.getUTCMinutes(),
    wall.getUTCSeconds(),
    wall.getUTCMilliseconds(),
    timeZone,
  );
  return new Date(zoned.getTime());
}
