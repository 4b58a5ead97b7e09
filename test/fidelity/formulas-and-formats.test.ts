// Fidelity tests: behaviours of Sheets' formulas, value formats and conditional formatting as
// Google documents them. Each test names its source. Where a source is the project's own
// ../shared/guide/platform.md, that file in turn cites the Apps Script reference it summarises.

import { cellFor, type SheetModel } from '../../dev/emulator/model/workbook';
import { dateToSerial } from '../../dev/emulator/format/serial';
import { parseTypedInput } from '../../dev/emulator/format/typed-input';
import { displayText, isDateFormat } from '../../dev/emulator/format/display';
import { effectiveStyle } from '../../dev/emulator/evaluation/effective-style';
import { createDocument } from '../../dev/emulator/sheets/document-factory';
import type { SpreadsheetDocument } from '../../dev/emulator/sheets/document';
import { Clock, EmulatorContext } from '../../dev/emulator/runtime/context';

const DATE_TIME_RENDER_OPTION =
  'https://developers.google.com/sheets/api/reference/rest/v4/DateTimeRenderOption';
const FORMATS_GUIDE = 'https://developers.google.com/sheets/api/guides/formats';
const RANGE_SET_VALUE =
  'https://developers.google.com/apps-script/reference/spreadsheet/range#setValue(Object)';

function newDoc(timeZone = 'America/New_York'): { doc: SpreadsheetDocument; sheet: SheetModel } {
  const doc = createDocument(new EmulatorContext(new Clock('2026-09-14T12:00:00Z')), {
    owner: 'teacher@example.com',
    timeZone,
  });
  return { doc, sheet: doc.model.sheets[0] as SheetModel };
}

function formulaValue(formula: string): unknown {
  const { doc, sheet } = newDoc();
  cellFor(sheet, 0, 0).formula = formula;
  doc.engine.syncCells(sheet, { row: 0, column: 0, numRows: 1, numColumns: 1 });
  return doc.engine.valueAt(sheet.id, 0, 0).value;
}

describe('date serials', () => {
  test(`January 1st 1900 at noon is 2.5 (${DATE_TIME_RENDER_OPTION})`, () => {
    expect(dateToSerial(new Date('1900-01-01T12:00:00Z'), 'UTC')).toBe(2.5);
    expect(formulaValue('=DATE(1900,1,1)+TIME(12,0,0)')).toBe(2.5);
  });

  test(`February 1st 1900 at 3pm is 33.625 (${DATE_TIME_RENDER_OPTION})`, () => {
    expect(dateToSerial(new Date('1900-02-01T15:00:00Z'), 'UTC')).toBe(33.625);
    expect(formulaValue('=DATE(1900,2,1)+TIME(15,0,0)')).toBe(33.625);
  });

  test(`1900 is correctly treated as not a leap year (${DATE_TIME_RENDER_OPTION})`, () => {
    expect(formulaValue('=DATE(1900,3,1)-DATE(1900,2,28)')).toBe(1);
    expect(displayText(61, false, 'yyyy-mm-dd', null, 'en_US')).toBe('1900-03-01');
  });

  test(`the whole number counts days since December 30, 1899 (${FORMATS_GUIDE})`, () => {
    expect(dateToSerial(new Date('1899-12-30T00:00:00Z'), 'UTC')).toBe(0);
    expect(parseTypedInput('1899-12-31', { locale: 'en_US', timeZone: 'UTC' }).value).toBe(1);
    expect(displayText(2, false, 'yyyy-mm-dd', null, 'en_US')).toBe('1900-01-01');
    expect(displayText(33, false, 'yyyy-mm-dd', null, 'en_US')).toBe('1900-02-01');
  });

  test(`the fractional part is the time as a fraction of the day (${FORMATS_GUIDE})`, () => {
    expect(displayText(0.75, false, 'h:mm', null, 'en_US')).toBe('18:00');
  });
});

describe('date and number format patterns', () => {
  test(`"h" switches between 12- and 24-hour format by the am/pm indicator (${FORMATS_GUIDE})`, () => {
    expect(displayText(0.75, false, 'h:mm', null, 'en_US')).toBe('18:00');
    expect(displayText(0.75, false, 'h:mm am/pm', null, 'en_US')).toBe('6:00 PM');
  });

  test(`"m" is minutes after an hour token, months otherwise; "M" is always the month (${FORMATS_GUIDE})`, () => {
    // 2016-04-05 16:08 (serial 42465 + 16:08)
    const serial = 42465 + (16 * 60 + 8) / 1440;
    expect(displayText(serial, false, 'h:m', null, 'en_US')).toBe('16:8');
    expect(displayText(serial, false, 'm/d/yy', null, 'en_US')).toBe('4/5/16');
    expect(displayText(serial, false, 'M/d/yyyy', null, 'en_US')).toBe('4/5/2016');
  });

  test(`"mmmm" is the month name and "dddd" the weekday name (${FORMATS_GUIDE})`, () => {
    expect(displayText(42465, false, 'dddd, mmmm d', null, 'en_US')).toBe('Tuesday, April 5');
  });

  test(`without a pattern, CURRENCY in en_US renders like $1,000.12 (${FORMATS_GUIDE})`, () => {
    expect(displayText(1000.12, false, undefined, 'currency', 'en_US')).toBe('$1,000.12');
  });

  test(`date-formatted cells read back as dates (${FORMATS_GUIDE}: dates are numbers with a date format)`, () => {
    expect(isDateFormat('yyyy-mm-dd')).toBe(true);
    expect(isDateFormat('#,##0.00')).toBe(false);
  });
});

describe('typed input (setValue/setValues)', () => {
  const us = { locale: 'en_US', timeZone: 'America/New_York' };

  test(`a value beginning with "=" is interpreted as a formula (${RANGE_SET_VALUE})`, () => {
    expect(parseTypedInput('=SUM(A1:A3)', us)).toEqual({ formula: '=SUM(A1:A3)' });
  });

  test('"5" becomes a number and "TRUE" a boolean (platform.md, Writing to sheets; Apps Script reference/spreadsheet)', () => {
    expect(parseTypedInput('5', us)).toEqual({ value: 5 });
    expect(parseTypedInput('TRUE', us)).toEqual({ value: true });
  });

  test('date-like text becomes a date serial (platform.md, Writing to sheets)', () => {
    const typed = parseTypedInput('9/14/2026', us);
    expect(typed.value).toBe(46279);
    expect(isDateFormat(typed.numberFormat)).toBe(true);
  });

  test('nothing is parsed in a plain-text ("@") cell (platform.md, Writing to sheets)', () => {
    for (const text of ['=1+1', '5', 'TRUE', '9/14/2026']) {
      expect(parseTypedInput(text, { ...us, numberFormat: '@' })).toEqual({ value: text });
    }
  });
});

describe('conditional formatting', () => {
  test('custom formulas are relative to the top-left cell of the rule range (platform.md; Apps Script reference/spreadsheet)', () => {
    const { doc, sheet } = newDoc();
    [3, 8, 9].forEach((value, row) => {
      cellFor(sheet, row, 0).value = value;
    });
    doc.engine.syncCells(sheet, { row: 0, column: 0, numRows: 3, numColumns: 1 });
    sheet.conditionalFormats = [
      {
        ranges: [{ row: 0, column: 0, numRows: 3, numColumns: 2 }],
        rule: {
          type: 'boolean',
          condition: 'CUSTOM_FORMULA',
          values: ['=$A1>5'],
          style: { background: '#ff0000' },
        },
      },
    ];
    const shaded = [0, 1, 2].map((row) => effectiveStyle(doc, sheet, row, 1).appliedRule);
    expect(shaded).toEqual([null, 0, 0]);
  });

  test('rules apply in order: an earlier rule takes the cell (platform.md; Apps Script reference/spreadsheet setConditionalFormatRules)', () => {
    const { doc, sheet } = newDoc();
    cellFor(sheet, 0, 0).value = 10;
    doc.engine.syncCells(sheet, { row: 0, column: 0, numRows: 1, numColumns: 1 });
    const range = { row: 0, column: 0, numRows: 1, numColumns: 1 };
    sheet.conditionalFormats = [
      {
        ranges: [range],
        rule: {
          type: 'boolean',
          condition: 'NUMBER_GREATER_THAN',
          values: [5],
          style: { background: '#00ff00' },
        },
      },
      {
        ranges: [range],
        rule: {
          type: 'boolean',
          condition: 'NUMBER_GREATER_THAN',
          values: [1],
          style: { background: '#ff0000' },
        },
      },
    ];
    expect(effectiveStyle(doc, sheet, 0, 0)).toMatchObject({
      background: '#00ff00',
      appliedRule: 0,
    });
  });
});
