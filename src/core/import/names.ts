/**
 * Finds the column (or the two columns, first and last name) that holds the students' names: the
 * column whose cells look most like distinct people's names, helped by its header ("Student",
 * "Name", "Last Name"); a column headed as an ID, e-mail, lesson or total is never the names.
 */

import { isBlank } from '../grid';
import { nameLikeness } from './roster';
import type { Table } from './table';
import {
  cellText,
  saysEmail,
  saysFirstName,
  saysLastName,
  saysLesson,
  saysName,
  saysNickname,
  saysRowNumber,
  saysStudentDetail,
  saysStudentId,
  saysSummary,
} from './words';

export interface NameColumns {
  /** One column, or two (in the sheet's order). */
  readonly columns: readonly number[];
  /** With two columns: which holds the family name. */
  readonly familyFirst: boolean;
  /** 0 to 1+: how much the chosen column looks like names. */
  readonly quality: number;
}

const SAMPLE = 300;

interface ColumnLook {
  readonly likeness: number;
  readonly distinct: number;
  readonly fill: number;
}

/** How much a text looks like a name, each distinct text worked out once (marks repeat). */
type Likeness = (text: string) => number;

function likenessOnce(): Likeness {
  const known = new Map<string, number>();
  return (text) => {
    let value = known.get(text);
    if (value === undefined) {
      value = nameLikeness(text);
      known.set(text, value);
    }
    return value;
  };
}

function look(
  table: Table,
  column: number,
  from: number,
  likenessOf: Likeness = nameLikeness,
): ColumnLook {
  const end = Math.min(table.rows, from + SAMPLE);
  let filled = 0;
  let likeness = 0;
  let last = from;
  const seen = new Set<string>();
  for (let r = from; r < end; r++) {
    const cell = table.at(r, column);
    if (isBlank(cell)) continue;
    filled++;
    last = r;
    const text = cellText(cell);
    seen.add(text.toLowerCase());
    if (typeof cell === 'string') likeness += likenessOf(text);
  }
  // Rows below the column's last cell (a distribution table beside the roster) do not count.
  const rows = last - from + 1;
  return filled === 0
    ? { likeness: 0, distinct: 0, fill: 0 }
    : { likeness: likeness / filled, distinct: seen.size / filled, fill: filled / rows };
}

/** A header that rules a column out as names. */
function saysNotNames(text: string): boolean {
  return (
    saysStudentId(text) ||
    saysNickname(text) ||
    saysEmail(text) ||
    saysRowNumber(text) ||
    saysStudentDetail(text) ||
    saysSummary(text) ||
    saysLesson(text)
  );
}

function headerBonus(title: string): number {
  if (!title) return 0;
  if (saysNotNames(title)) return -0.6;
  if (saysName(title) || saysFirstName(title) || saysLastName(title)) return 0.35;
  return 0;
}

/**
 * The names column(s). `titles` are the header's titles per column; they are not used when the
 * table is on its side (its corner cell describes the lessons, not the names). `repeatsAllowed`
 * is for long formats, where each student appears on many rows.
 */
export function findNameColumns(
  table: Table,
  titles: readonly string[],
  from: number,
  options: { forced?: readonly number[]; useTitles: boolean; repeatsAllowed?: boolean },
): NameColumns | undefined {
  const titleOf = (c: number): string => (options.useTitles ? (titles[c] ?? '') : '');
  if (options.forced && options.forced.length > 0) {
    const columns = [...options.forced].sort((a, b) => a - b).slice(0, 2);
    const familyFirst = columns.length === 2 && saysLastName(titleOf(columns[0] as number));
    const quality = Math.max(...columns.map((c) => look(table, c, from).likeness));
    return { columns, familyFirst, quality };
  }
  let best: { column: number; score: number } | undefined;
  const looks: ColumnLook[] = [];
  const likenessOf = likenessOnce();
  for (let c = 0; c < table.columns; c++) {
    const l = look(table, c, from, likenessOf);
    looks.push(l);
    if (l.fill === 0) continue;
    const distinct = options.repeatsAllowed ? Math.min(1, l.distinct * 3) : l.distinct;
    const score = l.likeness * distinct * Math.min(1, l.fill * 1.25) + headerBonus(titleOf(c));
    if (!best || score > best.score + 1e-9) best = { column: c, score };
  }
  if (!best || best.score < 0.35) return undefined;

  // A first-name / last-name pair: a neighbour headed as such, or unheaded (or "Name") and full of
  // name-like words. Repeats are fine there ("Smith" for a whole family of test names).
  const main = best.column;
  const partner = [main - 1, main + 1].find((n) => {
    if (n < 0 || n >= table.columns) return false;
    const l = looks[n] as ColumnLook;
    const title = titleOf(n);
    if (title && saysNotNames(title)) return false;
    const headed = saysFirstName(title) || saysLastName(title);
    const open = !title || saysName(title);
    const mainFill = (looks[main] as ColumnLook).fill;
    return (headed && l.likeness >= 0.4) || (open && l.likeness >= 0.6 && l.fill >= mainFill * 0.9);
  });
  if (partner === undefined) return { columns: [main], familyFirst: false, quality: best.score };
  const columns = [Math.min(main, partner), Math.max(main, partner)];
  const [left, right] = columns.map(titleOf) as [string, string];
  const familyFirst = saysLastName(left) || (saysFirstName(right) && !saysFirstName(left));
  return { columns, familyFirst, quality: best.score };
}
