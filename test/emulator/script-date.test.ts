/**
 * The bundle's Date class (runtime/script-date.ts) against what V8 itself does when its local zone
 * is the script's zone: ECMAScript's rules for local time, run here on a fixed zone so the
 * answers do not depend on the machine.
 */

import { scriptDateClass } from '../../dev/emulator/runtime/script-date';

const NOW = Date.UTC(2026, 8, 14, 8);
const NewYork = scriptDateClass({ timeZone: 'America/New_York', now: () => NOW });

describe('local fields in the script zone', () => {
  test('new Date() and Date.now() read the given clock', () => {
    expect(new NewYork().getTime()).toBe(NOW);
    expect(NewYork.now()).toBe(NOW);
    expect([new NewYork().getHours(), new NewYork().getDay()]).toEqual([4, 1]);
  });

  test('a wall time skipped when clocks go forward reads with the offset before the change', () => {
    // 2026-03-08 02:30 does not exist in New York: ECMAScript (and V8) give 03:30 EDT.
    const skipped = new NewYork(2026, 2, 8, 2, 30);
    expect(skipped.toISOString()).toBe('2026-03-08T07:30:00.000Z');
    expect(skipped.getHours()).toBe(3);
  });

  test('a wall time repeated when clocks go back is the earlier instant', () => {
    const repeated = new NewYork(2026, 10, 1, 1, 30);
    expect(repeated.toISOString()).toBe('2026-11-01T05:30:00.000Z');
    expect(repeated.getTimezoneOffset()).toBe(240);
  });

  test('setters change wall fields and keep the wall time across a DST change', () => {
    const date = new NewYork(2026, 2, 7, 12, 0);
    date.setDate(date.getDate() + 1);
    expect(date.toISOString()).toBe('2026-03-08T16:00:00.000Z');
    date.setHours(25, 15);
    expect(String(date)).toBe('Mon Mar 09 2026 01:15:00 GMT-0400 (Eastern Daylight Time)');
    date.setMonth(0, 31);
    date.setFullYear(2027);
    expect(date.toDateString()).toBe('Sun Jan 31 2027');
    date.setMinutes(0, 0, 5);
    expect([date.getMinutes(), date.getSeconds(), date.getMilliseconds()]).toEqual([0, 0, 5]);
  });

  test('invalid dates stay invalid; setFullYear revives one as ECMAScript says', () => {
    const invalid = new NewYork('not a date');
    expect(String(invalid)).toBe('Invalid Date');
    expect(invalid.getHours()).toBeNaN();
    expect(invalid.setHours(1)).toBeNaN();
    invalid.setFullYear(2026);
    expect(invalid.toISOString()).toBe('2026-01-01T05:00:00.000Z');
  });

  test('toLocaleString formats in the script zone unless told another', () => {
    const date = new NewYork(NOW);
    expect(date.toLocaleString('en-US')).toBe('9/14/2026, 4:00:00 AM');
    expect(date.toLocaleTimeString('en-US', { timeZone: 'UTC' })).toBe('8:00:00 AM');
  });

  test('strings naming a zone keep it; others are wall times in the script zone', () => {
    expect(NewYork.parse('2026-09-14T12:00:00Z')).toBe(Date.UTC(2026, 8, 14, 12));
    expect(NewYork.parse('Mon Sep 14 2026 12:00:00 GMT+0200')).toBe(Date.UTC(2026, 8, 14, 10));
    expect(NewYork.parse('2026-09-14T12:00:00')).toBe(Date.UTC(2026, 8, 14, 16));
    expect(NewYork.parse('September 14, 2026 12:00')).toBe(Date.UTC(2026, 8, 14, 16));
  });
});

describe('one Date class across the boundary', () => {
  test('host Dates are instances; script Dates are host Dates', () => {
    expect(new Date() instanceof NewYork).toBe(true);
    expect(new NewYork() instanceof Date).toBe(true);
    expect(Object.prototype.toString.call(new NewYork())).toBe('[object Date]');
    expect([NewYork.name, new NewYork().constructor.name]).toEqual(['Date', 'Date']);
  });

  test('adopt gives Dates in arrays (two levels) the script zone, and leaves others alone', () => {
    const cell = new Date(NOW);
    const values = [[cell, 'text', 3]];
    NewYork.adopt(values);
    expect(cell.getHours()).toBe(4);
    expect(cell.getTime()).toBe(NOW);
    const nested = { when: new Date(NOW) };
    NewYork.adopt(nested);
    expect(Object.getPrototypeOf(nested.when)).toBe(Date.prototype);
  });

  test('Date() without new is the current time as a string', () => {
    const call = NewYork as unknown as () => string;
    expect(call()).toBe('Mon Sep 14 2026 04:00:00 GMT-0400 (Eastern Daylight Time)');
  });

  test('a manifest zone that is not an IANA zone fails loudly', () => {
    expect(() => scriptDateClass({ timeZone: 'Mars/Olympus', now: () => NOW })).toThrow(
      'appsscript.json timeZone "Mars/Olympus" is not an IANA time zone.',
    );
  });
});
