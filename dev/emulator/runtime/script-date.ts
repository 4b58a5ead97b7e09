/**
 * The Date the add-on's bundle sees. Inside Apps Script a Date's local fields (getHours, getDate,
 * toString, getTimezoneOffset, new Date(y, m, d), parsing a string without a zone) are read in the
 * script project's time zone, the manifest's `timeZone` (Session.getScriptTimeZone()), never in
 * the zone of the machine running the tests. `new Date()` and `Date.now()` read the emulator's
 * clock.
 *
 * The class extends the host's Date, so a Date made in the bundle is a Date to the emulator;
 * `instanceof` in the bundle accepts every host Date, and Dates the emulator hands to the bundle
 * (getValues, criteria values) are given this prototype on the way out (`adopt`), so their local
 * getters read the script's zone too.
 */

import { tzOffset } from '@date-fns/tz';
import { MS_PER_DAY } from '../format/serial';

const HostDate = Date;
const MS_PER_MINUTE = 60_000;
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export interface ScriptDateOptions {
  /** IANA zone of the script project (appsscript.json timeZone). */
  timeZone: string;
  /** The emulator clock, in epoch milliseconds. */
  now: () => number;
}

/** The bundle's Date constructor, plus the hook that gives emulator Dates its prototype. */
export interface ScriptDateClass extends DateConstructor {
  readonly timeZone: string;
  /** Gives Dates in `value` (a Date, or arrays of them up to two levels deep) this class's prototype. */
  adopt<T>(value: T): T;
}

/** Wall-clock fields in the zone, in Date's order: year, month (0-11), day, hours, minutes, seconds, ms. */
type Fields = [number, number, number, number, number, number, number];

export function scriptDateClass(options: ScriptDateOptions): ScriptDateClass {
  const { timeZone, now } = options;
  if (Number.isNaN(tzOffset(timeZone, new HostDate(0)))) {
    throw new Error(`appsscript.json timeZone "${timeZone}" is not an IANA time zone.`);
  }
  const offsetAt = (ms: number): number => tzOffset(timeZone, new HostDate(ms));

  const fieldsOf = (ms: number): Fields => {
    const wall = new HostDate(ms + offsetAt(ms) * MS_PER_MINUTE);
    return [
      wall.getUTCFullYear(),
      wall.getUTCMonth(),
      wall.getUTCDate(),
      wall.getUTCHours(),
      wall.getUTCMinutes(),
      wall.getUTCSeconds(),
      wall.getUTCMilliseconds(),
    ];
  };

  /**
   * The instant clocks in the zone show these fields. As ECMAScript specifies for local time: a
   * time repeated when clocks go back is the earlier instant; a time skipped when they go forward
   * is read with the offset in force before the change (02:30 becomes 03:30).
   */
  const instantOf = (fields: readonly number[]): number => {
    const [year = NaN, month = 0, day = 1, hours = 0, minutes = 0, seconds = 0, ms = 0] = fields;
    const wall = HostDate.UTC(year, month, day, hours, minutes, seconds, ms);
    if (!Number.isFinite(wall)) return NaN;
    const before = offsetAt(wall - MS_PER_DAY);
    const after = offsetAt(wall + MS_PER_DAY);
    const valid = [...new Set([before, after])]
      .map((offset) => ({ offset, instant: wall - offset * MS_PER_MINUTE }))
      .filter(({ offset, instant }) => offsetAt(instant) === offset)
      .map(({ instant }) => instant);
    return valid.length > 0 ? Math.min(...valid) : wall - before * MS_PER_MINUTE;
  };

  /** Date.parse in the zone: strings that name no zone are wall-clock times in the script's zone. */
  const parse = (text: string): number => {
    const parsed = HostDate.parse(text);
    if (Number.isNaN(parsed) || namesZone(text)) return parsed;
    const iso = /^[+-]?\d{4,6}-\d{2}-\d{2}T/.test(text);
    const asUtc = HostDate.parse(iso ? `${text}Z` : `${text} GMT`);
    if (Number.isNaN(asUtc)) return parsed;
    const utc = new HostDate(asUtc);
    return instantOf([
      utc.getUTCFullYear(),
      utc.getUTCMonth(),
      utc.getUTCDate(),
      utc.getUTCHours(),
      utc.getUTCMinutes(),
      utc.getUTCSeconds(),
      utc.getUTCMilliseconds(),
    ]);
  };

  const zoneName = (ms: number): string => {
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone,
      timeZoneName: 'long',
    }).formatToParts(new HostDate(ms));
    return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
  };

  const time = (date: Date): number => HostDate.prototype.getTime.call(date);

  /** Replaces fields from `index` on with `values` (as Date's setters do) and stores the instant. */
  const setFields = (date: Date, index: number, values: unknown[], fromNaN = false): number => {
    const current = time(date);
    if (Number.isNaN(current) && !fromNaN) return NaN;
    // ECMAScript: setFullYear on an invalid date starts from local 1970-01-01 00:00.
    const fields: Fields = Number.isNaN(current) ? [1970, 0, 1, 0, 0, 0, 0] : fieldsOf(current);
    values.forEach((value, offset) => (fields[index + offset] = Number(value)));
    return HostDate.prototype.setTime.call(date, instantOf(fields));
  };

  const pad = (value: number, width = 2): string => String(Math.abs(value)).padStart(width, '0');

  const dateString = (ms: number): string => {
    const [year, month, day] = fieldsOf(ms);
    const weekday = new HostDate(HostDate.UTC(year, month, day)).getUTCDay();
    const shownYear = year < 0 ? `-${pad(year, 6)}` : pad(year, 4);
    return `${WEEKDAYS[weekday]} ${MONTHS[month]} ${pad(day)} ${shownYear}`;
  };

  const timeString = (ms: number): string => {
    const [, , , hours, minutes, seconds] = fieldsOf(ms);
    const offset = Math.round(offsetAt(ms));
    const sign = offset < 0 ? '-' : '+';
    const zone = `GMT${sign}${pad(Math.trunc(Math.abs(offset) / 60))}${pad(Math.abs(offset) % 60)}`;
    return `${pad(hours)}:${pad(minutes)}:${pad(seconds)} ${zone} (${zoneName(ms)})`;
  };

  const locale =
    (method: 'toLocaleString' | 'toLocaleDateString' | 'toLocaleTimeString') =>
    (date: Date, locales?: string | string[], options?: Intl.DateTimeFormatOptions): string =>
      HostDate.prototype[method].call(date, locales, {
        ...options,
        timeZone: options?.timeZone ?? timeZone,
      });

  class ScriptDate extends HostDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) {
        super(now());
      } else if (args.length === 1) {
        const [value] = args;
        if (value instanceof HostDate) super(time(value));
        else {
          const primitive =
            typeof value === 'object' && value !== null ? (value as object).valueOf() : value;
          super(typeof primitive === 'string' ? parse(primitive) : Number(primitive));
        }
      } else {
        super(instantOf(args.map(Number)));
      }
    }

    static override now(): number {
      return now();
    }

    static override parse(text: string): number {
      return parse(String(text));
    }

    /** Any host Date is a Date to the bundle, as one Date class crosses the boundary. */
    static override [Symbol.hasInstance](value: unknown): boolean {
      return value instanceof HostDate;
    }

    static get timeZone(): string {
      return timeZone;
    }

    static adopt<T>(value: T): T {
      adoptInto(value, 0);
      return value;
    }

    override getFullYear(): number {
      return this.field(0);
    }
    override getMonth(): number {
      return this.field(1);
    }
    override getDate(): number {
      return this.field(2);
    }
    override getHours(): number {
      return this.field(3);
    }
    override getMinutes(): number {
      return this.field(4);
    }
    override getSeconds(): number {
      return this.field(5);
    }
    override getMilliseconds(): number {
      return this.field(6);
    }
    override getDay(): number {
      const ms = time(this);
      if (Number.isNaN(ms)) return NaN;
      const [year, month, day] = fieldsOf(ms);
      return new HostDate(HostDate.UTC(year, month, day)).getUTCDay();
    }
    override getTimezoneOffset(): number {
      const ms = time(this);
      return Number.isNaN(ms) ? NaN : -offsetAt(ms);
    }

    override setFullYear(...values: unknown[]): number {
      return setFields(this, 0, values.slice(0, 3), true);
    }
    override setMonth(...values: unknown[]): number {
      return setFields(this, 1, values.slice(0, 2));
    }
    override setDate(value: unknown): number {
      return setFields(this, 2, [value]);
    }
    override setHours(...values: unknown[]): number {
      return setFields(this, 3, values.slice(0, 4));
    }
    override setMinutes(...values: unknown[]): number {
      return setFields(this, 4, values.slice(0, 3));
    }
    override setSeconds(...values: unknown[]): number {
      return setFields(this, 5, values.slice(0, 2));
    }
    override setMilliseconds(value: unknown): number {
      return setFields(this, 6, [value]);
    }

    override toString(): string {
      const ms = time(this);
      return Number.isNaN(ms) ? 'Invalid Date' : `${dateString(ms)} ${timeString(ms)}`;
    }
    override toDateString(): string {
      const ms = time(this);
      return Number.isNaN(ms) ? 'Invalid Date' : dateString(ms);
    }
    override toTimeString(): string {
      const ms = time(this);
      return Number.isNaN(ms) ? 'Invalid Date' : timeString(ms);
    }
    override toLocaleString(locales?: string | string[], options?: Intl.DateTimeFormatOptions) {
      return locale('toLocaleString')(this, locales, options);
    }
    override toLocaleDateString(locales?: string | string[], options?: Intl.DateTimeFormatOptions) {
      return locale('toLocaleDateString')(this, locales, options);
    }
    override toLocaleTimeString(locales?: string | string[], options?: Intl.DateTimeFormatOptions) {
      return locale('toLocaleTimeString')(this, locales, options);
    }

    private field(index: number): number {
      const ms = time(this);
      return Number.isNaN(ms) ? NaN : (fieldsOf(ms)[index] as number);
    }
  }
  // The bundle sees it as Date: `new Date().constructor.name` is 'Date'.
  Object.defineProperty(ScriptDate, 'name', { value: 'Date' });

  const adoptInto = (value: unknown, depth: number): void => {
    if (value instanceof HostDate) {
      if (Object.getPrototypeOf(value) === HostDate.prototype) {
        Object.setPrototypeOf(value, ScriptDate.prototype);
      }
    } else if (Array.isArray(value) && depth < 2) {
      for (const item of value) adoptInto(item, depth + 1);
    }
  };

  // Date() called without `new` returns the current time as a string; a class cannot be called.
  return new Proxy(ScriptDate, {
    apply: () => new ScriptDate().toString(),
  }) as unknown as ScriptDateClass;
}

/** Whether a date string says which zone it is in (ISO date-only forms are UTC by definition). */
function namesZone(text: string): boolean {
  const trimmed = text.trim();
  if (/^[+-]?\d{4,6}(-\d{2}(-\d{2})?)?$/.test(trimmed)) return true;
  if (/(?:[zZ]|[+-]\d{2}:?\d{2})(\s*\([^)]*\))?$/.test(trimmed)) return true;
  return /\b(?:GMT|UTC|UT|[ECMP][SD]T)\b/i.test(trimmed);
}
