/**
 * Loading CSV trackers into the emulated spreadsheet. The fixtures are small strings modelled on
 * the quirks of real teachers' exports (BOM, bare-CR line ends, quoted commas and line breaks,
 * ragged rows, trailing empty fields, two-row headers).
 */

import { createDocumentFromCsv, loadCsv, parseCsvRows } from '../../dev/emulator/io/csv';
import type { CellModel } from '../../dev/emulator/model/cells';
import type { SheetModel } from '../../dev/emulator/model/workbook';
import { Clock, EmulatorContext } from '../../dev/emulator/runtime/context';
import { createDocument } from '../../dev/emulator/sheets/document-factory';
import { displayValueAt, scriptValueAt } from '../../dev/emulator/sheets/values';

const OWNER = 'teacher@example.com';

function context(): EmulatorContext {
  return new EmulatorContext(new Clock('2026-09-14T12:00:00Z'));
}

function cell(sheet: SheetModel, a1: string): CellModel | undefined {
  const match = /^([A-Z])(\d+)$/.exec(a1)!;
  return sheet.rows[Number(match[2]) - 1]?.[match[1]!.charCodeAt(0) - 65];
}

/** Literal values of the sheet's cells, '' for empty, as a dense grid of its size. */
function literalGrid(sheet: SheetModel): (string | number | boolean)[][] {
  const grid: (string | number | boolean)[][] = [];
  for (let r = 0; r < sheet.rowCount; r++) {
    const row: (string | number | boolean)[] = [];
    for (let c = 0; c < sheet.columnCount; c++) row.push(sheet.rows[r]?.[c]?.value ?? '');
    grid.push(row);
  }
  return grid;
}

describe('parseCsvRows', () => {
  test('drops a UTF-8 BOM', () => {
    expect(parseCsvRows('\ufeffFirst Name,Last Name\nAda,Lovelace\n')).toEqual([
      ['First Name', 'Last Name'],
      ['Ada', 'Lovelace'],
    ]);
  });

  test('reads bare-CR line ends (Excel for Mac) with no final line break', () => {
    expect(parseCsvRows('Student,Quiz 1\r"Hall, Finley",18\rPoints Possible,20')).toEqual([
      ['Student', 'Quiz 1'],
      ['Hall, Finley', '18'],
      ['Points Possible', '20'],
    ]);
  });

  test('reads CRLF and keeps quoted line breaks as \\n', () => {
    const text = 'date,assignments\r\nSep-2,"Homework 1\r\n__Due Sun, 9/20__"\r\n';
    expect(parseCsvRows(text)).toEqual([
      ['date', 'assignments'],
      ['Sep-2', 'Homework 1\n__Due Sun, 9/20__'],
    ]);
  });

  test('unescapes doubled quotes inside quoted fields', () => {
    expect(parseCsvRows('Feedback\n"Say ""hi"", then go"\n')).toEqual([
      ['Feedback'],
      ['Say "hi", then go'],
    ]);
  });

  test('keeps blank lines in the middle as empty rows', () => {
    expect(parseCsvRows('a,b\n\n1,2\n')).toEqual([['a', 'b'], [''], ['1', '2']]);
  });

  test('a custom separator', () => {
    expect(parseCsvRows('a;b\n1;2', ';')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });
});

describe('loadCsv', () => {
  test('a new sheet is sized exactly to the data, ragged rows padded, trailing fields counted', () => {
    const ctx = context();
    const doc = createDocument(ctx, { owner: OWNER });
    // Every data row ends with a trailing empty field, as in a gradebook export.
    const sheet = loadCsv(doc, ',Unit1 Wk1,Unit 2 Week 4,\n,100,100,\nRG,3+,e,\nFK,2\n', {
      sheetName: 'ELD',
    });
    expect(doc.model.sheets.map((s) => s.name)).toEqual(['Sheet1', 'ELD']);
    expect(sheet.rowCount).toBe(4);
    expect(sheet.columnCount).toBe(4);
    expect(literalGrid(sheet)).toEqual([
      ['', 'Unit1 Wk1', 'Unit 2 Week 4', ''],
      ['', 100, 100, ''],
      ['RG', '3+', 'e', ''],
      ['FK', 2, '', ''],
    ]);
    expect(cell(sheet, 'A1')).toBeUndefined();
  });

  test('converts numbers, booleans, percentages and formulas as typed input', () => {
    const doc = createDocument(context(), { owner: OWNER });
    const sheet = loadCsv(doc, 'Score,Passed,Mastery,Total\n8.5,TRUE,50%,=SUM(A2:A2)\n', {
      sheetName: 'Data',
    });
    expect(cell(sheet, 'A2')).toEqual({ value: 8.5 });
    expect(cell(sheet, 'B2')).toEqual({ value: true });
    expect(cell(sheet, 'C2')?.value).toBe(0.5);
    expect(cell(sheet, 'C2')?.numberFormat).toMatch(/%/);
    expect(cell(sheet, 'D2')).toEqual({ formula: '=SUM(A2:A2)' });
  });

  test('converts dates to serials with a date format (en_US month/day order)', () => {
    const doc = createDocument(context(), { owner: OWNER, timeZone: 'America/New_York' });
    const sheet = loadCsv(doc, 'Completion Date\n09/28/2023\n', { sheetName: 'Lessons' });
    const date = cell(sheet, 'A2');
    expect(date?.value).toBe(45197); // 2023-09-28
    expect(date?.numberFormat).toBeDefined();
    const value = scriptValueAt(doc, sheet, 1, 0);
    expect(value).toBeInstanceOf(Date);
    expect((value as Date).toISOString()).toBe('2023-09-28T04:00:00.000Z');
  });

  test('without conversion every field is a string', () => {
    const doc = createDocument(context(), { owner: OWNER });
    const sheet = loadCsv(doc, 'id,score,when,formula\n007,12,9/14/2026,=1+1\n', {
      sheetName: 'Raw',
      convertTypes: false,
    });
    expect(sheet.rows[1]).toEqual([
      { value: '007' },
      { value: '12' },
      { value: '9/14/2026' },
      { value: '=1+1' },
    ]);
    expect(scriptValueAt(doc, sheet, 1, 1)).toBe('12');
    expect(displayValueAt(doc, sheet, 1, 0)).toBe('007');
  });

  test('text that is not a number stays text, with its spelling', () => {
    const doc = createDocument(context(), { owner: OWNER });
    const sheet = loadCsv(doc, 'Student,Grade\n"Simpson, Bart",S\nvan-houten,-\n', {
      sheetName: 'Log',
    });
    expect(cell(sheet, 'A2')).toEqual({ value: 'Simpson, Bart' });
    expect(cell(sheet, 'B3')).toEqual({ value: '-' });
  });

  test('refills an existing sheet from A1, clearing old content and growing it when needed', () => {
    const doc = createDocument(context(), { owner: OWNER, sheetNames: ['Roster'] });
    const roster = doc.model.sheets[0]!;
    roster.rowCount = 2;
    roster.columnCount = 2;
    roster.rows[1] = [undefined, { value: 'old' }];
    const sheet = loadCsv(doc, 'a,b,c\n1,2,3\n4,5,6\n', { sheetName: 'Roster' });
    expect(sheet).toBe(roster);
    expect(doc.model.sheets).toHaveLength(1);
    expect(sheet.rowCount).toBe(3);
    expect(sheet.columnCount).toBe(3);
    expect(literalGrid(sheet)[1]).toEqual([1, 2, 3]);
  });

  test('refilling a sheet removes its merges: a CSV has none', () => {
    const doc = createDocument(context(), { owner: OWNER, sheetNames: ['Roster'] });
    doc.model.sheets[0]!.merges.push({ row: 0, column: 0, numRows: 1, numColumns: 2 });
    expect(loadCsv(doc, 'a,b\n', { sheetName: 'Roster' }).merges).toEqual([]);
    expect(loadCsv(doc, 'a,b\n', { sheetName: 'New' }).merges).toEqual([]);
  });

  test('an unnamed import gets the next free SheetN name and a fresh id', () => {
    const doc = createDocument(context(), { owner: OWNER });
    const sheet = loadCsv(doc, 'x\n');
    expect(sheet.name).toBe('Sheet2');
    expect(sheet.id).not.toBe(0);
    expect(new Set(doc.model.sheets.map((s) => s.id)).size).toBe(2);
  });

  test('an empty file gives a 1 x 1 empty sheet', () => {
    const doc = createDocument(context(), { owner: OWNER });
    const sheet = loadCsv(doc, '', { sheetName: 'Empty' });
    expect([sheet.rowCount, sheet.columnCount]).toEqual([1, 1]);
    expect(sheet.rows).toEqual([]);
  });

  test('mirrors the sheet in the engine once, not cell by cell', () => {
    const doc = createDocument(context(), { owner: OWNER });
    const addSheet = jest.spyOn(doc.engine, 'addSheet');
    const syncCells = jest.spyOn(doc.engine, 'syncCells');
    const rows = ['Student,' + Array.from({ length: 30 }, (_, i) => `L${i + 1}`).join(',')];
    for (let s = 0; s < 42; s++) rows.push(`S${s},` + Array(30).fill('M').join(','));
    loadCsv(doc, rows.join('\n'), { sheetName: 'Tracker' });
    expect(addSheet).toHaveBeenCalledTimes(1);
    expect(syncCells).not.toHaveBeenCalled();
    expect(doc.engine.valueAt(doc.model.sheets[1]!.id, 42, 30).value).toBe('M');
  });

  // Its speed is reported by `npm run bench`, not asserted here (wall-clock time flakes under load).
  test('loads a 42 x 30 tracker', () => {
    const doc = createDocument(context(), { owner: OWNER });
    const rows = ['Student,' + Array.from({ length: 30 }, (_, i) => `Lesson ${i + 1}`).join(',')];
    for (let s = 0; s < 42; s++) {
      rows.push(`"Last${s}, First",` + Array.from({ length: 30 }, (_, i) => i % 4).join(','));
    }
    loadCsv(doc, rows.join('\r\n'), { sheetName: 'Tracker' });
    const tracker = doc.model.sheets.find((sheet) => sheet.name === 'Tracker')!;
    expect(doc.engine.valueAt(tracker.id, 42, 0).value).toBe('Last41, First');
    expect(doc.engine.valueAt(tracker.id, 42, 30).value).toBe(29 % 4);
  });
});

describe('createDocumentFromCsv', () => {
  test('a new spreadsheet whose only sheet holds the data and has gid 0', () => {
    const doc = createDocumentFromCsv(context(), '\ufeffFirst Name,Last Name\r\nCélestin,Deasún', {
      owner: OWNER,
      name: 'Algebra II grades',
    });
    expect(doc.model.name).toBe('Algebra II grades');
    expect(doc.model.sheets).toHaveLength(1);
    const sheet = doc.model.sheets[0]!;
    expect(sheet.name).toBe('Sheet1');
    expect(sheet.id).toBe(0);
    expect(literalGrid(sheet)).toEqual([
      ['First Name', 'Last Name'],
      ['Célestin', 'Deasún'],
    ]);
    expect(doc.engine.valueAt(0, 1, 0).value).toBe('Célestin');
    expect(doc.model.nextSheetId).toBeGreaterThan(0);
  });

  test('takes a sheet name and the no-conversion option', () => {
    const doc = createDocumentFromCsv(context(), 'seat\n01\n', {
      owner: OWNER,
      sheetName: 'Period 3',
      convertTypes: false,
    });
    expect(doc.model.sheets[0]!.name).toBe('Period 3');
    expect(cell(doc.model.sheets[0]!, 'A2')).toEqual({ value: '01' });
  });
});
