/**
 * The formula text HyperFormula is given for a model formula, and back. The model keeps what the
 * author wrote (getFormula returns it); the engine gets a bare range wrapped in ARRAYFORMULA so it
 * spills (spill.ts) and open-ended ranges closed at the sheet's last row (open-ranges.ts). When
 * the engine rewrites references after rows or columns move, its text is translated back.
 */

import { closeOpenRanges, hasOpenRange, reopenRanges, type RowsOf } from './open-ranges';
import { isBareRange, unwrapBareRange, wrapBareRange } from './spill';

export function toEngineFormula(formula: string, rowsOf: RowsOf): string {
  const text = formula.startsWith('=') ? formula : `=${formula}`;
  const closed = hasOpenRange(text) ? closeOpenRanges(text, rowsOf) : text;
  return isBareRange(text) ? wrapBareRange(closed) : closed;
}

export function fromEngineFormula(
  modelFormula: string,
  engineFormula: string,
  rowsOf: RowsOf,
): string {
  const unwrapped = isBareRange(modelFormula) ? unwrapBareRange(engineFormula) : engineFormula;
  return hasOpenRange(modelFormula) ? reopenRanges(unwrapped, rowsOf) : unwrapped;
}
