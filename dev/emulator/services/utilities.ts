/**
 * Utilities: formatDate with Java SimpleDateFormat semantics in any IANA zone (reference/utilities
 * says it follows java.text.SimpleDateFormat), formatString (sprintf-like), UUIDs, base64, digests
 * as signed byte arrays, and sleep, which costs modeled time instead of real time.
 */

import { createHash, createHmac, randomUUID } from 'node:crypto';
import { MS_PER_DAY } from '../format/serial';
import type { EmulatorContext } from '../runtime/context';
import { NotImplementedError, ScriptException } from '../runtime/errors';
import { strict } from '../runtime/strict';
import { enumOf, localCall } from './common';

export const Charset = enumOf('US_ASCII', 'UTF_8');
export const DigestAlgorithm = enumOf('MD2', 'MD5', 'SHA_1', 'SHA_256', 'SHA_384', 'SHA_512');
export const MacAlgorithm = enumOf(
  'HMAC_MD5',
  'HMAC_SHA_1',
  'HMAC_SHA_256',
  'HMAC_SHA_384',
  'HMAC_SHA_512',
);

/** Docs: reference/utilities/utilities sleep(milliseconds): "The maximum allowed value is 300000 (or 5 minutes)." */
export const MAX_SLEEP_MS = 300_000;

// ---------------------------------------------------------------- formatDate

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Java's legacy three-letter ids that are not IANA names Intl knows. */
const JAVA_ZONE_ALIASES: Record<string, string> = {
  PST: 'America/Los_Angeles',
  CST: 'America/Chicago',
  JST: 'Asia/Tokyo',
  IST: 'Asia/Kolkata',
  AET: 'Australia/Sydney',
  ECT: 'Europe/Paris',
};

/** Java's short names where Intl's en-US and en-GB only give "GMT+n". */
const JAVA_SHORT_NAMES: Record<string, [standard: string, daylight: string]> = {
  'Asia/Tokyo': ['JST', 'JDT'],
  'Asia/Seoul': ['KST', 'KDT'],
  'Asia/Kolkata': ['IST', 'IST'],
  'Asia/Calcutta': ['IST', 'IST'],
  'Asia/Shanghai': ['CST', 'CDT'],
  'Asia/Hong_Kong': ['HKT', 'HKST'],
  'Asia/Singapore': ['SGT', 'SGT'],
  'Australia/Sydney': ['AEST', 'AEDT'],
  'Australia/Melbourne': ['AEST', 'AEDT'],
  'Australia/Brisbane': ['AEST', 'AEDT'],
  'Australia/Perth': ['AWST', 'AWDT'],
  'Pacific/Auckland': ['NZST', 'NZDT'],
};

type Zone = { kind: 'iana'; name: string } | { kind: 'fixed'; offsetMinutes: number; id: string };

/**
 * Java's TimeZone.getTimeZone: IANA ids, "GMT±h[h][[:]mm]" custom ids, a few legacy
 * abbreviations; anything else silently becomes GMT.
 */
/** Zones already resolved: checking a name builds an Intl formatter, which is slow. */
const resolvedZones = new Map<string, Zone>();

function resolveZone(timeZone: string): Zone {
  let zone = resolvedZones.get(timeZone);
  if (!zone) {
    zone = resolveZoneName(timeZone);
    resolvedZones.set(timeZone, zone);
  }
  return zone;
}

function resolveZoneName(timeZone: string): Zone {
  const custom = /^(?:GMT|UTC)([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(timeZone);
  if (custom) {
    const sign = custom[1] === '-' ? -1 : 1;
    const minutes = Number(custom[2]) * 60 + Number(custom[3] ?? 0);
    const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
    const mm = String(minutes % 60).padStart(2, '0');
    return {
      kind: 'fixed',
      offsetMinutes: sign * minutes,
      id: `GMT${sign < 0 ? '-' : '+'}${hh}:${mm}`,
    };
  }
  const name = JAVA_ZONE_ALIASES[timeZone] ?? timeZone;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return { kind: 'iana', name };
  } catch {
    return { kind: 'fixed', offsetMinutes: 0, id: 'GMT' };
  }
}

interface ZonedParts {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  weekday: number; // 0 = Sunday
  offsetMinutes: number;
}

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function zonedParts(date: Date, zone: Zone): ZonedParts {
  if (zone.kind === 'fixed') {
    const shifted = new Date(date.getTime() + zone.offsetMinutes * 60_000);
    return {
      year: shifted.getUTCFullYear(),
      month: shifted.getUTCMonth() + 1,
      day: shifted.getUTCDate(),
      hour: shifted.getUTCHours(),
      minute: shifted.getUTCMinutes(),
      second: shifted.getUTCSeconds(),
      millisecond: shifted.getUTCMilliseconds(),
      weekday: shifted.getUTCDay(),
      offsetMinutes: zone.offsetMinutes,
    };
  }
  let formatter = partsFormatters.get(zone.name);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone.name,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    partsFormatters.set(zone.name, formatter);
  }
  const values: Record<string, number> = {};
  for (const part of formatter.formatToParts(date)) {
    if (part.type !== 'literal') values[part.type] = Number(part.value);
  }
  const year = values.year ?? 1970;
  const month = values.month ?? 1;
  const day = values.day ?? 1;
  const hour = values.hour ?? 0;
  const minute = values.minute ?? 0;
  const second = values.second ?? 0;
  const millisecond = ((date.getTime() % 1000) + 1000) % 1000;
  const localAsUtc = Date.UTC(year, month - 1, day, hour, minute, second, millisecond);
  return {
    year,
    month,
    day,
    hour,
    minute,
    second,
    millisecond,
    weekday: new Date(Date.UTC(year, month - 1, day)).getUTCDay(),
    offsetMinutes: Math.round((localAsUtc - date.getTime()) / 60_000),
  };
}

function gmtOffsetName(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const absolute = Math.abs(offsetMinutes);
  return `GMT${sign}${pad(Math.floor(absolute / 60), 2)}:${pad(absolute % 60, 2)}`;
}

function intlZoneName(
  date: Date,
  zoneName: string,
  locale: string,
  style: 'short' | 'long',
): string {
  const part = new Intl.DateTimeFormat(locale, { timeZone: zoneName, timeZoneName: style })
    .formatToParts(date)
    .find((candidate) => candidate.type === 'timeZoneName');
  return part?.value ?? '';
}

/** Java's 'z' (short) and 'zzzz' (long) zone names, approximated with Intl plus a small table. */
function zoneName(date: Date, zone: Zone, parts: ZonedParts, long: boolean): string {
  if (zone.kind === 'fixed') return zone.id;
  if (zone.name === 'UTC' || zone.name === 'Etc/UTC')
    return long ? 'Coordinated Universal Time' : 'UTC';
  if (zone.name === 'GMT' || zone.name === 'Etc/GMT') return long ? 'Greenwich Mean Time' : 'GMT';
  if (long) {
    const name = intlZoneName(date, zone.name, 'en-US', 'long');
    return name.startsWith('GMT') ? gmtOffsetName(parts.offsetMinutes) : name;
  }
  const table = JAVA_SHORT_NAMES[zone.name];
  if (table) {
    const january = zonedParts(new Date(Date.UTC(parts.year, 0, 1)), zone).offsetMinutes;
    const july = zonedParts(new Date(Date.UTC(parts.year, 6, 1)), zone).offsetMinutes;
    const standard = Math.min(january, july);
    return parts.offsetMinutes > standard ? table[1] : table[0];
  }
  for (const locale of ['en-US', 'en-GB']) {
    const name = intlZoneName(date, zone.name, locale, 'short');
    if (name && !/^(GMT|UTC)[+-]/.test(name)) return name;
  }
  return gmtOffsetName(parts.offsetMinutes);
}

function pad(value: number, width: number): string {
  const text = String(Math.abs(value));
  return (value < 0 ? '-' : '') + text.padStart(width, '0');
}

function dayOfYear(parts: ZonedParts): number {
  return (
    (Date.UTC(parts.year, parts.month - 1, parts.day) - Date.UTC(parts.year, 0, 1)) / MS_PER_DAY + 1
  );
}

/** Week of year and week year with Java's en_US rules: weeks start on Sunday, week 1 holds Jan 1. */
function usWeek(parts: ZonedParts): { week: number; weekYear: number } {
  const saturday = new Date(Date.UTC(parts.year, parts.month - 1, parts.day + (6 - parts.weekday)));
  if (saturday.getUTCFullYear() > parts.year) return { week: 1, weekYear: parts.year + 1 };
  const januaryFirstWeekday = new Date(Date.UTC(parts.year, 0, 1)).getUTCDay();
  return {
    week: Math.floor((dayOfYear(parts) - 1 + januaryFirstWeekday) / 7) + 1,
    weekYear: parts.year,
  };
}

function offsetText(offsetMinutes: number, style: 'Z' | 'X' | 'XX' | 'XXX'): string {
  if (style !== 'Z' && offsetMinutes === 0) return 'Z';
  const sign = offsetMinutes < 0 ? '-' : '+';
  const absolute = Math.abs(offsetMinutes);
  const hh = pad(Math.floor(absolute / 60), 2);
  const mm = pad(absolute % 60, 2);
  if (style === 'X') return `${sign}${hh}`;
  if (style === 'XXX') return `${sign}${hh}:${mm}`;
  return `${sign}${hh}${mm}`;
}

function field(letter: string, count: number, date: Date, zone: Zone, parts: ZonedParts): string {
  const hour12 = parts.hour % 12;
  switch (letter) {
    case 'G':
      return parts.year > 0 ? 'AD' : 'BC';
    case 'y':
      return count === 2 ? pad(parts.year % 100, 2) : pad(parts.year, count);
    case 'Y': {
      const { weekYear } = usWeek(parts);
      return count === 2 ? pad(weekYear % 100, 2) : pad(weekYear, count);
    }
    case 'M':
    case 'L': {
      const name = MONTHS[parts.month - 1] ?? '';
      if (count >= 4) return name;
      if (count === 3) return name.slice(0, 3);
      return pad(parts.month, count);
    }
    case 'w':
      return pad(usWeek(parts).week, count);
    case 'D':
      return pad(dayOfYear(parts), count);
    case 'd':
      return pad(parts.day, count);
    case 'F':
      return pad(Math.floor((parts.day - 1) / 7) + 1, count);
    case 'E': {
      const name = WEEKDAYS[parts.weekday] ?? '';
      return count >= 4 ? name : name.slice(0, 3);
    }
    case 'u':
      return pad(parts.weekday === 0 ? 7 : parts.weekday, count);
    case 'a':
      return parts.hour < 12 ? 'AM' : 'PM';
    case 'H':
      return pad(parts.hour, count);
    case 'k':
      return pad(parts.hour === 0 ? 24 : parts.hour, count);
    case 'K':
      return pad(hour12, count);
    case 'h':
      return pad(hour12 === 0 ? 12 : hour12, count);
    case 'm':
      return pad(parts.minute, count);
    case 's':
      return pad(parts.second, count);
    case 'S':
      return pad(parts.millisecond, count);
    case 'z':
      return zoneName(date, zone, parts, count >= 4);
    case 'Z':
      return offsetText(parts.offsetMinutes, 'Z');
    case 'X':
      if (count > 3)
        throw new ScriptException('Invalid argument: format (too many pattern letters: X)');
      return offsetText(parts.offsetMinutes, count === 1 ? 'X' : count === 2 ? 'XX' : 'XXX');
    default:
      throw new ScriptException(`Invalid argument: format (Illegal pattern character '${letter}')`);
  }
}

/** Java SimpleDateFormat.format(date) with the formatter's zone set to `timeZone`. */
export function formatDate(date: Date, timeZone: string, pattern: string): string {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
    throw new ScriptException('Invalid argument: date');
  }
  const zone = resolveZone(String(timeZone));
  const parts = zonedParts(date, zone);
  let out = '';
  let index = 0;
  while (index < pattern.length) {
    const char = pattern.charAt(index);
    if (char === "'") {
      if (pattern.charAt(index + 1) === "'") {
        out += "'";
        index += 2;
        continue;
      }
      // Java: quoted text runs to the closing quote, where '' inside stands for one quote.
      let cursor = index + 1;
      let quoted = '';
      while (cursor < pattern.length) {
        if (pattern.charAt(cursor) === "'") {
          if (pattern.charAt(cursor + 1) === "'") {
            quoted += "'";
            cursor += 2;
            continue;
          }
          break;
        }
        quoted += pattern.charAt(cursor);
        cursor++;
      }
      if (cursor >= pattern.length) {
        throw new ScriptException('Invalid argument: format (Unterminated quote)');
      }
      out += quoted;
      index = cursor + 1;
      continue;
    }
    if (/[A-Za-z]/.test(char)) {
      let count = 1;
      while (pattern.charAt(index + count) === char) count++;
      out += field(char, count, date, zone, parts);
      index += count;
      continue;
    }
    out += char;
    index++;
  }
  return out;
}

// ---------------------------------------------------------------- formatString

/** Java String.format's common conversions: %s %d %i %f %e %x %o %c %b %% with flags, width, precision. */
export function formatString(template: string, ...args: unknown[]): string {
  let next = 0;
  return String(template).replace(
    /%([-+ 0#,]*)(\d+)?(?:\.(\d+))?([sdifeExXocbS%])/g,
    (
      _match,
      flags: string,
      widthText: string | undefined,
      precisionText: string | undefined,
      conversion: string,
    ) => {
      if (conversion === '%') return '%';
      const value = args[next++];
      const precision = precisionText === undefined ? undefined : Number(precisionText);
      let text: string;
      switch (conversion) {
        case 'd':
        case 'i':
          text = String(Math.trunc(Number(value)));
          break;
        case 'f':
          text = Number(value).toFixed(precision ?? 6);
          break;
        case 'e':
        case 'E':
          text = Number(value).toExponential(precision ?? 6);
          if (conversion === 'E') text = text.toUpperCase();
          break;
        case 'x':
        case 'X':
          text = Math.trunc(Number(value)).toString(16);
          if (conversion === 'X') text = text.toUpperCase();
          break;
        case 'o':
          text = Math.trunc(Number(value)).toString(8);
          break;
        case 'c':
          text = typeof value === 'number' ? String.fromCharCode(value) : String(value).charAt(0);
          break;
        case 'b':
          text = String(value !== null && value !== undefined && value !== false);
          break;
        default:
          text = String(value);
          if (precision !== undefined) text = text.slice(0, precision);
          if (conversion === 'S') text = text.toUpperCase();
      }
      if (flags.includes(',') && /[dif]/.test(conversion)) {
        const [whole = '', fraction] = text.split('.');
        text =
          whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') +
          (fraction === undefined ? '' : `.${fraction}`);
      }
      if (flags.includes('+') && /[dife]/.test(conversion) && !text.startsWith('-'))
        text = `+${text}`;
      else if (flags.includes(' ') && /[dife]/.test(conversion) && !text.startsWith('-'))
        text = ` ${text}`;
      const width = widthText === undefined ? 0 : Number(widthText);
      if (text.length < width) {
        if (flags.includes('-')) text = text.padEnd(width);
        else if (flags.includes('0') && /[difeExXo]/.test(conversion)) {
          const sign = /^[-+ ]/.test(text) ? text.charAt(0) : '';
          text = sign + text.slice(sign.length).padStart(width - sign.length, '0');
        } else text = text.padStart(width);
      }
      return text;
    },
  );
}

// ---------------------------------------------------------------- bytes

/** Apps Script byte arrays are Java bytes: signed, -128..127. */
export function toSignedBytes(buffer: Uint8Array): number[] {
  return Array.from(buffer, (byte) => (byte > 127 ? byte - 256 : byte));
}

function toBuffer(data: string | number[], charset?: string): Buffer {
  if (typeof data === 'string') {
    return Buffer.from(data, charset === Charset.US_ASCII ? 'ascii' : 'utf8');
  }
  return Buffer.from(data.map((byte) => byte & 0xff));
}

const DIGESTS: Record<string, string> = {
  MD5: 'md5',
  SHA_1: 'sha1',
  SHA_256: 'sha256',
  SHA_384: 'sha384',
  SHA_512: 'sha512',
};

const MACS: Record<string, string> = {
  HMAC_MD5: 'md5',
  HMAC_SHA_1: 'sha1',
  HMAC_SHA_256: 'sha256',
  HMAC_SHA_384: 'sha384',
  HMAC_SHA_512: 'sha512',
};

export function createUtilities(ctx: EmulatorContext) {
  const service = {
    Charset,
    DigestAlgorithm,
    MacAlgorithm,
    formatDate(date: Date, timeZone: string, format: string): string {
      return localCall(ctx, 'Utilities', 'formatDate', () => formatDate(date, timeZone, format));
    },
    formatString(template: string, ...args: unknown[]): string {
      return localCall(ctx, 'Utilities', 'formatString', () => formatString(template, ...args));
    },
    getUuid(): string {
      return localCall(ctx, 'Utilities', 'getUuid', () => randomUUID());
    },
    /** No real waiting: the execution is charged the time instead. */
    sleep(milliseconds: number): void {
      localCall(ctx, 'Utilities', 'sleep', () => {
        const ms = Number(milliseconds);
        if (!Number.isFinite(ms) || ms < 0)
          throw new ScriptException('Invalid argument: milliseconds');
        if (ms > MAX_SLEEP_MS) {
          throw new ScriptException(`Invalid argument: milliseconds (at most ${MAX_SLEEP_MS})`);
        }
        ctx.charge(ms);
      });
    },
    base64Encode(data: string | number[], charset?: string): string {
      return localCall(ctx, 'Utilities', 'base64Encode', () =>
        toBuffer(data, charset).toString('base64'),
      );
    },
    base64EncodeWebSafe(data: string | number[], charset?: string): string {
      return localCall(ctx, 'Utilities', 'base64EncodeWebSafe', () =>
        toBuffer(data, charset).toString('base64').replace(/\+/g, '-').replace(/\//g, '_'),
      );
    },
    base64Decode(encoded: string): number[] {
      return localCall(ctx, 'Utilities', 'base64Decode', () =>
        toSignedBytes(Buffer.from(String(encoded), 'base64')),
      );
    },
    base64DecodeWebSafe(encoded: string): number[] {
      return localCall(ctx, 'Utilities', 'base64DecodeWebSafe', () =>
        toSignedBytes(Buffer.from(String(encoded).replace(/-/g, '+').replace(/_/g, '/'), 'base64')),
      );
    },
    computeDigest(algorithm: string, value: string | number[], charset?: string): number[] {
      return localCall(ctx, 'Utilities', 'computeDigest', () => {
        const name = DIGESTS[algorithm];
        if (!name) throw new NotImplementedError(`Utilities.computeDigest(${algorithm})`);
        return toSignedBytes(createHash(name).update(toBuffer(value, charset)).digest());
      });
    },
    computeHmacSignature(
      algorithm: string,
      value: string | number[],
      key: string | number[],
      charset?: string,
    ): number[] {
      return localCall(ctx, 'Utilities', 'computeHmacSignature', () => {
        const name = MACS[algorithm];
        if (!name) throw new ScriptException('Invalid argument: algorithm');
        return toSignedBytes(
          createHmac(name, toBuffer(key, charset)).update(toBuffer(value, charset)).digest(),
        );
      });
    },
    computeHmacSha256Signature(
      value: string | number[],
      key: string | number[],
      charset?: string,
    ): number[] {
      return localCall(ctx, 'Utilities', 'computeHmacSha256Signature', () =>
        toSignedBytes(
          createHmac('sha256', toBuffer(key, charset)).update(toBuffer(value, charset)).digest(),
        ),
      );
    },
  };
  return strict('Utilities', service);
}
