// Unit tests of the HyperFormula-backed formula engine (dev/emulator/formula/engine.ts): values,
// the emulator clock, TRUE/FALSE, cross-sheet references, errors, structural edits, evaluateAt.

import type { Scalar } from '../../dev/emulator/model/cells';
import { cellFor, newSheetModel, type SheetModel } from '../../dev/emulator/model/workbook';
import { shiftFormula } from '../../dev/emulator/formula/references';
import { fromEngineFormula, toEngineFormula } from '../../dev/emulator/formula/engine-text';
import { isBareRange } from '../../dev/emulator/formula/spill';
import {
  closeOpenRanges,
  hasOpenRange,
  reopenRanges,
} from '../../dev/emulator/formula/open-ranges';
import { createDocument } from '../../dev/emulator/sheets/document-factory';
import type { SpreadsheetDocument } from '../../dev/emulator/sheets/document';
import { Clock, EmulatorContext } from '../../dev/emulator/runtime/context';

function newDoc(options: { timeZone?: string; sheetNames?: string[] } = {}): {
  doc: SpreadsheetDocument;
  clock: Clock;
  sheet: SheetModel;
} {
  const clock = new Clock('2026-09-14T12:00:00Z');
  const doc = createDocument(new EmulatorContext(clock), {
    owner: 'teacher@example.com',
    ...options,
  });
  return { doc, clock, sheet: doc.model.sheets[0] as SheetModel };
}

/** Writes a row of cells starting at (row, column): strings starting with '=' are formulas. */
function put(
  doc: SpreadsheetDocument,
  sheet: SheetModel,
  row: number,
  column: number,
  contents: (Scalar | { text: string })[],
): void {
  contents.forEach((content, i) => {
    const cell = cellFor(sheet, row, column + i);
    if (typeof content === 'string' && content.startsWith('=')) cell.formula = content;
    else if (typeof content === 'object') cell.value = content.text;
    else cell.value = content;
  });
  doc.engine.syncCells(sheet, { row, column, numRows: 1, numColumns: contents.length });
}

function value(doc: SpreadsheetDocument, sheet: SheetModel, row: number, column: number): unknown {
  return doc.engine.valueAt(sheet.id, row, column).value;
}

describe('formula values', () => {
  test.each<[string, Scalar | null, boolean]>([
    ['=1+1', 2, false],
    ['=0.1+0.2', 0.1 + 0.2, false],
    ['=1/0', '#DIV/0!', true],
    ['=NA()', '#N/A', true],
    ['=NOSUCHFUNCTION(1)', '#NAME?', true],
    ['=1+"a"', '#VALUE!', true],
    ['=SQRT(-1)', '#NUM!', true],
    ['=SUM(', '#ERROR!', true],
    ['=Nowhere!A1', '#REF!', true],
    ['=IF(TRUE,"yes","no")', 'yes', false],
    ['=FALSE', false, false],
    ['=AND(TRUE,NOT(FALSE))', true, false],
    ['=REPT("█",3)', '███', false],
    ['=SPARKLINE({1,2,3})', null, false],
    ['=IMAGE("https://example.com/ava.png")', null, false],
    ['=JOIN(", ","a","b")', 'a, b', false],
    ['=REGEXMATCH("Lesson 12","\\d+")', true, false],
    ['=REGEXEXTRACT("Lesson 12","(\\d+)")', '12', false],
    ['=REGEXREPLACE("a-b-c","-","+")', 'a+b+c', false],
    ['=TEXT(0.5,"0%")', '50%', false],
    ['=TEXT(46279,"yyyy-mm-dd")', '2026-09-14', false],
  ])('%s evaluates to %p', (formula, expected, isError) => {
    const { doc, sheet } = newDoc();
    put(doc, sheet, 0, 0, [formula]);
    const computed = doc.engine.valueAt(sheet.id, 0, 0);
    expect(computed.value).toEqual(expected);
    expect(computed.isError).toBe(isError);
  });

  test('literal strings stay text even when they look like numbers, booleans or formulas', () => {
    const { doc, sheet } = newDoc();
    put(doc, sheet, 0, 0, [{ text: '5' }, { text: '=1+1' }, { text: 'TRUE' }, 7, true]);
    put(doc, sheet, 1, 0, ['=ISTEXT(A1)', '=ISTEXT(B1)', '=ISTEXT(C1)', '=A1&"x"', '=E1']);
    expect([0, 1, 2, 3, 4].map((c) => value(doc, sheet, 0, c))).toEqual([
      '5',
      '=1+1',
      'TRUE',
      7,
      true,
    ]);
    expect([0, 1, 2, 3, 4].map((c) => value(doc, sheet, 1, c))).toEqual([
      true,
      true,
      true,
      '5x',
      true,
    ]);
  });

  test('COUNTIF and MATCH with bare TRUE/FALSE', () => {
    const { doc, sheet } = newDoc();
    put(doc, sheet, 0, 0, [true, false, true, '=COUNTIF(A1:C1,TRUE)', '=MATCH(FALSE,A1:C1,0)']);
    expect(value(doc, sheet, 0, 3)).toBe(2);
    expect(value(doc, sheet, 0, 4)).toBe(2);
  });

  test('cross-sheet references to names with spaces and emoji', () => {
    const { doc, sheet } = newDoc({ sheetNames: ['Overview', 'Ava 🦊'] });
    const ava = doc.model.sheets[1] as SheetModel;
    put(doc, ava, 3, 0, [21]);
    put(doc, sheet, 0, 0, ["='Ava 🦊'!A4*2"]);
    expect(value(doc, sheet, 0, 0)).toBe(42);
    put(doc, ava, 3, 0, [5]);
    expect(value(doc, sheet, 0, 0)).toBe(10);
  });

  test('a formula referencing a sheet added later resolves once the sheet exists', () => {
    const { doc, sheet } = newDoc();
    put(doc, sheet, 0, 0, ['=Later!A1+1']);
    expect(doc.engine.valueAt(sheet.id, 0, 0).isError).toBe(true);
    const later = newSheetModel(77, 'Later');
    cellFor(later, 0, 0).value = 9;
    doc.model.sheets.push(later);
    doc.engine.addSheet(later);
    expect(value(doc, sheet, 0, 0)).toBe(10);
  });

  test('inferred formats come from the value type', () => {
    const { doc, sheet } = newDoc();
    put(doc, sheet, 0, 0, ['=DATE(2026,9,14)', '=NOW()', '=TIME(8,30,0)', '=50%', '=1+1']);
    expect([0, 1, 2, 3, 4].map((c) => doc.engine.valueAt(sheet.id, 0, c).inferredFormat)).toEqual([
      'date',
      'datetime',
      'time',
      'percent',
      null,
    ]);
  });

  test('empty and out-of-range cells are null', () => {
    const { doc, sheet } = newDoc();
    expect(doc.engine.valueAt(sheet.id, 5, 5)).toEqual({
      value: null,
      isError: false,
      inferredFormat: null,
    });
    expect(doc.engine.valueAt(999, 0, 0).value).toBeNull();
  });

  test('clearing a cell through syncCells empties dependent results', () => {
    const { doc, sheet } = newDoc();
    put(doc, sheet, 0, 0, [3, '=A1*2']);
    expect(value(doc, sheet, 0, 1)).toBe(6);
    delete cellFor(sheet, 0, 0).value;
    doc.engine.syncCells(sheet, { row: 0, column: 0, numRows: 1, numColumns: 1 });
    expect(value(doc, sheet, 0, 1)).toBe(0);
  });
});

describe('TODAY and NOW follow the emulator clock', () => {
  test('TODAY is the date in the spreadsheet time zone, not UTC', () => {
    // 2026-09-15T02:00Z is still 14 September in New York, already 15th in UTC.
    const { doc, clock, sheet } = newDoc({ timeZone: 'America/New_York' });
    clock.set('2026-09-15T02:00:00Z');
    put(doc, sheet, 0, 0, ['=TODAY()', '=TODAY()=DATE(2026,9,14)']);
    expect(value(doc, sheet, 0, 0)).toBe(46279);
    expect(value(doc, sheet, 0, 1)).toBe(true);
  });

  test('moving the clock changes TODAY without any cell edit', () => {
    const { doc, clock, sheet } = newDoc();
    put(doc, sheet, 0, 0, ['=TODAY()', '=A1-DATE(2026,9,1)']);
    expect(value(doc, sheet, 0, 1)).toBe(13);
    clock.advanceDays(3);
    expect(value(doc, sheet, 0, 0)).toBe(46282);
    expect(value(doc, sheet, 0, 1)).toBe(16);
  });

  test('changing the time zone changes TODAY', () => {
    const { doc, clock, sheet } = newDoc({ timeZone: 'UTC' });
    clock.set('2026-09-14T23:30:00Z');
    put(doc, sheet, 0, 0, ['=TODAY()']);
    expect(value(doc, sheet, 0, 0)).toBe(46279);
    doc.model.timeZone = 'Asia/Tokyo';
    expect(value(doc, sheet, 0, 0)).toBe(46280);
  });

  test('NOW is the wall-clock serial with the time of day', () => {
    const { doc, sheet } = newDoc({ timeZone: 'UTC' });
    put(doc, sheet, 0, 0, ['=NOW()']);
    expect(value(doc, sheet, 0, 0)).toBeCloseTo(46279.5, 8);
  });

  test('a clock moved within the day moves NOW, and TODAY once midnight passes', () => {
    const { doc, clock, sheet } = newDoc({ timeZone: 'UTC' });
    clock.set('2026-09-14T23:50:00Z');
    put(doc, sheet, 0, 0, ['=TODAY()', '=NOW()', '=B1-A1']);
    expect(value(doc, sheet, 0, 0)).toBe(46279);
    clock.advance(5 * 60_000);
    expect(value(doc, sheet, 0, 0)).toBe(46279);
    expect(value(doc, sheet, 0, 2) as number).toBeCloseTo(23 / 24 + 55 / 1440, 8);
    clock.advance(10 * 60_000);
    expect(value(doc, sheet, 0, 0)).toBe(46280);
    expect(value(doc, sheet, 0, 2) as number).toBeCloseTo(5 / 1440, 8);
  });

  test('a cell on another sheet that depends on today() follows the clock', () => {
    const { doc, clock, sheet } = newDoc({ sheetNames: ['Sheet1', 'Wall'] });
    const wall = doc.model.sheets[1] as SheetModel;
    put(doc, sheet, 0, 0, ['=today()']);
    put(doc, wall, 0, 0, ['=Sheet1!A1-DATE(2026,9,1)']);
    expect(value(doc, wall, 0, 0)).toBe(13);
    clock.advanceDays(2);
    expect(value(doc, wall, 0, 0)).toBe(15);
  });

  test('cells written while the clock moved all read the clock of the read', () => {
    const { doc, clock, sheet } = newDoc({ timeZone: 'UTC' });
    put(doc, sheet, 0, 0, ['=TODAY()']);
    expect(value(doc, sheet, 0, 0)).toBe(46279);
    clock.advanceDays(1);
    put(doc, sheet, 1, 0, ['=TODAY()']);
    clock.advanceDays(1);
    put(doc, sheet, 2, 0, ['=NOW()']);
    expect([0, 1].map((row) => value(doc, sheet, row, 0))).toEqual([46281, 46281]);
    expect(value(doc, sheet, 2, 0)).toBeCloseTo(46281.5, 8);
  });

  test('a TODAY() cell rewritten to a constant no longer follows the clock', () => {
    const { doc, clock, sheet } = newDoc();
    put(doc, sheet, 0, 0, ['=TODAY()', '=A1+1']);
    expect(value(doc, sheet, 0, 1)).toBe(46280);
    delete cellFor(sheet, 0, 0).formula;
    put(doc, sheet, 0, 0, [7]);
    clock.advanceDays(5);
    expect(value(doc, sheet, 0, 1)).toBe(8);
  });

  test('two documents on different clocks do not share TODAY', () => {
    const first = newDoc();
    const second = newDoc();
    second.clock.advanceDays(10);
    put(first.doc, first.sheet, 0, 0, ['=TODAY()']);
    put(second.doc, second.sheet, 0, 0, ['=TODAY()']);
    expect(value(first.doc, first.sheet, 0, 0)).toBe(46279);
    expect(value(second.doc, second.sheet, 0, 0)).toBe(46289);
  });
});

describe('structural edits rewrite formula text', () => {
  function setup(): { doc: SpreadsheetDocument; sheet: SheetModel; other: SheetModel } {
    const { doc, sheet } = newDoc({ sheetNames: ['Sheet1', 'Class 1'] });
    const other = doc.model.sheets[1] as SheetModel;
    put(doc, sheet, 0, 0, [1]);
    put(doc, sheet, 1, 0, [2]);
    put(doc, sheet, 2, 0, [3]);
    put(doc, sheet, 3, 0, ['=SUM(A1:A3)', '=A3', '=sum(A1, 2)']);
    put(doc, other, 0, 0, ['=Sheet1!A3*10']);
    return { doc, sheet, other };
  }

  test('insertRows moves references and writes adjusted text back', () => {
    const { doc, sheet, other } = setup();
    sheet.rows.splice(1, 0, [], []);
    doc.engine.insertRows(sheet.id, 1, 2);
    expect(cellFor(sheet, 5, 0).formula).toBe('=SUM(A1:A5)');
    expect(cellFor(sheet, 5, 1).formula).toBe('=A5');
    // Untouched references keep the author's spelling.
    expect(cellFor(sheet, 5, 2).formula).toBe('=sum(A1, 2)');
    expect(cellFor(other, 0, 0).formula).toBe('=Sheet1!A5*10');
    expect(value(doc, sheet, 5, 0)).toBe(6);
  });

  test('deleteRows turns references to deleted cells into #REF!', () => {
    const { doc, sheet, other } = setup();
    sheet.rows.splice(2, 1);
    doc.engine.deleteRows(sheet.id, 2, 1);
    expect(cellFor(sheet, 2, 0).formula).toBe('=SUM(A1:A2)');
    expect(cellFor(sheet, 2, 1).formula).toBe('=#REF!');
    expect(doc.engine.valueAt(sheet.id, 2, 1)).toMatchObject({ value: '#REF!', isError: true });
    expect(cellFor(other, 0, 0).formula).toBe('=#REF!*10');
    expect(value(doc, sheet, 2, 0)).toBe(3);
  });

  test('insertColumns and deleteColumns', () => {
    const { doc, sheet } = newDoc();
    put(doc, sheet, 0, 0, [1, 2, 3, '=A1+C1']);
    for (const cells of sheet.rows) cells?.splice(1, 0, undefined);
    doc.engine.insertColumns(sheet.id, 1, 1);
    expect(cellFor(sheet, 0, 4).formula).toBe('=A1+D1');
    expect(value(doc, sheet, 0, 4)).toBe(4);
    for (const cells of sheet.rows) cells?.splice(0, 1);
    doc.engine.deleteColumns(sheet.id, 0, 1);
    expect(cellFor(sheet, 0, 3).formula).toBe('=#REF!+C1');
  });

  test('renameSheet rewrites references and quotes names that need it', () => {
    const { doc, sheet, other } = setup();
    sheet.name = 'Ava 🦊';
    doc.engine.renameSheet(sheet.id, 'Ava 🦊');
    expect(cellFor(other, 0, 0).formula).toBe("='Ava 🦊'!A3*10");
    expect(value(doc, other, 0, 0)).toBe(30);
  });

  test('references from other sheets are rewritten however they spell the name', () => {
    const { doc, sheet } = newDoc({ sheetNames: ["It's", 'Wall', 'Notes'] });
    const wall = doc.model.sheets[1] as SheetModel;
    const notes = doc.model.sheets[2] as SheetModel;
    put(doc, sheet, 2, 0, [5]);
    put(doc, wall, 0, 0, ["='it''s'!A3+1", "=SUM('IT''S'!A1:A3)"]);
    put(doc, notes, 0, 0, ['=Wall!A1', '=A3']);
    sheet.rows.splice(0, 0, []);
    doc.engine.insertRows(sheet.id, 0, 1);
    expect(cellFor(wall, 0, 0).formula).toBe("='It''s'!A4+1");
    expect(cellFor(wall, 0, 1).formula).toBe("=SUM('It''s'!A2:A4)");
    // Formulas that never name the sheet keep the author's text.
    expect(cellFor(notes, 0, 0).formula).toBe('=Wall!A1');
    expect(cellFor(notes, 0, 1).formula).toBe('=A3');
    expect(value(doc, notes, 0, 0)).toBe(6);
  });

  test('removeSheet leaves #REF! in formulas that pointed at it', () => {
    const { doc, sheet, other } = setup();
    doc.model.sheets.splice(0, 1);
    doc.engine.removeSheet(sheet.id);
    expect(doc.engine.valueAt(other.id, 0, 0)).toMatchObject({ value: '#REF!', isError: true });
  });
});

describe('evaluateAt (conditional-format formulas)', () => {
  test.each<[string, number, number, string]>([
    ['=A1>5', 2, 1, '=B3>5'],
    ['=$A1>5', 2, 1, '=$A3>5'],
    ['=A$1>5', 2, 1, '=B$1>5'],
    ['=$A$1>5', 2, 1, '=$A$1>5'],
    ['=SUM(A1:B2)', 1, 1, '=SUM(B2:C3)'],
    ['=COUNTIF(A:A,"A1")', 0, 2, '=COUNTIF(C:C,"A1")'],
    ['=SUM(1:2)', 3, 0, '=SUM(4:5)'],
    ["='My A1'!A1+LOG10(A1)", 1, 0, "='My A1'!A2+LOG10(A2)"],
    ['=Sheet2!A1=TRUE', 1, 1, '=Sheet2!B2=TRUE'],
    ['=A1', -1, 0, '=#REF!'],
  ])('shiftFormula(%s, %d, %d) = %s', (formula, rows, columns, expected) => {
    expect(shiftFormula(formula, rows, columns)).toBe(expected);
  });

  test('relative references shift from the anchor to the styled cell', () => {
    const { doc, sheet } = newDoc();
    put(doc, sheet, 0, 0, [1, 10]);
    put(doc, sheet, 1, 0, [7, 20]);
    // Written for anchor A1: "the value in column A of my row is above 5".
    expect(doc.engine.evaluateAt('=$A1>5', sheet.id, 0, 0, 0, 1).value).toBe(false);
    expect(doc.engine.evaluateAt('=$A1>5', sheet.id, 0, 0, 1, 1).value).toBe(true);
    expect(doc.engine.evaluateAt('=B1=20', sheet.id, 0, 0, 1, 0).value).toBe(true);
  });

  test('errors come back as error codes', () => {
    const { doc, sheet } = newDoc();
    expect(doc.engine.evaluateAt('=1/0', sheet.id, 0, 0, 0, 0)).toMatchObject({
      value: '#DIV/0!',
      isError: true,
    });
  });

  test('evaluateAt sees the moved clock', () => {
    const { doc, clock, sheet } = newDoc();
    put(doc, sheet, 0, 0, [46280]);
    expect(doc.engine.evaluateAt('=A1<=TODAY()', sheet.id, 0, 0, 0, 0).value).toBe(false);
    clock.advanceDays(1);
    expect(doc.engine.evaluateAt('=A1<=TODAY()', sheet.id, 0, 0, 0, 0).value).toBe(true);
  });

  test('runs per cell of a 50x30 grid, each cell shifting the anchor formula', () => {
    const { doc, sheet } = newDoc();
    for (let r = 0; r < 50; r++) put(doc, sheet, r, 0, [r]);
    let holds = 0;
    for (let r = 0; r < 50; r++) {
      for (let c = 0; c < 30; c++) {
        if (doc.engine.evaluateAt('=$A1>25', sheet.id, 0, 0, r, c).value === true) holds++;
      }
    }
    // Rows 27-50 hold 26-49: 24 rows, every one of the 30 columns.
    expect(holds).toBe(24 * 30);
  });
});

/** Every sheet has 1000 rows. */
const rows1000 = (): number => 1000;

describe('spills', () => {
  test.each<[string, boolean]>([
    ['=A1:A3', true],
    ['= $A$1:B2 ', true],
    ['=A:C', true],
    ['=2:5', true],
    ["='Ava 🦊'!A1:C10", true],
    ['=Roster!B2:B40', true],
    ['=A1', false],
    ['=A1:A3*2', false],
    ['=SUM(A1:A3)', false],
    ['=A1:A3&"x"', false],
    ['=A2:A', true],
    ["='Ava 🦊'!B2:B", true],
  ])('isBareRange(%s) is %p', (formula, bare) => {
    expect(isBareRange(formula)).toBe(bare);
    expect(toEngineFormula(formula, rows1000).startsWith('=ARRAYFORMULA(')).toBe(bare);
  });

  test('fromEngineFormula unwraps only what toEngineFormula wrapped', () => {
    expect(fromEngineFormula('=A1:A3', '=ARRAYFORMULA(A1:A4)', rows1000)).toBe('=A1:A4');
    expect(fromEngineFormula('=ARRAYFORMULA(A1:A3)', '=ARRAYFORMULA(A1:A4)', rows1000)).toBe(
      '=ARRAYFORMULA(A1:A4)',
    );
    expect(fromEngineFormula('=SUM(A1:A3)', '=SUM(A1:A4)', rows1000)).toBe('=SUM(A1:A4)');
  });

  test('a bare range keeps its own text when rows move (the engine sees it wrapped in ARRAYFORMULA)', () => {
    const { doc, sheet } = newDoc();
    put(doc, sheet, 0, 0, [1, '=A1:A3']);
    put(doc, sheet, 1, 0, [2]);
    put(doc, sheet, 2, 0, [3]);
    sheet.rows.splice(1, 0, []);
    doc.engine.insertRows(sheet.id, 1, 1);
    expect(cellFor(sheet, 0, 1).formula).toBe('=A1:A4');
    expect([0, 1, 2, 3].map((r) => value(doc, sheet, r, 1))).toEqual([1, null, 2, 3]);
  });

  test('hasSpills tells whether any formula on the sheet is an array formula', () => {
    const { doc, sheet } = newDoc({ sheetNames: ['Sheet1', 'Other'] });
    const other = doc.model.sheets[1] as SheetModel;
    put(doc, sheet, 0, 0, [1, '=A1*2']);
    expect(doc.engine.hasSpills(sheet.id)).toBe(false);
    put(doc, sheet, 0, 2, ['=ARRAYFORMULA(A1:B1*2)']);
    expect(doc.engine.hasSpills(sheet.id)).toBe(true);
    expect(doc.engine.hasSpills(other.id)).toBe(false);
    delete cellFor(sheet, 0, 2).formula;
    doc.engine.syncCells(sheet, { row: 0, column: 2, numRows: 1, numColumns: 1 });
    expect(doc.engine.hasSpills(sheet.id)).toBe(false);
  });

  test('an array blocked by a row that is then deleted expands', () => {
    const { doc, sheet } = newDoc();
    put(doc, sheet, 0, 0, [1, '={1;2;3}']);
    put(doc, sheet, 1, 1, ['in the way']);
    expect(doc.engine.valueAt(sheet.id, 0, 1)).toMatchObject({
      value: '#REF!',
      message: 'Array result was not expanded because it would overwrite data in B2.',
    });
    sheet.rows.splice(1, 1);
    doc.engine.deleteRows(sheet.id, 1, 1);
    expect([0, 1, 2].map((r) => value(doc, sheet, r, 1))).toEqual([1, 2, 3]);
  });

  test('errors other than a blocked spill carry no message', () => {
    const { doc, sheet } = newDoc();
    put(doc, sheet, 0, 0, ['=1/0']);
    expect(doc.engine.valueAt(sheet.id, 0, 0).message).toBeUndefined();
  });
});

describe('open-ended ranges (A2:A)', () => {
  const rowsOf = (name: string | null): number | undefined =>
    name === null ? 1000 : name === "It's" ? 50 : name === 'Roster' ? 200 : undefined;

  test.each<[string, string, boolean]>([
    ['=COUNTIF(A2:A,"x")', '=COUNTIF(A2:A$1000,"x")', true],
    ['=SUM($B$3:$B)', '=SUM($B$3:$B$1000)', true],
    [
      "=COUNTA('It''s'!C2:C)+COUNTA(Roster!A1:A)",
      "=COUNTA('It''s'!C2:C$50)+COUNTA(Roster!A1:A$200)",
      true,
    ],
    ['=XLOOKUP("A2:A", A2:A, E2:E)', '=XLOOKUP("A2:A", A2:A$1000, E2:E$1000)', true],
    ['=Nowhere!A2:A', '=Nowhere!A2:A', true],
    ['=SUM(A2:A10)+SUM(A2:AB5)', '=SUM(A2:A10)+SUM(A2:AB5)', false],
  ])('closeOpenRanges(%s) is %s, and reopenRanges undoes it', (formula, closed, open) => {
    expect(hasOpenRange(formula)).toBe(open);
    expect(closeOpenRanges(formula, rowsOf)).toBe(closed);
    expect(reopenRanges(closed, rowsOf)).toBe(formula);
  });

  test('a closed end off the last row stays closed when reopening', () => {
    expect(reopenRanges('=SUM(A2:A$999)', rowsOf)).toBe('=SUM(A2:A$999)');
  });

  test('an open range on another sheet follows rows inserted after other tabs were added', () => {
    const { doc, sheet } = newDoc({ sheetNames: ['Summary', 'Roster'] });
    const roster = doc.model.sheets[1] as SheetModel;
    put(doc, sheet, 0, 0, ['=COUNTA(Roster!A1:A)']);
    put(doc, roster, 999, 0, ['last']);
    for (let i = 0; i < 3; i++) {
      const tab = newSheetModel(100 + i, `Tab ${i}`);
      cellFor(tab, 0, 0).formula = '=COUNTA(A2:A)';
      doc.model.sheets.push(tab);
      doc.engine.addSheet(tab);
    }
    expect(value(doc, sheet, 0, 0)).toBe(1);
    roster.rowCount += 5;
    roster.rows.splice(500, 0, [], [], [], [], []);
    doc.engine.insertRows(roster.id, 500, 5);
    // 'last' moved to the new last row (1005) and stays counted, as does a value in a new row.
    expect(cellFor(roster, 1004, 0).value).toBe('last');
    put(doc, roster, 500, 0, ['inserted']);
    expect(value(doc, sheet, 0, 0)).toBe(2);
    expect(cellFor(sheet, 0, 0).formula).toBe('=COUNTA(Roster!A1:A)');
    const tab = doc.model.sheets[2] as SheetModel;
    put(doc, tab, 999, 0, ['x']);
    expect(value(doc, tab, 0, 0)).toBe(1);
  });

  test('COUNTIF over C2:C reaches the last row of the sheet', () => {
    const { doc, sheet } = newDoc();
    put(doc, sheet, 1, 2, ['x']);
    put(doc, sheet, 999, 2, ['x']);
    put(doc, sheet, 0, 0, ['=COUNTIF(C2:C,"x")', '=C2:C']);
    expect(value(doc, sheet, 0, 0)).toBe(2);
    expect(cellFor(sheet, 0, 0).formula).toBe('=COUNTIF(C2:C,"x")');
    expect(value(doc, sheet, 998, 1)).toBe('x');
  });
});

describe('loading', () => {
  test('addSheet loads every cell of a prepared sheet in one go', () => {
    const { doc } = newDoc();
    const big = newSheetModel(5, 'Big');
    for (let r = 0; r < 300; r++) {
      for (let c = 0; c < 20; c++) cellFor(big, r, c).value = r * 20 + c;
    }
    cellFor(big, 300, 0).formula = '=SUM(A1:T300)';
    doc.model.sheets.push(big);
    doc.engine.addSheet(big);
    expect(doc.engine.valueAt(5, 300, 0).value).toBe((6000 * 5999) / 2);
  });
});
