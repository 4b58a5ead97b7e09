/**
 * Reads a list of lessons or standards (a standards CSV, a lessons tab): one row per lesson with
 * its code and title or description, and optionally a due date and a link. Also matches such a list
 * against a tracker's lessons, by standard code (8.2C matches "8.2C (2012)", 5.NF.3 matches
 * 5.NF.B.3) or by title, to bring in due dates, links and titles.
 */

import { isBlank, type Grid } from '../grid';
import type { Candidate, Failure } from './candidate';
import { findStandardCode, lessonKey } from './codes';
import { readDate } from './dates';
import { findHeader } from './header';
import { findNameColumns } from './names';
import { columnLetter, tableOf, type Table } from './table';
import type { FoundLesson, LeftOut } from './types';
import type { ReadSettings } from './wide';
import {
  cellText,
  labelsDue,
  labelsLink,
  linkIn,
  normalise,
  saysDate,
  saysDescription,
  saysTitle,
} from './words';

const SAMPLE = 200;

interface ColumnFacts {
  readonly filled: number;
  readonly codes: number;
  readonly links: number;
  readonly dates: number;
  readonly distinct: number;
  readonly averageLength: number;
}

/** What a text cell is (a code, a link, a date), each distinct text read once per sheet. */
type TextFacts = readonly [code: boolean, link: boolean, date: boolean];

function factsOf(
  table: Table,
  column: number,
  from: number,
  locale: string,
  known: Map<string, TextFacts>,
): ColumnFacts {
  let filled = 0;
  let codes = 0;
  let links = 0;
  let dates = 0;
  let length = 0;
  const seen = new Set<string>();
  for (let r = from; r < Math.min(table.rows, from + SAMPLE); r++) {
    const cell = table.at(r, column);
    if (isBlank(cell)) continue;
    const text = cellText(cell);
    filled++;
    seen.add(text);
    length += (text.split('\n')[0] as string).length;
    let facts = typeof cell === 'string' ? known.get(cell) : undefined;
    if (!facts) {
      facts = [
        findStandardCode(text)?.rest === '',
        linkIn(text) === text,
        readDate(cell, locale) !== undefined,
      ];
      if (typeof cell === 'string') known.set(cell, facts);
    }
    if (facts[0]) codes++;
    if (facts[1]) links++;
    if (facts[2]) dates++;
  }
  return {
    filled,
    codes,
    links,
    dates,
    distinct: seen.size,
    averageLength: filled ? length / filled : 0,
  };
}

/** Prefers columns headed "code" or "standard code" over others full of codes (legacy_code, official_id). */
function codeHeaderRank(title: string): number {
  const t = normalise(title).replace(/[\s_-]+/g, ' ');
  if (/^(code|standard code|standard|standards|ccss|teks)$/.test(t)) return 2;
  return /\bcode\b/.test(t) ? 1 : 0;
}

export function readLessonsList(grid: Grid, settings: ReadSettings): Candidate | Failure {
  const orientation = 'lessons-list';
  const table = tableOf(grid, false);
  const header = findHeader(table, settings.force?.titleLines);
  if (!header) return { orientation, why: 'The sheet is empty.' };
  const from = Math.max(header.main, header.sub ?? -1) + 1;
  const titleOf = (c: number): string => header.top[c] ?? '';
  const known = new Map<string, TextFacts>();
  const facts = Array.from({ length: table.columns }, (_, c) =>
    factsOf(table, c, from, settings.locale, known),
  );

  let code: number | undefined;
  for (let c = 0; c < table.columns; c++) {
    const f = facts[c] as ColumnFacts;
    if (f.filled === 0 || f.codes < f.filled * 0.6) continue;
    if (code === undefined || codeHeaderRank(titleOf(c)) > codeHeaderRank(titleOf(code))) code = c;
  }
  const textColumn = (c: number): boolean => {
    const f = facts[c] as ColumnFacts;
    return (
      c !== code &&
      f.filled > 0 &&
      f.codes < f.filled * 0.5 &&
      f.links < f.filled * 0.5 &&
      f.dates < f.filled * 0.5
    );
  };
  let title: number | undefined;
  let titleByHeader = false;
  for (let c = 0; c < table.columns && title === undefined; c++) {
    if (textColumn(c) && saysTitle(titleOf(c)) && !saysDescription(titleOf(c)))
      [title, titleByHeader] = [c, true];
  }
  let description: number | undefined;
  for (let c = 0; c < table.columns && description === undefined; c++) {
    if (textColumn(c) && c !== title && saysDescription(titleOf(c))) description = c;
  }
  if (title === undefined && description === undefined) {
    // No header says which: the first column of distinct, title-length text.
    for (let c = 0; c < table.columns && title === undefined; c++) {
      const f = facts[c] as ColumnFacts;
      if (
        textColumn(c) &&
        f.distinct >= f.filled * 0.8 &&
        f.filled >= 2 &&
        f.averageLength >= 4 &&
        f.averageLength <= 120
      )
        title = c;
    }
  }
  if (code === undefined && title === undefined && description === undefined) {
    return { orientation, why: 'No column holds lesson titles or standard codes.' };
  }
  const due = [...Array(table.columns).keys()].find(
    (c) => (labelsDue(titleOf(c)) || saysDate(titleOf(c))) && (facts[c] as ColumnFacts).dates > 0,
  );
  const link = [...Array(table.columns).keys()].find(
    (c) =>
      c !== code &&
      ((labelsLink(titleOf(c)) && (facts[c] as ColumnFacts).filled > 0) ||
        ((facts[c] as ColumnFacts).links >= (facts[c] as ColumnFacts).filled * 0.6 &&
          (facts[c] as ColumnFacts).filled > 0)),
  );

  const lessons: FoundLesson[] = [];
  const leftOut: LeftOut[] = [];
  let yearless = false;
  for (let r = 0; r < header.main; r++) {
    const text = cellText(table.at(r, 0));
    if (text)
      leftOut.push({
        line: { axis: 'row', index: r },
        reason: 'above-table',
        detail: `is above the list: “${text.slice(0, 50)}”`,
      });
  }
  leftOut.push({
    line: { axis: 'row', index: header.main },
    reason: 'header',
    detail: 'holds the column titles (the header)',
  });
  for (let r = from; r < table.rows; r++) {
    if (settings.force?.leaveOut?.some((l) => l.axis === 'row' && l.index === r)) {
      leftOut.push({
        line: { axis: 'row', index: r },
        reason: 'teacher',
        detail: 'was left out by the teacher',
      });
      continue;
    }
    const codeText = code === undefined ? '' : cellText(table.at(r, code));
    const titleText =
      title === undefined ? '' : (cellText(table.at(r, title)).split('\n')[0] as string).trim();
    const descriptionText = description === undefined ? '' : cellText(table.at(r, description));
    if (!codeText && !titleText && !descriptionText) continue;
    const found = findStandardCode(codeText || titleText);
    const dueRead = due === undefined ? undefined : readDate(table.at(r, due), settings.locale);
    if (dueRead?.yearless) yearless = true;
    const linkText = link === undefined ? undefined : linkIn(cellText(table.at(r, link)));
    lessons.push({
      line: { axis: 'row', index: r },
      title: titleText || descriptionText || codeText,
      ...(found ? { code: found.code } : {}),
      ...(linkText ? { link: linkText } : {}),
      ...(dueRead?.date ? { due: dueRead.date } : {}),
    });
  }
  const used = new Set([code, title, description, due, link]);
  for (let c = 0; c < table.columns; c++) {
    if (!used.has(c))
      leftOut.push({
        line: { axis: 'column', index: c },
        reason: 'not-a-lesson',
        detail: `is not used${titleOf(c) ? ` (“${titleOf(c).slice(0, 50)}”)` : ''}`,
      });
  }

  const describe = (c: number | undefined): string =>
    c === undefined ? 'none' : `column ${columnLetter(c)} (“${titleOf(c)}”)`;
  const names = findNameColumns(table, header.top, from, { useTitles: true });
  const doubts: string[] = [];
  const problems: string[] = [];
  if (code === undefined && !titleByHeader)
    problems.push(
      `No column is headed as lessons and none holds standard codes; titles were taken from ${describe(title ?? description)}.`,
    );
  if (yearless)
    doubts.push(`Dates in ${describe(due)} have no year, so they are not used as due dates.`);
  if (lessons.length === 0) problems.push('The list has no lessons under its header.');
  const fit =
    (code !== undefined ? 1.5 : 0) +
    (titleByHeader || description !== undefined ? 1 : 0.3) +
    (lessons.length >= 2 ? 0.5 : 0) -
    (names ? names.quality * 2 : 0);
  return {
    orientation,
    titleLines: [{ axis: 'row', index: header.main }],
    nameLines: [],
    students: [],
    lessons,
    marks: [],
    leftOut,
    kinds: new Map(),
    fit,
    found: [
      `A list of ${lessons.length} lessons: codes in ${describe(code)}, titles in ${describe(title ?? description)}${due !== undefined ? `, due dates in ${describe(due)}` : ''}.`,
    ],
    doubts,
    problems,
    warnings: [],
  };
}

/**
 * Brings a lessons tab's due dates, links and titles into a tracker's lessons, matching by code or
 * title. A tracker lesson titled only by its code takes the tab's title.
 */
export function withLessonsTab(
  lessons: readonly FoundLesson[],
  tab: readonly FoundLesson[],
): { lessons: FoundLesson[]; matched: number } {
  const byKey = new Map<string, FoundLesson>();
  for (const entry of tab) {
    if (entry.code) byKey.set(lessonKey(entry.code), entry);
    byKey.set(lessonKey(entry.title), entry);
  }
  let matched = 0;
  const merged = lessons.map((lesson) => {
    const entry =
      (lesson.code ? byKey.get(lessonKey(lesson.code)) : undefined) ??
      byKey.get(lessonKey(lesson.title));
    if (!entry) return lesson;
    matched++;
    const titleIsCode = !!lesson.code && findStandardCode(lesson.title)?.rest === '';
    return {
      ...lesson,
      ...(titleIsCode && entry.title !== entry.code ? { title: entry.title } : {}),
      ...(!lesson.code && entry.code ? { code: entry.code } : {}),
      ...(!lesson.due && entry.due ? { due: entry.due } : {}),
      ...(!lesson.link && entry.link ? { link: entry.link } : {}),
    };
  });
  return { lessons: merged, matched };
}
