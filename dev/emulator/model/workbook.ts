/**
 * A spreadsheet document as plain data: sheets of cells plus the document-level things Sheets
 * keeps (named ranges, protections, conditional formats, metadata, sharing).
 */

import type { CellModel, CellStyle, GridRect } from './cells';

/** Relative dates a date condition may hold (Apps Script's RelativeDate), stored by name. */
export const RELATIVE_DATE_NAMES = [
  'TODAY',
  'TOMORROW',
  'YESTERDAY',
  'PAST_WEEK',
  'PAST_MONTH',
  'PAST_YEAR',
] as const;

export type RelativeDateName = (typeof RELATIVE_DATE_NAMES)[number];

export type BooleanConditionKind =
  | 'CELL_EMPTY'
  | 'CELL_NOT_EMPTY'
  | 'TEXT_CONTAINS'
  | 'TEXT_DOES_NOT_CONTAIN'
  | 'TEXT_EQUAL_TO'
  | 'TEXT_STARTS_WITH'
  | 'TEXT_ENDS_WITH'
  | 'NUMBER_GREATER_THAN'
  | 'NUMBER_GREATER_THAN_OR_EQUAL_TO'
  | 'NUMBER_LESS_THAN'
  | 'NUMBER_LESS_THAN_OR_EQUAL_TO'
  | 'NUMBER_EQUAL_TO'
  | 'NUMBER_NOT_EQUAL_TO'
  | 'NUMBER_BETWEEN'
  | 'NUMBER_NOT_BETWEEN'
  | 'DATE_BEFORE'
  | 'DATE_AFTER'
  | 'DATE_EQUAL_TO'
  | 'CUSTOM_FORMULA';

/** The style a conditional-format rule applies (the subset Sheets allows). */
export type ConditionalStyle = Pick<
  CellStyle,
  'background' | 'fontColor' | 'fontWeight' | 'fontStyle' | 'fontLine'
>;

export interface BooleanRuleModel {
  type: 'boolean';
  condition: BooleanConditionKind;
  /** Criteria values; for CUSTOM_FORMULA the formula text relative to the top-left of ranges[0]. */
  values: unknown[];
  style: ConditionalStyle;
}

export interface GradientRuleModel {
  type: 'gradient';
  min: { color: string; kind: 'MIN' | 'NUMBER' | 'PERCENT' | 'PERCENTILE'; value?: string };
  mid?: { color: string; kind: 'NUMBER' | 'PERCENT' | 'PERCENTILE'; value: string };
  max: { color: string; kind: 'MAX' | 'NUMBER' | 'PERCENT' | 'PERCENTILE'; value?: string };
}

export interface ConditionalFormatRuleModel {
  ranges: GridRect[];
  rule: BooleanRuleModel | GradientRuleModel;
}

export interface ProtectionModel {
  id: string;
  type: 'SHEET' | 'RANGE';
  sheetId: number;
  /** RANGE: the protected rectangle. */
  rect?: GridRect;
  /** SHEET: rectangles left editable. */
  unprotected: GridRect[];
  description: string;
  warningOnly: boolean;
  /** E-mails allowed to edit (the owner always may). */
  editors: string[];
  domainEdit: boolean;
  rangeName?: string;
}

export interface NamedRangeModel {
  name: string;
  sheetId: number;
  rect: GridRect;
}

/**
 * Where an entry is attached. A row or column location is one whole row or column (0-based
 * `index`): the Sheets API's DimensionRange for metadata "must represent a single row or column".
 */
export type DeveloperMetadataLocationModel =
  | { type: 'SPREADSHEET' }
  | { type: 'SHEET'; sheetId: number }
  | { type: 'ROW'; sheetId: number; index: number }
  | { type: 'COLUMN'; sheetId: number; index: number };

export interface DeveloperMetadataModel {
  id: number;
  key: string;
  value: string | null;
  visibility: 'DOCUMENT' | 'PROJECT';
  location: DeveloperMetadataLocationModel;
}

export interface SheetModel {
  /** Stable id, Sheets' gid. */
  id: number;
  name: string;
  hidden: boolean;
  tabColor?: string;
  rowCount: number;
  columnCount: number;
  frozenRows: number;
  frozenColumns: number;
  /** Sparse: rows[r]?.[c]. */
  rows: (CellModel | undefined)[][];
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  hiddenColumns: Set<number>;
  hiddenRows: Set<number>;
  conditionalFormats: ConditionalFormatRuleModel[];
  /**
   * Merged blocks, never overlapping, each at least two cells. The top-left cell holds the
   * content; the others are covered (sheets/merges.ts).
   */
  merges: GridRect[];
}

export interface Sharing {
  owner: string;
  editors: string[];
  viewers: string[];
}

export interface WorkbookModel {
  id: string;
  name: string;
  timeZone: string;
  locale: string;
  /** In tab order. */
  sheets: SheetModel[];
  namedRanges: NamedRangeModel[];
  protections: ProtectionModel[];
  developerMetadata: DeveloperMetadataModel[];
  sharing: Sharing;
  nextSheetId: number;
  nextId: number;
}

export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;
export const DEFAULT_COLUMN_WIDTH = 100;
export const DEFAULT_ROW_HEIGHT = 21;

export function newSheetModel(
  id: number,
  name: string,
  rows = DEFAULT_ROWS,
  columns = DEFAULT_COLUMNS,
): SheetModel {
  return {
    id,
    name,
    hidden: false,
    rowCount: rows,
    columnCount: columns,
    frozenRows: 0,
    frozenColumns: 0,
    rows: [],
    columnWidths: new Map(),
    rowHeights: new Map(),
    hiddenColumns: new Set(),
    hiddenRows: new Set(),
    conditionalFormats: [],
    merges: [],
  };
}

export function cellAt(sheet: SheetModel, row: number, column: number): CellModel | undefined {
  return sheet.rows[row]?.[column];
}

/** The cell at (row, column), created if absent. */
export function cellFor(sheet: SheetModel, row: number, column: number): CellModel {
  const cells = (sheet.rows[row] ??= []);
  return (cells[column] ??= {});
}
