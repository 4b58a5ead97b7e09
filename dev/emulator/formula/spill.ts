/**
 * Results that spill. A formula whose result is an array fills the cells below and to the right
 * of it (HyperFormula's array formulas do the filling); this module holds what the emulator adds
 * around them: a bare range (`=A1:A3`, `=Roster!A2:C40`) spills in Sheets, so it reaches the
 * engine wrapped in ARRAYFORMULA, and a spill blocked by data carries Sheets' explanation.
 */

import { cellA1 } from '../sheets/a1';

const SHEET_PREFIX = String.raw`(?:'(?:[^']|'')+'|[A-Za-z0-9_.]+)!`;
const CELL = String.raw`\$?[A-Za-z]{1,3}\$?\d+`;
const COLUMN = String.raw`\$?[A-Za-z]{1,3}`;
const ROW = String.raw`\$?\d+`;
const BARE_RANGE = new RegExp(
  String.raw`^=\s*(${SHEET_PREFIX})?(${CELL}:${CELL}|${COLUMN}:${COLUMN}|${ROW}:${ROW})\s*$`,
);
const WRAPPED = /^=ARRAYFORMULA\((.*)\)$/i;

/**
 * Whether a formula is nothing but a range. Sheets spills it: the ARRAYFORMULA help page
 * (support.google.com/docs/answer/3093275) takes "A range" as an array formula and notes that
 * "Many array formulas will be automatically expanded into neighboring cells, obviating the
 * explicit use of ARRAYFORMULA"; HyperFormula answers #VALUE! ("Cell range not allowed").
 */
export function isBareRange(formula: string): boolean {
  return BARE_RANGE.test(formula);
}

/** The formula text HyperFormula is given for a model formula. */
export function toEngineFormula(formula: string): string {
  const text = formula.startsWith('=') ? formula : `=${formula}`;
  const match = BARE_RANGE.exec(text);
  return match ? `=ARRAYFORMULA(${text.slice(1).trim()})` : text;
}

/** The model's text for a formula HyperFormula rewrote (references moved): unwraps a bare range. */
export function fromEngineFormula(modelFormula: string, engineFormula: string): string {
  if (!isBareRange(modelFormula)) return engineFormula;
  const match = WRAPPED.exec(engineFormula);
  return match ? `=${match[1] ?? ''}` : engineFormula;
}

/**
 * Sheets' note on a spill that would overwrite data, naming the first occupied cell in reading
 * order ("Array result was not expanded because it would overwrite data in B2."; the wording is
 * quoted in issues such as tomayac/wikipedia-tools-for-google-spreadsheets#53 and
 * googleapis/google-api-go-client#1041).
 */
export function blockedSpillMessage(row: number, column: number): string {
  return `Array result was not expanded because it would overwrite data in ${cellA1(row, column)}.`;
}
