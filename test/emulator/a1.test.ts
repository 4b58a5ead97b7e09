// A1 / R1C1 notation: parsing into rectangles, formatting back, and formula reference conversion.

import {
  a1FormulaToR1C1,
  columnIndex,
  columnLetters,
  formatA1,
  parseA1,
  quoteSheetName,
  r1c1FormulaToA1,
  resolveA1,
} from '../../dev/emulator/sheets/a1';
import { shiftFormula } from '../../dev/emulator/formula/references';

const SHEET = { rowCount: 1000, columnCount: 26 };

describe('resolveA1', () => {
  test.each([
    ['A1', null, { row: 0, column: 0, numRows: 1, numColumns: 1 }, false, false],
    ['a1', null, { row: 0, column: 0, numRows: 1, numColumns: 1 }, false, false],
    ['$A$1', null, { row: 0, column: 0, numRows: 1, numColumns: 1 }, false, false],
    ['B2:C4', null, { row: 1, column: 1, numRows: 3, numColumns: 2 }, false, false],
    ['c4:b2', null, { row: 1, column: 1, numRows: 3, numColumns: 2 }, false, false],
    ['Sheet1!A1:B2', 'Sheet1', { row: 0, column: 0, numRows: 2, numColumns: 2 }, false, false],
    ["'My Sheet'!A1", 'My Sheet', { row: 0, column: 0, numRows: 1, numColumns: 1 }, false, false],
    ["'It''s'!B3", "It's", { row: 2, column: 1, numRows: 1, numColumns: 1 }, false, false],
    ['A:A', null, { row: 0, column: 0, numRows: 1000, numColumns: 1 }, true, false],
    ['A:C', null, { row: 0, column: 0, numRows: 1000, numColumns: 3 }, true, false],
    ['1:3', null, { row: 0, column: 0, numRows: 3, numColumns: 26 }, false, true],
    ['A2:C', null, { row: 1, column: 0, numRows: 999, numColumns: 3 }, false, false],
    ['R1C1', null, { row: 0, column: 0, numRows: 1, numColumns: 1 }, false, false],
    ['R1C1:R2C3', null, { row: 0, column: 0, numRows: 2, numColumns: 3 }, false, false],
    ['r2c2:r4c5', null, { row: 1, column: 1, numRows: 3, numColumns: 4 }, false, false],
    ['Z1000', null, { row: 999, column: 25, numRows: 1, numColumns: 1 }, false, false],
  ])('%s', (notation, sheetName, rect, wholeColumns, wholeRows) => {
    expect(resolveA1(notation, SHEET)).toMatchObject({ sheetName, rect, wholeColumns, wholeRows });
  });

  test.each(['', 'A0', 'A', '3', 'A1:B2:C3', '1:A', 'AA1', 'A1001', 'Sheet1!', "'open!A1"])(
    'rejects %p',
    (notation) => {
      expect(() => resolveA1(notation, SHEET)).toThrow(/Range not found|Invalid argument/);
    },
  );

  test('an empty sheet prefix names no sheet', () => {
    expect(parseA1('!B2')).toEqual(parseA1('B2'));
  });

  test('beyondEdge accepts cells past the edge; open ends still stop there', () => {
    expect(resolveA1('AA1:AB1001', SHEET, { beyondEdge: true }).rect).toEqual({
      row: 0,
      column: 26,
      numRows: 1001,
      numColumns: 2,
    });
    expect(resolveA1('A5:AA', SHEET, { beyondEdge: true }).rect).toEqual({
      row: 4,
      column: 0,
      numRows: 996,
      numColumns: 27,
    });
    expect(() => resolveA1('A1001:A', SHEET, { beyondEdge: true })).toThrow('Range not found');
  });

  test.each<[string, boolean[]]>([
    ['A1', [true, true, true, true]],
    ['A:C', [false, false, true, true]],
    ['2:5', [true, true, false, false]],
    ['A2:C', [true, false, true, true]],
    ['A2:3', [true, true, true, false]],
    ['R1C1:R2C2', [true, true, true, true]],
  ])('bounds of %s (start row, end row, start column, end column)', (notation, expected) => {
    const { bounds } = resolveA1(notation, SHEET);
    expect([bounds.startRow, bounds.endRow, bounds.startColumn, bounds.endColumn]).toEqual(
      expected,
    );
  });

  test('an unparsable reference says "Range not found"', () => {
    expect(() => parseA1('foo bar')).toThrow('Range not found');
  });
});

describe('formatA1', () => {
  test.each([
    [{ row: 0, column: 0, numRows: 1, numColumns: 1 }, {}, 'A1'],
    [{ row: 1, column: 1, numRows: 3, numColumns: 2 }, {}, 'B2:C4'],
    [{ row: 0, column: 0, numRows: 1000, numColumns: 1 }, { wholeColumns: true }, 'A:A'],
    [{ row: 0, column: 0, numRows: 1000, numColumns: 1 }, {}, 'A1:A1000'],
    [{ row: 0, column: 0, numRows: 3, numColumns: 26 }, { wholeRows: true }, '1:3'],
    [{ row: 0, column: 26, numRows: 1, numColumns: 1 }, {}, 'AA1'],
    [{ row: 0, column: 0, numRows: 2, numColumns: 2 }, { sheetName: 'Sheet1' }, 'Sheet1!A1:B2'],
    [{ row: 0, column: 0, numRows: 1, numColumns: 1 }, { sheetName: 'My Sheet' }, "'My Sheet'!A1"],
    [{ row: 0, column: 0, numRows: 1, numColumns: 1 }, { sheetName: "It's" }, "'It''s'!A1"],
  ])('%j %j → %s', (rect, options, expected) => {
    expect(formatA1(rect, options)).toBe(expected);
  });

  test('column letters round-trip', () => {
    for (const [index, letters] of [
      [0, 'A'],
      [25, 'Z'],
      [26, 'AA'],
      [701, 'ZZ'],
      [702, 'AAA'],
      [18277, 'ZZZ'],
    ] as const) {
      expect(columnLetters(index)).toBe(letters);
      expect(columnIndex(letters)).toBe(index);
      expect(columnIndex(letters.toLowerCase())).toBe(index);
    }
  });

  test('sheet names are quoted only when needed', () => {
    expect(quoteSheetName('Sheet1')).toBe('Sheet1');
    expect(quoteSheetName('Ava B')).toBe("'Ava B'");
    expect(quoteSheetName('A1')).toBe("'A1'");
    expect(quoteSheetName('2026')).toBe("'2026'");
  });
});

describe('formula references', () => {
  test('A1 → R1C1 relative to the cell, strings untouched', () => {
    expect(a1FormulaToR1C1('=G10', 5, 5)).toBe('=R[4]C[1]');
    expect(a1FormulaToR1C1('=$H$12', 5, 5)).toBe('=R12C8');
    expect(a1FormulaToR1C1('=SUM($A$1:B$2)', 2, 1)).toBe('=SUM(R1C1:R2C[0])');
    expect(a1FormulaToR1C1('=A1&"B2"', 0, 0)).toBe('=R[0]C[0]&"B2"');
    expect(a1FormulaToR1C1('=LOG10(100)', 0, 0)).toBe('=LOG10(100)');
    expect(a1FormulaToR1C1("='Q1'!A1", 0, 0)).toBe("='Q1'!R[0]C[0]");
  });

  test('R1C1 → A1', () => {
    expect(r1c1FormulaToA1('=R[1]C[1]', 0, 0)).toBe('=B2');
    expect(r1c1FormulaToA1('=R1C1', 2, 2)).toBe('=$A$1');
    expect(r1c1FormulaToA1('=R[1]C1', 3, 3)).toBe('=$A5');
    expect(r1c1FormulaToA1('=R1C[1]', 3, 3)).toBe('=E$1');
    expect(r1c1FormulaToA1('=SUM(R[-1]C:R[-1]C[2])', 1, 0)).toBe('=SUM(A1:C1)');
    expect(r1c1FormulaToA1('=R[-1]C & " R1C1 "', 14, 7)).toBe('=H14 & " R1C1 "');
  });

  test('shifting relative references as a copy does', () => {
    expect(shiftFormula('=A1+$B$1+C$1+$D1', 2, 1)).toBe('=B3+$B$1+D$1+$D3');
    expect(shiftFormula('=A2', -2, 0)).toBe('=#REF!');
    expect(shiftFormula('=SUM(A1:A3)&"A1"', 1, 0)).toBe('=SUM(A2:A4)&"A1"');
  });
});
