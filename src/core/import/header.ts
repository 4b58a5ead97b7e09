/**
 * Finds the header: the row of titles the table hangs from, below any title block or letterhead,
 * and its second row when there is one (sub-headings under merged or repeated titles, as in
 * "8.2C (2012)" over Correct / Tested / Mastery, or "Điểm học phần" merged over CC / GK / CK).
 */

import { isBlank, isDateCell, type Cell } from '../grid';
import { findStandardCode } from './codes';
import { isKnownMark } from './marks';
import type { Table } from './table';
import {
  cellText,
  labelsCode,
  labelsDue,
  labelsLink,
  labelsPointsPossible,
  linkIn,
  saysEmail,
  saysName,
  saysStudentId,
} from './words';

export interface Header {
  /** The row of titles. */
  readonly main: number;
  /** The second header row below it, if any. */
  readonly sub?: number;
  /** A row of headings above the titles (a merged "Unit 3" over its lessons), if any. */
  readonly group?: number;
  /** Per column: the title in the main row, carried across merged cells when a second row splits them. */
  readonly top: readonly string[];
  /** Per column: the second row's heading ('' when none). */
  readonly subTitles: readonly string[];
}

type Kind = 'blank' | 'number' | 'bool' | 'date' | 'short' | 'text';

function kindOf(cell: Cell): Kind {
  if (isBlank(cell)) return 'blank';
  if (typeof cell === 'number') return 'number';
  if (typeof cell === 'boolean') return 'bool';
  if (isDateCell(cell)) return 'date';
  return (cell as string).trim().length <= 3 ? 'short' : 'text';
}

const CANDIDATE_ROWS = 40;
const WINDOW = 30;
const KINDS: readonly Kind[] = ['blank', 'number', 'bool', 'date', 'short', 'text'];

/**
 * Each cell's kind, worked out once per table: the header search looks at every cell of the first
 * rows up to WINDOW times (a 2,000-row sheet on its side has 2,000 columns). -1 is not yet known.
 */
const kindCodes = new WeakMap<Table, Int8Array>();

function codesOf(table: Table): Int8Array {
  let codes = kindCodes.get(table);
  if (!codes) {
    codes = new Int8Array(table.rows * table.columns).fill(-1);
    kindCodes.set(table, codes);
  }
  return codes;
}

function kindCode(table: Table, codes: Int8Array, row: number, column: number): number {
  const at = row * table.columns + column;
  let code = codes[at] as number;
  if (code === -1) {
    code = KINDS.indexOf(kindOf(table.at(row, column)));
    codes[at] = code;
  }
  return code;
}

function kindAt(table: Table, row: number, column: number): Kind {
  return KINDS[kindCode(table, codesOf(table), row, column)] as Kind;
}

/** The most common kind among counts, a tie going to the kind found first from `from` down. */
function commonest(
  table: Table,
  codes: Int8Array,
  counts: readonly number[],
  from: number,
  end: number,
  column: number,
): number {
  let most = 0;
  let tied = 0;
  let best = 0;
  for (let k = 1; k < counts.length; k++) {
    const count = counts[k] as number;
    if (count > most) [most, tied, best] = [count, 1, k];
    else if (count === most && count > 0) tied++;
  }
  if (most === 0 || tied === 1) return most === 0 ? 0 : best;
  for (let r = from; r < end; r++) {
    const code = kindCode(table, codes, r, column);
    if (code !== 0 && counts[code] === most) return code;
  }
  return best;
}

/**
 * How much each candidate row looks like the header of what lies below it: each of its cells over
 * a column with data counts 1 when it differs in kind from the commonest kind of that column's
 * next WINDOW cells (a title over marks), 0.5 when it does not (a name over names), and 1 for a
 * header word over its own kind ("Student"). The window slides down each column once for all the
 * candidates, `rows` ascending.
 */
function headerScores(table: Table, rows: readonly number[]): number[] {
  const codes = codesOf(table);
  const scores = rows.map(() => 0);
  const counts = [0, 0, 0, 0, 0, 0];
  for (let c = 0; c < table.columns; c++) {
    counts.fill(0);
    let from = 0;
    let end = 0;
    rows.forEach((row, i) => {
      // The window below `row`: rows row+1 .. row+WINDOW.
      const nextFrom = row + 1;
      const nextEnd = Math.min(table.rows, row + 1 + WINDOW);
      for (let r = from; r < Math.min(nextFrom, end); r++) {
        const code = kindCode(table, codes, r, c);
        counts[code] = (counts[code] as number) - 1;
      }
      for (let r = Math.max(end, nextFrom); r < nextEnd; r++) {
        const code = kindCode(table, codes, r, c);
        counts[code] = (counts[code] as number) + 1;
      }
      [from, end] = [nextFrom, Math.max(nextEnd, nextFrom)];
      const kind = KINDS[kindCode(table, codes, row, c)] as Kind;
      if (kind === 'blank') return;
      const below = commonest(table, codes, counts, from, end, c);
      if (below === 0) return;
      // A header word matters only over cells of its own kind (the words are read only then).
      let add = 1;
      if (kind === KINDS[below]) {
        const text = kind === 'text' ? cellText(table.at(row, c)) : '';
        add = text && (saysName(text) || saysStudentId(text) || saysEmail(text)) ? 1 : 0.5;
      }
      scores[i] = (scores[i] as number) + add;
    });
  }
  return scores;
}

/**
 * Can this row be the header? Not when it is blank, when it is mostly numbers or dates (a points
 * row, a row of due dates), or when its first cell labels it as a row of due dates, links, codes or
 * points possible (those sit between the header and the students).
 */
function isHeaderCandidate(table: Table, row: number): boolean {
  let filled = 0;
  let texts = 0;
  let values = 0; // codes and links: what a labelled row holds
  let first = '';
  for (let c = 0; c < table.columns; c++) {
    const cell = table.at(row, c);
    if (isBlank(cell)) continue;
    filled++;
    if (typeof cell === 'string') {
      texts++;
      if (first && (findStandardCode(cell)?.rest === '' || linkIn(cell) === cell.trim())) values++;
    }
    if (!first) first = cellText(cell);
  }
  if (filled === 0) return false;
  if (filled > 1 && texts < 2) return false;
  return !(isLabelledRow([first]) && values * 2 >= texts - 1);
}

/** Ways a row of text is a labelled data row rather than sub-headings. */
function isLabelledRow(texts: string[]): boolean {
  return texts.some(
    (t) => labelsDue(t) || labelsLink(t) || labelsPointsPossible(t) || labelsCode(t),
  );
}

function rowsAlike(table: Table, a: number, b: number): boolean {
  if (b >= table.rows) return false;
  let used = 0;
  let same = 0;
  for (let c = 0; c < table.columns; c++) {
    const ka = kindAt(table, a, c);
    const kb = kindAt(table, b, c);
    if (ka === 'blank' && kb === 'blank') continue;
    used++;
    if (ka === kb) same++;
  }
  return used > 0 && same / used >= 0.8;
}

function mergedAbove(table: Table, row: number, column: number): boolean {
  return table.merges.some(
    (m) =>
      m.row === row && m.numColumns > 1 && column >= m.column && column < m.column + m.numColumns,
  );
}

/** Is the row below the main header a second header row? */
function isSubHeader(table: Table, main: number, row: number): boolean {
  if (row >= table.rows) return false;
  const texts: string[] = [];
  let underSpan = false;
  for (let c = 0; c < table.columns; c++) {
    const cell = table.at(row, c);
    if (isBlank(cell)) continue;
    if (typeof cell !== 'string') return false;
    texts.push(cell.trim());
    const above = table.at(main, c);
    if (
      isBlank(above) ||
      mergedAbove(table, main, c) ||
      (c > 0 && cellText(above) === cellText(table.at(main, c - 1)))
    ) {
      underSpan = true;
    }
  }
  if (texts.length === 0 || isLabelledRow(texts)) return false;
  const marks = texts.filter(isKnownMark).length;
  if (marks * 2 > texts.length) return false;
  const codes = texts.filter((t) => findStandardCode(t)).length;
  if (codes * 2 > texts.length) return false;
  const repeats = new Set(texts).size < texts.length;
  return (underSpan || repeats) && !rowsAlike(table, row, row + 1);
}

/** Headers found, by table and the rows forced: the readings of one sheet share them. */
const found = new WeakMap<Table, Map<string, Header | undefined>>();

/** Finds the header, or uses the one the teacher chose. Returns undefined for an empty table. */
export function findHeader(table: Table, forced?: readonly number[]): Header | undefined {
  const key = forced && forced.length > 0 ? forced.join(',') : '';
  const known = found.get(table) ?? new Map<string, Header | undefined>();
  found.set(table, known);
  if (known.has(key)) return known.get(key);
  const header = headerOf(table, forced);
  known.set(key, header);
  return header;
}

function headerOf(table: Table, forced?: readonly number[]): Header | undefined {
  let main: number | undefined;
  let sub: number | undefined;
  if (forced && forced.length > 0) {
    const sorted = [...forced].sort((a, b) => a - b);
    main = sorted[0];
    sub = sorted[1];
  } else {
    const candidates: number[] = [];
    for (let r = 0; r < table.rows && candidates.length < CANDIDATE_ROWS; r++) {
      if (isHeaderCandidate(table, r)) candidates.push(r);
    }
    const scored = headerScores(table, candidates);
    const scores = candidates.map((row, i) => ({ row, score: scored[i] as number }));
    const best = Math.max(0, ...scores.map((s) => s.score));
    if (best === 0) {
      main = scores[0]?.row;
    } else {
      main = scores.find((s) => s.score >= best * 0.85)?.row;
    }
    if (main !== undefined && isSubHeader(table, main, main + 1)) sub = main + 1;
  }
  if (main === undefined) return undefined;

  const top: string[] = [];
  const subTitles: string[] = [];
  for (let c = 0; c < table.columns; c++) {
    subTitles.push(sub === undefined ? '' : cellText(table.at(sub, c)));
    let title = cellText(table.at(main, c));
    if (!title) {
      const merge = table.merges.find(
        (m) =>
          m.row <= main && main < m.row + m.numRows && c >= m.column && c < m.column + m.numColumns,
      );
      if (merge) title = cellText(table.at(merge.row, merge.column));
    }
    // Under a second row, a blank title continues the one on its left (a merge Sheets left blank).
    if (!title && sub !== undefined && subTitles[c] && c > 0 && subTitles[c - 1])
      title = top[c - 1] ?? '';
    top.push(title);
  }

  let group: number | undefined;
  if (!forced && main > 0) {
    const above = main - 1;
    let texts = 0;
    let other = false;
    for (let c = 0; c < table.columns; c++) {
      const cell = table.at(above, c);
      if (isBlank(cell)) continue;
      if (typeof cell === 'string') texts++;
      else other = true;
    }
    const spans = table.merges.some((m) => m.row === above && m.numColumns > 1);
    if (!other && texts >= 2 && spans) group = above;
  }
  return {
    main,
    ...(sub !== undefined ? { sub } : {}),
    ...(group !== undefined ? { group } : {}),
    top,
    subTitles,
  };
}
