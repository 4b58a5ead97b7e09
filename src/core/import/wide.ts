/**
 * Reads a grid of students by lessons: a header of lesson titles, a names column, one mark per
 * student and lesson. The same reading serves students-as-columns by turning the grid on its side.
 */

import { isBlank, type Cell, type Grid, type IsoDate } from '../grid';
import { findStandardCode } from './codes';
import type { Candidate, Failure, MarkKind } from './candidate';
import { columnRoles, type LessonColumn } from './columns';
import { readDate } from './dates';
import { findHeader } from './header';
import { markScale, markWords, readMark, type MarkScale } from './marks';
import { findNameColumns } from './names';
import { knownShare, wideFit } from './fit';
import { nameFromCells } from './roster';
import { rowRoles } from './rows';
import { guessMax, guessNote, scoreLabel, type Guess } from './scores';
import { studentWarnings, unitNameFrom } from './sheet-notes';
import { describeLine, lineSet, tableOf, type Table } from './table';
import type { FoundLesson, FoundMark, FoundStudent, LeftOut, Structure } from './types';
import { cellText, linkIn, numberIn, saysLesson, saysName } from './words';

export interface ReadSettings {
  readonly locale: string;
  readonly sheetName?: string;
  readonly force?: Structure;
}

function lessonFrom(
  table: Table,
  column: LessonColumn,
  rows: ReturnType<typeof rowRoles>,
  locale: string,
): FoundLesson {
  // Gradebook exports add the assignment's own ID: "Quiz 1 (12345)".
  let title = column.title.trim().replace(/\s*\(\d{5,}\)$/, '') || column.title.trim();
  const at = (row: number | undefined): string =>
    row === undefined ? '' : cellText(table.at(row, column.column));
  const link = linkIn(title) ?? linkIn(at(rows.linkRow));
  if (link && title.includes(link)) title = title.replace(link, '').trim() || title;
  const inTitle = findStandardCode(title);
  const code = inTitle?.code ?? findStandardCode(at(rows.codeRow))?.code;
  if (inTitle?.rest && /\p{L}{2}/u.test(inTitle.rest)) title = inTitle.rest;
  const due =
    rows.dueRow === undefined
      ? undefined
      : readDate(table.at(rows.dueRow, column.column), locale)?.date;
  const points =
    rows.pointsRow === undefined ? undefined : numberIn(table.at(rows.pointsRow, column.column));
  return {
    line: table.columnLine(column.column),
    title: title || 'Untitled',
    ...(code ? { code } : {}),
    ...(link ? { link } : {}),
    ...(due ? { due } : {}),
    ...(points !== undefined && points > 0 ? { maxScore: points } : {}),
  };
}

export function readWide(
  grid: Grid,
  transposed: boolean,
  settings: ReadSettings,
): Candidate | Failure {
  const orientation = transposed ? 'students-as-columns' : 'students-as-rows';
  const table = tableOf(grid, transposed);
  const force = settings.force;
  const header = findHeader(table, force?.titleLines);
  if (!header) return { orientation, why: 'The sheet is empty.' };
  const dataStart = Math.max(header.main, header.sub ?? -1) + 1;
  const leftOutByTeacher = lineSet(force?.leaveOut);
  const kept = lineSet(force?.keep);
  const names = findNameColumns(table, header.top, dataStart, {
    ...(force?.nameLines ? { forced: force.nameLines } : {}),
    useTitles: !transposed,
  });
  if (!names) {
    return {
      orientation,
      why: transposed
        ? 'No row holds what look like student names.'
        : 'No column holds what look like student names.',
    };
  }
  const roles = columnRoles(table, header, dataStart, names.columns, (c) =>
    kept(table.columnLine(c)),
  );
  let lessonColumns = roles.lessons.filter((l) => !leftOutByTeacher(table.columnLine(l.column)));
  const rowInputs = {
    table,
    header,
    nameColumns: names.columns,
    lessonColumns: lessonColumns.map((l) => l.column),
    locale: settings.locale,
    leaveOut: (r: number) => leftOutByTeacher(table.rowLine(r)),
    keep: (r: number) => kept(table.rowLine(r)),
  };
  let rows = rowRoles(rowInputs);

  // An untitled column with nothing in the students' rows is a spacer (a distribution table may sit
  // below it, beside the roster).
  const spacers = lessonColumns.filter(
    (l) => l.title === 'Untitled' && rows.students.every((r) => isBlank(table.at(r, l.column))),
  );
  if (spacers.length > 0) {
    lessonColumns = lessonColumns.filter((l) => !spacers.includes(l));
    rows = rowRoles({ ...rowInputs, lessonColumns: lessonColumns.map((l) => l.column) });
  }
  const lessons = lessonColumns.map((c) => lessonFrom(table, c, rows, settings.locale));
  const students: FoundStudent[] = rows.students.map((r) => {
    const parsed = nameFromCells(
      names.columns.map((c) => cellText(table.at(r, c))),
      names.familyFirst,
    );
    const email =
      roles.email === undefined ? parsed.email : cellText(table.at(r, roles.email)) || parsed.email;
    const studentId =
      roles.studentId === undefined
        ? parsed.studentId
        : cellText(table.at(r, roles.studentId)) || parsed.studentId;
    const nickname = roles.nickname === undefined ? '' : cellText(table.at(r, roles.nickname));
    return {
      ...parsed,
      line: table.rowLine(r),
      ...(email ? { email } : {}),
      ...(studentId ? { studentId } : {}),
      ...(nickname ? { nickname } : {}),
    };
  });

  // The sheet's scale, then every mark read against it.
  const texts = new Set<string>();
  const numbers: number[] = [];
  const columnNumbers: number[][] = lessonColumns.map(() => []);
  // Each distinct text is read once: a sheet's marks are a few values repeated.
  const textRead = new Map<string, { number: number | undefined; words: string }>();
  for (const r of rows.students) {
    lessonColumns.forEach((l, i) => {
      const cell = table.at(r, l.column);
      let number: number | undefined;
      let words = '';
      if (typeof cell === 'string') {
        let known = textRead.get(cell);
        if (!known) {
          const n = numberIn(cell);
          known = { number: n, words: n === undefined && cell.trim() ? markWords(cell) : '' };
          textRead.set(cell, known);
        }
        ({ number, words } = known);
      } else number = numberIn(cell);
      if (number !== undefined) {
        numbers.push(number);
        columnNumbers[i]?.push(number);
      } else if (words) texts.add(words);
    });
  }
  const hasMax =
    rows.pointsRow !== undefined ||
    lessonColumns.some((l) => l.members.some((m) => m.role === 'max'));
  const scale: MarkScale = markScale(texts, numbers, hasMax);
  const headingOf = (l: LessonColumn): string =>
    (header.sub !== undefined ? header.subTitles[l.column] : header.top[l.column]) ?? '';
  const percentColumns =
    lessonColumns.length > 0 && lessonColumns.every((l) => /mastery|%|percent/i.test(headingOf(l)));
  const guessing = !hasMax && scale !== 'levels' && !percentColumns;
  const guesses: Guess[] = columnNumbers.map((scores) =>
    guessing ? guessMax(scores) : { max: 100 },
  );
  const doubts: string[] = [];
  const kinds = new Map<string, MarkKind>();
  const note = guessNote(guesses);
  if (note) doubts.push(note);

  // Most cells repeat a few values (TRUE, X, 3+), so each value is read once per maximum and the
  // same mark shared: a 2,000 x 100 sheet makes a handful of marks, not 200,000.
  const context = { scale, locale: settings.locale };
  const read = (cell: Cell, max: number, on: IsoDate | undefined): FoundMark | null => {
    const found = readMark(cell, { ...context, max });
    if (!found) return null;
    if (!kinds.has(found.key))
      kinds.set(found.key, { label: found.label, meaning: found.meaning, why: found.why });
    const day = found.on ?? on;
    return {
      key: found.key,
      written: found.written,
      ...(found.percent !== undefined ? { percent: found.percent } : {}),
      ...(day ? { on: day } : {}),
    };
  };
  // One cache per lesson column and maximum, keyed by the cell's own value (a date by its day).
  const caches = new Map<number, Map<number, Map<unknown, FoundMark | null>>>();
  const markFor = (
    column: number,
    cell: Cell,
    max: number,
    on: IsoDate | undefined,
  ): FoundMark | null => {
    if (on !== undefined) return read(cell, max, on);
    let byMax = caches.get(column);
    if (!byMax) caches.set(column, (byMax = new Map()));
    let cache = byMax.get(max);
    if (!cache) byMax.set(max, (cache = new Map()));
    const key = typeof cell === 'object' ? `date:${cell.date}` : cell;
    let mark = cache.get(key);
    if (mark === undefined) cache.set(key, (mark = read(cell, max, undefined)));
    return mark;
  };
  const memberOf = lessonColumns.map((l) => ({
    max: l.members.find((m) => m.role === 'max')?.column,
    date: l.members.find((m) => m.role === 'date')?.column,
  }));
  const marks: (FoundMark | null)[][] = rows.students.map((r) =>
    lessonColumns.map((l, i) => {
      const members = memberOf[i] as { max?: number; date?: number };
      const cellMax = members.max === undefined ? undefined : numberIn(table.at(r, members.max));
      const max =
        lessons[i]?.maxScore ??
        (cellMax !== undefined && cellMax > 0 ? cellMax : (guesses[i]?.max ?? 100));
      const on =
        members.date === undefined
          ? undefined
          : readDate(table.at(r, members.date), settings.locale)?.date;
      return markFor(l.column, table.at(r, l.column), max, on);
    }),
  );
  const score = kinds.get('score');
  if (score) {
    const maxima = hasMax
      ? lessons.map((l) => l.maxScore)
      : guesses.filter((_, i) => (columnNumbers[i]?.length ?? 0) > 0).map((g) => g.max);
    kinds.set('score', { ...score, label: scoreLabel(maxima, guessing, percentColumns) });
  }

  // How well this reading fits, and what a teacher should hear about it.
  const corner = cellText(table.at(header.main, 0));
  const fit = wideFit({
    nameQuality: names.quality,
    names: students.map((s) => s.written),
    titles: lessons.map((l) => l.title),
    known: knownShare(marks, kinds),
    nameColumn: names.columns[0] ?? 0,
    lessonColumns: lessonColumns.map((l) => l.column),
    cornerSaysLessons: transposed && saysLesson(corner),
    cornerSaysNames: transposed && saysName(corner),
    transposed,
  });
  const titleLines = [header.main, header.sub]
    .filter((r): r is number => r !== undefined)
    .map((r) => table.rowLine(r));
  const nameLines = names.columns.map((c) => table.columnLine(c));
  const where = (lines: typeof titleLines): string =>
    lines.map((l) => describeLine(l).replace(/^./, (c) => c.toLowerCase())).join(' and ');
  const found = [
    `${students.length} student${students.length === 1 ? '' : 's'} found in ${where(nameLines)}, ${lessons.length} lesson${lessons.length === 1 ? '' : 's'} in ${where(titleLines)}.`,
  ];
  const problems: string[] = [];
  if (students.length === 0) problems.push('No student rows were found under the header.');
  if (lessons.length === 0) doubts.push('No lessons were found: only a roster.');
  if (students.length === 1) doubts.push('Only one student was found.');
  if (names.quality < 0.6) doubts.push('Some cells in the names column do not look like names.');
  const nameHeader = names.columns.map((c) => header.top[c] ?? '').join(' ');
  if (!transposed && !saysName(nameHeader) && names.quality < 0.8)
    doubts.push('The names column has no header saying it holds names.');
  if (scale === 'levels')
    doubts.push('Marks are read on a 1-4 scale: 3 and above meet the standard (mastered).');

  const leftOut: LeftOut[] = [
    ...rows.leftOut.map((l) => ({
      line: table.rowLine(l.row),
      ...(l.through !== undefined ? { through: l.through } : {}),
      reason: l.reason,
      detail: l.detail,
    })),
    ...roles.leftOut.map((l) => ({
      line: table.columnLine(l.column),
      reason: l.reason,
      detail: l.detail,
    })),
    ...spacers.map((l) => ({
      line: table.columnLine(l.column),
      reason: 'blank' as const,
      detail: 'has no title and nothing in the students’ rows',
    })),
    ...roles.lessons
      .filter((l) => leftOutByTeacher(table.columnLine(l.column)))
      .map((l) => ({
        line: table.columnLine(l.column),
        reason: 'teacher' as const,
        detail: 'was left out by the teacher',
      })),
  ];
  const aboveText = rows.leftOut
    .filter((l) => l.reason === 'above-table')
    .map((l) => cellText(firstCell(table, l.row)));
  const unitName = unitNameFrom(aboveText, settings.sheetName);
  return {
    orientation,
    titleLines,
    nameLines,
    students,
    lessons,
    marks,
    leftOut,
    ...(unitName ? { unitName } : {}),
    kinds,
    fit,
    found,
    doubts,
    problems,
    warnings: [...studentWarnings(students), ...lessonWarnings(lessons)],
  };
}

function firstCell(table: Table, row: number): string {
  for (let c = 0; c < table.columns; c++) {
    const text = cellText(table.at(row, c));
    if (text) return text;
  }
  return '';
}

function lessonWarnings(lessons: readonly FoundLesson[]): string[] {
  const warnings: string[] = [];
  const seen = new Map<string, number>();
  for (const lesson of lessons) {
    const key = lesson.title.toLowerCase();
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  for (const [title, count] of seen) {
    if (count > 1) {
      const written = lessons.find((l) => l.title.toLowerCase() === title)?.title ?? title;
      warnings.push(
        `${count} lessons are called “${written}”; rename one in Setup if they differ.`,
      );
    }
  }
  for (const lesson of lessons) {
    if (/^[=+\-@]/.test(lesson.title)) {
      warnings.push(
        `The lesson title “${lesson.title.slice(0, 40)}” starts like a formula; it will be written as plain text.`,
      );
    }
  }
  return warnings;
}
