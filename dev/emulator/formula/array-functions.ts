/**
 * Sheets functions whose results or arguments are arrays, where HyperFormula's versions differ:
 * ARRAYFORMULA (a plain range spills), FILTER (rows or columns of a 2-D range), INDEX (a 0 row or column returns the whole column or
 * row, which spills), and SUMPRODUCT (its arguments are evaluated as arrays, so boolean
 * arithmetic like (A1:A9="x")*B1:B9 works without ARRAYFORMULA).
 *
 * HyperFormula decides how many cells a formula spills over from the formula's text, before it
 * is computed (sizeOfResultArrayMethod). FILTER therefore reserves the size of its range, its
 * largest possible result; INDEX spills only when its 0 is written in the formula.
 */

import {
  ArraySize,
  CellError,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  SimpleRangeValue,
  type ImplementedFunctions,
} from 'hyperformula';
import {
  isOmitted,
  literalNumber,
  type PluginArraySize,
  type PluginAst,
  type PluginResult,
  type PluginState,
} from './plugin-types';

const RANGE = FunctionArgumentType.RANGE;
const NUMBER = FunctionArgumentType.NUMBER;

type CellValueInFormula = SimpleRangeValue['data'][number][number];

function passesCondition(value: CellValueInFormula): boolean {
  if (value === true) return true;
  if (typeof value === 'number') return value !== 0;
  if (typeof value === 'object' && value !== null && !(value instanceof CellError)) {
    return value.val !== 0;
  }
  return false;
}

export class ArrayFunctionsPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    ARRAYFORMULA: {
      method: 'arrayformula',
      sizeOfResultArrayMethod: 'arrayformulaSize',
      enableArrayArithmeticForArguments: true,
      parameters: [{ argumentType: FunctionArgumentType.ANY }],
    },
    FILTER: {
      method: 'filter',
      sizeOfResultArrayMethod: 'filterSize',
      enableArrayArithmeticForArguments: true,
      parameters: [{ argumentType: RANGE }, { argumentType: RANGE }],
      repeatLastArgs: 1,
    },
    INDEX: {
      method: 'index',
      sizeOfResultArrayMethod: 'indexSize',
      parameters: [
        { argumentType: RANGE },
        { argumentType: NUMBER, defaultValue: 0 },
        { argumentType: NUMBER, defaultValue: 0 },
      ],
    },
    SUMPRODUCT: {
      method: 'sumproduct',
      enableArrayArithmeticForArguments: true,
      parameters: [{ argumentType: RANGE }],
      repeatLastArgs: 1,
    },
  };

  arrayformula(ast: PluginAst, state: PluginState): PluginResult {
    return this.runFunction(
      ast.args,
      state,
      this.metadata('ARRAYFORMULA'),
      (value: SimpleRangeValue | CellValueInFormula) => value,
    );
  }

  /**
   * support.google.com/docs/answer/3093275: array_formula is "A range, mathematical expression
   * using one cell range or multiple ranges of the same size, or a function that returns a result
   * greater than one cell", and the result fills "multiple rows and/or columns". HyperFormula
   * sizes ARRAYFORMULA(A1:A3) as a reference, which it then refuses to spill ("Cell range not
   * allowed"): size it as an array instead.
   */
  arrayformulaSize(ast: PluginAst, state: PluginState): PluginArraySize {
    const [value] = ast.args;
    if (value === undefined || ast.args.length !== 1) return ArraySize.error();
    const size = this.arraySizeForAst(value, { ...state, arraysFlag: true });
    return new ArraySize(size.width, size.height);
  }

  /**
   * support.google.com/docs/answer/3093197: "Returns a filtered version of the source range,
   * returning only rows or columns that meet the specified conditions"; conditions are all
   * columns (one value per row of range) or all rows; no match gives #N/A. HyperFormula filters
   * only one-row or one-column ranges.
   */
  filter(ast: PluginAst, state: PluginState): PluginResult {
    return this.runFunction(
      ast.args,
      state,
      this.metadata('FILTER'),
      (range: SimpleRangeValue, ...conditions: SimpleRangeValue[]) => {
        const height = range.height();
        const width = range.width();
        const byRows = conditions.every((c) => c.height() === height && c.width() === 1);
        const byColumns = conditions.every((c) => c.width() === width && c.height() === 1);
        if (!byRows && !byColumns) {
          // Best guess at the code (HyperFormula's #N/A); the text is the start of Sheets' own.
          return new CellError(ErrorType.NA, 'FILTER has mismatched range sizes.');
        }
        const keep = (index: number): boolean =>
          conditions.every((c) => {
            const row = byRows ? c.data[index] : c.data[0];
            return passesCondition(row?.[byRows ? 0 : index] ?? false);
          });
        const data = range.data;
        const result = byRows
          ? data.filter((_row, r) => keep(r))
          : data.map((row) => row.filter((_value, c) => keep(c)));
        if (result.length === 0 || (result[0]?.length ?? 0) === 0) {
          return new CellError(ErrorType.NA, 'No matches are found in FILTER evaluation.');
        }
        return SimpleRangeValue.onlyValues(result);
      },
    );
  }

  /** FILTER's result is at most its range: reserve that much room. */
  filterSize(ast: PluginAst, state: PluginState): PluginArraySize {
    const [range] = ast.args;
    if (range === undefined || ast.args.length < 2) return ArraySize.error();
    // A fresh size: one copied from a reference (isRef) would be read as "not an array".
    const size = this.arraySizeForAst(range, state);
    return new ArraySize(size.width, size.height);
  }

  /**
   * support.google.com/docs/answer/3098242: INDEX(reference, [row], [column]), both "0 by
   * default"; "If row or column is 0, INDEX returns an array of values for the entire column or
   * row, respectively" (=INDEX(A2:D6, 2, 0) spills the row, =INDEX(A2:D6, 0, 4) the column).
   */
  index(ast: PluginAst, state: PluginState): PluginResult {
    return this.runFunction(
      ast.args,
      state,
      this.metadata('INDEX'),
      (range: SimpleRangeValue, row: number, column: number) => {
        const r = Math.trunc(row);
        const c = Math.trunc(column);
        if (r < 0 || c < 0 || r > range.height() || c > range.width()) {
          return new CellError(ErrorType.NUM, 'INDEX: the row or column is outside the range.');
        }
        const rows = r === 0 ? range.data : range.data.slice(r - 1, r);
        const picked = rows.map((line) => (c === 0 ? line : line.slice(c - 1, c)));
        if (picked.length === 1 && picked[0]?.length === 1) {
          return picked[0][0] as CellValueInFormula;
        }
        return SimpleRangeValue.onlyValues(picked);
      },
    );
  }

  /** The whole height (width) when the row (column) is 0 or left out, else one cell. */
  indexSize(ast: PluginAst, state: PluginState): PluginArraySize {
    const [range, row, column] = ast.args;
    if (range === undefined || ast.args.length > 3) return ArraySize.error();
    const size = this.arraySizeForAst(range, state);
    const wholeColumn = isOmitted(row) || literalNumber(row) === 0;
    const wholeRow = isOmitted(column) || literalNumber(column) === 0;
    return new ArraySize(wholeRow ? size.width : 1, wholeColumn ? size.height : 1);
  }

  /**
   * support.google.com/docs/answer/3094294: the sum of the products of corresponding entries in
   * equally sized arrays or ranges. Sheets evaluates the arguments as arrays, so conditions can
   * be multiplied in: =SUMPRODUCT((A2:A10="x")*B2:B10). Text counts as 0 and TRUE as 1 in a
   * plain argument, as HyperFormula coerces them (unverified against Sheets).
   */
  sumproduct(ast: PluginAst, state: PluginState): PluginResult {
    return this.runFunction(
      ast.args,
      state,
      this.metadata('SUMPRODUCT'),
      (...arrays: SimpleRangeValue[]) => {
        const [first] = arrays;
        if (first === undefined) return new CellError(ErrorType.NA, 'SUMPRODUCT needs an array.');
        const height = first.height();
        const width = first.width();
        if (arrays.some((a) => a.height() !== height || a.width() !== width)) {
          return new CellError(ErrorType.VALUE, 'SUMPRODUCT has mismatched range sizes.');
        }
        let sum = 0;
        for (let r = 0; r < height; r++) {
          for (let c = 0; c < width; c++) {
            let product = 1;
            for (const array of arrays) {
              const value = array.data[r]?.[c] ?? 0;
              if (value instanceof CellError) return value;
              const number = this.coerceScalarToNumberOrError(value);
              if (number instanceof CellError) product = 0;
              else product *= typeof number === 'number' ? number : number.val;
            }
            sum += product;
          }
        }
        return sum;
      },
    );
  }
}
