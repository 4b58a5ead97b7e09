/**
 * Date serial numbers as Sheets stores them: days since 1899-12-30 (fractions are the time of
 * day), counted in the spreadsheet's own time zone. A serial is wall-clock time, so converting to
 * and from a JavaScript Date (an instant) needs the zone.
 */

import { TZDate } from '@date-fns/tz';

const MS_PER_DAY = 86_400_000;
/** 1899-12-30T00:00:00 as if it were UTC: the serial epoch on a zone-free wall-clock axis. */
const EPOCH_UTC_MS = Date.UTC(1899, 11, 30);

/** The wall-clock time `date` shows in `timeZone`, as a serial (days since 1899-12-30). */
export function dateToSerial(date: Date, timeZone: string): number {
  const wall = new TZDate(date.getTime(), timeZone);
  const wallMs = Date.UTC(
    wall.getFullYear(),
    wall.getMonth(),
    wall.getDate(),
    wall.getHours(),
    wall.getMinutes(),
    wall.getSeconds(),
    wall.getMilliseconds(),
  );
  return (wallMs - EPOCH_UTC_MS) / MS_PER_DAY;
}

/** The instant at which clocks in `timeZone` show the wall-clock time `serial`. */
export function serialToDate(serial: number, timeZone: string): Date {
  // Round to the millisecond so 0.1-style fractions do not land a millisecond early.
  const wall = new Date(EPOCH_UTC_MS + Math.round(serial * MS_PER_DAY));
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
