/**
 * References that run to the bottom of the sheet: Sheets reads `A2:A` as column A from row 2 to
 * the sheet's last row (the XLOOKUP help page's own samples use XLOOKUP("Apple", A2:A, E2:E),
 * support.google.com/docs/answer/12405947; the Sheets API documents `Sheet1!A5:B` as "unbounded"
 * below, GridRange). HyperFormula cannot parse them, so the engine is given the closed range
 * (`A2:A$1000` on a 1000-row sheet) and the model keeps the author's text; when rows move, the
 * closed end that still sits on the last row is opened again.
 */

import { mapOutsideStrings } from '../sheets/a1';

/** Rows of the sheet a reference names: null = the formula's own sheet; undefined = unknown. */
export type RowsOf = (sheetName: string | null) => number | undefined;

const SHEET_PREFIX = String.raw`(?:'(?:[^']|'')+'|[A-Za-z0-9_.]+)!`;
const BEFORE = String.raw`(^|[^A-Za-z0-9_.$'!])`;
const START = String.raw`\$?[A-Za-z]{1,3}\$?\d+`;
const OPEN_END = String.raw`(\$?[A-Za-z]{1,3})(?![A-Za-z0-9_.(!:$])`;
const CLOSED_END = String.raw`(\$?[A-Za-z]{1,3})\$(\d+)(?![A-Za-z0-9_.(!:$])`;

const OPEN_RANGE = new RegExp(`${BEFORE}(${SHEET_PREFIX})?(${START}):${OPEN_END}`, 'g');
const CLOSED_RANGE = new RegExp(`${BEFORE}(${SHEET_PREFIX})?(${START}):${CLOSED_END}`, 'g');

/** "'It''s'!" → "It's"; "Roster!" → "Roster"; undefined → null (the formula's own sheet). */
function sheetNameOf(prefix: string | undefined): string | null {
  if (!prefix) return null;
  const name = prefix.slice(0, -1);
  return name.startsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
}

/** Whether the formula holds a reference like `A2:A` (outside string literals). */
export function hasOpenRange(formula: string): boolean {
  // Most formulas have no range at all: answer those without walking the text.
  OPEN_RANGE.lastIndex = 0;
  if (!formula.includes(':') || !OPEN_RANGE.test(formula)) return false;
  let found = false;
  mapOutsideStrings(formula, (segment) => {
    OPEN_RANGE.lastIndex = 0;
    if (OPEN_RANGE.test(segment)) found = true;
    return segment;
  });
  return found;
}

/** `A2:A` → `A2:A$1000` when the named sheet has 1000 rows; unknown sheets stay as written. */
export function closeOpenRanges(formula: string, rowsOf: RowsOf): string {
  return mapOutsideStrings(formula, (segment) =>
    segment.replace(
      OPEN_RANGE,
      (all, before: string, prefix: string | undefined, start: string, end: string) => {
        const rows = rowsOf(sheetNameOf(prefix));
        return rows === undefined ? all : `${before}${prefix ?? ''}${start}:${end}$${rows}`;
      },
    ),
  );
}

/** The inverse for text the engine rewrote: a `$`-anchored end on the sheet's last row opens. */
export function reopenRanges(formula: string, rowsOf: RowsOf): string {
  return mapOutsideStrings(formula, (segment) =>
    segment.replace(
      CLOSED_RANGE,
      (all, before: string, prefix: string | undefined, start: string, end: string, row: string) =>
        rowsOf(sheetNameOf(prefix)) === Number(row)
          ? `${before}${prefix ?? ''}${start}:${end}`
          : all,
    ),
  );
}
