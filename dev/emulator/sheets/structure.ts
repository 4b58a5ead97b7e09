/**
 * Structural edits on the plain model: inserting and deleting rows and columns, adding, copying
 * and removing sheets. Everything positioned on a sheet moves with its rows and columns (cells,
 * sizes, hidden flags, frozen counts, merges, protections, named ranges, conditional-format
 * ranges, row and column developer metadata, people's selections); then the formula engine is
 * told, so formulas everywhere adjust.
 * No Apps Script API here: Sheet and Spreadsheet call these inside their ledger-recorded calls.
 */

import type { CellModel, GridRect } from '../model/cells';
import type { SheetModel, WorkbookModel } from '../model/workbook';
import type { Selection, SpreadsheetDocument } from './document';

export type Axis = 'rows' | 'columns';

/**
 * Moves the entries of a sparse array at or after `at` by `delta` places, keeping holes as holes
 * (a spread or splice would turn them into undefined members and break `in` checks elsewhere).
 * delta > 0 opens a gap of delta holes at `at`; delta < 0 removes -delta entries starting at `at`.
 */
function shiftSparse<T>(array: T[], at: number, delta: number): void {
  const length = array.length;
  if (at >= length || delta === 0) return;
  if (delta > 0) {
    for (let i = length - 1; i >= at; i--) {
      if (i in array) array[i + delta] = array[i] as T;
      else delete array[i + delta];
    }
    for (let i = at; i < at + delta; i++) delete array[i];
    return;
  }
  const removed = -delta;
  for (let i = at + removed; i < length; i++) {
    if (i in array) array[i - removed] = array[i] as T;
    else delete array[i - removed];
  }
  array.length = Math.max(at, length - removed);
}

/** The new position of index `i` after `count` indices were inserted at `at` (count > 0) or deleted. */
function movedIndex(i: number, at: number, count: number): number | null {
  if (count >= 0) return i >= at ? i + count : i;
  const removed = -count;
  if (i < at) return i;
  if (i < at + removed) return null;
  return i - removed;
}

function shiftKeys<V>(map: Map<number, V>, at: number, count: number): void {
  const entries = [...map.entries()];
  map.clear();
  for (const [key, value] of entries) {
    const moved = movedIndex(key, at, count);
    if (moved !== null) map.set(moved, value);
  }
}

function shiftSet(set: Set<number>, at: number, count: number): void {
  const members = [...set];
  set.clear();
  for (const member of members) {
    const moved = movedIndex(member, at, count);
    if (moved !== null) set.add(moved);
  }
}

/**
 * The span [start, start+size) after an insertion or deletion along its axis, as Sheets moves
 * ranges: an insertion strictly inside a span widens it, one at or before its start pushes it,
 * one at its end leaves it alone; a deletion trims the overlap. null when the whole span is deleted.
 */
export function shiftSpan(
  start: number,
  size: number,
  at: number,
  count: number,
): { start: number; size: number } | null {
  const end = start + size;
  if (count >= 0) {
    if (at <= start) return { start: start + count, size };
    if (at < end) return { start, size: size + count };
    return { start, size };
  }
  const deleteEnd = at - count;
  const overlap = Math.max(0, Math.min(end, deleteEnd) - Math.max(start, at));
  const before = Math.max(0, Math.min(start, deleteEnd) - at);
  const newSize = size - overlap;
  if (newSize <= 0) return null;
  return { start: start - before, size: newSize };
}

/** The rectangle after the edit, or null when all its rows (or columns) were deleted. */
export function shiftRect(rect: GridRect, axis: Axis, at: number, count: number): GridRect | null {
  if (axis === 'rows') {
    const span = shiftSpan(rect.row, rect.numRows, at, count);
    return span && { ...rect, row: span.start, numRows: span.size };
  }
  const span = shiftSpan(rect.column, rect.numColumns, at, count);
  return span && { ...rect, column: span.start, numColumns: span.size };
}

function shiftCells(sheet: SheetModel, axis: Axis, at: number, count: number): void {
  if (axis === 'rows') {
    shiftSparse(sheet.rows, at, count);
    return;
  }
  for (let r = 0; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    if (row) shiftSparse<CellModel | undefined>(row, at, count);
  }
}

function shiftSelection(
  selection: Selection,
  sheet: SheetModel,
  axis: Axis,
  at: number,
  count: number,
): void {
  const shifted = shiftRect(selection.rect, axis, at, count);
  // When every selected row went, Sheets selects what moved into their place.
  const limit = axis === 'rows' ? sheet.rowCount : sheet.columnCount;
  const fallbackStart = Math.min(at, limit - 1);
  selection.rect =
    shifted ??
    (axis === 'rows'
      ? { ...selection.rect, row: fallbackStart, numRows: 1 }
      : { ...selection.rect, column: fallbackStart, numColumns: 1 });
  if (selection.current) {
    const { row, column } = selection.current;
    const index = axis === 'rows' ? row : column;
    const moved = movedIndex(index, at, count) ?? fallbackStart;
    selection.current = axis === 'rows' ? { row: moved, column } : { row, column: moved };
  }
}

/**
 * Inserts (count > 0) or deletes (count < 0) rows or columns of `sheet` at 0-based `at`, moving
 * everything positioned on it, then tells the formula engine.
 */
function applyStructuralEdit(
  doc: SpreadsheetDocument,
  sheet: SheetModel,
  axis: Axis,
  at: number,
  count: number,
): void {
  const { model } = doc;
  shiftCells(sheet, axis, at, count);
  if (axis === 'rows') {
    sheet.rowCount += count;
    shiftKeys(sheet.rowHeights, at, count);
    shiftSet(sheet.hiddenRows, at, count);
    sheet.frozenRows = shiftFrozen(sheet.frozenRows, at, count);
  } else {
    sheet.columnCount += count;
    shiftKeys(sheet.columnWidths, at, count);
    shiftSet(sheet.hiddenColumns, at, count);
    sheet.frozenColumns = shiftFrozen(sheet.frozenColumns, at, count);
  }

  // A protected range whose every row went is removed, as Sheets does.
  model.protections = model.protections.filter((protection) => {
    if (protection.sheetId !== sheet.id) return true;
    protection.unprotected = protection.unprotected
      .map((rect) => shiftRect(rect, axis, at, count))
      .filter((rect): rect is GridRect => rect !== null);
    if (protection.type === 'SHEET' || !protection.rect) return true;
    const rect = shiftRect(protection.rect, axis, at, count);
    if (!rect) return false;
    protection.rect = rect;
    return true;
  });

  // Sheets keeps such a named range pointing at #REF!; the emulator drops it (see README).
  model.namedRanges = model.namedRanges.filter((named) => {
    if (named.sheetId !== sheet.id) return true;
    const rect = shiftRect(named.rect, axis, at, count);
    if (!rect) return false;
    named.rect = rect;
    return true;
  });

  // A merge grows, moves or shrinks like any range; one left a single cell is no merge.
  sheet.merges = sheet.merges
    .map((rect) => shiftRect(rect, axis, at, count))
    .filter((rect): rect is GridRect => rect !== null && rect.numRows * rect.numColumns > 1);

  shiftMetadata(model, sheet, axis, at, count);

  sheet.conditionalFormats = sheet.conditionalFormats.filter((rule) => {
    rule.ranges = rule.ranges
      .map((rect) => shiftRect(rect, axis, at, count))
      .filter((rect): rect is GridRect => rect !== null);
    return rule.ranges.length > 0;
  });

  for (const selection of doc.selections.values()) {
    if (selection.sheetId === sheet.id) shiftSelection(selection, sheet, axis, at, count);
  }

  if (axis === 'rows') {
    if (count > 0) doc.engine.insertRows(sheet.id, at, count);
    else doc.engine.deleteRows(sheet.id, at, -count);
  } else if (count > 0) doc.engine.insertColumns(sheet.id, at, count);
  else doc.engine.deleteColumns(sheet.id, at, -count);
}

/**
 * Row and column metadata stay with their row or column, and go when it is deleted (Sheets API
 * reference, spreadsheets.developerMetadata: metadata on row 5 "will still be associated with the
 * row it was first associated with (what is now row 6). If the associated object is deleted its
 * metadata is deleted too.").
 */
function shiftMetadata(
  model: WorkbookModel,
  sheet: SheetModel,
  axis: Axis,
  at: number,
  count: number,
): void {
  const type = axis === 'rows' ? 'ROW' : 'COLUMN';
  model.developerMetadata = model.developerMetadata.filter((entry) => {
    const location = entry.location;
    if (location.type !== type || location.sheetId !== sheet.id) return true;
    const moved = movedIndex(location.index, at, count);
    if (moved === null) return false;
    location.index = moved;
    return true;
  });
}

/** Frozen rows/columns grow when rows are inserted inside the frozen band and shrink when deleted from it. */
function shiftFrozen(frozen: number, at: number, count: number): number {
  if (count > 0) return at < frozen ? frozen + count : frozen;
  const overlap = Math.max(0, Math.min(frozen, at - count) - at);
  return frozen - overlap;
}

/** Inserts `count` blank rows so the first new row has 0-based index `at`. */
export function insertRows(
  doc: SpreadsheetDocument,
  sheet: SheetModel,
  at: number,
  count: number,
): void {
  applyStructuralEdit(doc, sheet, 'rows', at, count);
}

export function deleteRows(
  doc: SpreadsheetDocument,
  sheet: SheetModel,
  at: number,
  count: number,
): void {
  applyStructuralEdit(doc, sheet, 'rows', at, -count);
}

export function insertColumns(
  doc: SpreadsheetDocument,
  sheet: SheetModel,
  at: number,
  count: number,
): void {
  applyStructuralEdit(doc, sheet, 'columns', at, count);
}

export function deleteColumns(
  doc: SpreadsheetDocument,
  sheet: SheetModel,
  at: number,
  count: number,
): void {
  applyStructuralEdit(doc, sheet, 'columns', at, -count);
}

/** Adds `sheet` to the workbook at 0-based tab position `index` (default: last) and mirrors it in the engine. */
export function addSheet(doc: SpreadsheetDocument, sheet: SheetModel, index?: number): void {
  const sheets = doc.model.sheets;
  const position =
    index === undefined ? sheets.length : Math.max(0, Math.min(index, sheets.length));
  sheets.splice(position, 0, sheet);
  doc.engine.addSheet(sheet);
}

/** A fresh gid; Sheets' ids are large and never reused within a file. */
export function nextSheetId(model: WorkbookModel): number {
  const id = model.nextSheetId;
  model.nextSheetId += 1;
  return id;
}

/**
 * A deep copy of `source` under a new id and name: cells, sizes, hidden rows/columns, frozen
 * counts, merges, tab color and conditional formats. Protections, named ranges and developer metadata are
 * not copied (they belong to the workbook, not the sheet). The copy is visible even if the source
 * was hidden, as Sheets' copyTo makes it.
 */
export function cloneSheet(source: SheetModel, id: number, name: string): SheetModel {
  const copy = structuredClone(source);
  copy.id = id;
  copy.name = name;
  copy.hidden = false;
  return copy;
}

/** Removes a sheet and everything that belonged to it; people who had it selected fall back to the first visible sheet. */
export function removeSheet(doc: SpreadsheetDocument, sheet: SheetModel): void {
  const { model } = doc;
  const index = model.sheets.indexOf(sheet);
  if (index < 0) return;
  model.sheets.splice(index, 1);
  model.protections = model.protections.filter((p) => p.sheetId !== sheet.id);
  model.namedRanges = model.namedRanges.filter((n) => n.sheetId !== sheet.id);
  model.developerMetadata = model.developerMetadata.filter(
    (m) => m.location.type === 'SPREADSHEET' || m.location.sheetId !== sheet.id,
  );
  for (const [email, selection] of doc.selections) {
    if (selection.sheetId === sheet.id) doc.selections.delete(email);
  }
  doc.engine.removeSheet(sheet.id);
}

/** The name Sheets gives a copy: 'Copy of X', then 'Copy of X 2', 'Copy of X 3'... while taken. */
export function copyName(model: WorkbookModel, sourceName: string): string {
  const base = `Copy of ${sourceName}`;
  if (!sheetNameTaken(model, base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base} ${n}`;
    if (!sheetNameTaken(model, candidate)) return candidate;
  }
}

/** Sheet names are unique regardless of case in Sheets. */
export function sheetNameTaken(model: WorkbookModel, name: string, except?: SheetModel): boolean {
  const wanted = name.toLowerCase();
  return model.sheets.some((s) => s !== except && s.name.toLowerCase() === wanted);
}

/** The next free 'SheetN' name, as insertSheet() without a name picks it. */
export function defaultSheetName(model: WorkbookModel): string {
  for (let n = model.sheets.length + 1; ; n++) {
    const candidate = `Sheet${n}`;
    if (!sheetNameTaken(model, candidate)) return candidate;
  }
}
