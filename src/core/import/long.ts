/**
 * Reads a long format: one row per student and lesson (an i-Ready "lessons by student" export) or
 * per attempt (a mastery-grading log of S/I/N/E events). The roster is the distinct students, the
 * lessons the distinct lesson names, and each student's best result per lesson is carried over.
 */

import type { Grid } from '../grid';
import type { Candidate, Failure, MarkKind } from './candidate';
import { findStandardCode } from './codes';
import { isMonthDayNumber, readDate } from './dates';
import { findHeader, type Header } from './header';
import { markScale, markWords, readMark, type ReadMark } from './marks';
import { knownShare } from './fit';
import { findNameColumns } from './names';
import { nameFromCells } from './roster';
import { studentWarnings, unitNameFrom } from './sheet-notes';
import { columnLetter, tableOf, type Table } from './table';
import type { FoundLesson, FoundMark, FoundStudent, LeftOut, LongColumns } from './types';
import type { ReadSettings } from './wide';
import {
  cellText,
  normalise,
  saysDate,
  saysEmail,
  saysLesson,
  saysLongMark,
  saysNickname,
  saysScore,
  saysStudentDetail,
  saysStudentId,
} from './words';

function lessonColumnScore(
  title: string,
  table: Table,
  column: number,
  from: number,
  isCode: (text: string) => boolean,
): number {
  const h = normalise(title);
  if (!h) return 0;
  let score = saysLesson(title) ? 1 : 0;
  if (/\b(name|title)\b/.test(h) && score > 0) score += 1;
  if (/\b(assid|ass id|lesson|assignment|standard|skill|target|task)$/.test(h)) score += 0.5;
  if (
    /\b(id|grade|level|language|objective|date|teacher|assigned|domain|time|score|status)\b/.test(h)
  )
    score -= 1.5;
  let codes = 0;
  let filled = 0;
  for (let r = from; r < Math.min(table.rows, from + 100); r++) {
    const text = cellText(table.at(r, column));
    if (!text) continue;
    filled++;
    if (isCode(text)) codes++;
  }
  if (filled > 0 && codes >= filled * 0.6) score += 1;
  return score;
}

/** Picks the best column by a score; ties keep the leftmost. */
function bestColumn(
  table: Table,
  score: (column: number) => number,
  minimum: number,
): number | undefined {
  let best: number | undefined;
  let bestScore = minimum;
  for (let c = 0; c < table.columns; c++) {
    const s = score(c);
    if (s > bestScore) [best, bestScore] = [c, s];
  }
  return best;
}

function findLongColumns(table: Table, header: Header, from: number): Partial<LongColumns> {
  const titleOf = (c: number): string => header.top[c] ?? '';
  // Each distinct text is looked at once: the columns of a long format repeat their values.
  const codes = new Map<string, boolean>();
  const isCode = (text: string): boolean => {
    let code = codes.get(text);
    if (code === undefined) {
      code = findStandardCode(text) !== undefined;
      codes.set(text, code);
    }
    return code;
  };
  const lesson = bestColumn(
    table,
    (c) => lessonColumnScore(titleOf(c), table, c, from, isCode),
    0.9,
  );
  const mark = bestColumn(
    table,
    (c) => {
      const t = titleOf(c);
      if (c === lesson || !saysLongMark(t) || saysStudentDetail(t) || saysLesson(t) || saysScore(t))
        return 0;
      return /pass/i.test(t) ? 3 : /grade|mastery/i.test(t) ? 2 : 1;
    },
    0,
  );
  const score = bestColumn(
    table,
    (c) => {
      const t = titleOf(c);
      if (c === lesson || c === mark || !saysScore(t) || /time|min/i.test(t)) return 0;
      return /^score$/i.test(t.trim()) ? 2 : 1;
    },
    0,
  );
  const date = bestColumn(
    table,
    (c) => {
      const t = titleOf(c);
      if (c === lesson || c === mark || c === score || !saysDate(t) || saysStudentDetail(t))
        return 0;
      return /complet/i.test(t) ? 3 : /^date$/i.test(t.trim()) ? 2 : 1;
    },
    0,
  );
  return {
    ...(lesson !== undefined ? { lesson } : {}),
    ...(mark !== undefined ? { mark } : {}),
    ...(score !== undefined ? { score } : {}),
    ...(date !== undefined ? { date } : {}),
  };
}

const RANK: Record<string, number> = {
  'tested-out': 5,
  mastered: 4,
  done: 3,
  attempt: 2,
  unknown: 1,
  'not-started': 0,
};

/** Is `next` a better result than `current` for one student and lesson? */
function better(
  next: ReadMark & { on?: string },
  current: ReadMark & { on?: string },
  kinds: Map<string, MarkKind>,
): boolean {
  const a = RANK[kinds.get(next.key)?.meaning ?? 'unknown'] ?? 0;
  const b = RANK[kinds.get(current.key)?.meaning ?? 'unknown'] ?? 0;
  if (a !== b) return a > b;
  if ((next.percent ?? 0) !== (current.percent ?? 0))
    return (next.percent ?? 0) > (current.percent ?? 0);
  // Same result: keep the first day it was shown.
  return !!next.on && (!current.on || next.on < current.on);
}

/** "F1a", "F2a1", "L2b" are versions of the targets F1, F2, L2. */
const VERSIONED = /^([A-Za-z]{1,3}\d{1,2})[a-z]\d?$/;

export function readLong(grid: Grid, settings: ReadSettings): Candidate | Failure {
  const orientation = 'long';
  const table = tableOf(grid, false);
  const header = findHeader(table, settings.force?.titleLines);
  if (!header) return { orientation, why: 'The sheet is empty.' };
  const from = Math.max(header.main, header.sub ?? -1) + 1;
  const found = findLongColumns(table, header, from);
  const columns = { ...found, ...settings.force?.longColumns };
  if (columns.lesson === undefined)
    return { orientation, why: 'No column is headed as lessons, assignments or standards.' };
  if (columns.mark === undefined && columns.score === undefined && columns.date === undefined) {
    return { orientation, why: 'No column holds a result, score or completion date per lesson.' };
  }
  const names = findNameColumns(table, header.top, from, {
    ...(settings.force?.nameLines ? { forced: settings.force.nameLines } : {}),
    useTitles: true,
    repeatsAllowed: true,
  });
  if (!names || names.columns.includes(columns.lesson))
    return { orientation, why: 'No column holds student names beside the lessons.' };
  const lessonColumn = columns.lesson;
  const titleOf = (c: number): string => header.top[c] ?? '';
  const idColumn = bestColumn(
    table,
    (c) => (saysStudentId(titleOf(c)) && !names.columns.includes(c) ? 1 : 0),
    0,
  );
  const emailColumn = bestColumn(table, (c) => (saysEmail(titleOf(c)) ? 1 : 0), 0);
  const nickColumn = bestColumn(table, (c) => (saysNickname(titleOf(c)) ? 1 : 0), 0);

  // The scale of the mark column, and whether lesson names carry versions.
  const texts = new Set<string>();
  const lessonTexts: string[] = [];
  for (let r = from; r < table.rows; r++) {
    if (columns.mark !== undefined) {
      const cell = table.at(r, columns.mark);
      if (typeof cell === 'string' && cell.trim()) texts.add(markWords(cell));
    }
    const lessonText = cellText(table.at(r, lessonColumn));
    if (lessonText) lessonTexts.push(lessonText);
  }
  const scale = markScale(texts, [], false);
  const versioned = lessonTexts.filter((t) => VERSIONED.test(t)).length >= lessonTexts.length * 0.6;

  const students: FoundStudent[] = [];
  const studentIndex = new Map<string, number>();
  const lessons: FoundLesson[] = [];
  const lessonIndex = new Map<string, number>();
  const best = new Map<string, ReadMark & { on?: string }>();
  const kinds = new Map<string, MarkKind>();
  const leftOut: LeftOut[] = [];
  let yearless = false;
  let events = 0;

  for (let r = from; r < table.rows; r++) {
    const parts = names.columns.map((c) => cellText(table.at(r, c)));
    const lessonText = cellText(table.at(r, lessonColumn));
    if (parts.every((p) => !p) && !lessonText) continue;
    if (settings.force?.leaveOut?.some((l) => l.axis === 'row' && l.index === r)) {
      leftOut.push({
        line: { axis: 'row', index: r },
        reason: 'teacher',
        detail: 'was left out by the teacher',
      });
      continue;
    }
    if (parts.every((p) => !p) || !lessonText) {
      leftOut.push({
        line: { axis: 'row', index: r },
        reason: 'not-a-student',
        detail: parts.every((p) => !p) ? 'has no student name' : 'has no lesson',
      });
      continue;
    }
    const parsed = nameFromCells(parts, names.familyFirst);
    const id = idColumn === undefined ? '' : cellText(table.at(r, idColumn));
    const studentKey = `${parsed.name.toLowerCase()}|${id}`;
    let s = studentIndex.get(studentKey);
    if (s === undefined) {
      s = students.length;
      studentIndex.set(studentKey, s);
      const email =
        emailColumn === undefined
          ? parsed.email
          : cellText(table.at(r, emailColumn)) || parsed.email;
      const nickname = nickColumn === undefined ? '' : cellText(table.at(r, nickColumn));
      students.push({
        ...parsed,
        line: { axis: 'row', index: r },
        ...(email ? { email } : {}),
        ...(id || parsed.studentId ? { studentId: id || (parsed.studentId as string) } : {}),
        ...(nickname ? { nickname } : {}),
      });
    }
    const title = versioned ? (VERSIONED.exec(lessonText)?.[1] ?? lessonText) : lessonText;
    const lessonKey = title.toLowerCase();
    let l = lessonIndex.get(lessonKey);
    if (l === undefined) {
      l = lessons.length;
      lessonIndex.set(lessonKey, l);
      const code = findStandardCode(title);
      lessons.push({
        line: { axis: 'row', index: r },
        title,
        ...(code ? { code: code.code } : {}),
      });
    }

    // The result: the mark, with the score as its percent; or the score alone; or a completion date.
    const markCell = columns.mark === undefined ? undefined : table.at(r, columns.mark);
    const scoreCell = columns.score === undefined ? undefined : table.at(r, columns.score);
    const dateCell = columns.date === undefined ? undefined : table.at(r, columns.date);
    const readScore = readMark(
      typeof scoreCell === 'string' ? scoreCell.trim() || undefined : scoreCell,
      { scale: 'plain', max: 100 },
    );
    let read = readMark(markCell, { scale, locale: settings.locale });
    if (
      read &&
      readScore?.percent !== undefined &&
      (read.meaning === 'attempt' || read.meaning === 'mastered')
    ) {
      read = { ...read, percent: readScore.percent };
    }
    read ??= readScore;
    const date = readDate(dateCell, settings.locale);
    if (!date && isMonthDayNumber(dateCell)) yearless = true;
    if (date?.yearless) yearless = true;
    if (!read && date?.date)
      read = {
        key: 'date',
        label: 'a date',
        meaning: 'done',
        why: 'completed on that day',
        written: date.date,
      };
    if (!read) continue;
    events++;
    if (!kinds.has(read.key))
      kinds.set(read.key, { label: read.label, meaning: read.meaning, why: read.why });
    const event = { ...read, ...(date?.date ? { on: date.date } : {}) };
    const cellKey = `${s}:${l}`;
    const current = best.get(cellKey);
    if (!current || better(event, current, kinds)) best.set(cellKey, event);
  }

  const firstTitles = lessons.map((lesson) => lesson.title.toLowerCase());
  if (versioned) sortNaturally(lessons);
  const order = new Map(lessons.map((lesson, i) => [lesson.title.toLowerCase(), i]));
  const marks: (FoundMark | null)[][] = students.map(() => lessons.map(() => null));
  for (const [key, event] of best) {
    const [s, l] = key.split(':').map(Number) as [number, number];
    const column = order.get(firstTitles[l] ?? '') ?? l;
    const row = marks[s];
    if (row)
      row[column] = {
        key: event.key,
        written: event.written,
        ...(event.percent !== undefined ? { percent: event.percent } : {}),
        ...(event.on ? { on: event.on } : {}),
      };
  }

  for (let r = 0; r < header.main; r++) {
    const text = cellText(table.at(r, 0)) || cellText(table.at(r, 1));
    if (text)
      leftOut.push({
        line: { axis: 'row', index: r },
        reason: 'above-table',
        detail: `is above the table: “${text.slice(0, 50)}”`,
      });
  }
  leftOut.push({
    line: { axis: 'row', index: header.main },
    reason: 'header',
    detail: 'holds the column titles (the header)',
  });
  const used = new Set([
    ...names.columns,
    lessonColumn,
    columns.mark,
    columns.score,
    columns.date,
    idColumn,
    emailColumn,
    nickColumn,
  ]);
  for (let c = 0; c < table.columns; c++) {
    if (used.has(c)) continue;
    const title = titleOf(c);
    leftOut.push({
      line: { axis: 'column', index: c },
      reason: saysStudentDetail(title) ? 'student-details' : 'not-a-lesson',
      detail: `is not used${title ? ` (“${title.slice(0, 50)}”)` : ''}`,
    });
  }

  const longColumns: LongColumns = {
    lesson: lessonColumn,
    ...(columns.mark !== undefined ? { mark: columns.mark } : {}),
    ...(columns.score !== undefined ? { score: columns.score } : {}),
    ...(columns.date !== undefined ? { date: columns.date } : {}),
  };
  const describe = (c: number | undefined): string =>
    c === undefined ? '' : `${columnLetter(c)} (“${titleOf(c)}”)`;
  const doubts: string[] = [];
  const warnings = studentWarnings(students);
  if (yearless)
    doubts.push(
      `Dates in column ${describe(columns.date)} have no year, so the days are not carried over.`,
    );
  if (versioned)
    warnings.push(
      `Versions of a target (such as ${lessonTexts[0]}) are read as one lesson (${VERSIONED.exec(lessonTexts[0] ?? '')?.[1] ?? ''}).`,
    );
  if (events === 0)
    return {
      orientation,
      why: 'No row holds a result we can read (a mark, a score or a dated completion).',
    };
  const repeated = events > students.length;
  // Explicit headers ("Lesson Name" beside "Passed or Not Passed") are a long format's signature.
  const explicit =
    lessonColumnScore(
      titleOf(lessonColumn),
      table,
      lessonColumn,
      from,
      (text) => findStandardCode(text) !== undefined,
    ) >= 1.5 && columns.mark !== undefined;
  const unitName = unitNameFrom([], settings.sheetName);
  return {
    orientation,
    titleLines: [{ axis: 'row', index: header.main }],
    nameLines: names.columns.map((c) => ({ axis: 'column' as const, index: c })),
    students,
    lessons,
    marks,
    leftOut,
    longColumns,
    ...(unitName ? { unitName } : {}),
    kinds,
    fit:
      names.quality * 2 +
      (knownShare(marks, kinds) * 2 - 1) +
      1.5 +
      (repeated ? 0.5 : 0) +
      (explicit ? 1 : 0),
    found: [
      `One row per student and lesson: ${students.length} students in ${names.columns.map((c) => describe(c)).join(' and ')}, ${lessons.length} lessons in ${describe(lessonColumn)}, results in ${[
        columns.mark,
        columns.score,
        columns.date,
      ]
        .filter((c) => c !== undefined)
        .map(describe)
        .join(', ')}.`,
    ],
    doubts,
    problems: students.length === 0 ? ['No rows hold both a student and a lesson.'] : [],
    warnings,
  };
}

function sortNaturally(lessons: FoundLesson[]): void {
  const key = (title: string): [string, number] => {
    const match = /^([A-Za-z]+)(\d+)/.exec(title);
    return match ? [match[1] as string, Number(match[2])] : [title, 0];
  };
  lessons.sort((a, b) => {
    const [pa, na] = key(a.title);
    const [pb, nb] = key(b.title);
    return pa === pb ? na - nb : pa < pb ? -1 : 1;
  });
}
