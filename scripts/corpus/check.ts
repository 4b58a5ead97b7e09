/**
 * The checks `npm run test:corpus` makes on each sheet it reads: the checks every sheet gets (a
 * header, a points-possible row or a totals row is never a student), then the facts the corpus's
 * README states for that file (facts.ts). Each check is one line a maintainer can read.
 */

import Papa from 'papaparse';

import { columnLetter, describeLine } from '../../src/core/import';
import type { Detection, FoundStudent, Line } from '../../src/core/import';
import type { SheetFacts } from './facts';

export interface Check {
  readonly ok: boolean;
  readonly what: string;
}

/** Words that label a row or column of a gradebook, never a person. */
const LABEL =
  /^(points?|points? possible|possible|max(imum)?( score| points)?|totals?|grand total|sum|average|avg|mean|median|count|class average|student|students|names?|first name|last name|full name|student name|id|e-?mail|score|grade|due|due date)$/i;
const LABEL_INSIDE = /points? possible|max(imum)? score|\btotals?\b|\baverage\b|\bmean\b/i;

function studentRow(student: FoundStudent): number | null {
  return student.line.axis === 'row' ? student.line.index + 1 : null;
}

const sameLine = (a: Line, b: Line) => a.axis === b.axis && a.index === b.index;

/** What every sheet must satisfy, whatever the README says of it. */
export function rosterChecks(detection: Detection): Check[] {
  const labelled = detection.students.filter(
    (s) => LABEL.test(s.written.trim()) || LABEL_INSIDE.test(s.written),
  );
  const onTitles = detection.students.filter((s) =>
    detection.titleLines.some((t) => sameLine(t, s.line)),
  );
  const leftOutToo = detection.students.filter((s) =>
    detection.leftOut.some(
      (l) =>
        ['header', 'points-possible', 'summary'].includes(l.reason) &&
        l.line.axis === s.line.axis &&
        s.line.index >= l.line.index &&
        s.line.index <= (l.through ?? l.line.index),
    ),
  );
  const list = (students: readonly FoundStudent[]) =>
    students.map((s) => `${describeLine(s.line)} “${s.written.slice(0, 40)}”`).join(', ');
  return [
    {
      ok: labelled.length === 0,
      what:
        labelled.length === 0
          ? 'no header, points, total or average label read as a student'
          : `labels read as students: ${list(labelled)}`,
    },
    {
      ok: onTitles.length === 0 && leftOutToo.length === 0,
      what:
        onTitles.length + leftOutToo.length === 0
          ? 'no header, points-possible or summary row read as a student'
          : `header, points or summary rows read as students: ${list([...onTitles, ...leftOutToo])}`,
    },
  ];
}

/** Distinct values (joined) of named columns in a CSV, under the first row naming them all. */
export function distinctIn(csvText: string, columns: readonly string[]): number {
  const rows = Papa.parse<string[]>(csvText.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
  const header = rows.findIndex((row) => columns.every((c) => row.includes(c)));
  if (header === -1) return -1;
  const at = columns.map((c) => (rows[header] as string[]).indexOf(c));
  const seen = new Set<string>();
  for (const row of rows.slice(header + 1)) {
    const cells = at.map((i) => (row[i] ?? '').trim().toLowerCase());
    if (cells.some((cell) => cell !== '')) seen.add(JSON.stringify(cells));
  }
  return seen.size;
}

/** The README's targets that occur in a CSV column, once the version letter is stripped. */
export function targetsIn(csvText: string, column: string, list: readonly string[]): string[] {
  const rows = Papa.parse<string[]>(csvText, { skipEmptyLines: true }).data;
  const header = rows.findIndex((row) => row.includes(column));
  if (header === -1) return [];
  const at = (rows[header] as string[]).indexOf(column);
  const found = new Set<string>();
  for (const row of rows.slice(header + 1)) {
    const target = /^([A-Z]+\d+)[a-z]\d*$/.exec((row[at] ?? '').trim())?.[1];
    if (target && list.includes(target)) found.add(target);
  }
  return list.filter((t) => found.has(t));
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const rowsText = (rows: readonly number[]) =>
  rows.length === 1 ? `row ${rows[0]} is` : `rows ${rows.join(', ')} are`;
const namesText = (names: readonly string[]) =>
  names.length === 1 ? `${names[0]} is` : `${names.join(', ')} are`;

function check(ok: boolean, what: string, got?: string): Check {
  return { ok, what: ok || got === undefined ? what : `${what}, but got ${got}` };
}

/** The README's facts for one sheet. `csvText` is the file's text for facts that read a column. */
export function factChecks(detection: Detection, facts: SheetFacts, csvText?: string): Check[] {
  const checks: Check[] = [];
  const titles = detection.lessons.map((l) => l.title);
  const rows = detection.students.map(studentRow);
  if (facts.orientation !== undefined) {
    const wanted = ([] as string[]).concat(facts.orientation);
    checks.push(
      check(
        wanted.includes(detection.orientation),
        `read as ${wanted.join(' or ')}`,
        detection.orientation,
      ),
    );
  }
  if (facts.students !== undefined) {
    const wanted =
      typeof facts.students === 'number'
        ? facts.students
        : distinctIn(csvText ?? '', facts.students.distinctIn);
    const how =
      typeof facts.students === 'number'
        ? ''
        : ` (distinct ${facts.students.distinctIn.join(' + ')})`;
    checks.push(
      check(
        detection.students.length === wanted,
        `${plural(wanted, 'student', 'students')}${how}`,
        String(detection.students.length),
      ),
    );
  }
  if (facts.studentRows) {
    const [from, to] = facts.studentRows;
    const expected = Array.from({ length: to - from + 1 }, (_, i) => from + i);
    checks.push(
      check(
        rows.join() === expected.join(),
        `students in rows ${from}-${to}`,
        `rows ${rows.join(', ')}`,
      ),
    );
  }
  if (facts.notStudents) {
    const taken = rows.filter((r) => r !== null && facts.notStudents?.includes(r));
    checks.push(
      check(
        taken.length === 0,
        `${rowsText(facts.notStudents)} not ${facts.notStudents.length === 1 ? 'a student' : 'students'}`,
        `students in rows ${taken.join(', ')}`,
      ),
    );
  }
  if (facts.noStudentsFrom !== undefined) {
    const below = rows.filter((r) => r !== null && r >= (facts.noStudentsFrom as number));
    checks.push(
      check(
        below.length === 0,
        `no student from row ${facts.noStudentsFrom} down`,
        `students in rows ${below.join(', ')}`,
      ),
    );
  }
  if (facts.lessons !== undefined) {
    checks.push(
      check(
        detection.lessons.length === facts.lessons,
        plural(facts.lessons, 'lesson', 'lessons'),
        String(detection.lessons.length),
      ),
    );
  }
  if (facts.lessonTitles) {
    checks.push(
      check(
        titles.join('|') === facts.lessonTitles.join('|'),
        `lessons ${facts.lessonTitles.join(', ')}`,
        titles.join(', '),
      ),
    );
  }
  if (facts.firstLessons) {
    const first = titles.slice(0, facts.firstLessons.length);
    checks.push(
      check(
        first.join('|') === facts.firstLessons.join('|'),
        `lessons start ${facts.firstLessons.join(', ')}`,
        first.join(', '),
      ),
    );
  }
  if (facts.titles) {
    const odd = titles.filter((t) => !facts.titles?.test(t));
    checks.push(
      check(
        odd.length === 0 && titles.length > 0,
        `every lesson title matches ${facts.titles}`,
        odd.join(', ') || 'no lessons',
      ),
    );
  }
  if (facts.codes) {
    const odd = detection.lessons.filter((l) => !l.code || !facts.codes?.test(l.code));
    checks.push(
      check(
        odd.length === 0 && titles.length > 0,
        `every lesson has a code matching ${facts.codes}`,
        odd.map((l) => l.code ?? `“${l.title.slice(0, 30)}” (no code)`).join(', ') || 'no lessons',
      ),
    );
  }
  if (facts.notLessons) {
    const wrong = titles.filter((t) => facts.notLessons?.includes(t.trim()));
    checks.push(
      check(
        wrong.length === 0,
        `${namesText(facts.notLessons)} not ${facts.notLessons.length === 1 ? 'a lesson' : 'lessons'}`,
        [...new Set(wrong)].join(', '),
      ),
    );
  }
  if (facts.targets) {
    const wanted = targetsIn(csvText ?? '', facts.targets.column, facts.targets.list);
    const names = new Set(detection.lessons.flatMap((l) => [l.title, l.code ?? '']));
    const missing = wanted.filter((t) => !names.has(t));
    checks.push(
      check(
        missing.length === 0 && wanted.length > 0,
        `the ${wanted.length} listed targets found in ${facts.targets.column} are lessons`,
        `missing ${missing.join(', ')}`,
      ),
    );
  }
  return checks;
}

/** One line on what detection found in a sheet. */
export function describeDetection(detection: Detection): string {
  const rows = detection.students.map(studentRow).filter((r): r is number => r !== null);
  const where =
    rows.length > 0 && detection.orientation !== 'long'
      ? ` (${rows.length === 1 ? `row ${rows[0]}` : `rows ${Math.min(...rows)}-${Math.max(...rows)}`})`
      : '';
  const leftOut = detection.leftOut
    .filter((l) => l.line.axis === 'row' && l.reason !== 'blank')
    .slice(0, 8)
    .map((l) =>
      l.through !== undefined
        ? `rows ${l.line.index + 1}-${l.through + 1} ${l.reason}`
        : `row ${l.line.index + 1} ${l.reason}`,
    );
  const columns = detection.longColumns
    ? `; lessons in column ${columnLetter(detection.longColumns.lesson)}`
    : '';
  return (
    `${detection.orientation}, ${detection.confidence.level} confidence: ` +
    `${plural(detection.students.length, 'student', 'students')}${where}, ` +
    `${plural(detection.lessons.length, 'lesson', 'lessons')}${columns}` +
    (leftOut.length > 0 ? `; left out: ${leftOut.join(', ')}` : '')
  );
}
