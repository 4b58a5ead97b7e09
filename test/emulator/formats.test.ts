// Unit tests of value formats: date serials (format/serial.ts), typed-input parsing
// (format/typed-input.ts) and display text (format/display.ts).

import { dateToSerial, serialToDate } from '../../dev/emulator/format/serial';
import { parseTypedInput, type TypedInput } from '../../dev/emulator/format/typed-input';
import { automaticNumber, displayText, isDateFormat } from '../../dev/emulator/format/display';
import type { InferredFormat } from '../../dev/emulator/formula/types';

describe('date serials', () => {
  test.each<[string, string, number]>([
    ['1899-12-30T00:00:00Z', 'UTC', 0],
    ['1900-01-01T00:00:00Z', 'UTC', 2],
    ['2026-09-14T12:00:00Z', 'UTC', 46279.5],
    ['2026-09-14T12:00:00Z', 'America/New_York', 46279 + 8 / 24],
    ['2026-09-15T02:00:00Z', 'America/New_York', 46279 + 22 / 24],
    ['2026-09-14T12:00:00Z', 'Asia/Tokyo', 46279 + 21 / 24],
  ])('%s in %s is serial %d', (iso, zone, serial) => {
    expect(dateToSerial(new Date(iso), zone)).toBeCloseTo(serial, 9);
    expect(serialToDate(serial, zone).toISOString()).toBe(new Date(iso).toISOString());
  });

  test('the serial is wall-clock time across a DST change', () => {
    // 2026-11-01 in New York: 01:00 EDT becomes 01:00 EST; midnight is still EDT (UTC-4).
    expect(serialToDate(46327, 'America/New_York').toISOString()).toBe('2026-11-01T04:00:00.000Z');
    expect(serialToDate(46328, 'America/New_York').toISOString()).toBe('2026-11-02T05:00:00.000Z');
  });
});

describe('parseTypedInput', () => {
  const us = {
    locale: 'en_US',
    timeZone: 'America/New_York',
    today: new Date('2026-09-14T12:00:00Z'),
  };
  const gb = { locale: 'en_GB', timeZone: 'Europe/London' };
  const de = { locale: 'de_DE', timeZone: 'Europe/Berlin' };

  test.each<[string, TypedInput]>([
    ['', {}],
    ['hello', { value: 'hello' }],
    ['=SUM(A1:A3)', { formula: '=SUM(A1:A3)' }],
    ["'=SUM(A1)", { value: '=SUM(A1)' }],
    ["'5", { value: '5' }],
    ['5', { value: 5 }],
    ['-12.5', { value: -12.5 }],
    ['.5', { value: 0.5 }],
    ['1,234', { value: 1234, numberFormat: '#,##0' }],
    ['1,234.5', { value: 1234.5, numberFormat: '#,##0.00' }],
    ['1e3', { value: 1000, numberFormat: '0.00E+00' }],
    ['50%', { value: 0.5, numberFormat: '0%' }],
    ['12.5%', { value: 0.125, numberFormat: '0.00%' }],
    ['$1.50', { value: 1.5, numberFormat: '"$"#,##0.00' }],
    ['-$3', { value: -3, numberFormat: '"$"#,##0.00' }],
    ['TRUE', { value: true }],
    ['false', { value: false }],
    ['True', { value: true }],
    ['9/14/2026', { value: 46279, numberFormat: 'M/d/yyyy' }],
    ['9/14/26', { value: 46279, numberFormat: 'M/d/yyyy' }],
    ['9/14', { value: 46279, numberFormat: 'M/d/yyyy' }],
    ['2026-09-14', { value: 46279, numberFormat: 'yyyy-mm-dd' }],
    ['Sep 14, 2026', { value: 46279, numberFormat: 'M/d/yyyy' }],
    ['14 September 2026', { value: 46279, numberFormat: 'M/d/yyyy' }],
    ['13/14/2026', { value: '13/14/2026' }],
    ['2/30/2026', { value: '2/30/2026' }],
    ['8:30', { value: 8.5 / 24, numberFormat: 'h:mm:ss am/pm' }],
    ['8:30 PM', { value: 20.5 / 24, numberFormat: 'h:mm:ss am/pm' }],
    ['12:00 am', { value: 0, numberFormat: 'h:mm:ss am/pm' }],
    ['9/14/2026 8:30', { value: 46279 + 8.5 / 24, numberFormat: 'M/d/yyyy H:mm:ss' }],
    ['25:00', { value: '25:00' }],
    ['1.2.3', { value: '1.2.3' }],
    ['12abc', { value: '12abc' }],
  ])('en_US %p', (text, expected) => {
    const result = parseTypedInput(text, us);
    if (typeof expected.value === 'number') {
      expect(result.value).toBeCloseTo(expected.value, 9);
      expect(result.numberFormat).toBe(expected.numberFormat);
    } else {
      expect(result).toEqual(expected);
    }
  });

  test.each<[string, TypedInput]>([
    ['14/9/2026', { value: 46279, numberFormat: 'dd/MM/yyyy' }],
    ['9/14/2026', { value: '9/14/2026' }],
    ['2026-09-14', { value: 46279, numberFormat: 'yyyy-mm-dd' }],
    ['£2.50', { value: 2.5, numberFormat: '"£"#,##0.00' }],
  ])('en_GB %p', (text, expected) => {
    expect(parseTypedInput(text, gb)).toEqual(expected);
  });

  test.each<[string, TypedInput]>([
    ['3,5', { value: 3.5 }],
    ['1.234,5', { value: 1234.5, numberFormat: '#,##0.00' }],
    ['14.9.2026', { value: 46279, numberFormat: 'dd.MM.yyyy' }],
  ])('de_DE %p', (text, expected) => {
    expect(parseTypedInput(text, de)).toEqual(expected);
  });

  test('plain-text format keeps everything as typed', () => {
    for (const text of ['5', '=1+1', 'TRUE', '9/14/2026', "'x"]) {
      expect(parseTypedInput(text, { ...us, numberFormat: '@' })).toEqual({ value: text });
    }
  });

  test('an explicit format is not replaced by the implied one', () => {
    expect(parseTypedInput('50%', { ...us, numberFormat: '0.000' })).toEqual({ value: 0.5 });
    expect(parseTypedInput('9/14/2026', { ...us, numberFormat: 'd mmm yyyy' })).toEqual({
      value: 46279,
    });
  });
});

describe('displayText', () => {
  test.each<[number, string]>([
    [0.1 + 0.2, '0.3'],
    [1 / 3, '0.3333333333'],
    [2 / 3, '0.6666666667'],
    [10 / 3, '3.333333333'],
    [1234.5, '1234.5'],
    [-42, '-42'],
    [0, '0'],
    [123456789012, '123456789012'],
    [1e15, '1E+15'],
    [1.5e-10, '1.5E-10'],
  ])('automatic number %p shows %p', (value, shown) => {
    expect(automaticNumber(value)).toBe(shown);
    expect(displayText(value, false, undefined, null, 'en_US')).toBe(shown);
  });

  test.each<[number, string, string]>([
    [2.5, '0', '3'],
    [1234.567, '0.00', '1234.57'],
    [1234567.8, '#,##0', '1,234,568'],
    [0.5, '0%', '50%'],
    [0.125, '0.0%', '12.5%'],
    [1.5, '$#,##0.00', '$1.50'],
    [1.5, '"$"#,##0.00', '$1.50'],
    [46279, 'yyyy-mm-dd', '2026-09-14'],
    [46279, 'M/d/yyyy', '9/14/2026'],
    [46279, 'd mmm yyyy', '14 Sep 2026'],
    [46279, 'dddd', 'Monday'],
    [46279, 'mmmm d, yyyy', 'September 14, 2026'],
    [8.5 / 24, 'h:mm am/pm', '8:30 AM'],
    [20.5 / 24, 'h:mm AM/PM', '8:30 PM'],
    [46279.5, 'M/d/yyyy H:mm:ss', '9/14/2026 12:00:00'],
    [3, '0 "lessons"', '3 lessons'],
    [-2, '0.00;(0.00)', '(2.00)'],
    // Digit patterns are formatted by the emulator itself (format/display.ts formatDigits).
    [2.5, '00.00', '02.50'],
    [-1.25, '$0.0', '-$1.3'],
    [-0.01, '0.0', '0.0'],
    [1.005, '0.00', '1.01'],
    [0.5, '#.##', '.5'],
    [1.5, '0.0#', '1.5'],
    [1.555, '0.0#', '1.56'],
    [7, '"Lesson "00', 'Lesson 07'],
    [1e-7, '0.000', '0.000'],
  ])('%p with %p shows %p', (value, pattern, shown) => {
    expect(displayText(value, false, pattern, null, 'en_US')).toBe(shown);
  });

  test.each<[number, InferredFormat, string, string]>([
    [46279, 'date', 'en_US', '9/14/2026'],
    [46279, 'date', 'en_GB', '14/09/2026'],
    [46279.5, 'datetime', 'en_US', '9/14/2026 12:00:00'],
    [8.5 / 24, 'time', 'en_US', '8:30:00 AM'],
    [0.5, 'percent', 'en_US', '50%'],
    [0.125, 'percent', 'en_US', '12.50%'],
    [1.5, 'currency', 'en_US', '$1.50'],
  ])('%p inferred %p in %p shows %p', (value, inferred, locale, shown) => {
    expect(displayText(value, false, undefined, inferred, locale)).toBe(shown);
  });

  test('non-numbers', () => {
    expect(displayText(true, false, undefined, null, 'en_US')).toBe('TRUE');
    expect(displayText(false, false, '0.00', null, 'en_US')).toBe('FALSE');
    expect(displayText('hello', false, '0.00', null, 'en_US')).toBe('hello');
    expect(displayText('#DIV/0!', true, '0.00', null, 'en_US')).toBe('#DIV/0!');
    expect(displayText(null, false, '0.00', 'date', 'en_US')).toBe('');
  });

  test('decimal-comma locales swap the separators', () => {
    expect(displayText(1234.5, false, '#,##0.00', null, 'de_DE')).toBe('1.234,50');
    expect(displayText(0.5, false, undefined, null, 'de_DE')).toBe('0,5');
  });
});

describe('isDateFormat', () => {
  test.each<[string | undefined, InferredFormat, boolean]>([
    ['M/d/yyyy', null, true],
    ['yyyy-mm-dd', null, true],
    ['h:mm am/pm', null, true],
    ['[h]:mm', null, true],
    ['0.00', 'date', false],
    ['0%', null, false],
    ['@', 'date', false],
    [undefined, 'date', true],
    [undefined, 'datetime', true],
    [undefined, 'time', true],
    [undefined, 'percent', false],
    [undefined, null, false],
  ])('%p (inferred %p) -> %p', (format, inferred, expected) => {
    expect(isDateFormat(format, inferred)).toBe(expected);
  });
});
