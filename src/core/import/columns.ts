/**
 * What each column beside the names is: a student detail (ID, e-mail, nickname, section, birthday),
 * a summary ("Total", "% Done"), a blank spacer, free-text comments, or a lesson, possibly with a
 * column group around it (score / Points / Feedback in MS Teams exports, Correct / Tested / Mastery
 * under one standard in benchmark exports).
 */

import { isBlank } from '../grid';
import type { Header } from './header';
import type { LeftOutReason } from './types';
import type { Table } from './table';
import {
  cellText,
  saysCompanion,
  saysDate,
  saysEmail,
  saysLesson,
  saysMark,
  saysMaxPoints,
  saysNickname,
  saysRowNumber,
  saysStudentDetail,
  saysStudentId,
  saysSummary,
} from './words';

export type MemberRole = 'max' | 'correct' | 'tested' | 'date' | 'other';

export interface LessonColumn {
  /** The column holding the mark. */
  readonly column: number;
  readonly title: string;
  /** The other columns of its group and what each holds. */
  readonly members: readonly { readonly column: number; readonly role: MemberRole }[];
}

export interface ColumnRoles {
  readonly lessons: readonly LessonColumn[];
  readonly email?: number;
  readonly studentId?: number;
  readonly nickname?: number;
  /** Columns that are neither names nor lessons, with the reason and a sentence. */
  readonly leftOut: readonly { column: number; reason: LeftOutReason; detail: string }[];
}

const SAMPLE = 300;

interface Content {
  readonly filled: number;
  readonly distinct: number;
  readonly emails: number;
  readonly longText: number;
  readonly firstText: string;
  readonly allSame: boolean;
  readonly sequential: boolean;
}

function contentOf(table: Table, column: number, from: number): Content {
  const end = Math.min(table.rows, from + SAMPLE);
  let filled = 0;
  let emails = 0;
  let longText = 0;
  let firstText = '';
  let sequential = true;
  let previous: number | undefined;
  const seen = new Set<string>();
  for (let r = from; r < end; r++) {
    const cell = table.at(r, column);
    if (isBlank(cell)) continue;
    const text = cellText(cell);
    if (!firstText) firstText = text;
    if (typeof cell !== 'number' || (previous !== undefined && cell !== previous + 1)) {
      sequential = false;
    }
    previous = typeof cell === 'number' ? cell : undefined;
    filled++;
    seen.add(text);
    if (/^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i.test(text)) emails++;
    if (typeof cell === 'string' && (text.length > 40 || text.includes('\n'))) longText++;
  }
  return {
    filled,
    distinct: seen.size,
    emails,
    longText,
    firstText,
    allSame: filled >= 2 && seen.size === 1,
    sequential: filled >= 2 && sequential,
  };
}

function quoted(title: string): string {
  return title ? `“${title.length > 60 ? `${title.slice(0, 57)}...` : title}”` : 'with no title';
}

/** " (“Total”)" after a description, or nothing for an untitled column. */
function titled(title: string): string {
  return title ? ` (${quoted(title)})` : '';
}

/**
 * Sorts the columns other than the names. `from` is the first row below the header; `keep` holds
 * view columns the teacher wants as lessons whatever they look like.
 */
export function columnRoles(
  table: Table,
  header: Header,
  from: number,
  nameColumns: readonly number[],
  keep: (column: number) => boolean,
): ColumnRoles {
  const isName = new Set(nameColumns);
  const leftOut: { column: number; reason: LeftOutReason; detail: string }[] = [];
  const lessons: {
    column: number;
    title: string;
    members: { column: number; role: MemberRole }[];
  }[] = [];
  let email: number | undefined;
  let studentId: number | undefined;
  let nickname: number | undefined;
  const grouped = groupsFromSubHeader(header);
  const memberOf = new Map<number, number>();
  for (const group of grouped) for (const m of group.members) memberOf.set(m.column, group.column);

  for (let c = 0; c < table.columns; c++) {
    if (isName.has(c) || memberOf.has(c)) continue;
    const group = grouped.find((g) => g.column === c);
    const title = group?.title ?? (header.subTitles[c] || header.top[c] || '');
    const content = contentOf(table, c, from);
    const skip = (reason: LeftOutReason, detail: string): void => {
      leftOut.push({ column: c, reason, detail });
    };
    if (keep(c)) {
      lessons.push({
        column: c,
        title: title || 'Untitled',
        members: group?.members.slice() ?? [],
      });
      continue;
    }
    if (content.filled === 0 && !title) {
      skip('blank', 'is empty');
      continue;
    }
    if (content.filled > 0 && content.emails >= content.filled * 0.8) {
      if (email === undefined) email = c;
      skip('student-details', `holds the students' e-mails${titled(title)}`);
      continue;
    }
    if (title && saysEmail(title)) {
      if (email === undefined) email = c;
      skip('student-details', `holds the students' e-mails${titled(title)}`);
      continue;
    }
    if (title && saysNickname(title)) {
      nickname = c;
      skip('student-details', `holds nicknames${titled(title)}`);
      continue;
    }
    if (title && saysStudentId(title)) {
      if (studentId === undefined) studentId = c;
      skip('student-details', `holds student IDs${titled(title)}`);
      continue;
    }
    if (title && (saysRowNumber(title) || (content.sequential && !saysLesson(title) && c < 2))) {
      skip('student-details', `numbers the rows${titled(title)}`);
      continue;
    }
    if (title && saysStudentDetail(title)) {
      skip('student-details', `holds details about each student${titled(title)}, not a lesson`);
      continue;
    }
    if (title && saysSummary(title)) {
      skip('summary', `is a summary${titled(title)}, worked out from the lessons`);
      continue;
    }
    if (!group && title && saysCompanion(title)) {
      const lead = lessons[lessons.length - 1];
      if (lead && lead.members.length + 1 < 4 && isAfter(lead, c)) {
        lead.members.push({ column: c, role: memberRole(title) });
        skip('companion', `is the ${quoted(title)} column of the lesson ${quoted(lead.title)}`);
        continue;
      }
    }
    if (content.filled > 0 && content.longText >= content.filled * 0.5) {
      skip('not-a-lesson', `holds free text${titled(title)}, not marks`);
      continue;
    }
    if (content.allSame && typeof table.at(from, c) === 'string' && !title) {
      skip('student-details', `holds the same text for everyone ("${content.firstText}")`);
      continue;
    }
    lessons.push({ column: c, title: title || 'Untitled', members: group?.members.slice() ?? [] });
  }
  for (const group of grouped) {
    for (const m of group.members) {
      if (lessons.some((l) => l.column === group.column)) {
        const sub = header.subTitles[m.column] ?? '';
        leftOut.push({
          column: m.column,
          reason: 'companion',
          detail: `is the ${quoted(sub)} column of the lesson ${quoted(group.title)}`,
        });
      }
    }
  }
  return {
    lessons,
    leftOut,
    ...(email !== undefined ? { email } : {}),
    ...(studentId !== undefined ? { studentId } : {}),
    ...(nickname !== undefined ? { nickname } : {}),
  };
}

function isAfter(lead: { column: number; members: { column: number }[] }, column: number): boolean {
  const last = Math.max(lead.column, ...lead.members.map((m) => m.column));
  return column === last + 1;
}

function memberRole(title: string): MemberRole {
  if (saysMaxPoints(title)) return 'max';
  const t = title.trim().toLowerCase();
  if (t === 'correct') return 'correct';
  if (t === 'tested') return 'tested';
  if (saysDate(title)) return 'date';
  return 'other';
}

/**
 * Column groups under a second header row: a run of columns under one title (merged, or the same
 * title repeated) whose sub-headings are companions (Points, Feedback, Correct, Tested) or repeat
 * from run to run. The group is one lesson; its mark is the sub-heading that names one (Mastery,
 * Score, %), else its first column.
 */
function groupsFromSubHeader(header: Header): LessonColumn[] {
  if (header.sub === undefined) return [];
  const runs: { start: number; end: number }[] = [];
  for (let c = 0; c < header.top.length; c++) {
    const top = header.top[c] ?? '';
    const last = runs[runs.length - 1];
    if (last && top && header.top[last.start] === top && last.end === c - 1) last.end = c;
    else runs.push({ start: c, end: c });
  }
  const patterns = new Map<string, number>();
  const patternOf = (run: { start: number; end: number }): string =>
    header.subTitles
      .slice(run.start, run.end + 1)
      .join('\u0000')
      .toLowerCase();
  for (const run of runs) {
    if (run.end > run.start) patterns.set(patternOf(run), (patterns.get(patternOf(run)) ?? 0) + 1);
  }
  const groups: LessonColumn[] = [];
  for (const run of runs) {
    if (run.end === run.start) continue;
    const subs = header.subTitles.slice(run.start, run.end + 1);
    if (subs.some((s) => !s)) continue;
    const repeated = (patterns.get(patternOf(run)) ?? 0) >= 2;
    const companions = subs.some((s) => saysCompanion(s));
    if (!repeated && !companions) continue;
    const markAt = subs.findIndex((s) => saysMark(s));
    const lead = run.start + (markAt >= 0 ? markAt : 0);
    const members: { column: number; role: MemberRole }[] = [];
    for (let c = run.start; c <= run.end; c++) {
      if (c !== lead) members.push({ column: c, role: memberRole(header.subTitles[c] ?? '') });
    }
    groups.push({ column: lead, title: header.top[run.start] ?? '', members });
  }
  return groups;
}
