/**
 * The feedback column of a student's tab (I, with the Seen box beside it in H): one lesson's cells
 * read for In focus and written by a save, and the whole column carried over when a sync moves
 * rows. A feedback's link is set on part of its text ("▶ Listen"), so cells are read and written
 * as rich text with their runs (a cell's getLinkUrl() is null when a link covers only part of it),
 * and their notes with them.
 */

import type { FeedbackCell, TextLink } from '../core/feedback';
import { COL, FIRST_LESSON_ROW, type LessonRowData } from '../core/student-tab';
import { checkboxValidation } from './formatting';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type RichTextValue = GoogleAppsScript.Spreadsheet.RichTextValue;

/** A cell's text and the links set on parts of it (a cell that holds no text reads as empty). */
export function cellOfRichText(rich: RichTextValue | null): FeedbackCell {
  if (!rich) return { text: '', links: [] };
  const links: TextLink[] = [];
  for (const run of rich.getRuns()) {
    const url = run.getLinkUrl();
    if (url) links.push({ start: run.getStartIndex(), end: run.getEndIndex(), url });
  }
  return { text: rich.getText(), links };
}

function richTextOf(cell: FeedbackCell): RichTextValue {
  let builder = SpreadsheetApp.newRichTextValue().setText(cell.text);
  for (const link of cell.links) builder = builder.setLinkUrl(link.start, link.end, link.url);
  return builder.build();
}

/** One lesson row's My work and Feedback cells as rich text, and the feedback's note: two reads. */
export interface LessonCells {
  readonly work: FeedbackCell;
  readonly feedback: FeedbackCell;
  readonly note: string;
}

export function readLessonCells(sheet: Sheet, row: number): LessonCells {
  const rich = sheet.getRange(row, COL.work, 1, COL.feedback - COL.work + 1).getRichTextValues();
  const cells = rich[0] ?? [];
  return {
    work: cellOfRichText(cells[0] ?? null),
    feedback: cellOfRichText(cells[COL.feedback - COL.work] ?? null),
    note: sheet.getRange(row, COL.feedback).getNote(),
  };
}

/**
 * Writes a lesson's feedback: the cell (rich text, so its text is never read as a formula and its
 * link sits on "▶ Listen"), the note, and a Seen box unticked so the student sees something new.
 */
export function writeLessonFeedback(
  sheet: Sheet,
  row: number,
  cell: FeedbackCell,
  note: string,
): void {
  sheet.getRange(row, COL.feedback).setRichTextValue(richTextOf(cell)).setNote(note);
  // insertCheckboxes makes the cell a TRUE/FALSE checkbox and sets it to FALSE (range#insertcheckboxes).
  sheet.getRange(row, COL.seen).insertCheckboxes();
}

/** The feedback column's notes and rich text, carried over when rows move. */
export interface FeedbackColumn {
  readonly notes: string[];
  /** Each cell's rich text (runs, links, styles), or null for a cell that holds no text. */
  readonly rich: (RichTextValue | null)[];
}

export function emptyFeedbackColumn(count: number): FeedbackColumn {
  return {
    notes: new Array<string>(count).fill(''),
    rich: new Array<RichTextValue | null>(count).fill(null),
  };
}

/** The column's notes and rich text for `count` lesson rows: two reads. */
export function readFeedbackColumn(sheet: Sheet, count: number): FeedbackColumn {
  const range = sheet.getRange(FIRST_LESSON_ROW, COL.feedback, Math.max(count, 1), 1);
  const notes = range.getNotes().map((r) => String(r[0] ?? ''));
  const rich = range.getRichTextValues().map((r) => r[0] ?? null);
  return { notes: notes.slice(0, count), rich: rich.slice(0, count) };
}

/** True when a cell's rich text holds more than its plain text could: a link, or several runs. */
function carriesRuns(rich: RichTextValue | null): boolean {
  if (!rich) return false;
  const runs = rich.getRuns();
  return runs.length > 1 || runs.some((run) => run.getLinkUrl() !== null);
}

/**
 * Writes the column back after its rows moved: the notes where any row has one (rows that have
 * none are cleared, so a note never stays behind on a row that moved), and the rich text where
 * any row carries links or styled runs (`texts` stands in for cells that held no text).
 */
export function writeFeedbackColumn(
  sheet: Sheet,
  column: FeedbackColumn,
  texts: readonly string[],
): void {
  const count = texts.length;
  if (count === 0) return;
  const range = sheet.getRange(FIRST_LESSON_ROW, COL.feedback, count, 1);
  if (column.notes.some((note) => note !== '')) {
    range.setNotes(Array.from({ length: count }, (_, i) => [column.notes[i] ?? '']));
  }
  if (column.rich.some(carriesRuns)) {
    range.setRichTextValues(
      Array.from({ length: count }, (_, i) => [
        column.rich[i] ?? richTextOf({ text: texts[i] ?? '', links: [] }),
      ]),
    );
  }
}

/**
 * The Seen boxes of rows that have one (a save of feedback made it), after a sync laid the tab's
 * validation out again: one write, and none when no row has feedback to be seen.
 */
export function restoreSeenBoxes(sheet: Sheet, seen: readonly (boolean | '')[]): void {
  if (!seen.some((value) => value !== '')) return;
  const rule = checkboxValidation();
  sheet
    .getRange(FIRST_LESSON_ROW, COL.seen, seen.length, 1)
    .setDataValidations(seen.map((value) => [value === '' ? null : rule]));
}

/**
 * Seen boxes beside feedback a teacher typed straight into a tab: an unticked checkbox where an
 * edited lesson row now has feedback and its Seen cell is empty (never over what a student typed
 * there). One write per run of adjacent rows; none when no row needs one.
 */
export function offerSeenBoxes(
  sheet: Sheet,
  edited: readonly number[],
  rows: readonly LessonRowData[],
  seenCells: readonly unknown[],
): void {
  const need = edited.filter((i) => rows[i]?.feedback !== '' && seenCells[i] === '');
  let start = 0;
  while (start < need.length) {
    let end = start;
    while (end + 1 < need.length && need[end + 1] === (need[end] ?? 0) + 1) end++;
    const first = need[start] ?? 0;
    sheet.getRange(FIRST_LESSON_ROW + first, COL.seen, end - start + 1, 1).insertCheckboxes();
    start = end + 1;
  }
}
