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

/** The most common kind of the non-blank cells below `row` in `column`, within the window. */
function kindBelow(table: Table, row: number, column: number): Kind | undefined {
  const counts = new Map<Kind, number>();
  const end = Math.min(table.rows, row + 1 + WINDOW);
  for (let r = row + 1; r < end; r++) {
    const kind = kindOf(table.at(r, column));
    if (kind !== 'blank') counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  let best: Kind | undefined;
  let bestCount = 0;
  for (const [kind, count] of counts) {
    if (count > bestCount) [best, bestCount] = [kind, count];
  }
  return best;
}

/**
 * How much a row looks like the header of what lies below it: each of its cells over a column
 * with data counts 1 when it differs in kind from that column's data (a title over marks), 0.5
 * when it does not (a name over names), and 1 for a header word over its own kind ("Student").
 */
function headerScore(table: Table, row: number): number {
  let score = 0;
  for (let c = 0; c < table.columns; c++) {
    const cell = table.at(row, c);
    const kind = kindOf(cell);
    if (kind === 'blank') continue;
    const below = kindBelow(table, row, c);
    if (!below) continue;
    const text = cellText(cell);
    const headerWord =
      kind === 'text' && (saysName(text) || saysStudentId(text) || saysEmail(text));
    score += kind !== below || headerWord ? 1 : 0.5;
  }
  return score;
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
    const ka = kindOf(table.at(a, c));
    const kb = kindOf(table.at(b, c));
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

/** Finds the header, or uses the one the teacher chose. Returns undefined for an empty table. */
export function findHeader(table: Table, forced?: readonly number[]): Header | undefined {
  let main: number | undefined;
  let sub: number | undefined;
  if (forced && forced.length > 0) {
    const sorted = [...forced].sort((a, b) => a - b);
    main = sorted[0];
    sub = sorted[1];
  } else {
    const scores: { row: number; score: number }[] = [];
    for (let r = 0; r < table.rows && scores.length < CANDIDATE_ROWS; r++) {
      if (!isHeaderCandidate(table, r)) continue;
      scores.push({ row: r, score: headerScore(table, r) });
    }
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
