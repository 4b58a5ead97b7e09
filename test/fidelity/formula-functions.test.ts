// Fidelity tests: the Sheets functions a class tracker writes (counts per lesson, pacing on
// TODAY(), progress bars, links and pictures), read back through the Range API. Each test names
// the Google Sheets function help page (support.google.com/docs/answer/...) whose description or
// examples give the expected result.

import type { Sheet } from '../../dev/emulator/sheets/sheet';
import { oneSheet } from '../support/one-sheet';

const help = (id: number): string => `support.google.com/docs/answer/${id}`;

/** Writes `formulas` down column A from A1 and returns what getValues reads back. */
function evaluate(sheet: Sheet, formulas: string[]): unknown[] {
  const range = sheet.getRange(1, 1, formulas.length, 1);
  range.setFormulas(formulas.map((f) => [f]));
  return range.getValues().map(([value]) => value);
}

describe('blank cells and empty strings', () => {
  function withEmptyStrings(): Sheet {
    // C1 holds ="" (an empty string), C2 is empty, C3 holds text.
    const { sheet } = oneSheet();
    sheet.getRange('C1').setFormula('=""');
    sheet.getRange('C3').setValue('done');
    return sheet;
  }

  test(`COUNTBLANK counts cells with no content and cells holding "" (${help(3093403)})`, () => {
    const sheet = withEmptyStrings();
    expect(evaluate(sheet, ['=COUNTBLANK(C1:C3)', '=COUNTBLANK(C1:C3, C3)'])).toEqual([2, 2]);
  });

  test(`COUNTIF checks each cell "for equality" with the criterion: "" matches empty and "" cells, "<>" the rest (${help(3093480)})`, () => {
    const sheet = withEmptyStrings();
    expect(
      evaluate(sheet, ['=COUNTIF(C1:C3, "")', '=COUNTIF(C1:C3, "<>")', '=COUNTIFS(C1:C3, "=")']),
    ).toEqual([2, 1, 2]);
  });

  test(`COUNTA counts zero-length strings (${help(3093991)})`, () => {
    const sheet = withEmptyStrings();
    expect(evaluate(sheet, ['=COUNTA(C1:C3)', '=COUNTA(C2)'])).toEqual([2, 0]);
  });

  test(`IF without value_if_false is blank by default (${help(3093364)})`, () => {
    const { sheet } = oneSheet();
    expect(evaluate(sheet, ['=IF(1>2, "done")', '=IF(1<2, "done")', '=IF(TRUE,4,5)'])).toEqual([
      '',
      'done',
      4,
    ]);
    expect(sheet.getRange('A1').getDisplayValue()).toBe('');
  });

  test(`IFERROR without value_if_error is blank by default (${help(3093304)})`, () => {
    const { sheet } = oneSheet();
    expect(evaluate(sheet, ['=IFERROR(1/0)', '=IFERROR(1/0, "none")', '=IFERROR(7)'])).toEqual([
      '',
      'none',
      7,
    ]);
    expect(sheet.getRange('A1').getDisplayValue()).toBe('');
    expect(sheet.getRange('A1').getFormula()).toBe('=IFERROR(1/0)');
  });
});

describe('TEXT', () => {
  test(`0 forces zeros on both sides of the point, decimals round as written, # shows no forced zero (${help(3094139)})`, () => {
    const { sheet } = oneSheet();
    expect(
      evaluate(sheet, [
        '=TEXT(12.3,"000.00")',
        '=TEXT(12.305,"00.00")',
        '=TEXT(12.3,"###.##")',
        '=TEXT(1.23,"$0.00")',
        '=TEXT(5,"000")',
        '=TEXT(3.14159,"00.0")',
        '=TEXT(0.256,"0.0%")',
      ]),
    ).toEqual(['012.30', '12.31', '12.3', '$1.23', '005', '03.1', '25.6%']);
  });

  test(`date patterns: yyyy-MM, yyyy-mm-dd, mmm d, dddd, ddd (${help(3094139)})`, () => {
    const { sheet } = oneSheet();
    expect(
      evaluate(sheet, [
        '=TEXT(DATE(1969,7,20),"yyyy-MM")',
        '=TEXT(DATE(2026,9,14),"yyyy-mm-dd")',
        '=TEXT(DATE(2026,9,14),"mmm d")',
        '=TEXT(DATE(2026,9,14),"dddd")',
        '=TEXT(DATE(2026,9,14),"ddd, mmmm d")',
      ]),
    ).toEqual(['1969-07', '2026-09-14', 'Sep 14', 'Monday', 'Mon, September 14']);
  });
});

describe('dates', () => {
  test(`TO_DATE turns a number into a date, days since December 30, 1899, and leaves text alone (${help(3094239)})`, () => {
    const { sheet } = oneSheet();
    const [date, withTime, text] = evaluate(sheet, [
      '=TO_DATE(25405)',
      '=TO_DATE(40826.4375)',
      '=TO_DATE("soon")',
    ]);
    // The spreadsheet's zone is America/New_York (the document default).
    expect(date).toEqual(new Date('1969-07-21T04:00:00Z'));
    expect(withTime).toEqual(new Date('2011-10-10T14:30:00Z'));
    expect(text).toBe('soon');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('7/21/1969');
  });

  test(`TODAY() follows the emulator clock; DATE arithmetic counts days (${help(3092984)}, ${help(3092969)})`, () => {
    const { sheet } = oneSheet();
    // The clock reads 2026-09-14T12:00:00Z: still the 14th in New York.
    expect(
      evaluate(sheet, [
        '=TODAY()=DATE(2026,9,14)',
        '=TODAY()-DATE(2026,9,1)',
        '=DATE(2026,9,14)+7=DATE(2026,9,21)',
      ]),
    ).toEqual([true, 13, true]);
  });

  test(`COUNTIFS with "<="&TODAY() counts the lessons due by today (${help(3256550)})`, () => {
    const { sheet } = oneSheet();
    sheet
      .getRange('C1:C4')
      .setFormulas([
        ['=DATE(2026,9,1)'],
        ['=DATE(2026,9,14)'],
        ['=DATE(2026,9,15)'],
        ['=DATE(2026,10,1)'],
      ]);
    expect(
      evaluate(sheet, ['=COUNTIFS(C1:C4,"<="&TODAY())', '=COUNTIFS(C1:C4,">"&TODAY())']),
    ).toEqual([2, 2]);
  });
});

describe('counting and lookups', () => {
  test(`COUNTIF and COUNTIFS take ? and * wildcards and ~ to escape them (${help(3093480)}, ${help(3256550)})`, () => {
    const { sheet } = oneSheet();
    sheet.getRange('C1:D4').setValues([
      ['Lesson 1', 'done'],
      ['Lesson 12', 'done'],
      ['Quiz 1', ''],
      ['Lesson ?', 'done'],
    ]);
    expect(
      evaluate(sheet, [
        '=COUNTIF(C1:C4,"Lesson *")',
        '=COUNTIF(C1:C4,"Lesson ?")',
        '=COUNTIFS(C1:C4,"L*",D1:D4,"done")',
        '=COUNTIF(C1:C4,"Lesson ~?")',
      ]),
    ).toEqual([3, 2, 3, 1]);
  });

  test(`MATCH finds a position; IF and IFS choose; IFS with no true condition is #N/A (${help(3093378)}, ${help(3093364)}, ${help(7014145)})`, () => {
    const { sheet } = oneSheet();
    sheet.getRange('C1:C3').setValues([['Ava'], ['Ben'], ['Cy']]);
    expect(
      evaluate(sheet, [
        '=MATCH("Ben", C1:C3, 0)',
        '=IF(MATCH("Cy", C1:C3, 0)=3, "third", "other")',
        '=IFS(2>3, "big", 2>1, "small")',
        '=IFS(2>3, "big")',
      ]),
    ).toEqual([2, 'third', 'small', '#N/A']);
  });

  test(`SUMPRODUCT multiplies conditions as arrays without ARRAYFORMULA (${help(3094294)})`, () => {
    const { sheet } = oneSheet();
    sheet.getRange('C1:D4').setValues([
      ['L1', 2],
      ['L2', 3],
      ['L1', 4],
      ['L3', 5],
    ]);
    expect(
      evaluate(sheet, [
        '=SUMPRODUCT((C1:C4="L1")*D1:D4)',
        '=SUMPRODUCT(--(C1:C4="L1"))',
        '=SUMPRODUCT(D1:D2, D3:D4)',
      ]),
    ).toEqual([6, 2, 23]);
  });
});

describe('ranges open at the bottom (A2:A)', () => {
  test(`XLOOKUP("Apple", A2:A, E2:E), the help page's own sample, reads to the last row (${help(12405947)})`, () => {
    const { sheet } = oneSheet();
    sheet.getRange('A2:E2').setValues([['Kale', '', '', '', 3]]);
    sheet.getRange('A1000:E1000').setValues([['Apple', '', '', '', 1.5]]);
    expect(evaluate(sheet, ['=XLOOKUP("Apple", A2:A, E2:E)'])).toEqual([1.5]);
    expect(sheet.getRange('A1').getFormula()).toBe('=XLOOKUP("Apple", A2:A, E2:E)');
  });

  test(`COUNTIF over C2:C follows the sheet as rows are added at the end or in the middle (Sheets API GridRange: a missing end index is "unbounded")`, () => {
    const { sheet } = oneSheet();
    sheet.getRange('A1').setFormula('=COUNTIF(C2:C, "done")');
    sheet.getRange('C5').setValue('done');
    expect(sheet.getRange('A1').getValue()).toBe(1);
    sheet.insertRowsAfter(1000, 10);
    sheet.getRange('C1010').setValue('done');
    expect(sheet.getRange('A1').getValue()).toBe(2);
    sheet.insertRowsBefore(1, 1);
    expect(sheet.getRange('A2').getFormula()).toBe('=COUNTIF(C3:C, "done")');
    expect(sheet.getRange('C1011').getValue()).toBe('done');
    expect(sheet.getRange('A2').getValue()).toBe(2);
    sheet.deleteRows(1000, 12);
    expect(sheet.getRange('A2').getValue()).toBe(1);
  });
});

describe('text, links and pictures', () => {
  test(`REPT builds a progress bar; CHAR reads the Unicode table; & and CONCATENATE join (${help(3094134)}, ${help(3094120)}, ${help(3094123)})`, () => {
    const { sheet } = oneSheet();
    expect(
      evaluate(sheet, [
        '=REPT("█",3)&REPT("░",2)',
        '=REPT(CHAR(9608),2)',
        '=CHAR(97)',
        '=CONCATENATE("Lesson ",3,": ","Fractions")',
        '="Behind by "&2',
      ]),
    ).toEqual(['███░░', '██', 'a', 'Lesson 3: Fractions', 'Behind by 2']);
  });

  test(`INT rounds down to the integer less than or equal to the value (${help(3093490)})`, () => {
    const { sheet } = oneSheet();
    expect(evaluate(sheet, ['=INT(99.44)', '=INT(-1.5)'])).toEqual([99, -2]);
  });

  test(`REGEXMATCH tests text against a pattern (${help(3098292)})`, () => {
    const { sheet } = oneSheet();
    expect(
      evaluate(sheet, ['=REGEXMATCH("Lesson 12", "\\d+")', '=REGEXMATCH("Quiz", "^Lesson")']),
    ).toEqual([true, false]);
  });

  test(`HYPERLINK shows link_label, or the url when no label is given (${help(3093313)})`, () => {
    const { sheet } = oneSheet();
    expect(
      evaluate(sheet, [
        '=HYPERLINK("https://www.google.com/","Google")',
        '=HYPERLINK("https://example.com/lesson-3")',
      ]),
    ).toEqual(['Google', 'https://example.com/lesson-3']);
    expect(sheet.getRange('A1').getDisplayValue()).toBe('Google');
  });

  test('IMAGE and SPARKLINE cells read as empty and keep their formula (the Sheets API returns no value for =IMAGE cells: theoephraim/node-google-spreadsheet#618, a-marenkov/gsheets#61)', () => {
    const { sheet } = oneSheet();
    sheet.getRange('C1:C3').setValues([[1], [3], [2]]);
    const formulas = ['=IMAGE("https://example.com/ava.png")', '=SPARKLINE(C1:C3)'];
    expect(evaluate(sheet, formulas)).toEqual(['', '']);
    expect(sheet.getRange('A1:A2').getDisplayValues()).toEqual([[''], ['']]);
    expect(sheet.getRange('A1:A2').getFormulas()).toEqual(formulas.map((f) => [f]));
  });
});
