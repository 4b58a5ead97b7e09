/**
 * Loads a teacher's existing tracker from an .xlsx file into the emulated spreadsheet (as Sheets'
 * File > Import / opening an Excel file does) and exports the emulated spreadsheet to .xlsx (as
 * File > Download > Microsoft Excel does), through exceljs. io/README.md lists what survives.
 */

import ExcelJS from 'exceljs';
import type { CellModel, CellStyle, GridRect, RichTextModel, TextRun } from '../model/cells';
import {
  DEFAULT_COLUMNS,
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_ROWS,
  cellFor,
  newSheetModel,
  type BooleanConditionKind,
  type ConditionalFormatRuleModel,
  type ConditionalStyle,
  type GradientRuleModel,
  type SheetModel,
} from '../model/workbook';
import { isDateFormat } from '../format/display';
import { serialToWallClock, wallClockToSerial } from '../format/serial';
import { fillRowHoles } from './csv';
import type { EmulatorContext } from '../runtime/context';
import { formatA1, parseA1, quoteSheetName } from '../sheets/a1';
import type { SpreadsheetDocument } from '../sheets/document';
import { intersects } from '../model/cells';
import { createDocument, type NewDocumentOptions } from '../sheets/document-factory';
import { exportValidation, importValidation } from './xlsx-validation';

// ------------------------------------------------------------------------------------------------
// Units and colours

/**
 * Excel column widths count characters of the default font's widest digit (7 px for Calibri 11)
 * plus 5 px of padding; Sheets works in pixels. So 100 px (Sheets' default) is 13.57 characters.
 */
export function excelWidthToPixels(width: number): number {
  return Math.round(width * 7 + 5);
}

export function pixelsToExcelWidth(px: number): number {
  return Math.round(((px - 5) / 7) * 100) / 100;
}

/** Excel row heights are points; Sheets' are pixels at 96 dpi (21 px = 15.75 pt). */
export function pointsToPixels(points: number): number {
  return Math.round((points * 4) / 3);
}

export function pixelsToPoints(px: number): number {
  return (px * 3) / 4;
}

/**
 * exceljs turns date cells into Dates whose UTC fields are the wall-clock date and time; Excel
 * date serials (1900 system) and Sheets serials share day 0 = 1899-12-30 from March 1900.
 */
function excelDateToSerial(date: Date): number {
  return wallClockToSerial(date.getTime());
}

function serialToExcelDate(serial: number): Date {
  return new Date(serialToWallClock(serial));
}

/** 'FF1A2B3C' → '#1a2b3c'; theme and indexed colours (no argb) → undefined. */
function argbToHex(color: Partial<ExcelJS.Color> | undefined): string | undefined {
  const argb = color?.argb;
  if (typeof argb !== 'string' || !/^[0-9a-fA-F]{6,8}$/.test(argb)) return undefined;
  return `#${argb.slice(-6).toLowerCase()}`;
}

function hexToArgb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

// ------------------------------------------------------------------------------------------------
// Loading

export interface XlsxLoadOptions {
  /** Only the worksheets with these names. Default: all, in workbook order. */
  sheets?: string[];
}

/** What the loader could not carry over, per sheet, for tests and for the playground to show. */
export interface XlsxLoadReport {
  sheets: SheetModel[];
  /**
   * Merged ranges per sheet name ('A1:C1'), as the file holds them. They are kept as merges in
   * the model; the covered cells are empty, as in Sheets.
   */
  merges: Record<string, string[]>;
  /** Human-readable notes about things dropped or approximated. */
  warnings: string[];
}

/** Excel's built-in date format 14 shows as the locale's short date; Sheets imports it so. */
const NUMBER_FORMAT_ALIASES: Record<string, string> = {
  'mm-dd-yy': 'M/d/yyyy',
  'm/d/yy': 'M/d/yyyy',
  'm/d/yy h:mm': 'M/d/yyyy H:mm',
};

function importNumberFormat(numFmt: string | undefined): string | undefined {
  if (numFmt === undefined || numFmt === '' || numFmt === 'General') return undefined;
  return NUMBER_FORMAT_ALIASES[numFmt] ?? numFmt;
}

function importStyle(cell: ExcelJS.Cell): CellStyle | undefined {
  const style: CellStyle = {};
  const font = cell.font as Partial<ExcelJS.Font> | undefined;
  if (font) {
    if (font.bold) style.fontWeight = 'bold';
    if (font.italic) style.fontStyle = 'italic';
    if (font.strike) style.fontLine = 'line-through';
    else if (font.underline && font.underline !== 'none') style.fontLine = 'underline';
    const color = argbToHex(font.color);
    if (color && color !== '#000000') style.fontColor = color;
    // The workbook default font (Calibri 11 for Excel files) is taken as the sheet default.
    if (font.size !== undefined && font.size !== 11) style.fontSize = font.size;
    if (font.name !== undefined && font.name !== 'Calibri') style.fontFamily = font.name;
  }
  const fill = cell.fill as ExcelJS.Fill | undefined;
  if (fill && fill.type === 'pattern' && fill.pattern === 'solid') {
    const background = argbToHex(fill.fgColor);
    if (background) style.background = background;
  }
  const alignment = cell.alignment as Partial<ExcelJS.Alignment> | undefined;
  if (alignment) {
    const horizontal = alignment.horizontal;
    if (horizontal === 'left' || horizontal === 'center' || horizontal === 'right') {
      style.horizontalAlignment = horizontal;
    } else if (horizontal === 'centerContinuous') {
      style.horizontalAlignment = 'center';
    }
    const vertical = alignment.vertical;
    if (vertical === 'top' || vertical === 'middle' || vertical === 'bottom') {
      if (vertical !== 'bottom') style.verticalAlignment = vertical;
    }
    if (alignment.wrapText) style.wrap = true;
  }
  return Object.keys(style).length === 0 ? undefined : style;
}

function fontToRun(font: Partial<ExcelJS.Font> | undefined, run: TextRun): void {
  if (!font) return;
  if (font.bold) run.bold = true;
  if (font.italic) run.italic = true;
  if (font.strike) run.strikethrough = true;
  if (font.underline && font.underline !== 'none') run.underline = true;
  const color = argbToHex(font.color);
  if (color && color !== '#000000') run.foregroundColor = color;
}

function richTextFromRuns(parts: ExcelJS.RichText[], linkUrl?: string): RichTextModel {
  let text = '';
  const runs: TextRun[] = [];
  for (const part of parts) {
    const run: TextRun = { start: text.length, end: text.length + part.text.length };
    fontToRun(part.font, run);
    if (linkUrl !== undefined) run.linkUrl = linkUrl;
    text += part.text;
    if (run.end > run.start) runs.push(run);
  }
  return { text, runs };
}

function noteText(note: string | ExcelJS.Comment | undefined): string | undefined {
  if (note === undefined) return undefined;
  if (typeof note === 'string') return note;
  return (note.texts ?? []).map((part) => part.text).join('');
}

/** Reads one exceljs cell into a model cell; null when it holds nothing worth keeping. */
function importCell(cell: ExcelJS.Cell, warnings: string[], where: string): CellModel | null {
  const model: CellModel = {};
  const value = cell.value;
  switch (cell.type) {
    case ExcelJS.ValueType.Null:
    case ExcelJS.ValueType.Merge:
      break;
    case ExcelJS.ValueType.Number:
    case ExcelJS.ValueType.Boolean:
    case ExcelJS.ValueType.String:
      if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') {
        model.value = value;
      }
      break;
    case ExcelJS.ValueType.Date:
      if (value instanceof Date) model.value = excelDateToSerial(value);
      break;
    case ExcelJS.ValueType.RichText: {
      const rich = richTextFromRuns((value as ExcelJS.CellRichTextValue).richText);
      model.value = rich.text;
      if (rich.runs.some((run) => Object.keys(run).length > 2)) model.richText = rich;
      break;
    }
    case ExcelJS.ValueType.Hyperlink: {
      const link = value as ExcelJS.CellHyperlinkValue;
      // exceljs keeps rich link text as { richText } inside `text` although its types say string.
      const text = link.text as unknown;
      const rich =
        typeof text === 'object' && text !== null && 'richText' in text
          ? richTextFromRuns((text as ExcelJS.CellRichTextValue).richText, link.hyperlink)
          : {
              text: String(text ?? link.hyperlink),
              runs: [
                { start: 0, end: String(text ?? link.hyperlink).length, linkUrl: link.hyperlink },
              ],
            };
      model.value = rich.text;
      model.richText = rich;
      break;
    }
    case ExcelJS.ValueType.Formula: {
      const formula = cell.formula;
      if (formula) model.formula = `=${formula}`;
      break;
    }
    case ExcelJS.ValueType.Error: {
      // A literal error in the file: Sheets shows the code; kept as its text.
      model.value = (value as ExcelJS.CellErrorValue).error;
      warnings.push(`${where}: literal error ${model.value} kept as text`);
      break;
    }
    default:
      break;
  }
  if (cell.type === ExcelJS.ValueType.Merge) return null;
  const numberFormat = importNumberFormat(cell.numFmt);
  if (numberFormat !== undefined) model.numberFormat = numberFormat;
  const style = importStyle(cell);
  if (style) model.style = style;
  const note = noteText(cell.note);
  if (note) model.note = note;
  return Object.keys(model).length === 0 ? null : model;
}

function conditionalStyle(style: Partial<ExcelJS.Style> | undefined): ConditionalStyle {
  const result: ConditionalStyle = {};
  const fill = style?.fill;
  if (fill && fill.type === 'pattern') {
    // Differential (conditional) fills put the shown colour in bgColor; some writers use fgColor.
    const background = argbToHex(fill.bgColor) ?? argbToHex(fill.fgColor);
    if (background) result.background = background;
  }
  const font = style?.font;
  if (font) {
    const color = argbToHex(font.color);
    if (color) result.fontColor = color;
    if (font.bold) result.fontWeight = 'bold';
    if (font.italic) result.fontStyle = 'italic';
    if (font.strike) result.fontLine = 'line-through';
    else if (font.underline && font.underline !== 'none') result.fontLine = 'underline';
  }
  return result;
}

const CELL_IS_CONDITIONS: Record<string, BooleanConditionKind> = {
  greaterThan: 'NUMBER_GREATER_THAN',
  greaterThanOrEqual: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  lessThan: 'NUMBER_LESS_THAN',
  lessThanOrEqual: 'NUMBER_LESS_THAN_OR_EQUAL_TO',
  equal: 'NUMBER_EQUAL_TO',
  notEqual: 'NUMBER_NOT_EQUAL_TO',
  between: 'NUMBER_BETWEEN',
  notBetween: 'NUMBER_NOT_BETWEEN',
};

function formulaArgument(value: unknown): string {
  const text = String(value);
  const number = Number(text);
  if (text !== '' && Number.isFinite(number)) return text;
  // A quoted string constant becomes the plain text Sheets' criteria hold; anything else is a formula.
  if (/^".*"$/.test(text)) return text.slice(1, -1).replace(/""/g, '"');
  return `=${text}`;
}

function importConditionalFormats(
  worksheet: ExcelJS.Worksheet,
  sheet: SheetModel,
  warnings: string[],
): void {
  // exceljs keeps read conditional formats on the worksheet but leaves them out of its types.
  const formats = (
    worksheet as unknown as { conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[] }
  ).conditionalFormattings;
  for (const format of formats ?? []) {
    let ranges: GridRect[];
    try {
      ranges = format.ref.split(/\s+/).map((ref) => rectFromA1(ref));
    } catch {
      warnings.push(`${sheet.name}: conditional format on '${format.ref}' dropped (bad range)`);
      continue;
    }
    const rules = [...format.rules].sort((a, b) => (a.priority ?? 0) - (b.priority ?? 0));
    for (const rule of rules) {
      const imported = importRule(rule);
      if (imported) sheet.conditionalFormats.push({ ranges, rule: imported });
      else
        warnings.push(`${sheet.name}: conditional format '${rule.type}' on ${format.ref} dropped`);
    }
  }
}

function importRule(
  rule: ExcelJS.ConditionalFormattingRule,
): ConditionalFormatRuleModel['rule'] | null {
  switch (rule.type) {
    case 'expression': {
      const formula = (rule.formulae ?? [])[0] as unknown;
      if (typeof formula !== 'string') return null;
      return {
        type: 'boolean',
        condition: 'CUSTOM_FORMULA',
        values: [`=${formula}`],
        style: conditionalStyle(rule.style),
      };
    }
    case 'cellIs': {
      const condition = CELL_IS_CONDITIONS[rule.operator ?? ''];
      if (!condition) return null;
      return {
        type: 'boolean',
        condition,
        values: ((rule.formulae ?? []) as unknown[]).map(formulaArgument),
        style: conditionalStyle(rule.style),
      };
    }
    case 'containsText': {
      const operator = rule.operator ?? 'containsText';
      const condition: BooleanConditionKind | null =
        operator === 'containsText'
          ? 'TEXT_CONTAINS'
          : operator === 'containsBlanks'
            ? 'CELL_EMPTY'
            : operator === 'notContainsBlanks'
              ? 'CELL_NOT_EMPTY'
              : null;
      if (!condition) return null;
      return {
        type: 'boolean',
        condition,
        values: condition === 'TEXT_CONTAINS' ? [rule.text ?? ''] : [],
        style: conditionalStyle(rule.style),
      };
    }
    case 'colorScale': {
      const points = rule.cfvo ?? [];
      const colors = (rule.color ?? []).map((color) => argbToHex(color) ?? '#ffffff');
      if (points.length < 2 || colors.length !== points.length) return null;
      const kindOf = (type: string): 'NUMBER' | 'PERCENT' | 'PERCENTILE' | null =>
        type === 'num'
          ? 'NUMBER'
          : type === 'percent'
            ? 'PERCENT'
            : type === 'percentile'
              ? 'PERCENTILE'
              : null;
      const first = points[0]!;
      const last = points[points.length - 1]!;
      const minKind = kindOf(first.type);
      const maxKind = kindOf(last.type);
      const gradient: GradientRuleModel = {
        type: 'gradient',
        min:
          minKind === null
            ? { color: colors[0]!, kind: 'MIN' }
            : { color: colors[0]!, kind: minKind, value: String(first.value ?? '') },
        max:
          maxKind === null
            ? { color: colors[points.length - 1]!, kind: 'MAX' }
            : { color: colors[points.length - 1]!, kind: maxKind, value: String(last.value ?? '') },
      };
      if (points.length === 3) {
        const middle = points[1]!;
        gradient.mid = {
          color: colors[1]!,
          kind: kindOf(middle.type) ?? 'PERCENTILE',
          value: String(middle.value ?? 50),
        };
      }
      return gradient;
    }
    default:
      return null;
  }
}

function rectFromA1(ref: string): GridRect {
  const parsed = parseA1(ref);
  const row = parsed.startRow ?? 0;
  const column = parsed.startColumn ?? 0;
  return {
    row,
    column,
    numRows: (parsed.endRow ?? DEFAULT_ROWS - 1) - row + 1,
    numColumns: (parsed.endColumn ?? DEFAULT_COLUMNS - 1) - column + 1,
  };
}

function uniqueName(doc: SpreadsheetDocument, name: string): string {
  const taken = new Set(doc.model.sheets.map((sheet) => sheet.name.toLowerCase()));
  if (!taken.has(name.toLowerCase())) return name;
  let n = 2;
  while (taken.has(`${name} (${n})`.toLowerCase())) n++;
  return `${name} (${n})`;
}

function importWorksheet(
  doc: SpreadsheetDocument,
  worksheet: ExcelJS.Worksheet,
  id: number,
  report: XlsxLoadReport,
): SheetModel {
  const { warnings } = report;
  const name = uniqueName(doc, worksheet.name);
  if (name !== worksheet.name) warnings.push(`Sheet '${worksheet.name}' renamed '${name}'`);
  const sheet = newSheetModel(id, name);
  sheet.hidden = worksheet.state !== 'visible';
  const tabColor = argbToHex(worksheet.properties?.tabColor);
  if (tabColor) sheet.tabColor = tabColor;

  const view = worksheet.views?.[0];
  if (view && view.state === 'frozen') {
    sheet.frozenRows = view.ySplit ?? 0;
    sheet.frozenColumns = view.xSplit ?? 0;
  }

  const defaultHeight = worksheet.properties?.defaultRowHeight ?? 15;
  let lastRow = 0;
  let lastColumn = 0;
  worksheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const r = rowNumber - 1;
    if (row.hidden) sheet.hiddenRows.add(r);
    // Excel writes its default height (15 pt) on many rows; only other heights are real choices.
    if (row.height !== undefined && row.height !== defaultHeight) {
      sheet.rowHeights.set(r, pointsToPixels(row.height));
    }
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      const c = columnNumber - 1;
      const imported = importCell(cell, warnings, `${name}!${cell.address}`);
      if (!imported) return;
      (sheet.rows[r] ??= [])[c] = imported;
      lastRow = Math.max(lastRow, r + 1);
      lastColumn = Math.max(lastColumn, c + 1);
    });
  });

  // exceljs reads validations into one address-keyed map, including cells that hold nothing else.
  const validations =
    (
      worksheet as unknown as {
        dataValidations?: { model?: Record<string, ExcelJS.DataValidation> };
      }
    ).dataValidations?.model ?? {};
  for (const [address, rule] of Object.entries(validations)) {
    if (!rule) continue;
    const parsed = parseA1(address);
    if (parsed.startRow === null || parsed.startColumn === null) continue;
    const target = cellFor(sheet, parsed.startRow, parsed.startColumn);
    const validation = importValidation(
      rule,
      target.value,
      formatA1({ row: parsed.startRow, column: parsed.startColumn, numRows: 1, numColumns: 1 }),
    );
    if (validation === 'unsupported') {
      warnings.push(`${name}!${address}: data validation of type ${rule.type} dropped`);
    } else if (validation) {
      target.validation = validation;
      lastRow = Math.max(lastRow, parsed.startRow + 1);
      lastColumn = Math.max(lastColumn, parsed.startColumn + 1);
    }
  }

  const columns = worksheet.columns ?? [];
  columns.forEach((column, index) => {
    if (column.hidden) sheet.hiddenColumns.add(index);
    if (column.width !== undefined) {
      const px = excelWidthToPixels(column.width);
      if (px !== DEFAULT_COLUMN_WIDTH) sheet.columnWidths.set(index, px);
    }
  });

  // exceljs keeps merges in the worksheet model as 'A1:C1' strings.
  const merges = (worksheet.model as unknown as { merges?: string[] }).merges ?? [];
  if (merges.length > 0) report.merges[name] = [...merges];
  for (const ref of merges) {
    const rect = rectFromA1(ref);
    // Excel refuses overlapping merges too; a file holding one is damaged, so the later is dropped.
    if (rect.numRows * rect.numColumns < 2) continue;
    if (sheet.merges.some((merge) => intersects(merge, rect))) {
      warnings.push(`${name}!${ref}: merge overlapping another one dropped`);
      continue;
    }
    sheet.merges.push(rect);
    lastRow = Math.max(lastRow, rect.row + rect.numRows);
    lastColumn = Math.max(lastColumn, rect.column + rect.numColumns);
  }

  importConditionalFormats(worksheet, sheet, warnings);
  fillRowHoles(sheet);

  // Sheets gives an imported Excel sheet at least its usual 1000 x 26 grid.
  sheet.rowCount = Math.max(DEFAULT_ROWS, lastRow, worksheet.rowCount, sheet.frozenRows + 1);
  sheet.columnCount = Math.max(
    DEFAULT_COLUMNS,
    lastColumn,
    worksheet.columnCount,
    columns.length,
    sheet.frozenColumns + 1,
  );
  return sheet;
}

async function readWorkbook(data: Buffer | ArrayBuffer | Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // exceljs accepts a Buffer or an ArrayBuffer at run time; its types only name Buffer.
  const bytes = data instanceof ArrayBuffer ? Buffer.from(data) : Buffer.from(data as Uint8Array);
  await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  return workbook;
}

/**
 * List validations read from a range arrive holding the file's reference text; the model keeps a
 * { sheetId, rect } reference (sheets/data-validation.ts), which needs every sheet loaded first.
 */
function resolveRangeValidations(
  report: XlsxLoadReport,
  byOriginalName: Map<string, SheetModel>,
): void {
  for (const sheet of report.sheets) {
    sheet.rows.forEach((cells, r) => {
      cells?.forEach((cell, c) => {
        const validation = cell?.validation;
        if (validation?.kind !== 'VALUE_IN_RANGE' || typeof validation.args[0] !== 'string') return;
        const text = validation.args[0];
        try {
          const reference = parseA1(text);
          const target =
            reference.sheetName === null ? sheet : byOriginalName.get(reference.sheetName);
          if (!target) throw new Error('unknown sheet');
          const rect = rectFromA1(text.slice(text.lastIndexOf('!') + 1));
          validation.args[0] = { sheetId: target.id, rect };
        } catch {
          if (cell) delete cell.validation;
          report.warnings.push(
            `${sheet.name}!${formatA1({ row: r, column: c, numRows: 1, numColumns: 1 })}: list from '${text}' dropped`,
          );
        }
      });
    });
  }
}

/**
 * Adds every worksheet of the file to `doc`, in order, with its name (a clash gets ' (2)'), each
 * mirrored in the formula engine in one addSheet call. Defined names that point at one range on
 * one of the loaded sheets become named ranges.
 */
export async function loadXlsx(
  doc: SpreadsheetDocument,
  data: Buffer | ArrayBuffer | Uint8Array,
  options: XlsxLoadOptions = {},
): Promise<XlsxLoadReport> {
  return loadWorkbook(doc, await readWorkbook(data), options, () => doc.model.nextSheetId++);
}

function loadWorkbook(
  doc: SpreadsheetDocument,
  workbook: ExcelJS.Workbook,
  options: XlsxLoadOptions,
  nextId: (index: number) => number,
): XlsxLoadReport {
  const report: XlsxLoadReport = { sheets: [], merges: {}, warnings: [] };
  const wanted = options.sheets ? new Set(options.sheets) : null;
  const byOriginalName = new Map<string, SheetModel>();
  for (const worksheet of workbook.worksheets) {
    if (wanted && !wanted.has(worksheet.name)) continue;
    const sheet = importWorksheet(doc, worksheet, nextId(report.sheets.length), report);
    byOriginalName.set(worksheet.name, sheet);
    report.sheets.push(sheet);
  }
  resolveRangeValidations(report, byOriginalName);
  // Named ranges first, so formulas using them find them when the engine reads the sheets.
  for (const defined of workbook.definedNames.model ?? []) {
    const target = defined.ranges.length === 1 ? defined.ranges[0] : undefined;
    if (!target || defined.name.startsWith('_xlnm.')) continue;
    try {
      const reference = parseA1(target);
      const sheet =
        reference.sheetName === null ? undefined : byOriginalName.get(reference.sheetName);
      if (!sheet) continue;
      const rect = rectFromA1(target.slice(target.lastIndexOf('!') + 1));
      doc.model.namedRanges.push({ name: defined.name, sheetId: sheet.id, rect });
    } catch {
      report.warnings.push(`Defined name '${defined.name}' (${target}) dropped`);
    }
  }
  for (const sheet of report.sheets) {
    doc.model.sheets.push(sheet);
    doc.engine.addSheet(sheet);
  }
  return report;
}

/**
 * A new spreadsheet holding the file's worksheets, named `options.name`, with the loader's report.
 * The first sheet gets gid 0 and later ones large ids, as in Sheets.
 */
export async function importXlsx(
  ctx: EmulatorContext,
  data: Buffer | ArrayBuffer | Uint8Array,
  options: NewDocumentOptions & XlsxLoadOptions,
): Promise<{ doc: SpreadsheetDocument; report: XlsxLoadReport }> {
  const { sheets, ...documentOptions } = options;
  const workbook = await readWorkbook(data);
  const doc = createDocument(ctx, { ...documentOptions, sheetNames: [] });
  const report = loadWorkbook(doc, workbook, sheets ? { sheets } : {}, (index) =>
    index === 0 ? 0 : 1_000_000 + index,
  );
  doc.model.nextSheetId = 1_000_000 + Math.max(report.sheets.length, 1);
  return { doc, report };
}

/** importXlsx without the report. */
export async function createDocumentFromXlsx(
  ctx: EmulatorContext,
  data: Buffer | ArrayBuffer | Uint8Array,
  options: NewDocumentOptions & XlsxLoadOptions,
): Promise<SpreadsheetDocument> {
  return (await importXlsx(ctx, data, options)).doc;
}

// ------------------------------------------------------------------------------------------------
// Exporting

const EXCEL_ERRORS = new Set(['#N/A', '#REF!', '#NAME?', '#DIV/0!', '#NULL!', '#VALUE!', '#NUM!']);

function exportFont(style: CellStyle): Partial<ExcelJS.Font> | undefined {
  const font: Partial<ExcelJS.Font> = {};
  if (style.fontWeight === 'bold') font.bold = true;
  if (style.fontStyle === 'italic') font.italic = true;
  if (style.fontLine === 'underline') font.underline = true;
  if (style.fontLine === 'line-through') font.strike = true;
  if (style.fontColor) font.color = { argb: hexToArgb(style.fontColor) };
  if (style.fontSize !== undefined) font.size = style.fontSize;
  if (style.fontFamily !== undefined) font.name = style.fontFamily;
  return Object.keys(font).length === 0 ? undefined : font;
}

function exportStyle(target: ExcelJS.Cell, style: CellStyle): void {
  const font = exportFont(style);
  if (font) target.font = font;
  if (style.background) {
    target.fill = {
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: hexToArgb(style.background) },
    };
  }
  const alignment: Partial<ExcelJS.Alignment> = {};
  const horizontal = style.horizontalAlignment;
  // 'general-left' (setHorizontalAlignment('normal')) shows as automatic alignment, like 'general'.
  if (horizontal && horizontal !== 'general' && horizontal !== 'general-left') {
    alignment.horizontal = horizontal;
  }
  if (style.verticalAlignment) alignment.vertical = style.verticalAlignment;
  if (style.wrap) alignment.wrapText = true;
  if (Object.keys(alignment).length > 0) target.alignment = alignment;
}

function runFont(run: TextRun): Partial<ExcelJS.Font> | undefined {
  const font: Partial<ExcelJS.Font> = {};
  if (run.bold) font.bold = true;
  if (run.italic) font.italic = true;
  if (run.underline) font.underline = true;
  if (run.strikethrough) font.strike = true;
  if (run.foregroundColor) font.color = { argb: hexToArgb(run.foregroundColor) };
  return Object.keys(font).length === 0 ? undefined : font;
}

/** Rich text as exceljs runs, covering the whole text (gaps between runs become plain runs). */
function exportRuns(rich: RichTextModel): ExcelJS.RichText[] {
  const parts: ExcelJS.RichText[] = [];
  let at = 0;
  for (const run of [...rich.runs].sort((a, b) => a.start - b.start)) {
    if (run.start > at) parts.push({ text: rich.text.slice(at, run.start) });
    const start = Math.max(run.start, at);
    if (run.end <= start) continue;
    const font = runFont(run);
    parts.push({ text: rich.text.slice(start, run.end), ...(font ? { font } : {}) });
    at = run.end;
  }
  if (at < rich.text.length) parts.push({ text: rich.text.slice(at) });
  return parts;
}

function exportConditionalStyle(style: ConditionalStyle): Partial<ExcelJS.Style> {
  const result: Partial<ExcelJS.Style> = {};
  if (style.background) {
    result.fill = {
      type: 'pattern',
      pattern: 'solid',
      bgColor: { argb: hexToArgb(style.background) },
    };
  }
  const font: Partial<ExcelJS.Font> = {};
  if (style.fontColor) font.color = { argb: hexToArgb(style.fontColor) };
  if (style.fontWeight === 'bold') font.bold = true;
  if (style.fontStyle === 'italic') font.italic = true;
  if (style.fontLine === 'underline') font.underline = true;
  if (style.fontLine === 'line-through') font.strike = true;
  if (Object.keys(font).length > 0) result.font = font;
  return result;
}

const OPERATOR_OF: Partial<Record<BooleanConditionKind, string>> = Object.fromEntries(
  Object.entries(CELL_IS_CONDITIONS).map(([operator, condition]) => [condition, operator]),
);

function criterion(value: unknown): string {
  const text = String(value);
  if (text.startsWith('=')) return text.slice(1);
  return Number.isFinite(Number(text)) && text !== '' ? text : `"${text.replace(/"/g, '""')}"`;
}

/** One model rule as an exceljs rule; null when xlsx cannot say it (listed in io/README.md). */
function exportRule(
  format: ConditionalFormatRuleModel,
  priority: number,
): ExcelJS.ConditionalFormattingRule | null {
  const rule = format.rule;
  const anchor = format.ranges[0];
  if (!anchor) return null;
  const topLeft = formatA1({ row: anchor.row, column: anchor.column, numRows: 1, numColumns: 1 });
  if (rule.type === 'gradient') {
    const cfvo = (point: { kind: string; value?: string }): ExcelJS.Cvfo => {
      const type: ExcelJS.CfvoTypes =
        point.kind === 'MIN'
          ? 'min'
          : point.kind === 'MAX'
            ? 'max'
            : point.kind === 'NUMBER'
              ? 'num'
              : point.kind === 'PERCENT'
                ? 'percent'
                : 'percentile';
      const value =
        point.value === undefined || point.value === '' ? undefined : Number(point.value);
      return value === undefined || Number.isNaN(value) ? { type } : { type, value };
    };
    const points = rule.mid ? [rule.min, rule.mid, rule.max] : [rule.min, rule.max];
    return {
      type: 'colorScale',
      priority,
      cfvo: points.map(cfvo),
      color: points.map((point) => ({ argb: hexToArgb(point.color) })),
    };
  }
  const style = exportConditionalStyle(rule.style);
  const values = rule.values;
  const operator = OPERATOR_OF[rule.condition];
  if (operator) {
    return {
      type: 'cellIs',
      priority,
      operator: operator as ExcelJS.CellIsOperators,
      formulae: values.map(criterion),
      style,
    };
  }
  const expression = (formula: string): ExcelJS.ConditionalFormattingRule => ({
    type: 'expression',
    priority,
    formulae: [formula],
    style,
  });
  const text = criterion(values[0] ?? '');
  switch (rule.condition) {
    case 'CUSTOM_FORMULA':
      return expression(String(values[0] ?? '').replace(/^=/, ''));
    case 'CELL_EMPTY':
      return expression(`LEN(TRIM(${topLeft}))=0`);
    case 'CELL_NOT_EMPTY':
      return expression(`LEN(TRIM(${topLeft}))>0`);
    case 'TEXT_CONTAINS':
      return expression(`NOT(ISERROR(SEARCH(${text},${topLeft})))`);
    case 'TEXT_DOES_NOT_CONTAIN':
      return expression(`ISERROR(SEARCH(${text},${topLeft}))`);
    case 'TEXT_EQUAL_TO':
      return expression(`${topLeft}=${text}`);
    case 'TEXT_STARTS_WITH':
      return expression(`LEFT(${topLeft},LEN(${text}))=${text}`);
    case 'TEXT_ENDS_WITH':
      return expression(`RIGHT(${topLeft},LEN(${text}))=${text}`);
    default:
      return null;
  }
}

function exportSheet(
  doc: SpreadsheetDocument,
  workbook: ExcelJS.Workbook,
  sheet: SheetModel,
  warnings: string[],
): void {
  const frozen = sheet.frozenRows > 0 || sheet.frozenColumns > 0;
  const worksheet = workbook.addWorksheet(sheet.name, {
    state: sheet.hidden ? 'hidden' : 'visible',
    views: frozen
      ? [{ state: 'frozen', xSplit: sheet.frozenColumns, ySplit: sheet.frozenRows }]
      : [],
    properties: sheet.tabColor ? { tabColor: { argb: hexToArgb(sheet.tabColor) } } : {},
  });

  const columns = new Set([...sheet.columnWidths.keys(), ...sheet.hiddenColumns]);
  for (const c of [...columns].sort((a, b) => a - b)) {
    const column = worksheet.getColumn(c + 1);
    column.width = pixelsToExcelWidth(sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH);
    if (sheet.hiddenColumns.has(c)) column.hidden = true;
  }
  for (const [r, px] of sheet.rowHeights) worksheet.getRow(r + 1).height = pixelsToPoints(px);
  for (const r of sheet.hiddenRows) worksheet.getRow(r + 1).hidden = true;

  sheet.rows.forEach((cells, r) => {
    if (!cells) return;
    cells.forEach((cell, c) => {
      if (!cell) return;
      const target = worksheet.getCell(r + 1, c + 1);
      const where = `${sheet.name}!${target.address}`;
      const dateFormatted = isDateFormat(cell.numberFormat);
      if (cell.formula !== undefined) {
        const computed = doc.engine.valueAt(sheet.id, r, c);
        let result: ExcelJS.CellFormulaValue['result'];
        if (computed.isError) {
          const code = String(computed.value);
          result = EXCEL_ERRORS.has(code)
            ? ({ error: code } as ExcelJS.CellErrorValue)
            : ({ error: '#VALUE!' } as ExcelJS.CellErrorValue);
        } else if (computed.value !== null) {
          result = computed.value;
        }
        target.value = {
          formula: cell.formula.replace(/^=/, ''),
          ...(result === undefined ? {} : { result }),
        };
      } else if (cell.richText && cell.richText.runs.length > 0) {
        const links = [...new Set(cell.richText.runs.flatMap((run) => run.linkUrl ?? []))];
        const hasStyledRuns = cell.richText.runs.some((run) => runFont(run) !== undefined);
        if (links.length > 0) {
          // An xlsx cell holds one hyperlink; the first link stands for the cell.
          if (links.length > 1)
            warnings.push(`${where}: only the first of ${links.length} links kept`);
          target.value = { text: cell.richText.text, hyperlink: links[0]! };
        } else if (hasStyledRuns) {
          target.value = { richText: exportRuns(cell.richText) };
        } else {
          target.value = cell.richText.text;
        }
      } else if (typeof cell.value === 'number' && dateFormatted) {
        target.value = serialToExcelDate(cell.value);
      } else if (cell.value !== undefined) {
        target.value = cell.value;
      }
      if (cell.numberFormat !== undefined) target.numFmt = cell.numberFormat;
      if (cell.style) exportStyle(target, cell.style);
      if (cell.note) target.note = cell.note;
      if (cell.validation) {
        const validation = exportValidation(
          cell.validation,
          (id) => doc.model.sheets.find((candidate) => candidate.id === id)?.name,
          target.address,
        );
        if (validation) target.dataValidation = validation;
        else warnings.push(`${where}: ${cell.validation.kind} validation not exported`);
      }
    });
  });

  for (const merge of sheet.merges) worksheet.mergeCells(formatA1(merge));

  let priority = 1;
  for (const format of sheet.conditionalFormats) {
    const rule = exportRule(format, priority);
    if (!rule) {
      warnings.push(`${sheet.name}: conditional format rule not expressible in xlsx, dropped`);
      continue;
    }
    priority++;
    worksheet.addConditionalFormatting({
      ref: format.ranges.map((rect) => formatA1(rect)).join(' '),
      rules: [rule],
    });
  }
}

export interface XlsxExportOptions {
  /** Receives notes about what could not be written (extra links, unsupported rules...). */
  warnings?: string[];
}

/**
 * The spreadsheet as an .xlsx file: every sheet in tab order with values (dates as dates),
 * formulas with the engine's result cached, number formats, styles, notes, links, merges, column
 * widths, row heights, frozen panes, hidden sheets/rows/columns, validations, conditional formats
 * and named ranges. Protections and developer metadata are not written (io/README.md).
 */
export async function exportXlsx(
  doc: SpreadsheetDocument,
  options: XlsxExportOptions = {},
): Promise<Buffer> {
  const warnings = options.warnings ?? [];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = doc.model.sharing.owner;
  workbook.title = doc.model.name;
  // Fixed document dates: the file's properties then do not depend on the wall clock.
  workbook.created = new Date(0);
  workbook.modified = new Date(0);
  for (const sheet of doc.model.sheets) exportSheet(doc, workbook, sheet, warnings);
  for (const named of doc.model.namedRanges) {
    const sheet = doc.model.sheets.find((candidate) => candidate.id === named.sheetId);
    if (!sheet) continue;
    const absolute = formatA1(named.rect).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
    workbook.definedNames.add(`${quoteSheetName(sheet.name)}!${absolute}`, named.name);
  }
  if (doc.model.protections.length > 0) {
    warnings.push(`${doc.model.protections.length} protection(s) not exported`);
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return Buffer.from(buffer);
}
