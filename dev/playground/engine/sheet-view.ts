/**
 * What one person sees of one sheet, as plain data for the page: display values, checkboxes,
 * links, notes, the style conditional formatting gives each cell (the emulator's effectiveStyle),
 * frozen and hidden rows and columns, and which cells protections keep the person from editing.
 */

import { effectiveStyle, type SpreadsheetDocument } from '../../emulator';
import type {
  CellAccess,
  CellStyleView,
  CellView,
  GridRect,
  SheetView,
  TextRunView,
} from '../protocol';
import {
  cellAt,
  DEFAULT_STYLE,
  defaultPattern,
  displayValueAt,
  editPermission,
  formatWithPattern,
  isDateFormat,
  scriptValueAt,
  type CellModel,
  type CellStyle,
  type SheetModel,
} from './emulator-internals';

/** The page draws the used area plus this margin, within these bounds. */
const MARGIN_ROWS = 5;
const MARGIN_COLUMNS = 2;
const MIN_ROWS = 30;
const MIN_COLUMNS = 12;
export const MAX_SHOWN_ROWS = 500;
export const MAX_SHOWN_COLUMNS = 60;

/** Links the page may open: anything else (javascript:, data:) is shown as text only. */
export function safeLink(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  return /^(https?:|mailto:)/i.test(url.trim()) ? url.trim() : undefined;
}

/** The target of =HYPERLINK("url", ...) when it is a literal, as Sheets makes the cell a link. */
export function hyperlinkTarget(formula: string | undefined): string | undefined {
  const match = formula ? /^=\s*HYPERLINK\(\s*"((?:[^"]|"")*)"/i.exec(formula) : null;
  return match ? match[1]!.replace(/""/g, '"') : undefined;
}

function usedExtent(sheet: SheetModel): { rows: number; columns: number } {
  let rows = 0;
  let columns = 0;
  sheet.rows.forEach((cells, r) => {
    cells?.forEach((cell, c) => {
      if (!cell) return;
      rows = Math.max(rows, r + 1);
      columns = Math.max(columns, c + 1);
    });
  });
  return { rows, columns };
}

function contains(rect: GridRect, row: number, column: number): boolean {
  return (
    row >= rect.row &&
    row < rect.row + rect.numRows &&
    column >= rect.column &&
    column < rect.column + rect.numColumns
  );
}

function styleView(style: CellStyle): CellStyleView | undefined {
  const view: CellStyleView = {};
  if (style.background && style.background !== DEFAULT_STYLE.background)
    view.background = style.background;
  if (style.fontColor && style.fontColor !== DEFAULT_STYLE.fontColor) view.color = style.fontColor;
  if (style.fontWeight === 'bold') view.bold = true;
  if (style.fontStyle === 'italic') view.italic = true;
  if (style.fontLine === 'underline' || style.fontLine === 'line-through')
    view.line = style.fontLine;
  if (style.fontSize && style.fontSize !== DEFAULT_STYLE.fontSize) view.size = style.fontSize;
  // 'general-left' (what setHorizontalAlignment('normal') stores) draws like the automatic alignment.
  const align = style.horizontalAlignment;
  if (align === 'left' || align === 'center' || align === 'right') view.align = align;
  if (style.verticalAlignment === 'top' || style.verticalAlignment === 'middle')
    view.valign = style.verticalAlignment;
  if (style.wrap) view.wrap = true;
  return Object.keys(view).length > 0 ? view : undefined;
}

function runsOf(cell: CellModel): TextRunView[] | undefined {
  const rich = cell.richText;
  if (!rich || rich.runs.length === 0) return undefined;
  const runs: TextRunView[] = [];
  let at = 0;
  const plain = (end: number) => {
    if (end > at) runs.push({ text: rich.text.slice(at, end) });
  };
  for (const run of [...rich.runs].sort((a, b) => a.start - b.start)) {
    plain(run.start);
    const view: TextRunView = { text: rich.text.slice(run.start, run.end) };
    const link = safeLink(run.linkUrl);
    if (link) view.link = link;
    if (run.bold) view.bold = true;
    if (run.italic) view.italic = true;
    if (run.underline) view.underline = true;
    if (run.strikethrough) view.strike = true;
    if (run.foregroundColor) view.color = run.foregroundColor;
    runs.push(view);
    at = Math.max(at, run.end);
  }
  plain(rich.text.length);
  return runs;
}

/** What the edit bar shows for the cell: the formula, or the literal as a person would type it. */
function inputOf(doc: SpreadsheetDocument, cell: CellModel): string {
  if (cell.formula !== undefined) return cell.formula;
  const value = cell.value;
  if (value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') {
    if (isDateFormat(cell.numberFormat)) {
      return formatWithPattern(value, defaultPattern('date', doc.model.locale), doc.model.locale);
    }
    if (cell.numberFormat?.includes('%')) return `${Math.round(value * 1e10) / 1e8}%`;
    return String(value);
  }
  return value;
}

/** Which cells protections cover, and what that means for `seat`. */
function accessOf(
  doc: SpreadsheetDocument,
  sheet: SheetModel,
  seat: string,
): (row: number, column: number) => CellAccess | undefined {
  const protections = doc.model.protections.filter((p) => p.sheetId === sheet.id);
  if (protections.length === 0) return () => undefined;
  return (row, column) => {
    const covered = protections.some((p) =>
      p.type === 'RANGE'
        ? p.rect !== undefined && contains(p.rect, row, column)
        : !p.unprotected.some((rect) => contains(rect, row, column)),
    );
    if (!covered) return undefined;
    const permission = editPermission(doc.model, seat, sheet.id, {
      row,
      column,
      numRows: 1,
      numColumns: 1,
    });
    return permission === 'denied' ? 'locked' : permission === 'warning' ? 'warning' : 'protected';
  };
}

export function sheetView(
  doc: SpreadsheetDocument,
  sheet: SheetModel,
  seat: string,
  options: { readOnly: boolean; selection: GridRect | null },
): SheetView {
  const used = usedExtent(sheet);
  const shownRows = Math.min(
    sheet.rowCount,
    MAX_SHOWN_ROWS,
    Math.max(used.rows + MARGIN_ROWS, MIN_ROWS),
  );
  const shownColumns = Math.min(
    sheet.columnCount,
    MAX_SHOWN_COLUMNS,
    Math.max(used.columns + MARGIN_COLUMNS, MIN_COLUMNS),
  );
  const access = accessOf(doc, sheet, seat);
  const cells: CellView[] = [];
  for (let row = 0; row < shownRows; row++) {
    for (let column = 0; column < shownColumns; column++) {
      const view = cellView(doc, sheet, row, column);
      const mark = access(row, column);
      if (!view && !mark) continue;
      const shown = view ?? { row, column, text: '', input: '' };
      if (mark) shown.access = mark;
      cells.push(shown);
    }
  }
  const widths: Record<string, number> = {};
  for (const [column, px] of sheet.columnWidths) widths[String(column)] = px;
  const heights: Record<string, number> = {};
  for (const [row, px] of sheet.rowHeights) heights[String(row)] = px;
  return {
    id: sheet.id,
    name: sheet.name,
    hidden: sheet.hidden,
    rowCount: sheet.rowCount,
    columnCount: sheet.columnCount,
    frozenRows: sheet.frozenRows,
    frozenColumns: sheet.frozenColumns,
    shownRows,
    shownColumns,
    hiddenRows: [...sheet.hiddenRows].sort((a, b) => a - b),
    hiddenColumns: [...sheet.hiddenColumns].sort((a, b) => a - b),
    columnWidths: widths,
    rowHeights: heights,
    cells,
    selection: options.selection,
    readOnly: options.readOnly,
  };
}

/** The cell as drawn, or null when it shows nothing (empty, default style). */
function cellView(
  doc: SpreadsheetDocument,
  sheet: SheetModel,
  row: number,
  column: number,
): CellView | null {
  const cell = cellAt(sheet, row, column);
  const style = styleView(effectiveStyle(doc, sheet, row, column));
  if (!cell) return style ? { row, column, text: '', input: '', style } : null;
  const text = displayValueAt(doc, sheet, row, column);
  const view: CellView = { row, column, text, input: inputOf(doc, cell) };
  if (style) view.style = style;
  const value = scriptValueAt(doc, sheet, row, column);
  if (typeof value === 'number' || value instanceof Date) view.numeric = true;
  if (
    typeof value === 'string' &&
    /^#(N\/A|REF!|NAME\?|DIV\/0!|VALUE!|NUM!|ERROR!|NULL!)$/.test(value) &&
    cell.formula !== undefined
  ) {
    view.error = true;
  }
  if (cell.validation?.kind === 'CHECKBOX') {
    const checkedValue = (cell.validation.args[0] as unknown) ?? true;
    view.checkbox = value === checkedValue;
  }
  const runs = runsOf(cell);
  if (runs) {
    view.runs = runs;
    const links = runs.filter((run) => run.link);
    if (links.length === 1 && runs.length === 1) view.link = links[0]!.link!;
  }
  const hyperlink = safeLink(hyperlinkTarget(cell.formula));
  if (hyperlink) view.link = hyperlink;
  if (cell.note) view.note = cell.note;
  return view;
}
