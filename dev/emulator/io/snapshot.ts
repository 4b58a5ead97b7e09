/**
 * A stable, JSON-serialisable picture of an emulated spreadsheet as a person would see it (values,
 * display text, formulas, formats, notes, links, validation, protections...), for golden-file tests
 * and for the playground to save and reload its state. restoreSnapshot rebuilds a document from one.
 */

import {
  DEFAULT_STYLE,
  type CellModel,
  type CellStyle,
  type DataValidationModel,
  type GridRect,
  type RichTextModel,
  type Scalar,
} from '../model/cells';
import {
  newSheetModel,
  type BooleanRuleModel,
  type DeveloperMetadataModel,
  type GradientRuleModel,
  type SheetModel,
  type WorkbookModel,
} from '../model/workbook';
import { dateToSerial } from '../format/serial';
import { effectiveStyle, StyleCache } from '../evaluation/effective-style';
import type { EmulatorContext } from '../runtime/context';
import { cellA1, formatA1, resolveA1 } from '../sheets/a1';
import type { SpreadsheetDocument } from '../sheets/document';
import { createDocument } from '../sheets/document-factory';
import { displayValueAt, scriptValueAt } from '../sheets/values';
import { fillRowHoles } from './csv';

export const SNAPSHOT_FORMAT = 'mastery-tracker-emulator-snapshot';
export const SNAPSHOT_VERSION = 1;

/** A Date as getValues returns it, tagged so JSON readers can tell it from a string. */
export interface SnapshotDate {
  type: 'date';
  /** The instant, ISO 8601 in UTC. */
  iso: string;
}

/** One getValues() entry: '' for empty cells, error codes as strings ('#DIV/0!'). */
export type SnapshotValue = string | number | boolean | SnapshotDate;

export interface ConditionalFormatSnapshot {
  /** A1 ranges on the sheet, first one's top-left is the anchor of custom formulas. */
  ranges: string[];
  rule: BooleanRuleModel | GradientRuleModel;
}

export interface SheetSnapshot {
  name: string;
  id: number;
  hidden: boolean;
  tabColor?: string;
  rowCount: number;
  columnCount: number;
  frozenRows: number;
  frozenColumns: number;
  /** Pixels, keyed by 0-based column / row index; only those not at the default. */
  columnWidths: Record<string, number>;
  rowHeights: Record<string, number>;
  hiddenRows: number[];
  hiddenColumns: number[];
  /** getDataRange(): A1 to the last row and column with a value or formula; null when empty. */
  dataRange: string | null;
  /** Dense over dataRange, as getValues / getDisplayValues / getFormulas return them. */
  values: SnapshotValue[][];
  displayValues: string[][];
  formulas: string[][];
  /**
   * Sparse over the whole sheet (including cells outside dataRange), keyed by A1 ('B3'), in
   * row-major order.
   */
  numberFormats: Record<string, string>;
  notes: Record<string, string>;
  /** Cells whose text has link or text-style runs. */
  richText: Record<string, RichTextModel>;
  /** The cell's own style (not conditional formatting). */
  styles: Record<string, CellStyle>;
  /** With { effectiveStyles: true }: cells whose shown style differs from the default. */
  effectiveStyles?: Record<string, CellStyle>;
  validations: Record<string, DataValidationModel>;
  conditionalFormats: ConditionalFormatSnapshot[];
  /** Merged ranges in A1, top to bottom. Absent in snapshots taken before merges were modelled. */
  merges?: string[];
}

export interface ProtectionSnapshot {
  id: string;
  type: 'SHEET' | 'RANGE';
  sheet: string;
  /** RANGE: the protected range in A1 (no sheet prefix). */
  range?: string;
  /** SHEET: ranges left editable. */
  unprotectedRanges: string[];
  description: string;
  warningOnly: boolean;
  editors: string[];
  domainEdit: boolean;
  rangeName?: string;
}

export interface NamedRangeSnapshot {
  name: string;
  sheet: string;
  range: string;
}

export interface DeveloperMetadataSnapshot {
  id: number;
  key: string;
  value: string | null;
  visibility: 'DOCUMENT' | 'PROJECT';
  /** null: the spreadsheet itself; otherwise the name of the sheet it is on. */
  sheet: string | null;
  /** On a whole row or column: its 1-based number. Neither: the sheet (or spreadsheet) itself. */
  row?: number;
  column?: number;
}

export interface DocumentSnapshot {
  format: typeof SNAPSHOT_FORMAT;
  version: typeof SNAPSHOT_VERSION;
  id: string;
  name: string;
  timeZone: string;
  locale: string;
  sharing: { owner: string; editors: string[]; viewers: string[] };
  /** In tab order. */
  sheets: SheetSnapshot[];
  namedRanges: NamedRangeSnapshot[];
  protections: ProtectionSnapshot[];
  developerMetadata: DeveloperMetadataSnapshot[];
}

export interface SnapshotOptions {
  /** Only these sheets (by name), still in tab order. Default: all. */
  sheets?: string[];
  /** Also record the style each cell shows with conditional formatting applied. */
  effectiveStyles?: boolean;
}

/** Turns a snapshot value back into what getValues returns (Date for tagged dates). */
export function reviveValue(value: SnapshotValue): Scalar | Date {
  return typeof value === 'object' ? new Date(value.iso) : value;
}

function snapshotValue(value: Scalar | Date): SnapshotValue {
  return value instanceof Date ? { type: 'date', iso: value.toISOString() } : value;
}

/** The cells of a sheet that exist in the model, row-major. */
function* storedCells(sheet: SheetModel): Generator<[number, number, CellModel]> {
  for (let r = 0; r < sheet.rows.length; r++) {
    const cells = sheet.rows[r];
    if (!cells) continue;
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c];
      if (cell) yield [r, c, cell];
    }
  }
}

/** The extent of cells with a value or formula, as getDataRange sees it. */
export function dataExtent(sheet: SheetModel): { numRows: number; numColumns: number } {
  let numRows = 0;
  let numColumns = 0;
  for (const [r, c, cell] of storedCells(sheet)) {
    if (cell.formula === undefined && (cell.value === undefined || cell.value === '')) continue;
    numRows = Math.max(numRows, r + 1);
    numColumns = Math.max(numColumns, c + 1);
  }
  return { numRows, numColumns };
}

function isEmptyStyle(style: CellStyle | undefined): style is undefined {
  return style === undefined || Object.values(style).every((v) => v === undefined);
}

function sortedEntries(map: Map<number, number>): Record<string, number> {
  const record: Record<string, number> = {};
  for (const key of [...map.keys()].sort((a, b) => a - b)) record[String(key)] = map.get(key)!;
  return record;
}

function sheetNameById(model: WorkbookModel, id: number): string {
  return model.sheets.find((sheet) => sheet.id === id)?.name ?? `#${id}`;
}

function snapshotSheet(
  doc: SpreadsheetDocument,
  sheet: SheetModel,
  options: SnapshotOptions,
): SheetSnapshot {
  const { numRows, numColumns } = dataExtent(sheet);
  const values: SnapshotValue[][] = [];
  const displayValues: string[][] = [];
  const formulas: string[][] = [];
  for (let r = 0; r < numRows; r++) {
    const valueRow: SnapshotValue[] = [];
    const displayRow: string[] = [];
    const formulaRow: string[] = [];
    for (let c = 0; c < numColumns; c++) {
      valueRow.push(snapshotValue(scriptValueAt(doc, sheet, r, c)));
      displayRow.push(displayValueAt(doc, sheet, r, c));
      formulaRow.push(sheet.rows[r]?.[c]?.formula ?? '');
    }
    values.push(valueRow);
    displayValues.push(displayRow);
    formulas.push(formulaRow);
  }

  const numberFormats: Record<string, string> = {};
  const notes: Record<string, string> = {};
  const richText: Record<string, RichTextModel> = {};
  const styles: Record<string, CellStyle> = {};
  const validations: Record<string, DataValidationModel> = {};
  for (const [r, c, cell] of storedCells(sheet)) {
    const a1 = cellA1(r, c);
    if (cell.numberFormat !== undefined) numberFormats[a1] = cell.numberFormat;
    if (cell.note) notes[a1] = cell.note;
    if (cell.richText) richText[a1] = structuredClone(cell.richText);
    if (!isEmptyStyle(cell.style)) styles[a1] = { ...cell.style };
    if (cell.validation) validations[a1] = structuredClone(cell.validation);
  }

  const snapshot: SheetSnapshot = {
    name: sheet.name,
    id: sheet.id,
    hidden: sheet.hidden,
    ...(sheet.tabColor === undefined ? {} : { tabColor: sheet.tabColor }),
    rowCount: sheet.rowCount,
    columnCount: sheet.columnCount,
    frozenRows: sheet.frozenRows,
    frozenColumns: sheet.frozenColumns,
    columnWidths: sortedEntries(sheet.columnWidths),
    rowHeights: sortedEntries(sheet.rowHeights),
    hiddenRows: [...sheet.hiddenRows].sort((a, b) => a - b),
    hiddenColumns: [...sheet.hiddenColumns].sort((a, b) => a - b),
    dataRange: numRows === 0 ? null : formatA1({ row: 0, column: 0, numRows, numColumns }),
    values,
    displayValues,
    formulas,
    numberFormats,
    notes,
    richText,
    styles,
    validations,
    conditionalFormats: sheet.conditionalFormats.map((format) => ({
      ranges: format.ranges.map((rect) => formatA1(rect)),
      rule: structuredClone(format.rule),
    })),
    merges: [...sheet.merges]
      .sort((a, b) => a.row - b.row || a.column - b.column)
      .map((rect) => formatA1(rect)),
  };

  if (options.effectiveStyles) {
    const shown: Record<string, CellStyle> = {};
    const cache = new StyleCache(); // nothing changes while the snapshot is taken
    const rows = Math.max(numRows, sheet.rows.length);
    for (let r = 0; r < rows; r++) {
      const columns = Math.max(numColumns, sheet.rows[r]?.length ?? 0);
      for (let c = 0; c < columns; c++) {
        const style = withoutDefaults(effectiveStyle(doc, sheet, r, c, cache));
        if (!isEmptyStyle(style)) shown[cellA1(r, c)] = style;
      }
    }
    // Conditional formats can colour empty cells beyond the data; include their ranges too.
    for (const format of sheet.conditionalFormats) {
      for (const rect of format.ranges) {
        const lastRow = Math.min(rect.row + rect.numRows, sheet.rowCount);
        const lastColumn = Math.min(rect.column + rect.numColumns, sheet.columnCount);
        for (let r = rect.row; r < lastRow; r++) {
          for (let c = rect.column; c < lastColumn; c++) {
            const a1 = cellA1(r, c);
            if (a1 in shown) continue;
            const style = withoutDefaults(effectiveStyle(doc, sheet, r, c, cache));
            if (!isEmptyStyle(style)) shown[a1] = style;
          }
        }
      }
    }
    snapshot.effectiveStyles = sortByCell(shown);
  }
  return snapshot;
}

/** The members of a shown style that differ from the sheet default (the rule index dropped). */
function withoutDefaults(style: CellStyle): CellStyle | undefined {
  const result: Record<string, unknown> = {};
  for (const key of Object.keys(DEFAULT_STYLE) as (keyof CellStyle)[]) {
    const value = style[key];
    if (value !== undefined && value !== DEFAULT_STYLE[key]) result[key] = value;
  }
  return Object.keys(result).length === 0 ? undefined : (result as CellStyle);
}

/** Row-major order of A1 keys, so JSON output does not depend on discovery order. */
function sortByCell<T>(record: Record<string, T>): Record<string, T> {
  const position = (a1: string): [number, number] => {
    const match = /^([A-Z]+)(\d+)$/.exec(a1);
    const letters = match?.[1] ?? 'A';
    let column = 0;
    for (const char of letters) column = column * 26 + char.charCodeAt(0) - 64;
    return [Number(match?.[2] ?? 0), column];
  };
  const keys = Object.keys(record).sort((a, b) => {
    const [ra, ca] = position(a);
    const [rb, cb] = position(b);
    return ra - rb || ca - cb;
  });
  const sorted: Record<string, T> = {};
  for (const key of keys) sorted[key] = record[key] as T;
  return sorted;
}

/** Takes a snapshot of `doc`. Reads go straight to the model: nothing is charged to the ledger. */
export function snapshot(
  doc: SpreadsheetDocument,
  options: SnapshotOptions = {},
): DocumentSnapshot {
  const { model } = doc;
  const wanted = options.sheets ? new Set(options.sheets) : null;
  const sheets = model.sheets.filter((sheet) => !wanted || wanted.has(sheet.name));
  return {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    id: model.id,
    name: model.name,
    timeZone: model.timeZone,
    locale: model.locale,
    sharing: {
      owner: model.sharing.owner,
      editors: [...model.sharing.editors],
      viewers: [...model.sharing.viewers],
    },
    sheets: sheets.map((sheet) => snapshotSheet(doc, sheet, options)),
    namedRanges: model.namedRanges.map((named) => ({
      name: named.name,
      sheet: sheetNameById(model, named.sheetId),
      range: formatA1(named.rect),
    })),
    protections: model.protections.map((protection) => ({
      id: protection.id,
      type: protection.type,
      sheet: sheetNameById(model, protection.sheetId),
      ...(protection.rect ? { range: formatA1(protection.rect) } : {}),
      unprotectedRanges: protection.unprotected.map((rect) => formatA1(rect)),
      description: protection.description,
      warningOnly: protection.warningOnly,
      editors: [...protection.editors],
      domainEdit: protection.domainEdit,
      ...(protection.rangeName === undefined ? {} : { rangeName: protection.rangeName }),
    })),
    developerMetadata: model.developerMetadata.map((metadata) => metadataSnapshot(model, metadata)),
  };
}

function metadataSnapshot(
  model: WorkbookModel,
  metadata: DeveloperMetadataModel,
): DeveloperMetadataSnapshot {
  const { location } = metadata;
  return {
    id: metadata.id,
    key: metadata.key,
    value: metadata.value,
    visibility: metadata.visibility,
    sheet: location.type === 'SPREADSHEET' ? null : sheetNameById(model, location.sheetId),
    ...(location.type === 'ROW' ? { row: location.index + 1 } : {}),
    ...(location.type === 'COLUMN' ? { column: location.index + 1 } : {}),
  };
}

function metadataLocation(
  metadata: DeveloperMetadataSnapshot,
  sheetByName: (name: string) => SheetModel,
): DeveloperMetadataModel['location'] {
  if (metadata.sheet === null) return { type: 'SPREADSHEET' };
  const sheetId = sheetByName(metadata.sheet).id;
  if (metadata.row !== undefined) return { type: 'ROW', sheetId, index: metadata.row - 1 };
  if (metadata.column !== undefined) return { type: 'COLUMN', sheetId, index: metadata.column - 1 };
  return { type: 'SHEET', sheetId };
}

// -----------------------------------------------------------------------------------------------
// Restoring

function rectOf(a1: string, sheet: SheetModel): GridRect {
  return resolveA1(a1, sheet).rect;
}

function cellPosition(a1: string): [number, number] {
  const match = /^([A-Z]+)(\d+)$/.exec(a1);
  if (!match) throw new Error(`Snapshot: bad cell key '${a1}'`);
  let column = 0;
  for (const char of match[1] ?? '') column = column * 26 + char.charCodeAt(0) - 64;
  return [Number(match[2]) - 1, column - 1];
}

function restoreSheet(snap: SheetSnapshot, timeZone: string): SheetModel {
  const sheet = newSheetModel(snap.id, snap.name, snap.rowCount, snap.columnCount);
  sheet.hidden = snap.hidden;
  if (snap.tabColor !== undefined) sheet.tabColor = snap.tabColor;
  sheet.frozenRows = snap.frozenRows;
  sheet.frozenColumns = snap.frozenColumns;
  for (const [key, px] of Object.entries(snap.columnWidths))
    sheet.columnWidths.set(Number(key), px);
  for (const [key, px] of Object.entries(snap.rowHeights)) sheet.rowHeights.set(Number(key), px);
  snap.hiddenRows.forEach((row) => sheet.hiddenRows.add(row));
  snap.hiddenColumns.forEach((column) => sheet.hiddenColumns.add(column));

  const cell = (r: number, c: number): CellModel => ((sheet.rows[r] ??= [])[c] ??= {});
  snap.values.forEach((row, r) => {
    row.forEach((value, c) => {
      const formula = snap.formulas[r]?.[c] ?? '';
      if (formula !== '') {
        cell(r, c).formula = formula;
        return;
      }
      if (value === '') return;
      // A literal date is stored as its serial in the spreadsheet's zone, as Sheets keeps it.
      cell(r, c).value =
        typeof value === 'object' ? dateToSerial(new Date(value.iso), timeZone) : value;
    });
  });
  const sparse = <T>(record: Record<string, T>, apply: (target: CellModel, item: T) => void) => {
    for (const [a1, item] of Object.entries(record)) {
      const [r, c] = cellPosition(a1);
      apply(cell(r, c), item);
    }
  };
  sparse(snap.numberFormats, (target, format) => (target.numberFormat = format));
  sparse(snap.notes, (target, note) => (target.note = note));
  sparse(snap.richText, (target, rich) => (target.richText = structuredClone(rich)));
  sparse(snap.styles, (target, style) => (target.style = { ...style }));
  sparse(snap.validations, (target, rule) => (target.validation = structuredClone(rule)));
  sheet.conditionalFormats = snap.conditionalFormats.map((format) => ({
    ranges: format.ranges.map((a1) => rectOf(a1, sheet)),
    rule: structuredClone(format.rule),
  }));
  sheet.merges = (snap.merges ?? []).map((a1) => rectOf(a1, sheet));
  fillRowHoles(sheet);
  return sheet;
}

/**
 * Rebuilds a document from a snapshot: sheets, cells (literal values, formulas, formats, notes,
 * rich text, styles, validation), merges, conditional formats, named ranges, protections,
 * developer metadata (on the spreadsheet, sheets, rows and columns) and sharing. Formula results are recomputed by the engine, not taken from the snapshot.
 */
export function restoreSnapshot(ctx: EmulatorContext, snap: DocumentSnapshot): SpreadsheetDocument {
  if (snap.format !== SNAPSHOT_FORMAT || snap.version !== SNAPSHOT_VERSION) {
    throw new Error(`Not a version ${SNAPSHOT_VERSION} emulator snapshot`);
  }
  const doc = createDocument(ctx, {
    id: snap.id,
    name: snap.name,
    owner: snap.sharing.owner,
    editors: snap.sharing.editors.filter((email) => email !== snap.sharing.owner),
    viewers: snap.sharing.viewers,
    timeZone: snap.timeZone,
    locale: snap.locale,
    sheetNames: [],
  });
  const { model } = doc;
  for (const sheetSnap of snap.sheets) {
    const sheet = restoreSheet(sheetSnap, snap.timeZone);
    model.sheets.push(sheet);
    doc.engine.addSheet(sheet);
  }
  const sheetByName = (name: string): SheetModel => {
    const sheet = model.sheets.find((candidate) => candidate.name === name);
    if (!sheet) throw new Error(`Snapshot refers to a sheet it does not hold: '${name}'`);
    return sheet;
  };
  let largestId = 0;
  for (const named of snap.namedRanges) {
    const sheet = sheetByName(named.sheet);
    model.namedRanges.push({
      name: named.name,
      sheetId: sheet.id,
      rect: rectOf(named.range, sheet),
    });
  }
  for (const protection of snap.protections) {
    const sheet = sheetByName(protection.sheet);
    model.protections.push({
      id: protection.id,
      type: protection.type,
      sheetId: sheet.id,
      ...(protection.range === undefined ? {} : { rect: rectOf(protection.range, sheet) }),
      unprotected: protection.unprotectedRanges.map((a1) => rectOf(a1, sheet)),
      description: protection.description,
      warningOnly: protection.warningOnly,
      editors: [...protection.editors],
      domainEdit: protection.domainEdit,
      ...(protection.rangeName === undefined ? {} : { rangeName: protection.rangeName }),
    });
    const numeric = Number(/\d+$/.exec(protection.id)?.[0] ?? 0);
    largestId = Math.max(largestId, numeric);
  }
  for (const metadata of snap.developerMetadata) {
    const location = metadataLocation(metadata, sheetByName);
    model.developerMetadata.push({
      id: metadata.id,
      key: metadata.key,
      value: metadata.value,
      visibility: metadata.visibility,
      location,
    });
    largestId = Math.max(largestId, metadata.id);
  }
  model.nextId = largestId + 1;
  model.nextSheetId = Math.max(1_000_000, ...model.sheets.map((sheet) => sheet.id)) + 1;
  return doc;
}
