/**
 * Loading .xlsx trackers and exporting the emulated spreadsheet to .xlsx. Fixtures are built with
 * exceljs here, modelled on real teachers' workbooks: several sheets with totals formulas that
 * chain across sheets, cached results, merged two-row headers, notes, links, hidden columns.
 */

import ExcelJS from 'exceljs';
import {
  createDocumentFromXlsx,
  excelWidthToPixels,
  exportXlsx,
  importXlsx,
  loadXlsx,
  pixelsToExcelWidth,
} from '../../dev/emulator/io/xlsx';
import type { CellModel } from '../../dev/emulator/model/cells';
import type { SheetModel } from '../../dev/emulator/model/workbook';
import { Clock, EmulatorContext } from '../../dev/emulator/runtime/context';
import type { SpreadsheetDocument } from '../../dev/emulator/sheets/document';
import { createDocument } from '../../dev/emulator/sheets/document-factory';
import { Spreadsheet } from '../../dev/emulator/sheets/spreadsheet';
import {
  createSpreadsheetApp,
  SPREADSHEETS_SCOPE,
} from '../../dev/emulator/sheets/spreadsheet-app';
import { scriptValueAt } from '../../dev/emulator/sheets/values';

const OWNER = 'teacher@example.com';

function context(): EmulatorContext {
  return new EmulatorContext(new Clock('2026-09-14T12:00:00Z'));
}

function position(a1: string): [number, number] {
  const match = /^([A-Z]+)(\d+)$/.exec(a1)!;
  let column = 0;
  for (const char of match[1]!) column = column * 26 + char.charCodeAt(0) - 64;
  return [Number(match[2]) - 1, column - 1];
}

function cell(sheet: SheetModel, a1: string): CellModel | undefined {
  const [r, c] = position(a1);
  return sheet.rows[r]?.[c];
}

function sheetNamed(doc: SpreadsheetDocument, name: string): SheetModel {
  const sheet = doc.model.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** A mastery gradebook like a professor's mock: one sheet per review, cumulative totals. */
async function masteryWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const review1 = workbook.addWorksheet('Review 1', {
    views: [{ state: 'frozen', xSplit: 3, ySplit: 1 }],
    properties: { tabColor: { argb: 'FF00B050' } },
  });
  review1.addRow(['ID', 'Name', '', 1, 2, 3, null, 'Total Mastered']);
  review1.addRow([101, 'Evan ', 'Smith', 'M', 'A', 0, null]);
  review1.addRow([102, 'Ada', 'Lovelace', 'M', 'M', 'J', null]);
  review1.getCell('H2').value = { formula: 'COUNTIF(D2:F2,"M")', result: 1 };
  review1.getCell('H3').value = { formula: 'COUNTIF(D3:F3,"M")', result: 2 };
  review1.getCell('D4').value = { formula: 'COUNTIF(D2:D3,"M")', result: 2 };
  review1.getCell('A1').font = { bold: true, color: { argb: 'FFFF0000' }, size: 14, name: 'Arial' };
  review1.getCell('A1').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
  review1.getCell('H1').alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  review1.getCell('B2').note = 'Trailing space in the name';
  review1.getColumn(2).width = 20;
  review1.getColumn(7).hidden = true;
  review1.getRow(1).height = 30;

  const review2 = workbook.addWorksheet('Review 2', { state: 'hidden' });
  review2.addRow(['ID', 'Total Mastered']);
  review2.addRow([101]);
  // A formula chaining to the previous sheet, and one using a function no engine knows.
  review2.getCell('B2').value = { formula: "COUNTIF(A2,101)+'Review 1'!H2", result: 2 };
  review2.getCell('C2').value = { formula: 'FUTUREFUNCTION(A2)', result: 7 };

  const info = workbook.addWorksheet('Info');
  info.getCell('A1').value = new Date(Date.UTC(2026, 8, 14));
  info.getCell('A1').numFmt = 'yyyy-mm-dd';
  info.getCell('A2').value = { text: 'Course site', hyperlink: 'https://example.com/course' };
  info.getCell('A3').value = {
    richText: [{ text: 'Due ' }, { text: 'Friday', font: { bold: true } }],
  };
  info.getCell('A4').value = 0.85;
  info.getCell('A4').numFmt = '0%';
  info.getCell('A5').value = true;
  info.getCell('B1').value = 'Điểm học phần';
  info.mergeCells('B1:D1');
  info.getCell('A6').dataValidation = {
    type: 'list',
    formulae: ['"M,A,J,0"'],
    allowBlank: true,
    showErrorMessage: true,
  };
  workbook.definedNames.add("'Review 1'!$D$2:$F$3", 'Scores');
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Opens an exported file with exceljs, to check what was written. */
async function readBack(data: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // exceljs's types predate Node's generic Buffer<ArrayBufferLike>; the bytes are what it wants.
  await workbook.xlsx.load(data as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  return workbook;
}

describe('loadXlsx', () => {
  let doc: SpreadsheetDocument;
  let warnings: string[];

  beforeAll(async () => {
    const imported = await importXlsx(context(), await masteryWorkbook(), {
      owner: OWNER,
      name: 'Mastery',
    });
    doc = imported.doc;
    warnings = imported.report.warnings;
  });

  test('every worksheet in order with its name; the first gets gid 0', () => {
    expect(doc.model.sheets.map((s) => s.name)).toEqual(['Review 1', 'Review 2', 'Info']);
    expect(doc.model.sheets[0]!.id).toBe(0);
    expect(new Set(doc.model.sheets.map((s) => s.id)).size).toBe(3);
    expect(doc.model.name).toBe('Mastery');
  });

  test('values: numbers, strings (spaces kept), booleans', () => {
    const sheet = sheetNamed(doc, 'Review 1');
    expect(cell(sheet, 'A2')?.value).toBe(101);
    expect(cell(sheet, 'B2')?.value).toBe('Evan ');
    expect(cell(sheet, 'F2')?.value).toBe(0);
    expect(cell(sheetNamed(doc, 'Info'), 'A5')?.value).toBe(true);
  });

  test('formulas are kept as text (cached results are not copied; the engine recomputes)', () => {
    const sheet = sheetNamed(doc, 'Review 1');
    expect(cell(sheet, 'H2')).toMatchObject({ formula: '=COUNTIF(D2:F2,"M")' });
    expect(cell(sheet, 'H2')?.value).toBeUndefined();
    expect(cell(sheetNamed(doc, 'Review 2'), 'B2')?.formula).toBe("=COUNTIF(A2,101)+'Review 1'!H2");
  });

  test('a formula with an unknown function loads and reads as an error, not a crash', () => {
    const sheet = sheetNamed(doc, 'Review 2');
    expect(cell(sheet, 'C2')?.formula).toBe('=FUTUREFUNCTION(A2)');
    const computed = doc.engine.valueAt(sheet.id, 1, 2);
    expect(computed.isError).toBe(true);
  });

  test('dates become serials with their number format and read back as Dates', () => {
    const sheet = sheetNamed(doc, 'Info');
    expect(cell(sheet, 'A1')).toMatchObject({ value: 46279, numberFormat: 'yyyy-mm-dd' });
    const value = scriptValueAt(doc, sheet, 0, 0);
    expect(value).toBeInstanceOf(Date);
    expect(cell(sheet, 'A4')).toMatchObject({ value: 0.85, numberFormat: '0%' });
  });

  test('hyperlinks and rich text become text with runs', () => {
    const sheet = sheetNamed(doc, 'Info');
    expect(cell(sheet, 'A2')).toMatchObject({
      value: 'Course site',
      richText: {
        text: 'Course site',
        runs: [{ start: 0, end: 11, linkUrl: 'https://example.com/course' }],
      },
    });
    expect(cell(sheet, 'A3')?.value).toBe('Due Friday');
    expect(cell(sheet, 'A3')?.richText?.runs).toEqual([
      { start: 0, end: 4 },
      { start: 4, end: 10, bold: true },
    ]);
  });

  test('fonts, fills, alignment and wrap', () => {
    const sheet = sheetNamed(doc, 'Review 1');
    expect(cell(sheet, 'A1')?.style).toEqual({
      fontWeight: 'bold',
      fontColor: '#ff0000',
      fontSize: 14,
      fontFamily: 'Arial',
      background: '#ffff00',
    });
    expect(cell(sheet, 'H1')?.style).toEqual({
      horizontalAlignment: 'center',
      verticalAlignment: 'middle',
      wrap: true,
    });
  });

  test('notes, validation lists and named ranges', () => {
    expect(cell(sheetNamed(doc, 'Review 1'), 'B2')?.note).toBe('Trailing space in the name');
    expect(cell(sheetNamed(doc, 'Info'), 'A6')?.validation).toEqual({
      kind: 'VALUE_IN_LIST',
      args: [['M', 'A', 'J', '0'], true],
      allowInvalid: false,
      showDropdown: true,
    });
    expect(doc.model.namedRanges).toEqual([
      { name: 'Scores', sheetId: 0, rect: { row: 1, column: 3, numRows: 2, numColumns: 3 } },
    ]);
  });

  test('column widths in pixels, hidden columns, row heights, frozen panes, tab colour', () => {
    const sheet = sheetNamed(doc, 'Review 1');
    expect(sheet.columnWidths.get(1)).toBe(145);
    expect(sheet.hiddenColumns.has(6)).toBe(true);
    expect(sheet.rowHeights.get(0)).toBe(40);
    expect([sheet.frozenRows, sheet.frozenColumns]).toEqual([1, 3]);
    expect(sheet.tabColor).toBe('#00b050');
  });

  test('hidden sheets stay hidden; sheets get at least the usual 1000 x 26 grid', () => {
    expect(sheetNamed(doc, 'Review 2').hidden).toBe(true);
    expect(sheetNamed(doc, 'Review 1').hidden).toBe(false);
    const info = sheetNamed(doc, 'Info');
    expect([info.rowCount, info.columnCount]).toEqual([1000, 26]);
  });

  test('merged cells: kept as merges, the top-left value kept, the covered cells empty', async () => {
    const { report } = await importXlsx(context(), await masteryWorkbook(), { owner: OWNER });
    const info = sheetNamed(doc, 'Info');
    expect(cell(info, 'B1')?.value).toBe('Điểm học phần');
    expect(cell(info, 'C1')).toBeUndefined();
    expect(info.merges).toEqual([{ row: 0, column: 1, numRows: 1, numColumns: 3 }]);
    expect(report.merges).toEqual({ Info: ['B1:D1'] });
    expect(warnings.some((w) => w.includes('merge'))).toBe(false);
  });

  test('a merged two-row header reads through getMergedRanges and getValues as in Sheets', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Period 3');
    sheet.addRow(['Student', 'Unit 1', 'Unit 1', 'Unit 2', 'Unit 2']);
    sheet.addRow(['Student', 'Quiz', 'Test', 'Quiz', 'Test']);
    sheet.addRow(['Ava', 'M', 'A', '', '']);
    sheet.mergeCells('A1:A2');
    sheet.mergeCells('B1:C1');
    sheet.mergeCells('D1:E1');
    const { doc: imported } = await importXlsx(
      context(),
      Buffer.from(await workbook.xlsx.writeBuffer()),
      { owner: OWNER },
    );
    const data = new Spreadsheet(imported).getSheetByName('Period 3')!.getDataRange();
    expect(data.getMergedRanges().map((r) => r.getA1Notation())).toEqual([
      'A1:A2',
      'B1:C1',
      'D1:E1',
    ]);
    expect(data.getValues()).toEqual([
      ['Student', 'Unit 1', '', 'Unit 2', ''],
      ['', 'Quiz', 'Test', 'Quiz', 'Test'],
      ['Ava', 'M', 'A', '', ''],
    ]);
  });

  test('into an existing document: sheets are added after its own, clashing names suffixed', async () => {
    const target = createDocument(context(), { owner: OWNER, sheetNames: ['Info'] });
    const report = await loadXlsx(target, await masteryWorkbook(), { sheets: ['Info'] });
    expect(target.model.sheets.map((s) => s.name)).toEqual(['Info', 'Info (2)']);
    expect(report.sheets).toHaveLength(1);
    expect(report.sheets[0]!.id).not.toBe(0);
  });

  test('accepts an ArrayBuffer', async () => {
    const buffer = await masteryWorkbook();
    const arrayBuffer = new Uint8Array(buffer).buffer;
    const loaded = await createDocumentFromXlsx(context(), arrayBuffer, { owner: OWNER });
    expect(loaded.model.sheets).toHaveLength(3);
  });
});

describe('exportXlsx', () => {
  test('round trip: load → export → load keeps values, formulas, notes, links and styles', async () => {
    const first = await createDocumentFromXlsx(context(), await masteryWorkbook(), {
      owner: OWNER,
    });
    const exported = await exportXlsx(first);
    const second = await createDocumentFromXlsx(context(), exported, { owner: OWNER });
    expect(
      second.model.sheets.map((s) => [s.name, s.hidden, s.frozenRows, s.frozenColumns]),
    ).toEqual(first.model.sheets.map((s) => [s.name, s.hidden, s.frozenRows, s.frozenColumns]));
    first.model.sheets.forEach((sheet, index) => {
      const again = second.model.sheets[index]!;
      expect(again.rows).toEqual(sheet.rows);
      expect([...again.columnWidths]).toEqual([...sheet.columnWidths]);
      expect([...again.hiddenColumns]).toEqual([...sheet.hiddenColumns]);
      expect([...again.rowHeights]).toEqual([...sheet.rowHeights]);
      expect(again.tabColor).toEqual(sheet.tabColor);
      expect(again.merges).toEqual(sheet.merges);
    });
    expect(second.model.namedRanges).toEqual(first.model.namedRanges);
  });

  test('writes merges; the covered cells stay empty', async () => {
    const doc = createDocument(context(), { owner: OWNER });
    const sheet = doc.model.sheets[0]!;
    sheet.rows[0] = [{ value: 'Name' }, { value: 'Unit 1' }];
    sheet.merges.push({ row: 0, column: 0, numRows: 2, numColumns: 1 });
    sheet.merges.push({ row: 0, column: 1, numRows: 1, numColumns: 3 });
    const workbook = await readBack(await exportXlsx(doc));
    const worksheet = workbook.getWorksheet('Sheet1')!;
    expect((worksheet.model as unknown as { merges: string[] }).merges.sort()).toEqual([
      'A1:A2',
      'B1:D1',
    ]);
    expect(worksheet.getCell('B1').value).toBe('Unit 1');
    expect(worksheet.getCell('C1').type).toBe(ExcelJS.ValueType.Merge);
  });

  test('writes dates as dates and formulas with the computed result cached', async () => {
    const doc = createDocument(context(), { owner: OWNER });
    const sheet = doc.model.sheets[0]!;
    sheet.rows[0] = [
      { value: 46279, numberFormat: 'M/d/yyyy' },
      { value: 2 },
      { formula: '=B1*3' },
      { formula: '=1/0' },
    ];
    doc.engine.syncCells(sheet, { row: 0, column: 0, numRows: 1, numColumns: 4 });
    const workbook = await readBack(await exportXlsx(doc));
    const worksheet = workbook.getWorksheet('Sheet1')!;
    expect(worksheet.getCell('A1').value).toEqual(new Date(Date.UTC(2026, 8, 14)));
    expect(worksheet.getCell('A1').numFmt).toBe('M/d/yyyy');
    expect(worksheet.getCell('C1').value).toEqual({ formula: 'B1*3', result: 6 });
    expect(worksheet.getCell('D1').value).toEqual({
      formula: '1/0',
      result: { error: '#DIV/0!' },
    });
  });

  test('checkboxes become a TRUE/FALSE list and load back as checkboxes', async () => {
    const doc = createDocument(context(), { owner: OWNER });
    const sheet = doc.model.sheets[0]!;
    const checkbox = { kind: 'CHECKBOX' as const, args: [], allowInvalid: false };
    sheet.rows[0] = [{ value: true, validation: checkbox }, { validation: checkbox }];
    const exported = await exportXlsx(doc);
    const workbook = await readBack(exported);
    expect(workbook.getWorksheet('Sheet1')!.getCell('A1').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"TRUE,FALSE"'],
    });
    const again = await createDocumentFromXlsx(context(), exported, { owner: OWNER });
    expect(again.model.sheets[0]!.rows[0]).toEqual(sheet.rows[0]);
  });

  test('every validation criterion is written to the file and loads back as the same rule', async () => {
    const ctx = context();
    const doc = createDocument(ctx, { owner: OWNER });
    const app = createSpreadsheetApp(ctx, {
      documents: new Map([[doc.model.id, doc]]),
      getUi: () => null,
      scopes: [SPREADSHEETS_SCOPE],
    });
    const sheet = new Spreadsheet(doc).getSheets()[0]!;
    const day = (d: number): Date => new Date(Date.UTC(2026, 8, d, 12));
    const rules = [
      app.newDataValidation().requireNumberNotBetween(1, 5),
      app.newDataValidation().requireNumberEqualTo(3),
      app.newDataValidation().requireNumberNotEqualTo(3),
      app.newDataValidation().requireNumberGreaterThan(0),
      app.newDataValidation().requireNumberLessThan(100),
      app.newDataValidation().requireDate(),
      app.newDataValidation().requireDateAfter(day(14)),
      app.newDataValidation().requireDateBefore(day(14)),
      app.newDataValidation().requireDateBetween(day(1), day(30)),
      app.newDataValidation().requireDateNotBetween(day(1), day(30)),
      app.newDataValidation().requireDateEqualTo(day(14)),
      app.newDataValidation().requireDateOnOrAfter(day(14)),
      app.newDataValidation().requireDateOnOrBefore(day(14)),
      app.newDataValidation().requireTextContains('say "hi"'),
      app.newDataValidation().requireTextDoesNotContain('x'),
      app.newDataValidation().requireTextEqualTo('done'),
      app.newDataValidation().requireTextIsEmail(),
      app.newDataValidation().requireTextIsUrl().setAllowInvalid(false).setHelpText('A link'),
    ];
    rules.forEach((builder, i) => sheet.getRange(2, i + 1).setDataValidation(builder.build()));
    const model = doc.model.sheets[0]!;
    const warnings: string[] = [];
    const exported = await exportXlsx(doc, { warnings });
    expect(warnings).toEqual([]);
    const written = (await readBack(exported)).getWorksheet('Sheet1')!;
    expect(written.getCell('A2').dataValidation).toMatchObject({
      type: 'decimal',
      operator: 'notBetween',
      formulae: [1, 5],
    });
    expect(written.getCell('H2').dataValidation).toMatchObject({
      type: 'date',
      operator: 'lessThan',
    });
    expect(written.getCell('N2').dataValidation).toMatchObject({
      type: 'custom',
      formulae: ['ISNUMBER(SEARCH("say ""hi""",N2))'],
    });
    const again = await createDocumentFromXlsx(context(), exported, { owner: OWNER });
    const loaded = again.model.sheets[0]!.rows[1]!;
    rules.forEach((_, i) => {
      expect([i, loaded[i]?.validation]).toEqual([i, model.rows[1]![i]!.validation]);
    });
  });

  test('a dropdown from a range on another sheet survives as a { sheetId, rect } reference', async () => {
    const doc = createDocument(context(), { owner: OWNER, sheetNames: ['Marks', 'Scale'] });
    const [marks, scale] = doc.model.sheets as [SheetModel, SheetModel];
    marks.rows[1] = [
      {
        validation: {
          kind: 'VALUE_IN_RANGE',
          args: [
            { sheetId: scale.id, rect: { row: 0, column: 0, numRows: 4, numColumns: 1 } },
            true,
          ],
          allowInvalid: false,
          showDropdown: true,
        },
      },
    ];
    const exported = await exportXlsx(doc);
    const workbook = await readBack(exported);
    expect(workbook.getWorksheet('Marks')!.getCell('A2').dataValidation.formulae).toEqual([
      'Scale!$A$1:$A$4',
    ]);
    const again = await createDocumentFromXlsx(context(), exported, { owner: OWNER });
    const [marksAgain, scaleAgain] = again.model.sheets as [SheetModel, SheetModel];
    expect(marksAgain.rows[1]![0]!.validation?.args[0]).toEqual({
      sheetId: scaleAgain.id,
      rect: { row: 0, column: 0, numRows: 4, numColumns: 1 },
    });
  });

  test('conditional formats: custom formula, number comparison and colour scale survive', async () => {
    const doc = createDocument(context(), { owner: OWNER });
    const sheet = doc.model.sheets[0]!;
    const range = { row: 1, column: 1, numRows: 42, numColumns: 30 };
    sheet.conditionalFormats = [
      {
        ranges: [range],
        rule: {
          type: 'boolean',
          condition: 'CUSTOM_FORMULA',
          values: ['=B2="M"'],
          style: { background: '#b7e1cd', fontWeight: 'bold' },
        },
      },
      {
        ranges: [range],
        rule: {
          type: 'boolean',
          condition: 'NUMBER_LESS_THAN',
          values: ['2'],
          style: { fontColor: '#cc0000' },
        },
      },
      {
        ranges: [range],
        rule: {
          type: 'gradient',
          min: { color: '#ffffff', kind: 'MIN' },
          max: { color: '#57bb8a', kind: 'MAX' },
        },
      },
    ];
    const again = await createDocumentFromXlsx(context(), await exportXlsx(doc), {
      owner: OWNER,
    });
    expect(again.model.sheets[0]!.conditionalFormats).toEqual(sheet.conditionalFormats);
  });

  test('several links in one cell: the first is kept and a warning says so', async () => {
    const doc = createDocument(context(), { owner: OWNER });
    doc.model.sheets[0]!.rows[0] = [
      {
        value: 'a b',
        richText: {
          text: 'a b',
          runs: [
            { start: 0, end: 1, linkUrl: 'https://a.example' },
            { start: 2, end: 3, linkUrl: 'https://b.example' },
          ],
        },
      },
    ];
    const warnings: string[] = [];
    const again = await createDocumentFromXlsx(context(), await exportXlsx(doc, { warnings }), {
      owner: OWNER,
    });
    expect(warnings).toEqual(['Sheet1!A1: only the first of 2 links kept']);
    expect(again.model.sheets[0]!.rows[0]![0]!.richText?.runs).toEqual([
      { start: 0, end: 3, linkUrl: 'https://a.example' },
    ]);
  });
});

describe('units', () => {
  test("Sheets' default 100 px column is 13.57 Excel characters, and back", () => {
    expect(pixelsToExcelWidth(100)).toBe(13.57);
    expect(excelWidthToPixels(13.57)).toBe(100);
    expect(excelWidthToPixels(pixelsToExcelWidth(237))).toBe(237);
  });
});
