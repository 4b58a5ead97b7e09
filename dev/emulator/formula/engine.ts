/**
 * The formula engine: a HyperFormula 3.5 mirror of the workbook model (formula/types.ts has the
 * contract). Sheets behaviours HyperFormula lacks are patched in here: TODAY()/NOW() read the
 * emulator's clock in the spreadsheet's time zone, bare TRUE/FALSE, error codes as Sheets shows
 * them, a few Sheets-only functions, and conditional-format formulas evaluated relative to a cell.
 *
 * Sheets-only functions added: SPARKLINE (placeholder text '[sparkline]'), IMAGE (placeholder
 * '[image]'), JOIN, REGEXMATCH, REGEXEXTRACT, REGEXREPLACE (JavaScript regular expressions, not
 * RE2), and TEXT is replaced by the emulator's own number formatter (HyperFormula's TEXT gets
 * percent and many date patterns wrong).
 */

import {
  CellError,
  CellValueDetailedType,
  DetailedCellError,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  type CellValue,
  type ImplementedFunctions,
  type RawCellContent,
} from 'hyperformula';
import type { CellModel, GridRect, Scalar } from '../model/cells';
import type { SheetModel, WorkbookModel } from '../model/workbook';
import { displayText } from '../format/display';
import { dateToSerial } from '../format/serial';
import { moveCellsInEngine } from './move-cells';
import { shiftFormula } from './references';
import type { ComputedValue, FormulaEngine, InferredFormat } from './types';

/** Per-engine state the (globally registered) function plugins read through HF's `context` option. */
interface EngineContext {
  /** The emulator clock's current wall-clock time in the spreadsheet's zone, as a serial. */
  nowSerial(): number;
  locale(): string;
}

function isEngineContext(value: unknown): value is EngineContext {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Partial<EngineContext>).nowSerial === 'function'
  );
}

const MS_PER_DAY = 86_400_000;

/** Sheets functions HyperFormula lacks or gets wrong, bound to the emulator's clock and formats. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- type-only alias below
class SheetsFunctionsPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    TODAY: {
      method: 'today',
      parameters: [],
      isVolatile: true,
      returnNumberType: CellValueDetailedType.NUMBER_DATE,
    },
    NOW: {
      method: 'now',
      parameters: [],
      isVolatile: true,
      returnNumberType: CellValueDetailedType.NUMBER_DATETIME,
    },
    SPARKLINE: {
      method: 'sparkline',
      parameters: [{ argumentType: FunctionArgumentType.ANY }],
      repeatLastArgs: 1,
      doesNotNeedArgumentsToBeComputed: true,
    },
    IMAGE: {
      method: 'image',
      parameters: [{ argumentType: FunctionArgumentType.ANY }],
      repeatLastArgs: 1,
    },
    JOIN: {
      method: 'join',
      parameters: [
        { argumentType: FunctionArgumentType.STRING },
        { argumentType: FunctionArgumentType.STRING },
      ],
      repeatLastArgs: 1,
      expandRanges: true,
    },
    REGEXMATCH: {
      method: 'regexmatch',
      parameters: [
        { argumentType: FunctionArgumentType.STRING },
        { argumentType: FunctionArgumentType.STRING },
      ],
    },
    REGEXEXTRACT: {
      method: 'regexextract',
      parameters: [
        { argumentType: FunctionArgumentType.STRING },
        { argumentType: FunctionArgumentType.STRING },
      ],
    },
    REGEXREPLACE: {
      method: 'regexreplace',
      parameters: [
        { argumentType: FunctionArgumentType.STRING },
        { argumentType: FunctionArgumentType.STRING },
        { argumentType: FunctionArgumentType.STRING },
      ],
    },
    TEXT: {
      method: 'text',
      parameters: [
        { argumentType: FunctionArgumentType.NUMBER },
        { argumentType: FunctionArgumentType.STRING },
      ],
    },
  };

  private engineContext(): EngineContext | null {
    const context: unknown = this.config.context;
    return isEngineContext(context) ? context : null;
  }

  private nowSerial(): number {
    // An HF instance built outside this module has no emulator context: fall back to UTC now.
    return this.engineContext()?.nowSerial() ?? Date.now() / MS_PER_DAY + 25569;
  }

  today(ast: PluginAst, state: PluginState): PluginResult {
    return this.runFunction(ast.args, state, this.metadata('TODAY'), () =>
      Math.floor(this.nowSerial()),
    );
  }

  now(ast: PluginAst, state: PluginState): PluginResult {
    return this.runFunction(ast.args, state, this.metadata('NOW'), () => this.nowSerial());
  }

  sparkline(ast: PluginAst, state: PluginState): PluginResult {
    return this.runFunction(ast.args, state, this.metadata('SPARKLINE'), () => '[sparkline]');
  }

  image(ast: PluginAst, state: PluginState): PluginResult {
    return this.runFunction(ast.args, state, this.metadata('IMAGE'), () => '[image]');
  }

  join(ast: PluginAst, state: PluginState): PluginResult {
    return this.runFunction(
      ast.args,
      state,
      this.metadata('JOIN'),
      (delimiter: string, ...parts: string[]) => parts.join(delimiter),
    );
  }

  regexmatch(ast: PluginAst, state: PluginState): PluginResult {
    return this.runFunction(
      ast.args,
      state,
      this.metadata('REGEXMATCH'),
      (text: string, pattern: string) => withRegex(pattern, (re) => re.test(text)),
    );
  }

  regexextract(ast: PluginAst, state: PluginState): PluginResult {
    return this.runFunction(
      ast.args,
      state,
      this.metadata('REGEXEXTRACT'),
      (text: string, pattern: string) =>
        withRegex(pattern, (re) => {
          const match = re.exec(text);
          if (!match) return new CellError(ErrorType.NA, 'REGEXEXTRACT found no match.');
          return match[1] ?? match[0];
        }),
    );
  }

  regexreplace(ast: PluginAst, state: PluginState): PluginResult {
    return this.runFunction(
      ast.args,
      state,
      this.metadata('REGEXREPLACE'),
      (text: string, pattern: string, replacement: string) =>
        withRegex(pattern, (re) => text.replace(new RegExp(re.source, 'g'), replacement)),
    );
  }

  text(ast: PluginAst, state: PluginState): PluginResult {
    return this.runFunction(
      ast.args,
      state,
      this.metadata('TEXT'),
      (value: number, format: string) =>
        displayText(value, false, format, null, this.engineContext()?.locale() ?? 'en_US'),
    );
  }
}

// HyperFormula does not export its AST and interpreter-state types; take them from runFunction.
type RunFunction = SheetsFunctionsPlugin['runFunctionForTypes'];
type PluginAst = { args: Parameters<RunFunction>[0] };
type PluginState = Parameters<RunFunction>[1];
type PluginResult = ReturnType<RunFunction>;
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- names protected types only
interface SheetsFunctionsPlugin {
  /** Type-only alias of the protected runFunction, so its parameter types can be named. */
  runFunctionForTypes: FunctionPlugin['runFunction'];
}

function withRegex<T>(pattern: string, use: (re: RegExp) => T): T | CellError {
  let re: RegExp;
  try {
    re = new RegExp(pattern);
  } catch {
    return new CellError(ErrorType.VALUE, `Invalid regular expression: ${pattern}`);
  }
  return use(re);
}

// Plugin registration is global to the HyperFormula module; the functions read per-engine state
// from `config.context`, so registering once serves every engine.
for (const name of Object.keys(SheetsFunctionsPlugin.implementedFunctions)) {
  if (HyperFormula.getFunctionPlugin(name) !== SheetsFunctionsPlugin) {
    // Function names not in HyperFormula's language pack need a translation to be recognised.
    HyperFormula.registerFunction(name, SheetsFunctionsPlugin, { enGB: { [name]: name } });
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
function rawContent(cell: CellModel | undefined): RawCellContent {
  if (!cell) return null;
  if (cell.formula) return cell.formula.startsWith('=') ? cell.formula : `=${cell.formula}`;
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

/** The name HyperFormula uses for the hidden sheet whose cell is touched to re-run TODAY(). */
const CLOCK_SHEET = '\u0000emulator-clock';

export function createFormulaEngine(model: WorkbookModel, today: () => Date): FormulaEngine {
  const context: EngineContext = {
    nowSerial: () => dateToSerial(today(), model.timeZone),
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
  const clockSheet = hf.getSheetId(hf.addSheet(CLOCK_SHEET)) as number;
  let clockTick = 0;

  /** Model sheet id → HyperFormula sheet id. */
  const hfIds = new Map<number, number>();
  const clockKey = (): string => `${today().getTime()}|${model.timeZone}`;
  let computedAt = clockKey();

  /** Volatile functions recompute on any change: touch a hidden cell when the clock has moved. */
  function refreshClock(): void {
    const key = clockKey();
    if (key === computedAt) return;
    clockTick = 1 - clockTick;
    hf.setCellContents({ sheet: clockSheet, row: 0, col: 0 }, clockTick);
    computedAt = key;
  }

  /** Every change recomputes volatile cells with the current clock. */
  function mutate<T>(change: () => T): T {
    const result = change();
    computedAt = clockKey();
    return result;
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

  function sheetContent(sheet: SheetModel): RawCellContent[][] {
    // Array.from, not map: the model's rows are sparse and map would keep the holes.
    return Array.from(sheet.rows, (cells) => Array.from(cells ?? [], (cell) => rawContent(cell)));
  }

  /** Formula text HyperFormula would write for every formula cell, keyed by HF sheet id. */
  function formulaSnapshot(): Map<number, (string | undefined)[][]> {
    const snapshot = new Map<number, (string | undefined)[][]>();
    for (const { hfId } of mirroredSheets()) snapshot.set(hfId, hf.getSheetFormulas(hfId));
    return snapshot;
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
      sheet.rows.forEach((cells, row) => {
        cells?.forEach((cell, column) => {
          if (!cell?.formula) return;
          const origin: [number, number] | null =
            hfId === editedSheet ? previousPosition(row, column) : [row, column];
          const previous = origin ? old?.[origin[0]]?.[origin[1]] : undefined;
          const current = hf.getCellFormula({ sheet: hfId, row, col: column });
          if (current !== undefined && current !== previous) cell.formula = current;
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
    const before = formulaSnapshot();
    mutate(() => operation(hfId));
    writeBackFormulas(before, hfId, previousPosition);
  }

  return {
    addSheet(sheet: SheetModel): void {
      if (hfIds.has(sheet.id)) return;
      mutate(() => {
        const name = hf.addSheet(sheet.name);
        const hfId = hf.getSheetId(name) as number;
        hfIds.set(sheet.id, hfId);
        hf.setSheetContent(hfId, sheetContent(sheet));
      });
    },

    removeSheet(sheetId: number): void {
      const hfId = hfIdOf(sheetId);
      if (hfId === undefined) return;
      const before = formulaSnapshot();
      hfIds.delete(sheetId);
      mutate(() => hf.removeSheet(hfId));
      writeBackFormulas(before, null, (r, c) => [r, c]);
    },

    renameSheet(sheetId: number, newName: string): void {
      const hfId = hfIdOf(sheetId);
      if (hfId === undefined || hf.getSheetName(hfId) === newName) return;
      const before = formulaSnapshot();
      mutate(() => hf.renameSheet(hfId, newName));
      writeBackFormulas(before, null, (r, c) => [r, c]);
    },

    syncCells(sheet: SheetModel, rect: GridRect): void {
      const hfId = hfIdOf(sheet.id);
      if (hfId === undefined || rect.numRows <= 0 || rect.numColumns <= 0) return;
      const content: RawCellContent[][] = [];
      for (let r = 0; r < rect.numRows; r++) {
        const cells = sheet.rows[rect.row + r];
        const line: RawCellContent[] = [];
        for (let c = 0; c < rect.numColumns; c++) line.push(rawContent(cells?.[rect.column + c]));
        content.push(line);
      }
      mutate(() => hf.setCellContents({ sheet: hfId, row: rect.row, col: rect.column }, content));
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
      const syncCells = (sheet: SheetModel, rect: GridRect): void => this.syncCells(sheet, rect);
      const context = { hf, hfIdOf, mirroredSheets, formulaSnapshot, mutate, syncCells };
      moveCellsInEngine(context, from, source, to, toRow, toColumn);
    },

    valueAt(sheetId: number, row: number, column: number): ComputedValue {
      const hfId = hfIdOf(sheetId);
      if (hfId === undefined || row < 0 || column < 0) return EMPTY;
      refreshClock();
      const address = { sheet: hfId, row, col: column };
      const value = hf.getCellValue(address);
      if (value === null) return EMPTY;
      const inferred =
        typeof value === 'number'
          ? (INFERRED_FORMATS[hf.getCellValueDetailedType(address)] ?? null)
          : null;
      return toComputed(value, inferred);
    },

    evaluateAt(formula, sheetId, anchorRow, anchorColumn, row, column): ComputedValue {
      const hfId = hfIdOf(sheetId);
      if (hfId === undefined) return { value: '#REF!', isError: true, inferredFormat: null };
      refreshClock();
      const text = formula.startsWith('=') ? formula : `=${formula}`;
      const shifted = shiftFormula(text, row - anchorRow, column - anchorColumn);
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
