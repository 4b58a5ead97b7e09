/**
 * The formula engine: a HyperFormula 3.5 mirror of the workbook model (formula/types.ts has the
 * contract). Sheets behaviours HyperFormula lacks are patched in here and in the function plugins
 * it registers (sheets-functions.ts, array-functions.ts): TODAY()/NOW() on the emulator's clock,
 * bare TRUE/FALSE, error codes as Sheets shows them, results that spill (spill.ts), and
 * conditional-format formulas evaluated relative to a cell.
 */

import {
  CellType,
  DetailedCellError,
  ErrorType,
  HyperFormula,
  type CellValue,
  type FunctionPluginDefinition,
  type RawCellContent,
  type SimpleCellAddress,
} from 'hyperformula';
import type { CellModel, GridRect, Scalar } from '../model/cells';
import type { SheetModel, WorkbookModel } from '../model/workbook';
import { dateToSerial } from '../format/serial';
import { moveCellsInEngine } from './move-cells';
import { ArrayFunctionsPlugin } from './array-functions';
import type { EngineContext } from './plugin-types';
import { shiftFormula } from './references';
import { SheetsFunctionsPlugin } from './sheets-functions';
import { fromEngineFormula, toEngineFormula } from './engine-text';
import { closeOpenRanges, hasOpenRange, type RowsOf } from './open-ranges';
import { blockedSpillMessage } from './spill';
import type { ComputedValue, FormulaEngine, InferredFormat } from './types';

// Plugin registration is global to the HyperFormula module; the functions read per-engine state
// from `config.context`, so registering once serves every engine.
for (const plugin of [SheetsFunctionsPlugin, ArrayFunctionsPlugin] as FunctionPluginDefinition[]) {
  for (const name of Object.keys(plugin.implementedFunctions)) {
    if (HyperFormula.getFunctionPlugin(name) !== plugin) {
      // Function names not in HyperFormula's language pack need a translation to be recognised.
      HyperFormula.registerFunction(name, plugin, { enGB: { [name]: name } });
    }
  }
}

/** Sheets shows some HyperFormula-only errors under its own codes. */
const ERROR_CODES: Record<ErrorType, string> = {
  [ErrorType.DIV_BY_ZERO]: '#DIV/0!',
  [ErrorType.NAME]: '#NAME?',
  [ErrorType.VALUE]: '#VALUE!',
  [ErrorType.NUM]: '#NUM!',
  [ErrorType.NA]: '#N/A',
  [ErrorType.REF]: '#REF!',
  [ErrorType.ERROR]: '#ERROR!',
  // Sheets: "Circular dependency detected" is #REF!, and so is an array that cannot expand.
  [ErrorType.CYCLE]: '#REF!',
  [ErrorType.SPILL]: '#REF!',
  [ErrorType.LIC]: '#ERROR!',
};

const INFERRED_FORMATS: Partial<Record<string, InferredFormat>> = {
  NUMBER_DATE: 'date',
  NUMBER_DATETIME: 'datetime',
  NUMBER_TIME: 'time',
  NUMBER_PERCENT: 'percent',
  NUMBER_CURRENCY: 'currency',
};

const EMPTY: ComputedValue = { value: null, isError: false, inferredFormat: null };

/** What HyperFormula should hold for a model cell: strings stay text whatever they look like. */
function rawContent(cell: CellModel | undefined, rowsOf: RowsOf): RawCellContent {
  if (!cell) return null;
  if (cell.formula) return toEngineFormula(cell.formula, rowsOf);
  const value = cell.value;
  if (value === undefined || value === '') return null;
  // A leading apostrophe makes HyperFormula keep the rest as a string, unparsed.
  if (typeof value === 'string') return `'${value}`;
  return value;
}

function toComputed(value: CellValue, inferredFormat: InferredFormat): ComputedValue {
  if (value instanceof DetailedCellError) {
    return { value: ERROR_CODES[value.type] ?? value.value, isError: true, inferredFormat: null };
  }
  if (value === null || value === undefined) return EMPTY;
  return { value: value as Scalar, isError: false, inferredFormat };
}

function isSpillError(value: CellValue): boolean {
  return value instanceof DetailedCellError && value.type === ErrorType.SPILL;
}

/**
 * Formula text that calls TODAY() or NOW() (any case, spaces allowed before the parenthesis), and
 * NOW() alone. Text inside a string literal matches too: such a cell is recomputed for nothing,
 * never missed.
 */
const CALLS_CLOCK = /\b(?:TODAY|NOW)\s*\(/i;
const CALLS_NOW = /\bNOW\s*\(/i;

export function createFormulaEngine(model: WorkbookModel, today: () => Date): FormulaEngine {
  const clockKey = (): string => `${today().getTime()}|${model.timeZone}`;
  // TODAY()/NOW() are volatile: a recalculation asks for the serial once per such cell, and the
  // zone conversion is the costly part, so it is computed once per clock value and zone.
  let nowCache: { key: string; serial: number } | null = null;
  const context: EngineContext = {
    nowSerial: () => {
      const key = clockKey();
      if (nowCache?.key !== key) nowCache = { key, serial: dateToSerial(today(), model.timeZone) };
      return nowCache.serial;
    },
    locale: () => model.locale,
  };
  const hf = HyperFormula.buildEmpty({
    licenseKey: 'gpl-v3',
    context,
    // Sheets' getValues returns the full double (0.1+0.2 is 0.30000000000000004).
    smartRounding: false,
    maxRows: 10_000_000,
    maxColumns: 18_278,
    // The emulator never undoes through HyperFormula; keeping no undo stack saves time and memory.
    undoLimit: 0,
    dateFormats: model.locale === 'en_US' ? ['MM/DD/YYYY', 'MM/DD/YY', 'YYYY-MM-DD'] : undefined,
  });
  hf.addNamedExpression('TRUE', '=TRUE()');
  hf.addNamedExpression('FALSE', '=FALSE()');

  /** Model sheet id → HyperFormula sheet id. */
  const hfIds = new Map<number, number>();
  /** The instant every NOW() cell, and the day every TODAY() cell, was last computed with. */
  const dayKey = (): string => `${Math.floor(context.nowSerial())}|${model.timeZone}`;
  let computedAt = clockKey();
  let computedOn = dayKey();

  /**
   * Changes are made with HyperFormula's evaluation suspended and computed together at the next
   * read (settle): every write otherwise recomputes every volatile cell (each TODAY() and all that
   * depends on it), which grows with the square of a class's size. Reads always settle first, so
   * what a read sees is what eager evaluation would have shown.
   */
  let suspended = false;
  /** Sheets whose blocked arrays get their formula again once evaluation resumes. */
  const spillRetries = new Set<number>();

  /**
   * Cells whose formula is an array formula (its result may spill), per model sheet id, keyed
   * "row,column". A sheet missing from the map is rescanned when next asked.
   */
  const anchors = new Map<number, Map<string, SimpleCellAddress>>();

  /**
   * TODAY() and NOW() are not volatile in the engine (sheets-functions.ts): their value changes
   * only when the emulator's clock or the file's zone does, so then, and only then, the cells that
   * call them are given their formula again, which recomputes them and what depends on them.
   * Volatile, every write would recompute each of them, quadratic in the size of a class. TODAY()
   * changes only with the day, so a clock moved within a day recomputes the NOW() cells alone.
   */
  function recomputeClockCells(calls: RegExp): void {
    for (const { sheet, hfId } of mirroredSheets()) {
      sheet.rows.forEach((cells, row) => {
        cells?.forEach((cell, col) => {
          if (cell?.formula === undefined || !calls.test(cell.formula)) return;
          const address = { sheet: hfId, row, col };
          const formula = hf.getCellFormula(address);
          if (formula !== undefined) hf.setCellContents(address, formula);
        });
      });
    }
  }

  /** Changes wait, unevaluated, for the next read (settle). */
  function mutate<T>(change: () => T): T {
    if (!suspended) {
      hf.suspendEvaluation();
      suspended = true;
    }
    return change();
  }

  /**
   * Computes every change since the last read, and every TODAY()/NOW() cell again if the clock or
   * zone moved since; then gives blocked arrays on sheets where cells were emptied their formula
   * again (hyperformula#1287).
   */
  function settle(): void {
    const key = clockKey();
    if (key !== computedAt) {
      const day = dayKey();
      const calls = day === computedOn ? CALLS_NOW : CALLS_CLOCK;
      mutate(() => recomputeClockCells(calls));
      computedAt = key;
      computedOn = day;
    }
    if (!suspended) return;
    suspended = false;
    hf.resumeEvaluation();
    if (spillRetries.size === 0) return;
    const sheets = model.sheets.filter((s) => spillRetries.has(s.id) && hfIds.has(s.id));
    spillRetries.clear();
    retryBlockedSpills(sheets);
  }

  function mirroredSheets(): { sheet: SheetModel; hfId: number }[] {
    const out: { sheet: SheetModel; hfId: number }[] = [];
    for (const sheet of model.sheets) {
      const hfId = hfIds.get(sheet.id);
      if (hfId !== undefined && hf.doesSheetExist(hf.getSheetName(hfId) ?? '')) {
        out.push({ sheet, hfId });
      }
    }
    return out;
  }

  /** Row counts for open-ended references (A2:A) in formulas on `sheet`. */
  function rowsOf(sheet: SheetModel): RowsOf {
    return (name) => {
      if (name === null) return sheet.rowCount;
      const named =
        model.sheets.find((s) => s.name === name) ??
        model.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
      return named?.rowCount;
    };
  }

  function sheetContent(sheet: SheetModel): RawCellContent[][] {
    const rows = rowsOf(sheet);
    // Array.from, not map: the model's rows are sparse and map would keep the holes.
    return Array.from(sheet.rows, (cells) =>
      Array.from(cells ?? [], (cell) => rawContent(cell, rows)),
    );
  }

  /**
   * The cells whose formula holds an open-ended reference (`A2:A`), per model sheet id, keyed
   * "row,column"; a sheet missing from the map is rescanned when next asked. Kept so that adding
   * one tab does not read every formula of every other tab again.
   */
  const openRangeCells = new Map<number, Map<string, [number, number]>>();

  function openRangeCellsOf(sheet: SheetModel): Map<string, [number, number]> {
    let found = openRangeCells.get(sheet.id);
    if (found) return found;
    const cellsFound = new Map<string, [number, number]>();
    sheet.rows.forEach((cells, row) => {
      cells?.forEach((cell, col) => {
        if (cell?.formula !== undefined && hasOpenRange(cell.formula)) {
          cellsFound.set(`${row},${col}`, [row, col]);
        }
      });
    });
    found = cellsFound;
    openRangeCells.set(sheet.id, found);
    return found;
  }

  /**
   * Open-ended references end at their sheet's last row: after rows are added or removed, give
   * the engine such formulas again so their closed ends follow the sheet's new size.
   */
  function refreshOpenRanges(): void {
    let changed = false;
    for (const { sheet, hfId } of mirroredSheets()) {
      const rows = rowsOf(sheet);
      for (const [row, col] of openRangeCellsOf(sheet).values()) {
        const formula = sheet.rows[row]?.[col]?.formula;
        if (formula === undefined) continue;
        const address = { sheet: hfId, row, col };
        const text = toEngineFormula(formula, rows);
        if (hf.getCellFormula(address) === text) continue;
        hf.setCellContents(address, text);
        changed = true;
      }
    }
    if (changed) anchors.clear();
  }

  function isAnchor(address: SimpleCellAddress): boolean {
    return hf.getCellType(address) === CellType.ARRAYFORMULA;
  }

  function anchorsOf(sheet: SheetModel): Map<string, SimpleCellAddress> {
    let found = anchors.get(sheet.id);
    if (found) return found;
    found = new Map();
    const hfId = hfIds.get(sheet.id);
    if (hfId !== undefined) {
      sheet.rows.forEach((cells, row) => {
        cells?.forEach((cell, col) => {
          const address = { sheet: hfId, row, col };
          if (cell?.formula !== undefined && isAnchor(address))
            found?.set(`${row},${col}`, address);
        });
      });
    }
    anchors.set(sheet.id, found);
    return found;
  }

  /**
   * HyperFormula does not re-expand an array whose blocking cell was emptied (hyperformula#1287):
   * give every blocked array on the sheet its formula again so it expands where it now can.
   */
  function retryBlockedSpills(sheets: SheetModel[]): void {
    const blocked: SimpleCellAddress[] = [];
    for (const sheet of sheets) {
      for (const address of anchorsOf(sheet).values()) {
        if (isSpillError(hf.getCellValue(address))) blocked.push(address);
      }
    }
    if (blocked.length === 0) return;
    hf.batch(() => {
      for (const address of blocked) {
        const formula = hf.getCellFormula(address);
        if (formula !== undefined) hf.setCellContents(address, formula);
      }
    });
  }

  /** The first occupied cell, in reading order, of the area a blocked array needs. */
  function spillBlocker(address: SimpleCellAddress): SimpleCellAddress | null {
    const formula = hf.getCellFormula(address);
    if (formula === undefined) return null;
    let result: CellValue | CellValue[][];
    try {
      result = hf.calculateFormula(formula, address.sheet);
    } catch {
      return null;
    }
    if (!Array.isArray(result)) return null;
    const width = Math.max(0, ...result.map((line) => line.length));
    for (let r = 0; r < result.length; r++) {
      for (let c = 0; c < width; c++) {
        if (r === 0 && c === 0) continue;
        const cell = { sheet: address.sheet, row: address.row + r, col: address.col + c };
        if (hf.getCellType(cell) !== CellType.EMPTY) return cell;
      }
    }
    return null;
  }

  /** Formula text HyperFormula would write for every formula cell, keyed by HF sheet id. */
  function formulaSnapshot(
    sheets: { hfId: number }[] = mirroredSheets(),
  ): Map<number, (string | undefined)[][]> {
    const snapshot = new Map<number, (string | undefined)[][]>();
    for (const { hfId } of sheets) snapshot.set(hfId, hf.getSheetFormulas(hfId));
    return snapshot;
  }

  /**
   * The mirrored sheets whose formula text a change to the shape, name or existence of `hfId` can
   * alter: that sheet, and every sheet with a formula naming it. Formulas reach another sheet only
   * by naming it (named ranges are not engine names), so the others are left unread: reading
   * every formula of every tab on each change grows with the square of a class's size.
   */
  function sheetsReaching(hfId: number): { sheet: SheetModel; hfId: number }[] {
    const name = (hf.getSheetName(hfId) ?? '').toLowerCase();
    const quoted = name.replace(/'/g, "''");
    const names = (formula: string): boolean => {
      const text = formula.toLowerCase();
      return text.includes(name) || text.includes(quoted);
    };
    return mirroredSheets().filter(
      (entry) =>
        entry.hfId === hfId ||
        entry.sheet.rows.some((cells) =>
          cells?.some((cell) => cell?.formula !== undefined && names(cell.formula)),
        ),
    );
  }

  /**
   * After HyperFormula rewrote references, copy the text of every formula whose references
   * changed back into the model (untouched formulas keep the author's spelling).
   * `previousPosition` maps a cell's current position on `editedSheet` to where it was before.
   */
  function writeBackFormulas(
    before: Map<number, (string | undefined)[][]>,
    editedSheet: number | null,
    previousPosition: (row: number, column: number) => [number, number] | null,
  ): void {
    for (const { sheet, hfId } of mirroredSheets()) {
      const old = before.get(hfId);
      // Sheets left out of the snapshot cannot have changed (sheetsReaching).
      if (old === undefined) continue;
      sheet.rows.forEach((cells, row) => {
        cells?.forEach((cell, column) => {
          if (!cell?.formula) return;
          const origin: [number, number] | null =
            hfId === editedSheet ? previousPosition(row, column) : [row, column];
          const previous = origin ? old?.[origin[0]]?.[origin[1]] : undefined;
          const current = hf.getCellFormula({ sheet: hfId, row, col: column });
          if (current !== undefined && current !== previous) {
            cell.formula = fromEngineFormula(cell.formula, current, rowsOf(sheet));
          }
        });
      });
    }
  }

  function hfIdOf(sheetId: number): number | undefined {
    return hfIds.get(sheetId);
  }

  function structural(
    sheetId: number,
    operation: (hfId: number) => void,
    previousPosition: (row: number, column: number) => [number, number] | null,
  ): void {
    const hfId = hfIdOf(sheetId);
    if (hfId === undefined) return;
    const before = formulaSnapshot(sheetsReaching(hfId));
    mutate(() => {
      operation(hfId);
      anchors.delete(sheetId);
      openRangeCells.delete(sheetId);
      spillRetries.add(sheetId);
    });
    writeBackFormulas(before, hfId, previousPosition);
    mutate(refreshOpenRanges);
  }

  return {
    addSheet(sheet: SheetModel): void {
      if (hfIds.has(sheet.id)) return;
      mutate(() => {
        const name = hf.addSheet(sheet.name);
        const hfId = hf.getSheetId(name) as number;
        hfIds.set(sheet.id, hfId);
        openRangeCells.delete(sheet.id);
        // References to the new sheet may now resolve to arrays anywhere: rescan lazily.
        anchors.clear();
        hf.setSheetContent(hfId, sheetContent(sheet));
        refreshOpenRanges();
      });
    },

    removeSheet(sheetId: number): void {
      const hfId = hfIdOf(sheetId);
      if (hfId === undefined) return;
      const before = formulaSnapshot(sheetsReaching(hfId));
      hfIds.delete(sheetId);
      anchors.clear();
      openRangeCells.delete(sheetId);
      mutate(() => hf.removeSheet(hfId));
      writeBackFormulas(before, null, (r, c) => [r, c]);
    },

    renameSheet(sheetId: number, newName: string): void {
      const hfId = hfIdOf(sheetId);
      if (hfId === undefined || hf.getSheetName(hfId) === newName) return;
      const before = formulaSnapshot(sheetsReaching(hfId));
      mutate(() => hf.renameSheet(hfId, newName));
      anchors.clear();
      writeBackFormulas(before, null, (r, c) => [r, c]);
      mutate(refreshOpenRanges);
    },

    syncCells(sheet: SheetModel, rect: GridRect): void {
      const hfId = hfIdOf(sheet.id);
      if (hfId === undefined || rect.numRows <= 0 || rect.numColumns <= 0) return;
      const content: RawCellContent[][] = [];
      const rows = rowsOf(sheet);
      let emptied = false;
      for (let r = 0; r < rect.numRows; r++) {
        const cells = sheet.rows[rect.row + r];
        const line: RawCellContent[] = [];
        for (let c = 0; c < rect.numColumns; c++) {
          const raw = rawContent(cells?.[rect.column + c], rows);
          if (raw === null) emptied = true;
          line.push(raw);
        }
        content.push(line);
      }
      mutate(() => {
        hf.setCellContents({ sheet: hfId, row: rect.row, col: rect.column }, content);
        const open = openRangeCells.get(sheet.id);
        if (open) {
          for (let r = 0; r < rect.numRows; r++) {
            for (let c = 0; c < rect.numColumns; c++) {
              const row = rect.row + r;
              const col = rect.column + c;
              const formula = sheet.rows[row]?.[col]?.formula;
              if (formula !== undefined && hasOpenRange(formula))
                open.set(`${row},${col}`, [row, col]);
              else open.delete(`${row},${col}`);
            }
          }
        }
        const known = anchors.get(sheet.id);
        if (known) {
          for (let r = 0; r < rect.numRows; r++) {
            for (let c = 0; c < rect.numColumns; c++) {
              const row = rect.row + r;
              const col = rect.column + c;
              const address = { sheet: hfId, row, col };
              const raw = content[r]?.[c];
              const isFormula = typeof raw === 'string' && raw.startsWith('=');
              if (isFormula && isAnchor(address)) known.set(`${row},${col}`, address);
              else known.delete(`${row},${col}`);
            }
          }
        }
        if (emptied) spillRetries.add(sheet.id);
      });
    },

    insertRows(sheetId: number, at: number, count: number): void {
      structural(
        sheetId,
        (hfId) => hf.addRows(hfId, [at, count]),
        (r, c) => (r < at ? [r, c] : r < at + count ? null : [r - count, c]),
      );
    },

    deleteRows(sheetId: number, at: number, count: number): void {
      structural(
        sheetId,
        (hfId) => hf.removeRows(hfId, [at, count]),
        (r, c) => (r < at ? [r, c] : [r + count, c]),
      );
    },

    insertColumns(sheetId: number, at: number, count: number): void {
      structural(
        sheetId,
        (hfId) => hf.addColumns(hfId, [at, count]),
        (r, c) => (c < at ? [r, c] : c < at + count ? null : [r, c - count]),
      );
    },

    deleteColumns(sheetId: number, at: number, count: number): void {
      structural(
        sheetId,
        (hfId) => hf.removeColumns(hfId, [at, count]),
        (r, c) => (c < at ? [r, c] : [r, c + count]),
      );
    },

    moveCells(from: SheetModel, source: GridRect, to: SheetModel, toRow: number, toColumn: number) {
      openRangeCells.delete(from.id);
      openRangeCells.delete(to.id);
      const syncCells = (sheet: SheetModel, rect: GridRect): void => this.syncCells(sheet, rect);
      const context = { hf, hfIdOf, mirroredSheets, formulaSnapshot, mutate, syncCells };
      moveCellsInEngine(context, from, source, to, toRow, toColumn);
    },

    valueAt(sheetId: number, row: number, column: number): ComputedValue {
      const hfId = hfIdOf(sheetId);
      if (hfId === undefined || row < 0 || column < 0) return EMPTY;
      settle();
      const address = { sheet: hfId, row, col: column };
      const value = hf.getCellValue(address);
      if (value === null) return EMPTY;
      if (isSpillError(value)) {
        const blocker = spillBlocker(address);
        const computed = toComputed(value, null);
        return blocker
          ? { ...computed, message: blockedSpillMessage(blocker.row, blocker.col) }
          : computed;
      }
      const inferred =
        typeof value === 'number'
          ? (INFERRED_FORMATS[hf.getCellValueDetailedType(address)] ?? null)
          : null;
      return toComputed(value, inferred);
    },

    settle,

    hasSpills(sheetId: number): boolean {
      const known = anchors.get(sheetId);
      if (known) return known.size > 0;
      const sheet = model.sheets.find((s) => s.id === sheetId);
      return sheet !== undefined && anchorsOf(sheet).size > 0;
    },

    spilledCells(sheetId: number): { row: number; column: number }[] {
      const hfId = hfIdOf(sheetId);
      const sheet = model.sheets.find((s) => s.id === sheetId);
      if (hfId === undefined || !sheet) return [];
      settle();
      const cells: { row: number; column: number }[] = [];
      const inArray = (row: number, col: number): boolean =>
        hf.getCellType({ sheet: hfId, row, col }) === CellType.ARRAY;
      for (const anchor of anchorsOf(sheet).values()) {
        // A placed array maps every cell of its area to itself (CellType.ARRAY); a blocked one
        // holds only its own cell.
        let width = 1;
        while (inArray(anchor.row, anchor.col + width)) width++;
        let height = 1;
        while (inArray(anchor.row + height, anchor.col)) height++;
        for (let r = 0; r < height; r++) {
          for (let c = 0; c < width; c++) {
            const address = { sheet: hfId, row: anchor.row + r, col: anchor.col + c };
            if (!inArray(address.row, address.col)) continue;
            if (hf.getCellValue(address) !== null)
              cells.push({ row: address.row, column: address.col });
          }
        }
      }
      return cells;
    },

    evaluateAt(formula, sheetId, anchorRow, anchorColumn, row, column): ComputedValue {
      const hfId = hfIdOf(sheetId);
      if (hfId === undefined) return { value: '#REF!', isError: true, inferredFormat: null };
      settle();
      const text = formula.startsWith('=') ? formula : `=${formula}`;
      const sheet = model.sheets.find((s) => s.id === sheetId);
      const moved = shiftFormula(text, row - anchorRow, column - anchorColumn);
      const shifted = sheet && hasOpenRange(moved) ? closeOpenRanges(moved, rowsOf(sheet)) : moved;
      let result: CellValue | CellValue[][];
      try {
        result = hf.calculateFormula(shifted, hfId);
      } catch {
        return { value: '#ERROR!', isError: true, inferredFormat: null };
      }
      // An array result counts by its top-left value, as a single cell would show it.
      const first = Array.isArray(result) ? (result[0]?.[0] ?? null) : result;
      return toComputed(first, null);
    },
  };
}
