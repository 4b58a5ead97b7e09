/**
 * Moving cells within and between sheets without moving whole rows or columns: Range.moveTo
 * (cut and paste), insertCells and deleteCells (shift the cells beside a range), and
 * trimWhitespace. The model moves first; then the formula engine is told (formula/move-cells.ts)
 * so references follow the cells as they do in Sheets. No Apps Script API here: Range calls
 * these inside its ledger-recorded calls.
 */

import type { SheetModel } from '../model/workbook';
import { NotImplementedError } from '../runtime/errors';
import type { SpreadsheetDocument } from './document';
import { contains, intersects, type CellModel, type GridRect } from '../model/cells';
import { insertColumns, insertRows } from './structure';

export type ShiftDimension = 'ROWS' | 'COLUMNS';

/** Takes the cells of `rect` out of the sheet, row by row (holes stay undefined). */
function takeCells(sheet: SheetModel, rect: GridRect): (CellModel | undefined)[][] {
  const taken: (CellModel | undefined)[][] = [];
  for (let r = 0; r < rect.numRows; r++) {
    const cells = sheet.rows[rect.row + r];
    const line: (CellModel | undefined)[] = [];
    for (let c = 0; c < rect.numColumns; c++) {
      const column = rect.column + c;
      line.push(cells?.[column]);
      if (cells && column < cells.length) cells[column] = undefined;
    }
    taken.push(line);
  }
  return taken;
}

/** Writes `cells` with their top-left at (row, column), replacing what was there. */
function putCells(
  sheet: SheetModel,
  row: number,
  column: number,
  cells: (CellModel | undefined)[][],
): void {
  cells.forEach((line, r) => {
    line.forEach((cell, c) => {
      const cellsOfRow = (sheet.rows[row + r] ??= []);
      if (cell) cellsOfRow[column + c] = cell;
      else if (column + c < cellsOfRow.length) cellsOfRow[column + c] = undefined;
    });
  });
  // The engine mirror reads rows with Array.from; give every row up to the last an array.
  for (let r = 0; r < sheet.rows.length; r++) sheet.rows[r] ??= [];
}

function offsetRect(rect: GridRect, dr: number, dc: number): GridRect {
  return { ...rect, row: rect.row + dr, column: rect.column + dc };
}

/**
 * Refuses, loudly, a move that would carry part of a merge or land on part of one: what Sheets
 * does then is not documented, so the emulator does not guess.
 */
function assertWholeMerges(
  member: string,
  from: SheetModel,
  source: GridRect,
  to: SheetModel,
  target: GridRect,
): void {
  const split = (merge: GridRect, rect: GridRect): boolean =>
    intersects(merge, rect) && !contains(rect, merge);
  // Merges wholly inside the source move with it, so they do not count where the block lands.
  const staying = (merge: GridRect): boolean => from !== to || !contains(source, merge);
  if (
    from.merges.some((merge) => split(merge, source)) ||
    to.merges.some((merge) => staying(merge) && split(merge, target))
  ) {
    throw new NotImplementedError(`${member} over part of a merged range`);
  }
}

/**
 * Cut and paste of `source` onto (toRow, toColumn) of `to`: every cell moves whole (content,
 * formats, notes, validation); merges and named ranges wholly inside the block follow it, and so
 * do range protections and conditional-format ranges when the block stays on its sheet. What the
 * block lands on is replaced; merges wholly inside the landing area are undone.
 */
export function moveBlock(
  doc: SpreadsheetDocument,
  member: string,
  from: SheetModel,
  source: GridRect,
  to: SheetModel,
  toRow: number,
  toColumn: number,
): void {
  const dr = toRow - source.row;
  const dc = toColumn - source.column;
  const target = offsetRect(source, dr, dc);
  assertWholeMerges(member, from, source, to, target);

  const moving = from.merges.filter((merge) => contains(source, merge));
  from.merges = from.merges.filter((merge) => !moving.includes(merge));
  to.merges = to.merges.filter((merge) => !contains(target, merge));
  to.merges.push(...moving.map((merge) => offsetRect(merge, dr, dc)));

  for (const named of doc.model.namedRanges) {
    if (named.sheetId !== from.id || !contains(source, named.rect)) continue;
    named.sheetId = to.id;
    named.rect = offsetRect(named.rect, dr, dc);
  }
  if (from === to) {
    for (const protection of doc.model.protections) {
      if (protection.sheetId !== from.id || !protection.rect) continue;
      if (contains(source, protection.rect)) {
        protection.rect = offsetRect(protection.rect, dr, dc);
      }
    }
    for (const rule of from.conditionalFormats) {
      rule.ranges = rule.ranges.map((rect) =>
        contains(source, rect) ? offsetRect(rect, dr, dc) : rect,
      );
    }
  }

  putCells(to, toRow, toColumn, takeCells(from, source));
  doc.engine.moveCells(from, source, to, toRow, toColumn);
}

/** The cells from `rect` to the end of the sheet along `dimension`, within rect's columns (rows). */
function bandFrom(sheet: SheetModel, rect: GridRect, dimension: ShiftDimension): GridRect {
  return dimension === 'ROWS'
    ? { ...rect, numRows: sheet.rowCount - rect.row }
    : { ...rect, numColumns: sheet.columnCount - rect.column };
}

/**
 * insertCells: the cells at `rect` and after it along `dimension` move down (or right) by its
 * size, leaving it empty; docs: "The new cells retain any formatting present in the cells
 * previously occupying this range." The sheet grows by the range's size so nothing falls off its
 * edge (not documented; see the emulator README).
 */
export function insertCells(
  doc: SpreadsheetDocument,
  sheet: SheetModel,
  rect: GridRect,
  dimension: ShiftDimension,
): void {
  const band = bandFrom(sheet, rect, dimension);
  const [dr, dc] = dimension === 'ROWS' ? [rect.numRows, 0] : [0, rect.numColumns];
  assertWholeMerges('Range.insertCells', sheet, band, sheet, offsetRect(band, dr, dc));
  if (dimension === 'ROWS') insertRows(doc, sheet, sheet.rowCount, rect.numRows);
  else insertColumns(doc, sheet, sheet.columnCount, rect.numColumns);
  moveBlock(doc, 'Range.insertCells', sheet, band, sheet, band.row + dr, band.column + dc);
  for (let r = 0; r < rect.numRows; r++) {
    for (let c = 0; c < rect.numColumns; c++) {
      const moved = sheet.rows[rect.row + r + dr]?.[rect.column + c + dc];
      if (!moved || (moved.style === undefined && moved.numberFormat === undefined)) continue;
      const cell: CellModel = {};
      if (moved.style) cell.style = { ...moved.style };
      if (moved.numberFormat !== undefined) cell.numberFormat = moved.numberFormat;
      (sheet.rows[rect.row + r] ??= [])[rect.column + c] = cell;
    }
  }
}

/**
 * deleteCells: the cells of `rect` go, and the cells after it along `dimension` move up (or
 * left) into their place; references to the deleted cells become #REF!. Merges and named ranges
 * wholly inside `rect` go with it.
 */
export function deleteCells(
  doc: SpreadsheetDocument,
  sheet: SheetModel,
  rect: GridRect,
  dimension: ShiftDimension,
): void {
  const band = bandFrom(sheet, rect, dimension);
  assertWholeMerges('Range.deleteCells', sheet, band, sheet, band);
  sheet.merges = sheet.merges.filter((merge) => !contains(rect, merge));
  doc.model.namedRanges = doc.model.namedRanges.filter(
    (named) => named.sheetId !== sheet.id || !contains(rect, named.rect),
  );
  const after: GridRect =
    dimension === 'ROWS'
      ? { ...band, row: rect.row + rect.numRows, numRows: band.numRows - rect.numRows }
      : {
          ...band,
          column: rect.column + rect.numColumns,
          numColumns: band.numColumns - rect.numColumns,
        };
  if (after.numRows > 0 && after.numColumns > 0) {
    moveBlock(doc, 'Range.deleteCells', sheet, after, sheet, rect.row, rect.column);
    return;
  }
  // Nothing after the range: its cells are simply emptied.
  takeCells(sheet, rect);
  doc.engine.syncCells(sheet, rect);
}

/**
 * trimWhitespace: docs: "Removes all whitespace from the start and end of each cell's text, and
 * reduces any subsequence of remaining whitespace characters to a single space." Only text values
 * change; the result stays text (gas-fakes testsheetsvalues.js: '   =SUM(1,2)' reads back as the
 * text '=SUM(1,2)'). Returns whether any cell changed.
 */
export function trimCells(sheet: SheetModel, rect: GridRect): boolean {
  let changed = false;
  for (let r = rect.row; r < rect.row + rect.numRows; r++) {
    const cells = sheet.rows[r];
    if (!cells) continue;
    for (let c = rect.column; c < rect.column + rect.numColumns; c++) {
      const cell = cells[c];
      if (!cell || cell.formula !== undefined || typeof cell.value !== 'string') continue;
      const trimmed = cell.value.trim().replace(/\s+/g, ' ');
      if (trimmed === cell.value) continue;
      changed = true;
      // Run offsets no longer fit the shorter text.
      delete cell.richText;
      if (trimmed === '') delete cell.value;
      else cell.value = trimmed;
    }
  }
  return changed;
}
