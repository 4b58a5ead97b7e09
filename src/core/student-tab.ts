/**
 * A student's tab, cell by cell, as plain data: the header (name, unit, progress bar, today's
 * pacing, the next lesson), the column labels, the icon row, then one row per lesson (title linked
 * to its video, standard, due date, status, Done checkbox, the student's link to their work, the
 * "seen" box for feedback, feedback, the day it was ticked). Pacing, due soon and overdue are
 * formulas on TODAY(), so they stay right as days pass with no edit and no script.
 */

import { dateFormula, serialOf, shortDate } from './dates';
import type { IsoDate } from './grid';
import { lessonThreshold, type ClassRecord, type ClassSettings, type Lesson } from './class-model';
import type { LessonState } from './lesson-state';
import { formulaString, plainText } from './text';

/** 1-based columns of a student's tab. */
export const COL = {
  number: 1,
  lesson: 2,
  standard: 3,
  due: 4,
  status: 5,
  done: 6,
  work: 7,
  seen: 8,
  feedback: 9,
  tickedOn: 10,
  /** Hidden helper: 1 when the lesson is complete (done, waiting, mastered, tested out). */
  complete: 11,
} as const;

export const TAB_WIDTH = 11;
export const HEADER_ROWS = 4;
export const FIRST_LESSON_ROW = HEADER_ROWS + 1;
/** The student's icon cell (row, column), in the icon row just above the lessons. */
export const ICON_CELL = { row: 4, column: COL.done } as const;
export const NAME_CELL = { row: 1, column: 1 } as const;

export const COLUMN_LABELS = [
  '#',
  'Lesson',
  'Standard',
  'Due',
  'Status',
  'Done',
  'My work (link)',
  'Seen',
  'Feedback',
  'Ticked on',
  'Complete',
] as const;

/** Column widths in pixels, A..K. */
export const COLUMN_WIDTHS = [32, 260, 90, 80, 190, 50, 200, 50, 220, 90, 60];

/** Status words; the first character of each is a symbol that tells the state without colour. */
export const STATUS = {
  done: '✓ Done',
  waiting: '⏳ Waiting for check',
  mastered: '★ Mastered',
  testedOut: '⤼ Tested out',
  overdue: '⚠ Overdue',
  dueSoon: '⏰ Due soon',
  retakeBy: (by: IsoDate) => `↻ Retake by ${shortDate(by)}`,
  retakeOverdue: (by: IsoDate) => `⚠ Retake overdue (${shortDate(by)})`,
} as const;

export function columnLetter(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

const cell = (column: number, row: number) => `$${columnLetter(column)}${row}`;

/** The lesson rows' range of one column, absolute: $D$5:$D$16. */
function columnRange(column: number, lessonCount: number): string {
  const letter = columnLetter(column);
  const last = FIRST_LESSON_ROW + Math.max(lessonCount, 1) - 1;
  return `$${letter}$${FIRST_LESSON_ROW}:$${letter}$${last}`;
}

/** Status of a lesson with no recorded check: its tick, else due soon / overdue from TODAY(). */
function untestedStatusFormula(lesson: Lesson, settings: ClassSettings, row: number): string {
  const done = cell(COL.done, row);
  const due = cell(COL.due, row);
  const ticked = formulaString(lesson.checkRequired ? STATUS.waiting : STATUS.done);
  const overdue = formulaString(STATUS.overdue);
  const soon = formulaString(STATUS.dueSoon);
  return (
    `=IF(${done}=TRUE,${ticked},IF(${due}="","",IF(${due}<TODAY(),${overdue},` +
    `IF(${due}-TODAY()<=${settings.dueSoonDays},${soon},""))))`
  );
}

/** The status cell of a lesson row: a formula (tick and date driven) or a recorded state. */
export function statusCell(
  lesson: Lesson,
  settings: ClassSettings,
  recorded: LessonState | null,
  row: number,
): string {
  if (!recorded || recorded.kind === 'not-started' || recorded.kind === 'done') {
    return untestedStatusFormula(lesson, settings, row);
  }
  switch (recorded.kind) {
    case 'waiting':
      return untestedStatusFormula(lesson, settings, row);
    case 'mastered':
      return STATUS.mastered;
    case 'tested-out':
      return STATUS.testedOut;
    case 'retake':
      return (
        `=IF(TODAY()>${dateFormula(recorded.by)},${formulaString(STATUS.retakeOverdue(recorded.by))},` +
        `${formulaString(STATUS.retakeBy(recorded.by))})`
      );
  }
}

/** The hidden "complete" helper: 1 when ticked (no check recorded), mastered or tested out. */
export function completeCell(recorded: LessonState | null, row: number): string | number {
  if (recorded?.kind === 'mastered' || recorded?.kind === 'tested-out') return 1;
  if (recorded?.kind === 'retake') return 0;
  return `=IF(${cell(COL.done, row)}=TRUE,1,0)`;
}

/** What the student (and the teacher's feedback) put in a lesson's row, carried over by every sync. */
export interface LessonRowData {
  readonly done: boolean;
  readonly work: string;
  readonly seen: boolean | '';
  /** The feedback cell's text as shown (the history is in its note). */
  readonly feedback: string;
  readonly tickedOn: IsoDate | null;
}

export const EMPTY_ROW: LessonRowData = {
  done: false,
  work: '',
  seen: '',
  feedback: '',
  tickedOn: null,
};

export type CellValue = string | number | boolean;

/** One lesson row, A..K, ready for setValues (people's text kept as text). */
export function lessonRow(
  lesson: Lesson,
  index: number,
  settings: ClassSettings,
  data: LessonRowData,
  recorded: LessonState | null,
): CellValue[] {
  const row = FIRST_LESSON_ROW + index;
  return [
    index + 1,
    plainText(lesson.title),
    plainText(lesson.code),
    lesson.due ? serialOf(lesson.due) : '',
    statusCell(lesson, settings, recorded, row),
    data.done,
    plainText(data.work),
    data.seen,
    plainText(data.feedback),
    data.tickedOn ? serialOf(data.tickedOn) : '',
    completeCell(recorded, row),
  ];
}

export interface TabHeader {
  readonly name: string;
  readonly unitName: string;
  /** The icon cell's content: the student's own choice, kept as they typed it. */
  readonly icon: string;
  readonly lessonCount: number;
}

/** The four header rows, A..K. */
export function headerRows(header: TabHeader): CellValue[][] {
  const n = Math.max(header.lessonCount, 1);
  const complete = `SUM(${columnRange(COL.complete, n)})`;
  const expected = `COUNTIF(${columnRange(COL.due, n)},"<="&TODAY())`;
  const bar =
    `=REPT("█",ROUND(10*${complete}/${n}))&REPT("░",10-ROUND(10*${complete}/${n}))` +
    `&"  "&${complete}&" of ${n} complete"`;
  const pacing =
    `=IF(${complete}>=${expected},IF(${complete}=${expected},"On pace","Ahead by "&(${complete}-${expected})),` +
    `"Behind by "&(${expected}-${complete}))`;
  const firstOpen = `MATCH(0,${columnRange(COL.complete, n)},0)`;
  const next =
    `=IFERROR(INDEX(${columnRange(COL.lesson, n)},${firstOpen})` +
    `&IF(INDEX(${columnRange(COL.due, n)},${firstOpen})="",""," · due "&TEXT(INDEX(${columnRange(COL.due, n)},${firstOpen}),"mmm d")),` +
    `"All lessons complete 🎉")`;
  const blank = (): CellValue[] => new Array<CellValue>(TAB_WIDTH).fill('');
  const row1 = blank();
  row1[0] = plainText(header.name);
  row1[COL.due - 1] = 'Unit';
  row1[COL.status - 1] = plainText(header.unitName);
  const row2 = blank();
  row2[0] = 'Progress';
  row2[COL.lesson - 1] = bar;
  row2[COL.due - 1] = 'Pacing';
  row2[COL.status - 1] = pacing;
  row2[COL.done - 1] = 'Next';
  row2[COL.work - 1] = next;
  const row3: CellValue[] = [...COLUMN_LABELS];
  const row4 = blank();
  row4[COL.status - 1] = 'My icon on the wall →';
  row4[ICON_CELL.column - 1] = plainText(header.icon);
  return [row1, row2, row3, row4];
}

/** Status of a lesson the teacher removed from the unit (its row is kept, hidden). */
export const RETIRED_STATUS = 'Removed from the unit';

/** A retired lesson's row: the student's data kept, no status formula, never complete. */
export function retiredRow(lesson: Lesson, index: number, data: LessonRowData): CellValue[] {
  const row = lessonRow(lesson, index, DEFAULT_STATUS_SETTINGS, data, null);
  row[COL.number - 1] = '';
  row[COL.status - 1] = RETIRED_STATUS;
  row[COL.complete - 1] = 0;
  return row;
}

const DEFAULT_STATUS_SETTINGS: ClassSettings = {
  threshold: 80,
  dueSoonDays: 0,
  retakeDays: 0,
  wallShows: 'nicknames',
};

/**
 * The whole tab's values: header rows, one row per lesson of the unit, then rows of retired
 * lessons. `rows` and `recorded` follow the same order (unit lessons, then retired).
 */
export function tabValues(
  record: Pick<ClassRecord, 'lessons' | 'retired' | 'settings' | 'unitName'>,
  header: Omit<TabHeader, 'lessonCount' | 'unitName'>,
  rows: readonly LessonRowData[],
  recorded: readonly (LessonState | null)[],
): CellValue[][] {
  const lessons = record.lessons;
  return [
    ...headerRows({ ...header, unitName: record.unitName, lessonCount: lessons.length }),
    ...lessons.map((lesson, i) =>
      lessonRow(lesson, i, record.settings, rows[i] ?? EMPTY_ROW, recorded[i] ?? null),
    ),
    ...record.retired.map((lesson, j) =>
      retiredRow(lesson, lessons.length + j, rows[lessons.length + j] ?? EMPTY_ROW),
    ),
  ];
}

/** Threshold shown to the teacher for a lesson ("80%"). */
export function thresholdLabel(lesson: Lesson, settings: ClassSettings): string {
  return `${lessonThreshold(lesson, settings)}%`;
}

/** The 1-based rows and columns an edit covered, inclusive. */
export interface EditBounds {
  readonly rowStart: number;
  readonly rowEnd: number;
  readonly columnStart: number;
  readonly columnEnd: number;
}

/** 0-based lesson rows (of `rowCount`) whose feedback cell an edit covered. */
export function feedbackRowsEdited(bounds: EditBounds | null, rowCount: number): number[] {
  if (!bounds || bounds.columnStart > COL.feedback || bounds.columnEnd < COL.feedback) return [];
  const first = Math.max(bounds.rowStart, FIRST_LESSON_ROW) - FIRST_LESSON_ROW;
  const last = Math.min(bounds.rowEnd - FIRST_LESSON_ROW, rowCount - 1);
  const out: number[] = [];
  for (let i = first; i <= last; i++) out.push(i);
  return out;
}
