// Fidelity tests: formulas whose results spill over neighbouring cells, read back through the
// Range API as a script would. Each test names its source: a Google Sheets function help page
// (support.google.com/docs/answer/...) or, for the blocked-spill note, the issue threads that
// quote Sheets' wording.

import type { Sheet } from '../../dev/emulator/sheets/sheet';
import { oneSheet } from '../support/one-sheet';

const ARRAYFORMULA_HELP = 'support.google.com/docs/answer/3093275';
const ARRAYS_HELP = 'support.google.com/docs/answer/6208276';
const FILTER_HELP = 'support.google.com/docs/answer/3093197';
const INDEX_HELP = 'support.google.com/docs/answer/3098242';
const XLOOKUP_HELP = 'support.google.com/docs/answer/12405947';
const UNIQUE_HELP = 'support.google.com/docs/answer/10522653';

function put(sheet: Sheet, a1: string, rows: unknown[][]): void {
  sheet.getRange(a1).setValues(rows);
}

describe('ARRAYFORMULA and ranges spill', () => {
  test(`=ARRAYFORMULA(A1:A3*2) fills three cells; the spilled cells have values but no formula (${ARRAYFORMULA_HELP})`, () => {
    const { sheet } = oneSheet();
    put(sheet, 'A1:A3', [[1], [2], [3]]);
    sheet.getRange('B1').setFormula('=ARRAYFORMULA(A1:A3*2)');
    expect(sheet.getRange('B1:B4').getValues()).toEqual([[2], [4], [6], ['']]);
    expect(sheet.getRange('B1:B3').getDisplayValues()).toEqual([['2'], ['4'], ['6']]);
    expect(sheet.getRange('B1:B3').getFormulas()).toEqual([['=ARRAYFORMULA(A1:A3*2)'], [''], ['']]);
    expect(sheet.getRange('B2').getFormula()).toBe('');
  });

  test(`the sample ARRAYFORMULA(A1:C1+A2:C2) fills a row; ARRAYFORMULA(SUM(IF(...))) is one cell (${ARRAYFORMULA_HELP})`, () => {
    const { sheet } = oneSheet();
    put(sheet, 'A1:C2', [
      [1, 2, 3],
      [10, 20, 30],
    ]);
    sheet.getRange('A4').setFormula('=ARRAYFORMULA(A1:C1+A2:C2)');
    sheet.getRange('A5').setFormula('=ARRAYFORMULA(SUM(IF(A1:C2>5, A1:C2, 0)))');
    expect(sheet.getRange('A4:D5').getValues()).toEqual([
      [11, 22, 33, ''],
      [60, '', '', ''],
    ]);
  });

  test(`a bare range (=A1:A3) spills like ARRAYFORMULA("array_formula – A range", ${ARRAYFORMULA_HELP})`, () => {
    const { ss, sheet } = oneSheet();
    put(sheet, 'A1:A3', [['Ava'], ['Ben'], ['Cy']]);
    sheet.getRange('C1').setFormula('=A1:A3');
    const wall = ss.insertSheet('Wall');
    wall.getRange('A1').setFormula(`='${sheet.getName()}'!A1:A3`);
    expect(sheet.getRange('C1:C3').getValues()).toEqual([['Ava'], ['Ben'], ['Cy']]);
    expect(wall.getRange('A1:A4').getValues()).toEqual([['Ava'], ['Ben'], ['Cy'], ['']]);
    expect(sheet.getRange('C1').getFormula()).toBe('=A1:A3');
  });

  test(`={1, 2} fills a row and ={1; 2} a column (${ARRAYS_HELP})`, () => {
    const { sheet } = oneSheet();
    sheet.getRange('A1').setFormula('={1, 2}');
    sheet.getRange('A3').setFormula('={1; 2}');
    expect(sheet.getRange('A1:B4').getValues()).toEqual([
      [1, 2],
      ['', ''],
      [1, ''],
      [2, ''],
    ]);
  });

  test(`spilled dates read back as Dates, as the anchor would (${ARRAYFORMULA_HELP})`, () => {
    const { sheet } = oneSheet();
    sheet.getRange('A1').setFormula('=ARRAYFORMULA(DATE(2026,9,{14;15}))');
    const values = sheet.getRange('A1:A2').getValues();
    expect(values.map(([v]) => (v instanceof Date ? v.toISOString() : v))).toEqual([
      '2026-09-14T04:00:00.000Z',
      '2026-09-15T04:00:00.000Z',
    ]);
    expect(sheet.getRange('A2').getDisplayValue()).toBe('9/15/2026');
  });
});

describe('a spill blocked by data', () => {
  test("is #REF! with Sheets' note naming the blocking cell (tomayac/wikipedia-tools-for-google-spreadsheets#53, googleapis/google-api-go-client#1041)", () => {
    const { doc, sheet } = oneSheet();
    put(sheet, 'A1:A3', [[1], [2], [3]]);
    sheet.getRange('B3').setValue('typed here');
    sheet.getRange('B1').setFormula('=ARRAYFORMULA(A1:A3*2)');
    expect(sheet.getRange('B1:B3').getValues()).toEqual([['#REF!'], [''], ['typed here']]);
    expect(sheet.getRange('B1').getDisplayValue()).toBe('#REF!');
    const model = doc.model.sheets[0]!;
    expect(doc.engine.valueAt(model.id, 0, 1)).toMatchObject({
      value: '#REF!',
      isError: true,
      message: 'Array result was not expanded because it would overwrite data in B3.',
    });
  });

  test('expands again once the blocking cell is cleared (the note says the data is in the way, nothing more)', () => {
    const { sheet } = oneSheet();
    put(sheet, 'A1:A3', [[1], [2], [3]]);
    sheet.getRange('B2').setValue('x');
    sheet.getRange('B1').setFormula('=A1:A3');
    expect(sheet.getRange('B1').getValue()).toBe('#REF!');
    sheet.getRange('B2').clearContent();
    expect(sheet.getRange('B1:B3').getValues()).toEqual([[1], [2], [3]]);
    sheet.getRange('B3').setValue('y');
    expect(sheet.getRange('B1:B3').getValues()).toEqual([['#REF!'], [''], ['y']]);
  });
});

describe('FILTER', () => {
  test(`FILTER(A2:B26, A2:A26 > 5, D2:D26 < 10) keeps the rows meeting every condition (${FILTER_HELP})`, () => {
    const { sheet } = oneSheet();
    put(sheet, 'A2:D5', [
      [4, 'Ava', '', 1],
      [6, 'Ben', '', 12],
      [7, 'Cy', '', 3],
      [9, 'Dee', '', 8],
    ]);
    sheet.getRange('F1').setFormula('=FILTER(A2:B5, A2:A5 > 5, D2:D5 < 10)');
    expect(sheet.getRange('F1:G3').getValues()).toEqual([
      [7, 'Cy'],
      [9, 'Dee'],
      ['', ''],
    ]);
  });

  test(`FILTER(A2:C5, {TRUE; TRUE; FALSE; TRUE}) and a row condition that picks columns (${FILTER_HELP})`, () => {
    const { sheet } = oneSheet();
    put(sheet, 'A2:C5', [
      [1, 2, 3],
      [4, 5, 6],
      [7, 8, 9],
      [10, 11, 12],
    ]);
    sheet.getRange('E1').setFormula('=FILTER(A2:C5, {TRUE; TRUE; FALSE; TRUE})');
    sheet.getRange('E6').setFormula('=FILTER(A2:C3, {TRUE, FALSE, TRUE})');
    expect(sheet.getRange('E1:G3').getValues()).toEqual([
      [1, 2, 3],
      [4, 5, 6],
      [10, 11, 12],
    ]);
    expect(sheet.getRange('E6:G7').getValues()).toEqual([
      [1, 3, ''],
      [4, 6, ''],
    ]);
  });

  test(`FILTER(A2:B10, NOT(ISBLANK(A2:A10))) skips blank rows; no match is #N/A (${FILTER_HELP})`, () => {
    const { sheet } = oneSheet();
    put(sheet, 'A2:B5', [
      ['Ava', 1],
      ['', 2],
      ['Cy', 3],
      ['', 4],
    ]);
    sheet.getRange('D1').setFormula('=FILTER(A2:B5, NOT(ISBLANK(A2:A5)))');
    sheet.getRange('G1').setFormula('=FILTER(A2:A5, B2:B5 > 100)');
    expect(sheet.getRange('D1:E2').getValues()).toEqual([
      ['Ava', 1],
      ['Cy', 3],
    ]);
    expect(sheet.getRange('G1').getValue()).toBe('#N/A');
  });
});

describe('INDEX with a 0 row or column', () => {
  // The help page's guest table: name, dietary restriction, invited, table number.
  const GUESTS = [
    ['Guest name', 'Dietary restriction', 'Invited', 'Table number'],
    ['David', 'Vegetarian', 'No', 3],
    ['Bob', 'None', 'No', 5],
    ['David', 'None', 'Yes', 1],
    ['Nancy', 'None', 'No', 4],
    ['Mary', 'Vegetarian', 'Yes', 2],
  ];

  test(`=INDEX(A2:D6, 2, 1) is Bob and =INDEX(A2:D6, 4, 4) is 4 (${INDEX_HELP})`, () => {
    const { sheet } = oneSheet();
    put(sheet, 'A1:D6', GUESTS);
    sheet.getRange('F1').setFormula('=INDEX(A2:D6, 2, 1)');
    sheet.getRange('F2').setFormula('=INDEX(A2:D6, 4, 4)');
    sheet.getRange('F3').setFormula('=INDEX(A1:D6, MATCH("Mary", A1:A6, 0), 2)');
    expect(sheet.getRange('F1:F3').getValues()).toEqual([['Bob'], [4], ['Vegetarian']]);
  });

  test(`=INDEX(A2:D6, 2, 0) spills Bob's row and =INDEX(A2:D6, 0, 4) the table numbers (${INDEX_HELP})`, () => {
    const { sheet } = oneSheet();
    put(sheet, 'A1:D6', GUESTS);
    sheet.getRange('A8').setFormula('=INDEX(A2:D6, 2, 0)');
    sheet.getRange('F1').setFormula('=INDEX(A2:D6, 0, 4)');
    expect(sheet.getRange('A8:D8').getValues()).toEqual([['Bob', 'None', 'No', 5]]);
    expect(sheet.getRange('F1:F5').getValues()).toEqual([[3], [5], [1], [4], [2]]);
  });
});

describe('XLOOKUP', () => {
  test(`a result range of several columns returns the whole matching row, which spills (${XLOOKUP_HELP})`, () => {
    const { sheet } = oneSheet();
    put(sheet, 'A1:C3', [
      ['Apple', 1.5, 'fruit'],
      ['Kale', 3, 'leaf'],
      ['Plum', 2, 'fruit'],
    ]);
    sheet.getRange('E1').setFormula('=XLOOKUP("Kale", A1:A3, B1:C3)');
    sheet.getRange('E2').setFormula('=XLOOKUP("Fig", A1:A3, B1:B3, "none")');
    expect(sheet.getRange('E1:F2').getValues()).toEqual([
      [3, 'leaf'],
      ['none', ''],
    ]);
  });
});

describe('UNIQUE', () => {
  test(`=UNIQUE(B2:D5) returns the unique rows in the order they first appear (${UNIQUE_HELP})`, () => {
    const { sheet } = oneSheet();
    put(sheet, 'B2:D5', [
      ['Red', 'Yellow', 'Red'],
      ['Blue', 'Magenta', 'Blue'],
      ['Red', 'Yellow', 'Red'],
      ['Green', 'White', 'Green'],
    ]);
    sheet.getRange('F2').setFormula('=UNIQUE(B2:D5)');
    expect(sheet.getRange('F2:H5').getValues()).toEqual([
      ['Red', 'Yellow', 'Red'],
      ['Blue', 'Magenta', 'Blue'],
      ['Green', 'White', 'Green'],
      ['', '', ''],
    ]);
  });
});

// The reference's getLastRow is "the position of the last row that has content" and getDataRange
// "the dimensions in which data is present" (developers.google.com/apps-script/reference/
// spreadsheet/sheet#getlastrow, #getdatarange); a spilled value is content the cell shows and
// getValues returns. gas-fakes, checked against live Apps Script, builds getDataRange and
// getLastRow from the Sheets API's values, which hold array results
// (src/services/spreadsheetapp/fakesheet.js).
const SHEET_REFERENCE = 'developers.google.com/apps-script/reference/spreadsheet/sheet#getlastrow';
const RANGE_REFERENCE = 'developers.google.com/apps-script/reference/spreadsheet/range#isblank';

describe('spilled values are content', () => {
  test(`getLastRow, getLastColumn and getDataRange reach the cells a result spills into (${SHEET_REFERENCE})`, () => {
    const { sheet } = oneSheet();
    sheet.getRange('A1').setFormula('=ARRAYFORMULA(SEQUENCE(5, 3))');
    expect(sheet.getLastRow()).toBe(5);
    expect(sheet.getLastColumn()).toBe(3);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C5');
    expect(sheet.getDataRange().getValues()[4]).toEqual([13, 14, 15]);
  });

  test(`a spill that is blocked counts only its own cell (${SHEET_REFERENCE}, ${ARRAYFORMULA_HELP})`, () => {
    const { sheet } = oneSheet();
    sheet.getRange('B1').setFormula('={1; 2; 3}');
    sheet.getRange('B2').setValue('in the way');
    expect(sheet.getRange('B1').getValue()).toBe('#REF!');
    expect(sheet.getLastRow()).toBe(2);
    sheet.getRange('B2').clearContent();
    expect(sheet.getLastRow()).toBe(3);
  });

  test(`appendRow writes below the spilled rows (${SHEET_REFERENCE})`, () => {
    const { sheet } = oneSheet();
    sheet.getRange('A1').setFormula('={"a"; "b"}');
    sheet.appendRow(['c']);
    expect(sheet.getRange('A1:A3').getValues()).toEqual([['a'], ['b'], ['c']]);
  });

  test(`isBlank is false for a range a result spills into, true beyond it (${RANGE_REFERENCE})`, () => {
    const { sheet } = oneSheet();
    sheet.getRange('A1').setFormula('=ARRAYFORMULA({1, 2})');
    expect(sheet.getRange('B1').isBlank()).toBe(false);
    expect(sheet.getRange('C1:D2').isBlank()).toBe(true);
  });
});
