/**
 * The emulator's internal data model of a spreadsheet: plain data, no Apps Script API. The API
 * classes in sheets/ read and write it; formula/, format/, evaluation/ and io/ work over it.
 * Rows and columns are 0-based here; the Apps Script API is 1-based.
 */

/** A literal cell value as Sheets stores it. Dates and times are serial numbers with a date format. */
export type Scalar = number | string | boolean;

/** A style as a cell carries it; undefined members mean the sheet default. */
export interface CellStyle {
  background?: string; // '#rrggbb'
  fontColor?: string;
  fontWeight?: 'normal' | 'bold';
  fontStyle?: 'normal' | 'italic';
  fontLine?: 'none' | 'underline' | 'line-through';
  fontSize?: number;
  fontFamily?: string;
  /** 'general-left' is what setHorizontalAlignment('normal') reads back as (shown like 'general'). */
  horizontalAlignment?: 'left' | 'center' | 'right' | 'general' | 'general-left';
  verticalAlignment?: 'top' | 'middle' | 'bottom';
  wrap?: boolean;
  /**
   * Set by setWrapStrategy (setWrap clears it): WRAP reads back as getWrap() true, OVERFLOW and
   * CLIP as false. Absent: derived from `wrap` (sheets/text-format.ts).
   */
  wrapStrategy?: 'WRAP' | 'OVERFLOW' | 'CLIP';
  /** false after setShowHyperlink(false): links show as plain text (hyperlinkDisplayType PLAIN_TEXT). */
  showHyperlink?: boolean;
}

export const DEFAULT_STYLE: Required<CellStyle> = {
  background: '#ffffff',
  fontColor: '#000000',
  fontWeight: 'normal',
  fontStyle: 'normal',
  fontLine: 'none',
  fontSize: 10,
  fontFamily: 'Arial',
  horizontalAlignment: 'general',
  verticalAlignment: 'bottom',
  wrap: false,
  wrapStrategy: 'OVERFLOW',
  showHyperlink: true,
};

/** One run of rich text: [start, end) character offsets into the cell's text. */
export interface TextRun {
  start: number;
  end: number;
  linkUrl?: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  foregroundColor?: string;
  fontFamily?: string;
  fontSize?: number;
}

export interface RichTextModel {
  text: string;
  runs: TextRun[];
}

/** Every DataValidationCriteria a script can store (the *_RELATIVE ones cannot be set by scripts). */
export type DataValidationKind =
  | 'CHECKBOX'
  | 'VALUE_IN_LIST'
  | 'VALUE_IN_RANGE'
  | 'NUMBER_BETWEEN'
  | 'NUMBER_NOT_BETWEEN'
  | 'NUMBER_EQUAL_TO'
  | 'NUMBER_NOT_EQUAL_TO'
  | 'NUMBER_GREATER_THAN'
  | 'NUMBER_GREATER_THAN_OR_EQUAL_TO'
  | 'NUMBER_LESS_THAN'
  | 'NUMBER_LESS_THAN_OR_EQUAL_TO'
  | 'DATE_IS_VALID_DATE'
  | 'DATE_AFTER'
  | 'DATE_BEFORE'
  | 'DATE_BETWEEN'
  | 'DATE_NOT_BETWEEN'
  | 'DATE_EQUAL_TO'
  | 'DATE_ON_OR_AFTER'
  | 'DATE_ON_OR_BEFORE'
  | 'TEXT_CONTAINS'
  | 'TEXT_DOES_NOT_CONTAIN'
  | 'TEXT_EQUAL_TO'
  | 'TEXT_IS_VALID_EMAIL'
  | 'TEXT_IS_VALID_URL'
  | 'CUSTOM_FORMULA';

/** A data-validation rule attached to one cell (Sheets stores validation per cell). */
export interface DataValidationModel {
  kind: DataValidationKind;
  /**
   * Criteria values as Apps Script's getCriteriaValues() returns them (checkbox: [] or [checked,
   * unchecked]), except that dates of DATE_* rules are whole-day serials in the file's time zone.
   */
  args: unknown[];
  allowInvalid: boolean;
  helpText?: string;
  /** VALUE_IN_LIST / VALUE_IN_RANGE: show a dropdown. */
  showDropdown?: boolean;
  /**
   * CUSTOM_FORMULA: where the formula's relative references start, as an offset from this cell to
   * the top-left cell of the range the rule was set on (docs: a custom formula is relative to the
   * range's first cell). An offset moves with the cell, so inserted rows keep it right.
   */
  formulaOrigin?: { rows: number; columns: number };
}

export interface CellModel {
  /** Literal content; absent when the cell is empty or holds a formula. */
  value?: Scalar;
  /** Formula text as written, starting with '='. The computed value comes from the formula engine. */
  formula?: string;
  /** Number format pattern; absent = automatic. '@' = plain text. */
  numberFormat?: string;
  style?: CellStyle;
  note?: string;
  /** Present only when the text has runs with links or text styles. */
  richText?: RichTextModel;
  validation?: DataValidationModel;
}

/** A 0-based, inclusive-exclusive rectangle on one sheet. */
export interface GridRect {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/** Whether two rectangles share at least one cell. */
export function intersects(a: GridRect, b: GridRect): boolean {
  return (
    a.row < b.row + b.numRows &&
    b.row < a.row + a.numRows &&
    a.column < b.column + b.numColumns &&
    b.column < a.column + a.numColumns
  );
}

/** Whether every cell of `inner` lies in `outer`. */
export function contains(outer: GridRect, inner: GridRect): boolean {
  return (
    inner.row >= outer.row &&
    inner.column >= outer.column &&
    inner.row + inner.numRows <= outer.row + outer.numRows &&
    inner.column + inner.numColumns <= outer.column + outer.numColumns
  );
}
