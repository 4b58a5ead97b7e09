/**
 * Sheets functions HyperFormula lacks or computes differently, as one HyperFormula plugin: the
 * clock (TODAY/NOW on the emulator's clock in the spreadsheet's zone), Sheets-only functions
 * (JOIN, REGEX*, TO_DATE, SPARKLINE, IMAGE), and overrides where HyperFormula's answer is not
 * Sheets' (TEXT, IF, IFERROR, COUNTBLANK, CHAR, INT, and the empty criteria of COUNTIF & co.).
 * Each override names the Google help page that gives the behaviour.
 */

import {
  CellError,
  CellValueDetailedType,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  type ImplementedFunctions,
} from 'hyperformula';
import { displayText } from '../format/display';
import { wallClockToSerial } from '../format/serial';
import {
  isEngineContext,
  type EngineContext,
  type PluginAst,
  type PluginResult,
  type PluginState,
} from './plugin-types';

type Interpreter = ConstructorParameters<typeof FunctionPlugin>[0];
type CriterionBuilder = Interpreter['criterionBuilder'];
type CellValueInFormula = Parameters<
  NonNullable<ReturnType<CriterionBuilder['fromCellValue']>>['lambda']
>[0];

const SCALAR = FunctionArgumentType.SCALAR;
const STRING = FunctionArgumentType.STRING;
const NUMBER = FunctionArgumentType.NUMBER;

function isBlank(value: CellValueInFormula): boolean {
  return value === EmptyValue || value === '';
}

/**
 * COUNTIF(range, "") and "<>": the help page (support.google.com/docs/answer/3093480) checks
 * each cell "for equality" with the criterion, so "" matches empty cells and cells holding an
 * empty string (`=""`), and "<>" matches everything else. HyperFormula matches only truly empty
 * cells for "" and counts `=""` for "<>" (Excel's reading). Its criterion builder is made when the
 * interpreter is built, after the plugins: wrap it as it is assigned. COUNTIFS, SUMIF(S),
 * AVERAGEIF(S), MINIFS and MAXIFS share the builder and so the rule.
 */
function matchEmptyCriteriaAsSheetsDoes(interpreter: Interpreter): void {
  const wrap = (builder: CriterionBuilder): void => {
    const original = builder.fromCellValue.bind(builder);
    builder.fromCellValue = (raw, arithmetic) => {
      if (raw === '' || raw === '=') return { raw, lambda: isBlank };
      if (raw === '<>') return { raw, lambda: (value) => !isBlank(value) };
      return original(raw, arithmetic);
    };
  };
  if (interpreter.criterionBuilder !== undefined) {
    wrap(interpreter.criterionBuilder);
    return;
  }
  Object.defineProperty(interpreter, 'criterionBuilder', {
    configurable: true,
    enumerable: true,
    set(builder: CriterionBuilder) {
      wrap(builder);
      Object.defineProperty(interpreter, 'criterionBuilder', {
        value: builder,
        writable: true,
        configurable: true,
        enumerable: true,
      });
    },
  });
}

export class SheetsFunctionsPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    // Not volatile here, though they are in Sheets: their value follows only the emulator's clock
    // and the file's zone, and the engine recomputes them when either moves (engine.ts).
    TODAY: {
      method: 'today',
      parameters: [],
      isVolatile: false,
      returnNumberType: CellValueDetailedType.NUMBER_DATE,
    },
    NOW: {
      method: 'now',
      parameters: [],
      isVolatile: false,
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
      parameters: [{ argumentType: STRING }, { argumentType: STRING }],
      repeatLastArgs: 1,
      expandRanges: true,
    },
    REGEXMATCH: {
      method: 'regexmatch',
      parameters: [{ argumentType: STRING }, { argumentType: STRING }],
    },
    REGEXEXTRACT: {
      method: 'regexextract',
      parameters: [{ argumentType: STRING }, { argumentType: STRING }],
    },
    REGEXREPLACE: {
      method: 'regexreplace',
      parameters: [{ argumentType: STRING }, { argumentType: STRING }, { argumentType: STRING }],
    },
    TEXT: {
      method: 'text',
      parameters: [{ argumentType: NUMBER }, { argumentType: STRING }],
    },
    IF: {
      method: 'conditionalIf',
      parameters: [
        { argumentType: FunctionArgumentType.BOOLEAN },
        { argumentType: SCALAR, passSubtype: true },
        { argumentType: SCALAR, passSubtype: true, optionalArg: true },
      ],
    },
    IFERROR: {
      method: 'iferror',
      parameters: [
        { argumentType: SCALAR, passSubtype: true },
        { argumentType: SCALAR, passSubtype: true, optionalArg: true },
      ],
    },
    COUNTBLANK: {
      method: 'countblank',
      parameters: [{ argumentType: SCALAR }],
      repeatLastArgs: 1,
      expandRanges: true,
    },
    TO_DATE: {
      method: 'toDate',
      parameters: [{ argumentType: SCALAR }],
      returnNumberType: CellValueDetailedType.NUMBER_DATE,
    },
    CHAR: {
      method: 'char',
      parameters: [{ argumentType: NUMBER }],
    },
    INT: {
      method: 'intFloor',
      parameters: [{ argumentType: NUMBER }],
    },
  };

  constructor(interpreter: Interpreter) {
    super(interpreter);
    matchEmptyCriteriaAsSheetsDoes(interpreter);
  }

  private engineContext(): EngineContext | null {
    const context: unknown = this.config.context;
    return isEngineContext(context) ? context : null;
  }

  private nowSerial(): number {
    // An HF instance built outside the emulator has no emulator context: fall back to UTC now.
    return this.engineContext()?.nowSerial() ?? wallClockToSerial(Date.now());
  }

  today(ast: PluginAst, state: PluginState): PluginResult {
    return this.runFunction(ast.args, state, this.metadata('TODAY'), () =>
      Math.floor(this.nowSerial()),
    );
  }

  now(ast: PluginAst, state: PluginState): PluginResult {
    return this.runFunction(ast.args, state, this.metadata('NOW'), () => this.nowSerial());
  }

  /**
   * SPARKLINE and IMAGE draw in the cell and hold no value: the Sheets API's formatted and
   * unformatted values of an `=IMAGE(...)` cell are empty (node-google-spreadsheet#618, gsheets
   * #61), so getValue and getDisplayValue read '' while getFormula keeps the formula.
   */
  sparkline(ast: PluginAst, state: PluginState): PluginResult {
    return this.runFunction(ast.args, state, this.metadata('SPARKLINE'), () => EmptyValue);
  }

  image(ast: PluginAst, state: PluginState): PluginResult {
    return this.runFunction(ast.args, state, this.metadata('IMAGE'), () => EmptyValue);
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

  /** The emulator's number formatter: HyperFormula's TEXT gets percent and many dates wrong. */
  text(ast: PluginAst, state: PluginState): PluginResult {
    return this.runFunction(
      ast.args,
      state,
      this.metadata('TEXT'),
      (value: number, format: string) =>
        displayText(value, false, format, null, this.engineContext()?.locale() ?? 'en_US'),
    );
  }

  /**
   * support.google.com/docs/answer/3093364: value_if_false is "OPTIONAL - blank by default", so
   * =IF(1>2,"done") is an empty cell; HyperFormula answers FALSE, as Excel does.
   */
  conditionalIf(ast: PluginAst, state: PluginState): PluginResult {
    return this.runFunction(
      ast.args,
      state,
      this.metadata('IF'),
      (condition: boolean, ifTrue: CellValueInFormula, ifFalse: CellValueInFormula | undefined) =>
        condition ? ifTrue : (ifFalse ?? EmptyValue),
    );
  }

  /**
   * support.google.com/docs/answer/3093304: IFERROR returns "a blank if the second argument is
   * absent" (`=IFERROR(1/0)` is an empty cell); HyperFormula requires both arguments.
   */
  iferror(ast: PluginAst, state: PluginState): PluginResult {
    return this.runFunction(
      ast.args,
      state,
      this.metadata('IFERROR'),
      (value: CellValueInFormula, fallback: CellValueInFormula | undefined) =>
        value instanceof CellError ? (fallback ?? EmptyValue) : value,
    );
  }

  /**
   * support.google.com/docs/answer/3093403: "COUNTBLANK considers cells with no content and
   * cells containing an empty string ("") to be blank cells." HyperFormula skips the latter.
   */
  countblank(ast: PluginAst, state: PluginState): PluginResult {
    return this.runFunction(
      ast.args,
      state,
      this.metadata('COUNTBLANK'),
      (...values: CellValueInFormula[]) => values.filter(isBlank).length,
    );
  }

  /**
   * support.google.com/docs/answer/3094239: TO_DATE converts a number to a date; anything else
   * comes back unchanged, without an error. Numbers come back typed as dates (returnNumberType).
   */
  toDate(ast: PluginAst, state: PluginState): PluginResult {
    return this.runFunction(
      ast.args,
      state,
      this.metadata('TO_DATE'),
      (value: CellValueInFormula) => value,
    );
  }

  /**
   * support.google.com/docs/answer/3094120: CHAR looks the number up "from the current Unicode
   * table", so =CHAR(9608) is a full block; HyperFormula stops at 255.
   */
  char(ast: PluginAst, state: PluginState): PluginResult {
    return this.runFunction(ast.args, state, this.metadata('CHAR'), (code: number) => {
      const point = Math.trunc(code);
      if (point < 1 || point > 0x10ffff) {
        return new CellError(ErrorType.VALUE, 'CHAR: the number is not a Unicode character.');
      }
      return String.fromCodePoint(point);
    });
  }

  /**
   * support.google.com/docs/answer/3093490: INT rounds down "to the nearest integer that is less
   * than or equal to it" (INT(-1.5) is -2); HyperFormula truncates toward zero.
   */
  intFloor(ast: PluginAst, state: PluginState): PluginResult {
    return this.runFunction(ast.args, state, this.metadata('INT'), (value: number) =>
      Math.floor(value),
    );
  }
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
