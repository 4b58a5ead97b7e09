/**
 * Results that spill. A formula whose result is an array fills the cells below and to the right
 * of it (HyperFormula's array formulas do the filling); this module holds what the emulator adds
 * around them: a bare range (`=A1:A3`, `=Roster!A2:C40`) spills in Sheets, so it reaches the
 * engine wrapped in ARRAYFORMULA (engine-text.ts), and a blocked spill carries Sheets' note.
 */

import { cellA1 } from '../sheets/a1';

const SHEET_PREFIX = String.raw`(?:'(?:[^']|'')+'|[A-Za-z0-9_.]+)!`;
const CELL = String.raw`\$?[A-Za-z]{1,3}\$?\d+`;
const COLUMN = String.raw`\$?[A-Za-z]{1,3}`;
const ROW = String.raw`\$?\d+`;
const BARE_RANGE = new RegExp(
  String.raw`^=\s*(${SHEET_PREFIX})?(${CELL}:${CELL}|${CELL}:${COLUMN}|${COLUMN}:${COLUMN}|${ROW}:${ROW})\s*$`,
);
const WRAPPED = /^=ARRAYFORMULA\((.*)\)$/i;

/**
 * Whether a formula is nothing but a range (`=A1:A3`, `=A2:A`, `=Roster!B:B`). Sheets spills it:
 * the ARRAYFORMULA help page (support.google.com/docs/answer/3093275) takes "A range" as an
 * array formula and notes that "Many array formulas will be automatically expanded into
 * neighboring cells, obviating the explicit use of ARRAYFORMULA"; HyperFormula answers #VALUE!
 * ("Cell range not allowed").
 */
export function isBareRange(formula: string): boolean {
  return BARE_RANGE.test(formula);
}

/** A bare range wrapped so the engine spills it. */
export function wrapBareRange(formula: string): string {
  return `=ARRAYFORMULA(${formula.slice(1).trim()})`;
}

/** The inverse of wrapBareRange for engine text; other text comes back unchanged. */
export function unwrapBareRange(engineFormula: string): string {
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
