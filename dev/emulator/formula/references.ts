/**
 * Relative references in formula text, found by a small tokenizer that skips string literals and
 * quoted sheet names: shifting them is what copying a formula to another cell does, and what a
 * conditional-format custom formula written for its range's top-left cell means for every other
 * cell of the range. Cells, whole columns (A:C) and whole rows (2:5) are handled.
 */

import { columnIndex, columnLetters } from '../sheets/a1';

interface RefPart {
  absolute: boolean;
  index: number;
}

/** A reference in a formula: a cell (both parts), a whole column or a whole row (one part). */
interface RefPiece {
  column?: RefPart;
  row?: RefPart;
}

type Piece = string | RefPiece;

const WORD_CHAR = /[A-Za-z0-9_$.]/;
const CELL_WORD = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)$/;
const COLUMN_WORD = /^(\$?)([A-Za-z]{1,3})$/;
const ROW_WORD = /^(\$?)(\d+)$/;

/** Splits a formula into literal text and references, skipping strings and quoted sheet names. */
function tokenizeReferences(formula: string): Piece[] {
  const pieces: Piece[] = [];
  let literal = '';
  const flush = (): void => {
    if (literal) pieces.push(literal);
    literal = '';
  };
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i] as string;
    if (ch === '"' || ch === "'") {
      // String literal or quoted sheet name; a doubled quote is an escaped quote.
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === ch) {
          if (formula[j + 1] === ch) j += 2;
          else break;
        } else j++;
      }
      literal += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (!WORD_CHAR.test(ch)) {
      literal += ch;
      i++;
      continue;
    }
    let j = i;
    while (j < formula.length && WORD_CHAR.test(formula[j] as string)) j++;
    const word = formula.slice(i, j);
    const next = formula[j];
    const previous = formula[i - 1];
    const nearColon = next === ':' || previous === ':';
    let match: RegExpExecArray | null;
    if (next === '(' || next === '!') {
      literal += word;
    } else if ((match = CELL_WORD.exec(word))) {
      flush();
      pieces.push({
        column: { absolute: match[1] === '$', index: columnIndex(match[2] as string) },
        row: { absolute: match[3] === '$', index: Number(match[4]) - 1 },
      });
    } else if (nearColon && (match = COLUMN_WORD.exec(word))) {
      flush();
      pieces.push({
        column: { absolute: match[1] === '$', index: columnIndex(match[2] as string) },
      });
    } else if (nearColon && (match = ROW_WORD.exec(word))) {
      flush();
      pieces.push({ row: { absolute: match[1] === '$', index: Number(match[2]) - 1 } });
    } else {
      literal += word;
    }
    i = j;
  }
  flush();
  return pieces;
}

const tokenCache = new Map<string, Piece[]>();

/** `formula` with its relative references moved by (rows, columns); absolute parts stay. */
export function shiftFormula(formula: string, rows: number, columns: number): string {
  let pieces = tokenCache.get(formula);
  if (!pieces) {
    pieces = tokenizeReferences(formula);
    if (tokenCache.size > 5000) tokenCache.clear();
    tokenCache.set(formula, pieces);
  }
  if (rows === 0 && columns === 0) return formula;
  let out = '';
  for (const piece of pieces) {
    if (typeof piece === 'string') {
      out += piece;
      continue;
    }
    const column = piece.column && {
      ...piece.column,
      index: piece.column.absolute ? piece.column.index : piece.column.index + columns,
    };
    const row = piece.row && {
      ...piece.row,
      index: piece.row.absolute ? piece.row.index : piece.row.index + rows,
    };
    if ((column && column.index < 0) || (row && row.index < 0)) {
      out += '#REF!';
      continue;
    }
    if (column) out += (column.absolute ? '$' : '') + columnLetters(column.index);
    if (row) out += (row.absolute ? '$' : '') + String(row.index + 1);
  }
  return out;
}
