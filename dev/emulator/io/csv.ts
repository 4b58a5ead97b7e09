/**
 * Loads a teacher's existing tracker from CSV text into the emulated spreadsheet, the way Google
 * Sheets' File > Import does: one sheet sized to the data, each field converted as if typed
 * ("Convert text to numbers, dates, and formulas") unless conversion is turned off.
 */

import Papa from 'papaparse';
import type { CellModel, GridRect } from '../model/cells';
import { newSheetModel, type SheetModel } from '../model/workbook';
import { parseTypedInput } from '../format/typed-input';
import type { EmulatorContext } from '../runtime/context';
import type { SpreadsheetDocument } from '../sheets/document';
import { createDocument, type NewDocumentOptions } from '../sheets/document-factory';

export interface CsvLoadOptions {
  /**
   * The sheet to fill. An existing sheet of that name is cleared and refilled from A1 (Sheets'
   * "Replace current sheet"); otherwise a new sheet is added (Sheets' "Insert new sheet(s)").
   * Default: a new sheet named like Sheets names new sheets ("Sheet2", ...).
   */
  sheetName?: string;
  /** Sheets' "Convert text to numbers, dates, and formulas". Default true. */
  convertTypes?: boolean;
  /** Field separator. Default ','; 'auto' lets the parser guess (Sheets' "Detect automatically"). */
  separator?: string;
}

/** Parses CSV text into rows of fields: BOM dropped, CR / CRLF / LF line ends, quoted fields. */
export function parseCsvRows(csvText: string, separator = ','): string[][] {
  const result = Papa.parse<string[]>(csvText, {
    delimiter: separator === 'auto' ? '' : separator,
    skipEmptyLines: false,
  });
  const rows = result.data;
  // A final line break makes papaparse report one more row holding a single empty field; Sheets
  // does not import it as a row.
  const last = rows[rows.length - 1];
  if (last && last.length === 1 && last[0] === '') rows.pop();
  // Quoted multi-line fields keep the file's own line ends; Sheets stores line breaks as '\n'.
  for (const row of rows) {
    for (let i = 0; i < row.length; i++) {
      const field = row[i] as string;
      if (field.includes('\r')) row[i] = field.replace(/\r\n?/g, '\n');
    }
  }
  return rows;
}

/**
 * Adds (or refills) a sheet with the CSV's data and returns it. A new sheet is exactly as large as
 * the data (at least 1 x 1); an existing sheet only grows when the data does not fit.
 */
export function loadCsv(
  doc: SpreadsheetDocument,
  csvText: string,
  options: CsvLoadOptions = {},
): SheetModel {
  const rows = parseCsvRows(csvText, options.separator);
  const numRows = Math.max(rows.length, 1);
  const numColumns = Math.max(1, ...rows.map((row) => row.length));
  const { model } = doc;
  const existing =
    options.sheetName === undefined
      ? undefined
      : model.sheets.find((sheet) => sheet.name === options.sheetName);

  if (existing) {
    const before = usedExtent(existing);
    // Replacing the sheet replaces its cells and their formatting, merges included.
    existing.rows = [];
    existing.merges = [];
    fillRows(doc, existing, rows, options.convertTypes ?? true);
    existing.rowCount = Math.max(existing.rowCount, numRows);
    existing.columnCount = Math.max(existing.columnCount, numColumns);
    const rect: GridRect = {
      row: 0,
      column: 0,
      numRows: Math.max(before.numRows, numRows),
      numColumns: Math.max(before.numColumns, numColumns),
    };
    doc.engine.syncCells(existing, rect);
    return existing;
  }

  const sheet = newSheetModel(
    model.nextSheetId++,
    options.sheetName ?? nextSheetName(doc),
    numRows,
    numColumns,
  );
  fillRows(doc, sheet, rows, options.convertTypes ?? true);
  model.sheets.push(sheet);
  doc.engine.addSheet(sheet);
  return sheet;
}

/**
 * A new spreadsheet holding the CSV as its only sheet (Sheets' "Create new spreadsheet"), named
 * `options.sheetName` (default 'Sheet1').
 */
export function createDocumentFromCsv(
  ctx: EmulatorContext,
  csvText: string,
  options: NewDocumentOptions & CsvLoadOptions,
): SpreadsheetDocument {
  const { sheetName, convertTypes, separator, ...documentOptions } = options;
  const doc = createDocument(ctx, { ...documentOptions, sheetNames: [] });
  // Sheets gives a new spreadsheet's first sheet gid 0 and later ones large ids.
  doc.model.nextSheetId = 0;
  loadCsv(doc, csvText, {
    sheetName: sheetName ?? 'Sheet1',
    ...(convertTypes === undefined ? {} : { convertTypes }),
    ...(separator === undefined ? {} : { separator }),
  });
  doc.model.nextSheetId = 1_000_001;
  return doc;
}

function fillRows(
  doc: SpreadsheetDocument,
  sheet: SheetModel,
  rows: string[][],
  convertTypes: boolean,
): void {
  const settings = {
    locale: doc.model.locale,
    timeZone: doc.model.timeZone,
    today: doc.ctx.clock.now(),
  };
  rows.forEach((fields, r) => {
    let cells: (CellModel | undefined)[] | undefined;
    fields.forEach((text, c) => {
      if (text === '') return;
      let cell: CellModel;
      if (!convertTypes) {
        cell = { value: text };
      } else {
        const typed = parseTypedInput(text, settings);
        cell = {};
        if (typed.formula !== undefined) cell.formula = typed.formula;
        else if (typed.value !== undefined) cell.value = typed.value;
        if (typed.numberFormat !== undefined) cell.numberFormat = typed.numberFormat;
        if (cell.formula === undefined && cell.value === undefined) return;
      }
      cells ??= sheet.rows[r] ??= [];
      cells[c] = cell;
    });
  });
  fillRowHoles(sheet);
}

/**
 * Gives every row up to the last one an array. The model allows holes, but a sheet is handed to
 * the engine whole and its mirror reads rows with Array.map, which leaves holes as holes.
 */
export function fillRowHoles(sheet: SheetModel): void {
  for (let r = 0; r < sheet.rows.length; r++) sheet.rows[r] ??= [];
}

/** The rows x columns box from A1 that holds every stored cell (content or not). */
export function usedExtent(sheet: SheetModel): { numRows: number; numColumns: number } {
  let numRows = 0;
  let numColumns = 0;
  sheet.rows.forEach((cells, r) => {
    if (!cells) return;
    cells.forEach((cell, c) => {
      if (!cell) return;
      numRows = Math.max(numRows, r + 1);
      numColumns = Math.max(numColumns, c + 1);
    });
  });
  return { numRows, numColumns };
}

/** "Sheet<n>" with the smallest n > number of sheets that is free, as Sheets names a new sheet. */
function nextSheetName(doc: SpreadsheetDocument): string {
  const names = new Set(doc.model.sheets.map((sheet) => sheet.name));
  let n = doc.model.sheets.length + 1;
  while (names.has(`Sheet${n}`)) n++;
  return `Sheet${n}`;
}
