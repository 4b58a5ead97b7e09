// Range members that move, clean or describe cells (insertCells/deleteCells, moveTo,
// trimWhitespace, getTextStyle(s), setShowHyperlink, wrap strategies) and copyTo's argument
// checks, as Google documents them or as checked against live Apps Script. Each test names its
// source: "docs" = developers.google.com/apps-script/reference/spreadsheet/range; "gas-fakes" =
// brucemcpherson/gas-fakes test/*.js, run against live Apps Script, and its notes/oddities.md.

import { CopyPasteType, Dimension, WrapStrategy } from '../../dev/emulator/sheets/enums';
import { oneSheet } from '../support/one-sheet';

const INITIAL = [
  ['A1', 'B1', 'C1', 'D1'],
  ['A2', 'B2', 'C2', 'D2'],
  ['A3', 'B3', 'C3', 'D3'],
  ['A4', 'B4', 'C4', 'D4'],
];

describe('insertCells and deleteCells', () => {
  test('gas-fakes testsheets.js "Range.deleteCells and Range.insertCells": deleteCells(COLUMNS) shifts cells left', () => {
    const { sheet } = oneSheet();
    sheet.getRange('A1:D4').setValues(INITIAL);
    sheet.getRange('B2:C3').deleteCells(Dimension.COLUMNS);
    expect(sheet.getRange('A1:D4').getValues()).toEqual([
      ['A1', 'B1', 'C1', 'D1'],
      ['A2', 'D2', '', ''],
      ['A3', 'D3', '', ''],
      ['A4', 'B4', 'C4', 'D4'],
    ]);
  });

  test('gas-fakes testsheets.js: deleteCells(ROWS) shifts cells up', () => {
    const { sheet } = oneSheet();
    sheet.getRange('A1:D4').setValues(INITIAL);
    sheet.getRange('B2:C3').deleteCells(Dimension.ROWS);
    expect(sheet.getRange('A1:D4').getValues()).toEqual([
      ['A1', 'B1', 'C1', 'D1'],
      ['A2', 'B4', 'C4', 'D2'],
      ['A3', '', '', 'D3'],
      ['A4', '', '', 'D4'],
    ]);
  });

  test('gas-fakes testsheets.js: insertCells(COLUMNS) shifts cells right', () => {
    const { sheet } = oneSheet();
    sheet.getRange('A1:D4').setValues(INITIAL);
    sheet.getRange('B2:C2').insertCells(Dimension.COLUMNS);
    expect(sheet.getRange('A1:D4').getValues()).toEqual([
      ['A1', 'B1', 'C1', 'D1'],
      ['A2', '', '', 'B2'],
      ['A3', 'B3', 'C3', 'D3'],
      ['A4', 'B4', 'C4', 'D4'],
    ]);
    expect(sheet.getRange('E2:F2').getValues()).toEqual([['C2', 'D2']]);
  });

  test('gas-fakes testsheets.js: insertCells(ROWS) shifts cells down', () => {
    const { sheet } = oneSheet();
    sheet.getRange('A1:D4').setValues(INITIAL);
    const returned = sheet.getRange('B2:B3').insertCells(Dimension.ROWS);
    expect(returned.getA1Notation()).toBe('B2:B3');
    expect(sheet.getRange('A1:D4').getValues()).toEqual([
      ['A1', 'B1', 'C1', 'D1'],
      ['A2', '', 'C2', 'D2'],
      ['A3', '', 'C3', 'D3'],
      ['A4', 'B2', 'C4', 'D4'],
    ]);
  });

  test('docs insertCells: "The new cells retain any formatting present in the cells previously occupying this range"', () => {
    const { sheet } = oneSheet();
    sheet.getRange('B2').setValue('x').setBackground('#ff0000').setNumberFormat('0.00');
    sheet.getRange('B2').insertCells(Dimension.ROWS);
    expect([sheet.getRange('B2').getValue(), sheet.getRange('B2').getBackground()]).toEqual([
      '',
      '#ff0000',
    ]);
    expect(sheet.getRange('B2').getNumberFormat()).toBe('0.00');
    expect([sheet.getRange('B3').getValue(), sheet.getRange('B3').getBackground()]).toEqual([
      'x',
      '#ff0000',
    ]);
  });

  test('Apps Script signature check: insertCells/deleteCells want a Dimension', () => {
    const { sheet } = oneSheet();
    expect(() => sheet.getRange('B2').insertCells('ROWS' as never)).toThrow(
      "The parameters (String) don't match the method signature for SpreadsheetApp.Range.insertCells.",
    );
    expect(() => sheet.getRange('B2').deleteCells(undefined as never)).toThrow(
      "The parameters (undefined) don't match the method signature for SpreadsheetApp.Range.deleteCells.",
    );
  });
});

describe('moveTo', () => {
  function source(): ReturnType<typeof oneSheet> {
    const setup = oneSheet();
    setup.sheet
      .getRange('A1:B2')
      .setValues([
        ['A1', 'B1'],
        ['A2', 'B2'],
      ])
      .setBackground('#ff0000')
      .setFontWeight('bold');
    return setup;
  }

  test('gas-fakes testsheets.js "Range.moveTo": values and formats move; the source is left empty and unformatted', () => {
    const { sheet } = source();
    sheet.getRange('A1:B2').moveTo(sheet.getRange('D1'));
    const moved = sheet.getRange('D1:E2');
    expect(moved.getValues()).toEqual([
      ['A1', 'B1'],
      ['A2', 'B2'],
    ]);
    expect([moved.getBackground(), moved.getFontWeight()]).toEqual(['#ff0000', 'bold']);
    const left = sheet.getRange('A1:B2');
    expect(left.getValues()).toEqual([
      ['', ''],
      ['', ''],
    ]);
    expect([left.getBackground(), left.getFontWeight()]).toEqual(['#ffffff', 'normal']);
  });

  test('gas-fakes testsheets.js "Range.moveTo": an overlapping move', () => {
    const { sheet } = source();
    sheet.getRange('A1:B2').moveTo(sheet.getRange('B1'));
    expect(sheet.getRange('A1:C2').getValues()).toEqual([
      ['', 'A1', 'B1'],
      ['', 'A2', 'B2'],
    ]);
    expect(sheet.getRange('B1:C2').getBackground()).toBe('#ff0000');
    expect(sheet.getRange('A1').getBackground()).toBe('#ffffff');
  });

  test('docs moveTo (cut and paste): notes, merges and formulas travel with the cells', () => {
    const { sheet } = oneSheet();
    sheet.getRange('A1').setValue(2).setNote('n');
    sheet.getRange('A2').setFormula('=A1*10');
    sheet.getRange('B1:C1').merge();
    sheet.getRange('A1:C2').moveTo(sheet.getRange('E5'));
    expect(sheet.getRange('E5').getNote()).toBe('n');
    expect(sheet.getRange('E6').getFormula()).toBe('=E5*10');
    expect(sheet.getRange('E6').getValue()).toBe(20);
    expect(
      sheet
        .getRange('A1:H10')
        .getMergedRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(['F5:G5']);
  });

  test('Apps Script signature check: moveTo wants a Range', () => {
    const { sheet } = oneSheet();
    expect(() => sheet.getRange('A1').moveTo('D1' as never)).toThrow(
      "The parameters (String) don't match the method signature for SpreadsheetApp.Range.moveTo.",
    );
  });
});

describe('trimWhitespace', () => {
  test('gas-fakes testsheetsvalues.js and docs: trims both ends, reduces inner runs to one space, keeps text as text', () => {
    const { sheet } = oneSheet();
    const range = sheet.getRange('A1:D1');
    range.setValues([
      [' preceding space', 'following space ', 'two  middle  spaces', '   =SUM(1,2)'],
    ]);
    range.trimWhitespace();
    expect(range.getValues()).toEqual([
      ['preceding space', 'following space', 'two middle spaces', '=SUM(1,2)'],
    ]);
    expect(range.getFormulas()).toEqual([['', '', '', '']]);
  });

  test('docs: "such as spaces, tabs, or new lines"; numbers and formulas are left alone', () => {
    const { sheet } = oneSheet();
    sheet.getRange('A1:C1').setValues([['\tAva \n Li\t', 5, '=1+1']]);
    sheet.getRange('A1:C1').trimWhitespace();
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['Ava Li', 5, 2]]);
    expect(sheet.getRange('C1').getFormula()).toBe('=1+1');
  });

  test('gas-fakes testsheetsexotics.js "RangeList exotic methods": RangeList.trimWhitespace()', () => {
    const { sheet } = oneSheet();
    const list = sheet.getRangeList(['A1', 'E5']);
    list.setValue('  whitespace  ');
    list.trimWhitespace();
    expect(list.getRanges().map((r) => r.getValue())).toEqual(['whitespace', 'whitespace']);
  });
});

describe('getTextStyle and getTextStyles', () => {
  test('gas-fakes testsheets.js "cell and font backgrounds, styles and alignments": defaults of an empty sheet', () => {
    const { sheet } = oneSheet();
    const range = sheet.getRange('A1:C5');
    const styles = range.getTextStyles();
    const style = range.getTextStyle();
    expect([styles.length, styles[0]?.length]).toEqual([5, 3]);
    expect(style.toString()).toBe('TextStyle');
    expect(style.getFontSize()).toBe(10);
    expect(style.getFontFamily()).toBe('arial,sans,sans-serif');
    expect([
      style.isBold(),
      style.isItalic(),
      style.isUnderline(),
      style.isStrikethrough(),
    ]).toEqual([false, false, false, false]);
    expect(style.getForegroundColor()).toBe('#000000');
    // getFontFamily() of the same cells says 'Arial' (gas-fakes testsheets.js, default font family).
    expect(range.getFontFamily()).toBe('Arial');
  });

  test('docs getTextStyle: reads the cell format back (bold, italic, family, size, colour, lines)', () => {
    const { sheet } = oneSheet();
    sheet
      .getRange('B2')
      .setFontWeight('bold')
      .setFontStyle('italic')
      .setFontFamily('helvetica')
      .setFontSize(32)
      .setFontColor('#00ff00')
      .setFontLine('line-through');
    sheet.getRange('C2').setFontLine('underline');
    const styles = sheet.getRange('B2:C2').getTextStyles();
    const style = styles[0]![0]!;
    expect([style.isBold(), style.isItalic(), style.getFontFamily(), style.getFontSize()]).toEqual([
      true,
      true,
      'helvetica',
      32,
    ]);
    expect([style.getForegroundColor(), style.isStrikethrough(), style.isUnderline()]).toEqual([
      '#00ff00',
      true,
      false,
    ]);
    expect(styles[0]![1]!.isUnderline()).toBe(true);
    expect(sheet.getRange('C2').getTextStyle().isUnderline()).toBe(true);
  });
});

describe('setShowHyperlink', () => {
  test('gas-fakes testsheetsexotics.js "Range.setShowHyperlink": true and false are taken, null is refused', () => {
    const { sheet } = oneSheet();
    const range = sheet.getRange('A1');
    range.setFormula('=HYPERLINK("http://www.google.com","Google")');
    expect(range.setShowHyperlink(false)).toBe(range);
    range.setShowHyperlink(true);
    expect(() => range.setShowHyperlink(null as never)).toThrow(
      /The parameters \(null\) don't match the method signature/,
    );
    sheet.getRangeList(['C1', 'D1']).setShowHyperlink(false);
    // The value is untouched: only how the link shows changes.
    expect(range.getValue()).toBe('Google');
  });
});

describe('wrap strategies', () => {
  test('gas-fakes testsheets.js "cell and font backgrounds": a new cell reads OVERFLOW', () => {
    const { sheet } = oneSheet();
    const range = sheet.getRange('A1:C5');
    expect(range.getWrapStrategy()).toBe(WrapStrategy.OVERFLOW);
    expect(
      range
        .getWrapStrategies()
        .flat()
        .every((w) => w === WrapStrategy.OVERFLOW),
    ).toBe(true);
  });

  test('gas-fakes testsheets.js "exotic styles": set strategies read back; OVERFLOW and CLIP read getWrap() false, WRAP true', () => {
    const { sheet } = oneSheet();
    const rw1 = sheet.getRange('B2:C3').clearFormat();
    rw1.setWrapStrategy(WrapStrategy.OVERFLOW);
    expect(rw1.getWrapStrategy()).toBe(WrapStrategy.OVERFLOW);
    expect(rw1.getWrap()).toBe(false);

    const rw2 = sheet.getRange('E2:F2');
    rw2.setWrapStrategies([[WrapStrategy.WRAP, WrapStrategy.CLIP]]);
    expect(rw2.getWrapStrategies().flat().map(String)).toEqual(['WRAP', 'CLIP']);
    expect(rw2.getWraps()).toEqual([[true, false]]);

    const rw4 = sheet.getRange('H2:I3');
    rw4.setWrapStrategies([
      [WrapStrategy.CLIP, WrapStrategy.CLIP],
      [WrapStrategy.CLIP, WrapStrategy.CLIP],
    ]);
    expect(
      rw4
        .getWraps()
        .flat()
        .every((w) => w === false),
    ).toBe(true);
  });

  test('gas-fakes testsheets.js "exotic styles": setWraps(true/false) read back as WRAP/OVERFLOW; setWrap(true) as WRAP', () => {
    const { sheet } = oneSheet();
    const range = sheet.getRange('A1:B1');
    range.setWrapStrategy(WrapStrategy.CLIP);
    range.setWraps([[true, false]]);
    expect(range.getWrapStrategies().flat().map(String)).toEqual(['WRAP', 'OVERFLOW']);
    range.setWrap(true);
    expect(range.getWrap()).toBe(true);
    expect(range.getWrapStrategy().toString()).toBe('WRAP');
  });

  test('gas-fakes testsheetsexotics.js "RangeList exotic methods": RangeList.setWrapStrategy(WRAP)', () => {
    const { sheet } = oneSheet();
    sheet.getRangeList(['A1', 'E5']).setWrapStrategy(WrapStrategy.WRAP);
    expect(sheet.getRange('E5').getWrapStrategy()).toBe(WrapStrategy.WRAP);
  });

  test('Apps Script signature check: setWrapStrategy wants a WrapStrategy', () => {
    const { sheet } = oneSheet();
    expect(() => sheet.getRange('A1').setWrapStrategy('WRAP' as never)).toThrow(
      "The parameters (String) don't match the method signature for SpreadsheetApp.Range.setWrapStrategy.",
    );
  });
});

describe('copyTo arguments', () => {
  function copySetup(): ReturnType<typeof oneSheet> {
    const setup = oneSheet();
    setup.sheet
      .getRange('A1:B2')
      .setValues([
        ['V1', 'V2'],
        ['V3', 'V4'],
      ])
      .setBackground('#ff0000');
    return setup;
  }

  test('gas-fakes testsheets.js "Range.copyTo": no destination, or one that is not a Range, is refused', () => {
    const { sheet } = copySetup();
    const source = sheet.getRange('A1:B2');
    const copyTo = source.copyTo.bind(source) as (...args: unknown[]) => void;
    expect(() => copyTo()).toThrow(
      "The parameters () don't match the method signature for SpreadsheetApp.Range.copyTo.",
    );
    expect(() => copyTo('not a range')).toThrow(
      "The parameters (String) don't match the method signature for SpreadsheetApp.Range.copyTo.",
    );
    expect(() => copyTo(sheet.getRange('D1'), CopyPasteType.PASTE_NORMAL, 'not a boolean')).toThrow(
      "The parameters (SpreadsheetApp.Range,SpreadsheetApp.CopyPasteType,String) don't match the method signature for SpreadsheetApp.Range.copyTo.",
    );
  });

  test('gas-fakes notes/oddities.md "range.copyTo" 4: a bad type is reported only with the transposed argument', () => {
    const { sheet } = copySetup();
    const source = sheet.getRange('A1:B2');
    const copyTo = source.copyTo.bind(source) as (...args: unknown[]) => void;
    expect(() => copyTo(sheet.getRange('D1'), 'FOO', true)).toThrow(
      "The parameters (SpreadsheetApp.Range,String,Boolean) don't match the method signature for SpreadsheetApp.Range.copyTo.",
    );
    copyTo(sheet.getRange('D1'), 'FOO');
    expect(sheet.getRange('D1:E2').getValues()).toEqual([
      ['V1', 'V2'],
      ['V3', 'V4'],
    ]);
    expect(sheet.getRange('D1').getBackground()).toBe('#ff0000');
  });

  test('gas-fakes notes/oddities.md "range.copyTo" 5 and 6: conflicting or unknown options are not refused', () => {
    const { sheet } = copySetup();
    const source = sheet.getRange('A1:B2');
    const copyTo = source.copyTo.bind(source) as (...args: unknown[]) => void;
    expect(() =>
      copyTo(sheet.getRange('D1'), { contentsOnly: true, formatOnly: true }),
    ).not.toThrow();
    copyTo(sheet.getRange('G1'), { someOtherOption: true });
    expect(sheet.getRange('G1:H2').getValues()).toEqual([
      ['V1', 'V2'],
      ['V3', 'V4'],
    ]);
    expect(sheet.getRange('G1').getBackground()).toBe('#ff0000');
  });

  test('gas-fakes testsheets.js "Range.copyTo": {contentsOnly} keeps the destination format, {formatOnly} its values', () => {
    const { sheet } = copySetup();
    const source = sheet.getRange('A1:B2');
    sheet.getRange('D5:E6').setBackground('#cccccc');
    source.copyTo(sheet.getRange('D5:E6'), { contentsOnly: true });
    expect(sheet.getRange('D5:E6').getValues()).toEqual([
      ['V1', 'V2'],
      ['V3', 'V4'],
    ]);
    expect(sheet.getRange('D5').getBackground()).toBe('#cccccc');
    sheet.getRange('D9:E10').setValues([
      ['X1', 'X2'],
      ['X3', 'X4'],
    ]);
    source.copyTo(sheet.getRange('D9:E10'), { formatOnly: true });
    expect(sheet.getRange('D9:E10').getValues()).toEqual([
      ['X1', 'X2'],
      ['X3', 'X4'],
    ]);
    expect(sheet.getRange('D9').getBackground()).toBe('#ff0000');
  });
});
