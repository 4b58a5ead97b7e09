/**
 * How generated tabs look, as plain data the shell applies in a few batched calls: the colours of
 * each lesson state (always beside a word or symbol, never colour alone), number formats, widths,
 * and the cells a student may edit.
 */

import { COL, FIRST_LESSON_ROW, HEADER_ROWS, ICON_CELL, TAB_WIDTH } from './student-tab';
import { WALL } from './wall';

export interface Rect {
  /** 1-based, as Apps Script's getRange(row, column, numRows, numColumns). */
  readonly row: number;
  readonly column: number;
  readonly numRows: number;
  readonly numColumns: number;
}

export interface FormulaRule {
  /** A custom formula, relative to the top-left cell of `range`. */
  readonly formula: string;
  readonly background: string;
  readonly fontColor?: string;
  readonly bold?: boolean;
  readonly range: Rect;
}

/** State colours, first match wins; each keyed by the symbol its status starts with. */
export const STATE_COLOURS: readonly {
  symbol: string;
  background: string;
  fontColor: string;
  bold?: boolean;
}[] = [
  { symbol: '⚠', background: '#f4c7c3', fontColor: '#a50e0e' }, // overdue, retake overdue
  { symbol: '⏰', background: '#fce8b2', fontColor: '#7f5f00' }, // due soon
  { symbol: '↻', background: '#fbd5b5', fontColor: '#8a3c00' }, // retake
  { symbol: '⏳', background: '#fff2cc', fontColor: '#5f4b00' }, // waiting for check
  { symbol: '★', background: '#b7e1cd', fontColor: '#0b5a2a', bold: true }, // mastered
  { symbol: '⤼', background: '#c9daf8', fontColor: '#1c3d7a' }, // tested out
  { symbol: '✓', background: '#d9ead3', fontColor: '#274e13' }, // done
];

/** The lesson rows a student's tab colours: A..J of each unit lesson. */
export function lessonBlock(lessonCount: number): Rect {
  return {
    row: FIRST_LESSON_ROW,
    column: 1,
    numRows: Math.max(lessonCount, 1),
    numColumns: COL.tickedOn,
  };
}

export function studentTabRules(lessonCount: number): FormulaRule[] {
  const range = lessonBlock(lessonCount);
  const status = `$E${FIRST_LESSON_ROW}`;
  return STATE_COLOURS.map((c) => ({
    formula: `=LEFT(${status},1)="${c.symbol}"`,
    background: c.background,
    fontColor: c.fontColor,
    ...(c.bold ? { bold: true } : {}),
    range,
  }));
}

/** What a student may edit in their tab: the icon cell, then Done, My work and Seen of each lesson. */
export function studentCells(lessonCount: number): Rect {
  return {
    row: ICON_CELL.row,
    column: COL.done,
    numRows: 1 + Math.max(lessonCount, 1),
    numColumns: 3,
  };
}

export const DATE_FORMAT = 'mmm d';
export const SETUP_DATE_FORMAT = 'yyyy-mm-dd';

export const TAB_STYLE = {
  width: TAB_WIDTH,
  frozenRows: HEADER_ROWS,
  frozenColumns: 2,
  labelBackground: '#e8eaed',
  studentCellBackground: '#fffbe6',
  retiredFontColor: '#9aa0a6',
} as const;

export const WALL_STYLE = {
  frozenRows: WALL.labelRow,
  frozenColumns: WALL.onLessonColumn,
  trailBackground: '#e6f4ea',
  lessonColumnWidth: 64,
} as const;
