/**
 * A class for add-on scenario tests (test/addon/): an Emulator on the built bundle (build/Code.js),
 * one spreadsheet owned by the teacher and shared with the students as editors, in the time zone
 * asked for, driven exactly as a teacher and students would (the sidebar's calls, menu items,
 * ticks in a tab), with accessors that read what a person sees.
 */

import { Emulator } from '../../dev/emulator';
import type { SpreadsheetDocument } from '../../dev/emulator';
import { effectiveStyle } from '../../dev/emulator';
import type { ClassInput, ClassOverview, SyncResult } from '../../src/shared/sidebar-types';

export const TEACHER = 'teacher@school.example';

export const FIRST_NAMES = [
  'Ava',
  'Ben',
  'Chloé',
  'Dmitri',
  'Esperanza',
  'Farah',
  'Gabriel',
  'Hana',
  'Isaac',
  'Jamal',
  'Kiri',
  'Liam',
  'Mei',
  'Noah',
  'Olu',
  'Priya',
  'Quinn',
  'Rosa',
  'Sami',
  'Tomás',
  'Uma',
  'Viktor',
  'Wen',
  'Ximena',
  'Yusuf',
  'Zoë',
];

export function studentEmail(i: number): string {
  return `student${i + 1}@school.example`;
}

export interface ClassOptions {
  students?: number;
  lessons?: number;
  /** The emulator clock's start (an instant). */
  now?: string;
  timeZone?: string;
  /** First due date; each lesson is due two days after the one before. */
  firstDue?: string;
  checkRequired?: boolean;
  withEmails?: boolean;
  input?: Partial<ClassInput>;
}

export function classInput(options: ClassOptions = {}): ClassInput {
  const studentCount = options.students ?? 4;
  const lessonCount = options.lessons ?? 5;
  const first = options.firstDue ?? '2026-09-16';
  const [y, m, d] = first.split('-').map(Number) as [number, number, number];
  const due = (i: number) => {
    const date = new Date(Date.UTC(y, m - 1, d + 2 * i));
    return date.toISOString().slice(0, 10);
  };
  return {
    unitName: 'Fractions',
    lessons: Array.from({ length: lessonCount }, (_, i) => ({
      title: `Lesson ${i + 1}: part ${i + 1} of fractions`,
      code: `5.NF.A.${i + 1}`,
      link: `https://video.example/lesson-${i + 1}`,
      due: due(i),
      checkRequired: options.checkRequired ?? false,
    })),
    students: Array.from({ length: studentCount }, (_, i) => ({
      name: `${FIRST_NAMES[i % FIRST_NAMES.length]} Student${i + 1}`,
      email: options.withEmails === false ? '' : studentEmail(i),
    })),
    ...options.input,
  };
}

export class Classroom {
  readonly emulator: Emulator;
  readonly doc: SpreadsheetDocument;
  readonly input: ClassInput;
  readonly students: string[];

  constructor(options: ClassOptions = {}) {
    this.input = classInput(options);
    this.students = this.input.students.map((_, i) => studentEmail(i));
    this.emulator = new Emulator({ now: options.now ?? '2026-09-14T13:00:00Z' });
    this.doc = this.emulator.createSpreadsheet({
      name: 'Room 12 tracker',
      owner: TEACHER,
      editors: this.students,
      timeZone: options.timeZone ?? 'America/New_York',
    });
    this.emulator.openSpreadsheet(this.doc, TEACHER);
  }

  /** The teacher sets the class up from data (what the sidebar and the import send). */
  setUp(): SyncResult {
    return this.sidebar<SyncResult>('setUpClass', [this.input]);
  }

  /** The ids of a student and a lesson (0-based), as the sidebar learns them. */
  ids(studentIndex: number, lessonIndex: number): { studentId: string; lessonId: string } {
    const overview = this.sidebar<ClassOverview>('getClassOverview');
    return {
      studentId: overview.students[studentIndex]!.id,
      lessonId: overview.lessons[lessonIndex]!.id,
    };
  }

  sidebar<T>(name: string, args: unknown[] = [], as = TEACHER): T {
    const result = this.emulator.callFromSidebar(this.doc, as, name, args);
    if (result.error) throw result.error;
    return result.value as T;
  }

  /** A person chooses a menu item; the message box it shows is answered with OK. */
  menu(caption: string, as = TEACHER) {
    this.emulator.openSpreadsheet(this.doc, as);
    this.emulator.project.ui.answerNext(this.doc.model.id, as, { button: 'OK' });
    const run = this.emulator.clickMenu(this.doc, as, caption);
    if (run.error) throw run.error;
    return run;
  }

  /** The last message box a person was shown. */
  lastAlert(as = TEACHER): string {
    const dialogs = this.emulator.project.ui.dialogsFor(this.doc.model.id, as);
    return dialogs[dialogs.length - 1]?.prompt ?? '';
  }

  sheetNames(): string[] {
    return this.doc.model.sheets.map((s) => s.name);
  }

  sheet(name: string) {
    const sheet = this.emulator.spreadsheet(this.doc).getSheetByName(name);
    if (!sheet) throw new Error(`No tab named ${name}: ${this.sheetNames().join(', ')}`);
    return sheet;
  }

  /** What a person sees in a tab: display values, row by row ([] for an empty tab). */
  shown(name: string, a1?: string): string[][] {
    const sheet = this.sheet(name);
    if (!a1 && sheet.getLastRow() === 0) return [];
    return (a1 ? sheet.getRange(a1) : sheet.getDataRange()).getDisplayValues();
  }

  /** The same as a plain-text table in a fenced block, for README pictures. */
  table(name: string, columns?: number): string {
    return textTable(this.shown(name).map((row) => (columns ? row.slice(0, columns) : row)));
  }

  cell(name: string, a1: string): string {
    return this.sheet(name).getRange(a1).getDisplayValue();
  }

  /** The background a person sees at a cell, conditional formatting applied. */
  colour(name: string, row: number, column: number): string | null {
    const model = this.doc.model.sheets.find((s) => s.name === name);
    if (!model) throw new Error(`No tab named ${name}`);
    return effectiveStyle(this.doc, model, row - 1, column - 1).background ?? null;
  }

  studentTab(i: number): string {
    return this.input.students[i]!.name;
  }

  tick(i: number, lesson: number, checked = true) {
    return this.emulator.setCheckbox(
      this.doc,
      this.students[i]!,
      `'${this.studentTab(i)}'!F${4 + lesson}`,
      checked,
    );
  }

  /** The wall row of student i: [nickname, on lesson, lesson cells...]. */
  wallRow(i: number): string[] {
    return this.shown('Wall')[3 + i]!;
  }
}

/** Rows of text as a plain-text table in a fenced block (Prettier leaves those alone), columns padded. */
export function textTable(rows: readonly (readonly string[])[]): string {
  const width = Math.max(0, ...rows.map((r) => r.length));
  const cell = (text: string | undefined) => (text ?? '').replace(/\n/g, ' ');
  const size = (text: string) => [...text].length;
  const widths = Array.from({ length: width }, (_, c) =>
    Math.max(...rows.map((r) => size(cell(r[c])))),
  );
  const line = (r: readonly string[]) =>
    widths
      .map((w, c) => cell(r[c]) + ' '.repeat(w - size(cell(r[c]))))
      .join(' | ')
      .trimEnd();
  return ['```text', ...rows.map(line), '```'].join('\n');
}
