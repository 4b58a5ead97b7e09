// Fidelity tests: A1 notation as Sheet.getRange and Spreadsheet.getRange read it. Sources:
// "gas-fakes" = brucemcpherson/gas-fakes test/*.js, whose assertions ran against live Apps
// Script; "docs" = developers.google.com/apps-script/reference/spreadsheet/range.

import { oneSheet } from '../support/one-sheet';

const OUTSIDE = 'The coordinates of the range are outside the dimensions of the sheet.';

describe('references past the edge of the grid', () => {
  test('gas-fakes testsheets.js "getRange with R1C1 notation": getRange("RC1") on a new 26-column sheet is column RC, row 1', () => {
    const { sheet } = oneSheet();
    expect(sheet.getMaxColumns()).toBe(26);
    const range = sheet.getRange('RC1');
    expect([range.getA1Notation(), range.getRow(), range.getColumn()]).toEqual(['RC1', 1, 471]);
  });

  test('getRange("A2000") on a 1000-row sheet is a range; its cells are out of reach until the sheet grows (the error is the emulator\'s choice, see README)', () => {
    const { sheet } = oneSheet();
    const range = sheet.getRange('A2000:B2001');
    expect([range.getA1Notation(), range.getRow(), range.getNumRows()]).toEqual([
      'A2000:B2001',
      2000,
      2,
    ]);
    expect(() => range.getValues()).toThrow(OUTSIDE);
    expect(() => range.setValue(1)).toThrow(OUTSIDE);
    // A numeric getRange past the edge fails at once, as before.
    expect(() => sheet.getRange(2000, 1)).toThrow(OUTSIDE);
    sheet.insertRowsAfter(1000, 1001);
    range.setValue(5);
    expect(range.getValues()).toEqual([
      [5, 5],
      [5, 5],
    ]);
  });

  test('docs Sheet.getRangeList takes "A1 notations or R1C1 notations" as getRange reads them: past the edge too (gas-fakes testsheets.js "getRange with R1C1 notation")', () => {
    const { ss, sheet } = oneSheet();
    const list = sheet.getRangeList(['A1', 'RC1', 'A2000:B2001']);
    expect(list.getRanges().map((range) => range.getA1Notation())).toEqual([
      'A1',
      'RC1',
      'A2000:B2001',
    ]);
    expect(() => list.setValue(1)).toThrow(OUTSIDE);
    const fromFile = ss.getRangeList([`'${sheet.getName()}'!A2000`]);
    expect(fromFile.getRanges()[0]?.getRow()).toBe(2000);
  });

  test('an open end stops at the edge: A2:B on a 1000-row sheet is A2:B1000 (Sheets API GridRange: "Missing indexes indicate the range is unbounded on that side")', () => {
    const { sheet } = oneSheet();
    expect(sheet.getRange('A2:B').getNumRows()).toBe(999);
  });
});

describe('a sheet prefix', () => {
  test('Sheet.getRange("other!A1") finds "Other" as Spreadsheet.getRange and getSheetByName do (the rule of sheet-names.ts: names are unique regardless of case, socialpoint-labs/sheetfu#26)', () => {
    const { ss, sheet } = oneSheet();
    const other = ss.insertSheet('Other');
    other.getRange('A1').setValue('there');
    expect(sheet.getRange('other!A1').getSheet().getName()).toBe('Other');
    expect(sheet.getRange("'OTHER'!A1").getValue()).toBe('there');
    expect(ss.getRange('other!A1').getValue()).toBe('there');
    expect(() => sheet.getRange('Nowhere!A1')).toThrow('Range not found');
  });
});

describe('an empty sheet prefix', () => {
  test('"!A1" names no sheet, so it is A1 of the sheet asked (issue 10; gas-fakes src/support/sheetutils.js fromRange)', () => {
    const { ss, sheet } = oneSheet();
    sheet.getRange('!B2').setValue('here');
    expect(sheet.getRange('!B2').getA1Notation()).toBe('B2');
    expect(sheet.getRange('B2').getValue()).toBe('here');
    expect(ss.getRange('!B2').getValue()).toBe('here');
  });
});

describe('isStartRowBounded, isEndRowBounded, isStartColumnBounded, isEndColumnBounded', () => {
  function bounds(a1: string): boolean[] {
    const range = oneSheet().sheet.getRange(a1);
    return [
      range.isStartRowBounded(),
      range.isEndRowBounded(),
      range.isStartColumnBounded(),
      range.isEndColumnBounded(),
    ];
  }

  test('gas-fakes testsheetsdeveloper.js "Range Bounded Methods": A5:C10, 3:5, B:D, 7:7', () => {
    expect(bounds('A5:C10')).toEqual([true, true, true, true]);
    expect(bounds('3:5')).toEqual([true, true, false, false]);
    expect(bounds('B:D')).toEqual([false, false, true, true]);
    expect(bounds('7:7').slice(0, 2)).toEqual([true, true]);
  });

  test('docs ("whether the end of the range is bound to a particular row"): A:A, 1:3, A2:C, A1:B2, and numeric ranges', () => {
    expect(bounds('A:A')).toEqual([false, false, true, true]);
    expect(bounds('1:3')).toEqual([true, true, false, false]);
    expect(bounds('A2:C')).toEqual([true, false, true, true]);
    expect(bounds('A1:B2')).toEqual([true, true, true, true]);
    const numeric = oneSheet().sheet.getRange(1, 1, 3, 3);
    expect([numeric.isEndRowBounded(), numeric.isEndColumnBounded()]).toEqual([true, true]);
  });
});
