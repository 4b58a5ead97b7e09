/**
 * Sorts the rows of a students-as-rows table: the students, and everything that is not one — the
 * title block above the header, the points-possible or "Max Score" row, rows of due dates, links
 * or standard codes, totals / averages / counts, blank rows, and notes or distribution tables
 * below or beside the roster.
 */

import { isBlank, isDateCell, type Cell } from '../grid';
import { findStandardCode } from './codes';
import { readDate } from './dates';
import type { Header } from './header';
import { nameLikeness } from './roster';
import type { Table } from './table';
import type { LeftOutReason } from './types';
import {
  cellText,
  labelsCode,
  labelsDue,
  labelsLink,
  labelsPointsPossible,
  labelsSummary,
  linkIn,
  numberIn,
} from './words';

export interface RowRoles {
  readonly students: readonly number[];
  readonly pointsRow?: number;
  readonly dueRow?: number;
  readonly linkRow?: number;
  readonly codeRow?: number;
  readonly leftOut: readonly {
    row: number;
    through?: number;
    reason: LeftOutReason;
    detail: string;
  }[];
}

export interface RowInputs {
  readonly table: Table;
  readonly header: Header;
  readonly nameColumns: readonly number[];
  readonly lessonColumns: readonly number[];
  readonly locale: string;
  readonly leaveOut: (row: number) => boolean;
  readonly keep: (row: number) => boolean;
}

function short(text: string): string {
  const line = text.split('\n')[0] as string;
  return line.length > 50 ? `${line.slice(0, 47)}...` : line;
}

type Fill = 'numbers' | 'dates' | 'links' | 'codes' | 'other' | 'none';

type CellFill = Exclude<Fill, 'other' | 'none'> | 'text';

/** What one cell holds, as lessonFill counts it. */
function cellFill(cell: Cell, locale: string): CellFill {
  if (numberIn(cell) !== undefined) return 'numbers';
  if (isDateCell(cell) || readDate(cell, locale)?.date) return 'dates';
  if (typeof cell === 'string' && linkIn(cell)) return 'links';
  if (typeof cell === 'string' && findStandardCode(cell)) return 'codes';
  return 'text';
}

/**
 * What the row holds in the lesson columns, when most of its cells there agree. Marks repeat
 * ("X", "M", the same dates), so each distinct text is read once per sheet (`seen`).
 */
function lessonFill(
  table: Table,
  row: number,
  columns: readonly number[],
  locale: string,
  seen: Map<string, CellFill>,
): Fill {
  let filled = 0;
  const counts = { numbers: 0, dates: 0, links: 0, codes: 0 };
  for (const c of columns) {
    const cell: Cell = table.at(row, c);
    if (isBlank(cell)) continue;
    filled++;
    let fill = typeof cell === 'string' ? seen.get(cell) : undefined;
    if (fill === undefined) {
      fill = cellFill(cell, locale);
      if (typeof cell === 'string') seen.set(cell, fill);
    }
    if (fill !== 'text') counts[fill]++;
  }
  if (filled === 0) return 'none';
  const most = (Object.entries(counts) as [Fill, number][]).find(([, n]) => n >= filled * 0.8);
  return most ? most[0] : 'other';
}

function rowIsBlank(table: Table, row: number): boolean {
  for (let c = 0; c < table.columns; c++) if (!isBlank(table.at(row, c))) return false;
  return true;
}

function firstText(table: Table, row: number): string {
  for (let c = 0; c < table.columns; c++) {
    const text = cellText(table.at(row, c));
    if (text) return text;
  }
  return '';
}

export function rowRoles(inputs: RowInputs): RowRoles {
  const { table, header, nameColumns, lessonColumns, locale } = inputs;
  const leftOut: { row: number; through?: number; reason: LeftOutReason; detail: string }[] = [];
  const students: number[] = [];
  const roles: { pointsRow?: number; dueRow?: number; linkRow?: number; codeRow?: number } = {};
  const firstLesson = lessonColumns.length ? Math.min(...lessonColumns) : table.columns;
  const inTable = new Set([...nameColumns, ...lessonColumns]);
  const headerRows = new Set(
    [header.main, header.sub, header.group].filter((r) => r !== undefined),
  );
  const top = Math.min(...headerRows);
  const dataStart = Math.max(...headerRows) + 1;
  const seen = new Map<string, CellFill>();

  for (let r = 0; r < top; r++) {
    if (rowIsBlank(table, r)) continue;
    // Some teachers put the due dates (or links, codes, points) above the titles.
    const label = firstText(table, r);
    const fill = lessonFill(table, r, lessonColumns, locale, seen);
    if (labelsDue(label) && fill === 'dates' && roles.dueRow === undefined) {
      roles.dueRow = r;
      leftOut.push({
        row: r,
        reason: 'due-dates',
        detail: "holds due dates: used as each lesson's due date",
      });
    } else if (labelsLink(label) && fill === 'links' && roles.linkRow === undefined) {
      roles.linkRow = r;
      leftOut.push({ row: r, reason: 'links', detail: "holds links: used as each lesson's link" });
    } else if (labelsCode(label) && fill === 'codes' && roles.codeRow === undefined) {
      roles.codeRow = r;
      leftOut.push({
        row: r,
        reason: 'codes',
        detail: "holds standard codes: used as each lesson's code",
      });
    } else if (labelsPointsPossible(label) && fill === 'numbers' && roles.pointsRow === undefined) {
      roles.pointsRow = r;
      leftOut.push({
        row: r,
        reason: 'points-possible',
        detail: "holds the points possible: used as each lesson's maximum, not a student",
      });
    } else {
      leftOut.push({
        row: r,
        reason: 'above-table',
        detail: `is above the table: “${short(label)}”`,
      });
    }
  }
  for (const r of [...headerRows].sort((a, b) => a - b)) {
    const what =
      r === header.main
        ? 'holds the lesson titles'
        : r === header.sub
          ? 'is the second row of the header'
          : 'holds headings above the lesson titles';
    leftOut.push({ row: r, reason: 'header', detail: `${what} (the header)` });
  }

  let blankRun: number | undefined;
  let gapAfterStudents = 0;
  const flushBlank = (end: number): void => {
    if (blankRun === undefined) return;
    if (students.length > 0 || end < table.rows) {
      const through = end - 1;
      leftOut.push({
        row: blankRun,
        ...(through > blankRun ? { through } : {}),
        reason: 'blank',
        detail: through > blankRun ? 'are blank' : 'is blank',
      });
    }
    blankRun = undefined;
  };

  for (let r = dataStart; r < table.rows; r++) {
    const skip = (reason: LeftOutReason, detail: string): void => {
      flushBlank(r);
      leftOut.push({ row: r, reason, detail });
    };
    if (inputs.leaveOut(r)) {
      skip('teacher', 'was left out by the teacher');
      continue;
    }
    const name = nameColumns
      .map((c) => cellText(table.at(r, c)))
      .filter((t) => t)
      .join(' ');
    if (inputs.keep(r)) {
      flushBlank(r);
      students.push(r);
      continue;
    }
    if (rowIsBlank(table, r)) {
      if (blankRun === undefined) blankRun = r;
      if (students.length > 0) gapAfterStudents++;
      continue;
    }
    let label = name;
    for (let c = 0; !label && c < firstLesson; c++) label = cellText(table.at(r, c));
    const fill = lessonFill(table, r, lessonColumns, locale, seen);
    const beforeStudents = students.length === 0;

    if (labelsPointsPossible(label) || (beforeStudents && !name && fill === 'numbers')) {
      if (roles.pointsRow === undefined) roles.pointsRow = r;
      skip(
        'points-possible',
        `holds the points possible${label ? ` (“${short(label)}”)` : ''}: used as each lesson's maximum, not a student`,
      );
      continue;
    }
    if (labelsDue(label) || (beforeStudents && !name && fill === 'dates')) {
      if (roles.dueRow === undefined) roles.dueRow = r;
      skip('due-dates', "holds due dates: used as each lesson's due date");
      continue;
    }
    if (labelsLink(label) || (beforeStudents && !name && fill === 'links')) {
      if (roles.linkRow === undefined) roles.linkRow = r;
      skip('links', "holds links: used as each lesson's link");
      continue;
    }
    if (labelsCode(label) || (beforeStudents && !name && fill === 'codes')) {
      if (roles.codeRow === undefined) roles.codeRow = r;
      skip('codes', "holds standard codes: used as each lesson's code");
      continue;
    }
    if (labelsSummary(label)) {
      skip('summary', `is a summary row (“${short(label)}”), worked out from the students' marks`);
      continue;
    }
    if (/^(test student|student,? test)$/i.test(name)) {
      skip('not-a-student', `is a test student (“${short(name)}”) the gradebook adds`);
      continue;
    }
    if (name) {
      const likeness = nameLikeness(name);
      if (gapAfterStudents >= 2 && likeness < 0.5) {
        skip('below-table', `is below the table: “${short(firstText(table, r))}”`);
      } else if (likeness >= 0.2) {
        flushBlank(r);
        students.push(r);
        gapAfterStudents = 0;
      } else {
        const why =
          name.length > 80
            ? `holds ${name.length.toLocaleString('en-US')} characters`
            : `holds “${short(name)}”`;
        skip('not-a-student', `is not a student: its name cell ${why}, which is not a name`);
      }
      continue;
    }
    // No name: totals under the roster, or a small table beside or below it.
    let inside = false;
    for (let c = 0; c < table.columns && !inside; c++)
      inside = inTable.has(c) && !isBlank(table.at(r, c));
    if (!inside || gapAfterStudents >= 2) {
      skip(
        'below-table',
        students.length > 0
          ? 'is outside the roster (notes or a small table beside or below it), not a student'
          : `is not a student: it has no name (“${short(firstText(table, r))}”)`,
      );
    } else if (!beforeStudents && fill === 'numbers') {
      skip('summary', 'is a row of totals with no label, worked out from the marks above it');
    } else {
      skip('not-a-student', `has no name in the names column (“${short(firstText(table, r))}”)`);
    }
  }
  flushBlank(table.rows);
  // Blank rows after the last student are not part of the table.
  const lastStudent = students.length ? (students[students.length - 1] as number) : -1;
  const lastOther = Math.max(-1, ...leftOut.filter((l) => l.reason !== 'blank').map((l) => l.row));
  const trimmed = leftOut.filter(
    (l) => !(l.reason === 'blank' && l.row > lastStudent && l.row > lastOther),
  );
  return { students, ...roles, leftOut: trimmed };
}
