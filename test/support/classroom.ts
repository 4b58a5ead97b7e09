/**
 * A class for add-on scenario tests (test/addon/): an Emulator on the built bundle (build/), one
 * spreadsheet owned by the teacher and shared with N students as editors, in the time zone asked
 * for, and a few ways to look at it as a person would. Extend it as the add-on grows.
 */

import { Emulator, type SpreadsheetDocument } from '../../dev/emulator';
import type { Spreadsheet } from '../../dev/emulator/sheets/spreadsheet';

export const TEACHER = 'teacher@school.example';

export interface ClassroomOptions {
  /** How many students (student01@school.example, ...) or their addresses. Default 3. */
  students?: number | string[];
  /** The spreadsheet's time zone. Default 'America/New_York'. */
  timeZone?: string;
  /** The emulator clock's start. Default: the emulator's (2026-09-14T08:00:00Z). */
  now?: Date | string | number;
  /** Tabs of the new file. Default ['Sheet1']. */
  sheetNames?: string[];
  name?: string;
  /** See EmulatorOptions.editQueueLimit. */
  editQueueLimit?: number | null;
}

export interface Classroom {
  emulator: Emulator;
  doc: SpreadsheetDocument;
  teacher: string;
  students: string[];
  /** The file as the harness sees it (unrecorded reads and writes). */
  spreadsheet: Spreadsheet;
  /** A tab's data range as the text each cell shows (getDisplayValues), [] when it is empty. */
  grid(sheetName: string): string[][];
  /** The same as a Markdown table with row numbers and column letters, for README pictures. */
  table(sheetName: string): string;
}

export function studentEmail(index: number): string {
  return `student${String(index + 1).padStart(2, '0')}@school.example`;
}

export function classroom(options: ClassroomOptions = {}): Classroom {
  const students = Array.isArray(options.students)
    ? options.students
    : Array.from({ length: options.students ?? 3 }, (_, index) => studentEmail(index));
  const emulator = new Emulator({
    now: options.now,
    editQueueLimit: options.editQueueLimit ?? null,
  });
  const doc = emulator.createSpreadsheet({
    name: options.name ?? 'Class tracker',
    owner: TEACHER,
    editors: students,
    timeZone: options.timeZone ?? 'America/New_York',
    sheetNames: options.sheetNames,
  });
  const spreadsheet = emulator.spreadsheet(doc);
  const grid = (sheetName: string): string[][] => {
    const sheet = spreadsheet.getSheetByName(sheetName);
    if (!sheet) throw new Error(`No tab named "${sheetName}" in ${doc.model.name}.`);
    if (sheet.getLastRow() === 0) return [];
    return sheet.getDataRange().getDisplayValues();
  };
  return {
    emulator,
    doc,
    teacher: TEACHER,
    students,
    spreadsheet,
    grid,
    table: (sheetName) => markdownTable(grid(sheetName)),
  };
}

function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** Rows of text as a Markdown table, headed by column letters, each row led by its number. */
export function markdownTable(rows: readonly (readonly string[])[]): string {
  const width = Math.max(0, ...rows.map((row) => row.length));
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const letters = Array.from({ length: width }, (_, index) => columnLetter(index));
  return [
    line(['', ...letters]),
    line(['---', ...letters.map(() => '---')]),
    ...rows.map((row, index) =>
      line([String(index + 1), ...letters.map((_, column) => cell(row[column] ?? ''))]),
    ),
  ].join('\n');
}
