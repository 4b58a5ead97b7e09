/**
 * Behaviours of Google Sheets' File > Import that the emulator's loaders reproduce, one test per
 * behaviour, each naming its source. No Google help page on import was reachable from the
 * reference index, so the sources are public user guides and scripts written against the real
 * product; they are cited by what they are and by their reference-index file id.
 *
 * [guide-ids]  A README telling users to untick "Convert text to numbers, dates, and formulas"
 *              because "numeric-looking IDs lose leading zeros, `version` values like `1.0`
 *              collapse to `1`, and dates get reformatted" (index file 56767053157).
 * [guide-ein]  A data guide: clear that box; "This keeps the zero at the start of an EIN or a ZIP
 *              code" (index file 70079554220).
 * [guide-dlg]  A walkthrough of the Import dialog: locations "Replace spreadsheet / Insert new
 *              sheet(s) / Replace current sheet / Append rows to current sheet", separator
 *              "Auto-detect", conversion ticked by default (index file 66461421286).
 * [guide-tab]  A README: import a CSV with "Insert new sheet(s)"; "The tab takes the file's name"
 *              (index file 68967604369).
 * [guide-xlsx] A README: importing an Excel report with "Insert new sheet(s)" gives "all the tabs
 *              from the Excel export, with one tab per category and an empty tab called Sheet1
 *              from the original file" (index file 15261674105).
 * [script-size] An Apps Script onChange(INSERT_GRID) handler that recognises a sheet just made by
 *              File > Import > Insert new sheet(s) from an Excel file by getMaxRows() === 1000 and
 *              getMaxColumns() === 26 (index file 38957101399).
 */

import ExcelJS from 'exceljs';
import { loadCsv } from '../../dev/emulator/io/csv';
import { loadXlsx } from '../../dev/emulator/io/xlsx';
import { Clock, EmulatorContext } from '../../dev/emulator/runtime/context';
import { createDocument } from '../../dev/emulator/sheets/document-factory';
import { displayValueAt, scriptValueAt } from '../../dev/emulator/sheets/values';

const OWNER = 'teacher@example.com';

function blankDocument() {
  return createDocument(new EmulatorContext(new Clock('2026-09-14T12:00:00Z')), { owner: OWNER });
}

async function twoTabWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Unit 1').addRow(['Student', 'Quiz']);
  workbook.addWorksheet('Unit 2').addRow(['Student', 'Test']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

test('[guide-ids] with conversion on, numeric-looking IDs lose leading zeros and 1.0 becomes 1', () => {
  const doc = blankDocument();
  const sheet = loadCsv(doc, 'id,version\n00501,1.0\n', { sheetName: 'ids' });
  expect(scriptValueAt(doc, sheet, 1, 0)).toBe(501);
  expect(scriptValueAt(doc, sheet, 1, 1)).toBe(1);
  expect(displayValueAt(doc, sheet, 1, 0)).toBe('501');
});

test('[guide-ids] with conversion on, date text becomes a date value', () => {
  const doc = blankDocument();
  const sheet = loadCsv(doc, 'due\n9/14/2026\n', { sheetName: 'dates' });
  expect(scriptValueAt(doc, sheet, 1, 0)).toBeInstanceOf(Date);
});

test('[guide-ein] with conversion off, leading zeros and text stay exactly as in the file', () => {
  const doc = blankDocument();
  const sheet = loadCsv(doc, 'ein,zip,due\n012345678,00501,9/14/2026\n', {
    sheetName: 'raw',
    convertTypes: false,
  });
  expect(scriptValueAt(doc, sheet, 1, 0)).toBe('012345678');
  expect(displayValueAt(doc, sheet, 1, 1)).toBe('00501');
  expect(scriptValueAt(doc, sheet, 1, 2)).toBe('9/14/2026');
});

test('[guide-dlg] conversion is on unless turned off', () => {
  const doc = blankDocument();
  const sheet = loadCsv(doc, 'n\n42\n', { sheetName: 'n' });
  expect(scriptValueAt(doc, sheet, 1, 0)).toBe(42);
});

test('[guide-dlg] "Insert new sheet(s)" adds a tab and leaves the existing ones alone', () => {
  const doc = blankDocument();
  doc.model.sheets[0]!.rows[0] = [{ value: 'keep me' }];
  loadCsv(doc, 'a\n1\n', { sheetName: 'roster' });
  expect(doc.model.sheets.map((s) => s.name)).toEqual(['Sheet1', 'roster']);
  expect(doc.model.sheets[0]!.rows[0]).toEqual([{ value: 'keep me' }]);
});

test('[guide-tab] the inserted tab carries the name it is given (Sheets uses the file name)', () => {
  const doc = blankDocument();
  const sheet = loadCsv(doc, 'time,outcome\n', { sheetName: 'AI_Audit' });
  expect(sheet.name).toBe('AI_Audit');
});

test('[guide-dlg] "Replace current sheet" replaces the tab\'s content', () => {
  const doc = blankDocument();
  doc.model.sheets[0]!.rows[0] = [{ value: 'old' }, { value: 'old' }];
  loadCsv(doc, 'new\n', { sheetName: 'Sheet1' });
  expect(doc.model.sheets).toHaveLength(1);
  expect(doc.model.sheets[0]!.rows[0]).toEqual([{ value: 'new' }]);
});

test('[guide-dlg] the separator can be detected automatically', () => {
  const doc = blankDocument();
  const sheet = loadCsv(doc, 'a;b;c\n1;2;3\n', { sheetName: 'semi', separator: 'auto' });
  expect(scriptValueAt(doc, sheet, 1, 2)).toBe(3);
});

test('[guide-xlsx] an Excel file inserted as new sheets brings every tab, after the existing Sheet1', async () => {
  const doc = blankDocument();
  await loadXlsx(doc, await twoTabWorkbook());
  expect(doc.model.sheets.map((s) => s.name)).toEqual(['Sheet1', 'Unit 1', 'Unit 2']);
});

test('[script-size] a small Excel sheet arrives as a 1000 x 26 grid', async () => {
  const doc = blankDocument();
  const report = await loadXlsx(doc, await twoTabWorkbook());
  for (const sheet of report.sheets) {
    expect([sheet.rowCount, sheet.columnCount]).toEqual([1000, 26]);
  }
});
