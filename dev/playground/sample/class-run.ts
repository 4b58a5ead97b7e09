/**
 * The sample class, run by the add-on: the teacher's tracker as it stood on the unit's first
 * morning is set up through the add-on's own sidebar calls (detect, confirm the import, tick the
 * quizzes' "Mastery check required" in Setup, sync), then the weeks since are played with the
 * emulator's clock moved to each moment: students tick their own boxes, link their work, pick
 * icons and tick Seen as themselves in their tabs (their edits fire the class's installable
 * trigger, so tick dates, statuses and the wall are the add-on's doing), and the teacher records
 * mastery checks and writes feedback from the sidebar. The clock ends where it started.
 *
 * Like the rest of the playground it knows nothing of the add-on's internals: it finds cells by
 * what a person reads in the tab (the "Done" heading, the lesson's title) and calls the functions
 * the sidebar calls.
 */

import type { Emulator, EditResult, SpreadsheetDocument } from '../../emulator';
import type { ClassOverview, ImportReading } from '../../../src/shared/sidebar-types';
import { select, type SheetModel } from '../engine/emulator-internals';
import { calendarDayIn } from './calendar';
import { sampleHistory, type SampleEvent } from './history';
import { createSampleTracker, LESSONS_SHEET, TRACKER_SHEET } from './teacher-tracker';
import { SAMPLE_LESSONS, SAMPLE_ROSTER, SAMPLE_TEACHER, SAMPLE_TIME_ZONE } from './unit';

/** The unit's name as the teacher corrects it at import (the tracker's title names the grade). */
export const SAMPLE_UNIT = 'Unit 4: Fractions';
export const SETUP_SHEET = 'Setup';

/** A cell in a tab, as A1 notation with the sheet's name quoted. */
function a1(sheet: string, row: number, column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return `'${sheet.replace(/'/g, "''")}'!${letters}${row}`;
}

/** Where a person finds things in a student's tab (1-based). */
interface TabCells {
  sheet: SheetModel;
  lessonRows: Map<string, number>;
  done: number;
  work: number;
  seen: number;
  icon: { row: number; column: number };
}

class SampleClassRun {
  private readonly tabs = new Map<number, TabCells>();
  private overview!: ClassOverview;

  constructor(
    private readonly emulator: Emulator,
    private readonly doc: SpreadsheetDocument,
  ) {}

  /** A google.script.run call by the teacher; a failure stops the sample (it is a bug). */
  private sidebar<T>(name: string, args: unknown[] = []): T {
    const result = this.emulator.callFromSidebar(this.doc, SAMPLE_TEACHER, name, args);
    if (result.error) throw new Error(`The sample class's ${name} failed: ${result.error.message}`);
    return result.value as T;
  }

  private edited(what: string, result: EditResult): void {
    const failed = result.triggers.find((run) => run.error);
    if (!result.applied || failed) {
      throw new Error(
        `The sample class's ${what} failed: ${result.refusal ?? failed?.error?.message ?? ''}`,
      );
    }
  }

  /** The teacher installs the add-on and sets the class up from the tracker. */
  setUp(checkLessons: readonly number[]): void {
    const { emulator, doc } = this;
    emulator.openSpreadsheet(doc, SAMPLE_TEACHER);
    const installed = emulator.install(doc, SAMPLE_TEACHER);
    if (installed.error) throw installed.error;
    const source = { sheetName: TRACKER_SHEET, lessonsSheetName: LESSONS_SHEET };
    const reading = this.sidebar<ImportReading>('detectImport', [source]);
    if (!reading.canConfirm) {
      throw new Error(`The sample tracker cannot be imported: ${reading.blockers.join(' ')}`);
    }
    this.sidebar('confirmImport', [
      { ...source, token: reading.token, corrections: { unitName: SAMPLE_UNIT } },
    ]);
    this.requireChecks(checkLessons);
    this.overview = this.sidebar<ClassOverview>('getClassOverview');
  }

  /** In Setup the teacher ticks "Mastery check required" for the quizzes, then syncs. */
  private requireChecks(lessons: readonly number[]): void {
    const setup = this.emulator.spreadsheet(this.doc).getSheetByName(SETUP_SHEET);
    if (!setup) throw new Error('The import made no Setup tab.');
    const shown = setup.getDataRange().getDisplayValues();
    const header = shown.findIndex((row) => row.includes('Mastery check required'));
    const column = shown[header]!.indexOf('Mastery check required') + 1;
    for (const lesson of lessons) {
      const title = SAMPLE_LESSONS[lesson]!.title;
      const row = shown.findIndex((cells, index) => index > header && cells[0] === title) + 1;
      if (row === 0) throw new Error(`Setup does not list "${title}".`);
      const edit = this.emulator.setCheckbox(
        this.doc,
        SAMPLE_TEACHER,
        a1(SETUP_SHEET, row, column),
        true,
      );
      this.edited(`tick of "Mastery check required" for ${title}`, edit);
    }
    this.sidebar('syncClass');
  }

  /** A student's tab as they read it: the lesson rows by title, the Done and My work columns. */
  private tab(student: number): TabCells {
    const found = this.overview.students[student];
    if (!found) throw new Error(`The class has no student #${student + 1}.`);
    const known = this.tabs.get(found.sheetId);
    if (known) return known;
    const sheet = this.doc.model.sheets.find((s) => s.id === found.sheetId);
    if (!sheet) throw new Error(`${found.name} has no tab.`);
    const shown = this.emulator
      .spreadsheet(this.doc)
      .getSheetByName(sheet.name)!
      .getDataRange()
      .getDisplayValues();
    const header = shown.findIndex((row) => row.includes('Done'));
    const labels = shown[header]!;
    const lessonColumn = labels.indexOf('Lesson');
    const lessonRows = new Map<string, number>();
    shown.forEach((row, index) => {
      if (index > header && row[lessonColumn]) lessonRows.set(row[lessonColumn]!, index + 1);
    });
    const iconRow = shown.findIndex((row) =>
      row.some((text) => text.startsWith('My icon on the wall')),
    );
    const iconLabel = shown[iconRow]!.findIndex((text) => text.startsWith('My icon on the wall'));
    const cells: TabCells = {
      sheet,
      lessonRows,
      done: labels.indexOf('Done') + 1,
      work: labels.indexOf('My work (link)') + 1,
      seen: labels.indexOf('Seen') + 1,
      icon: { row: iconRow + 1, column: iconLabel + 2 },
    };
    this.tabs.set(found.sheetId, cells);
    return cells;
  }

  /** The student clicks a cell of their tab (it becomes their selection, as in Sheets). */
  private click(student: number, row: number, column: number): string {
    const { sheet } = this.tab(student);
    const email = SAMPLE_ROSTER[student]!.email;
    const cell = { row: row - 1, column: column - 1, numRows: 1, numColumns: 1 };
    select(this.doc, sheet, cell, undefined, email);
    return a1(sheet.name, row, column);
  }

  private lessonCell(student: number, lesson: number, column: 'done' | 'work' | 'seen'): string {
    const tab = this.tab(student);
    const title = SAMPLE_LESSONS[lesson]!.title;
    const row = tab.lessonRows.get(title);
    if (!row) throw new Error(`${tab.sheet.name}'s tab has no row for "${title}".`);
    return this.click(student, row, tab[column]);
  }

  play(event: SampleEvent): void {
    const { emulator, doc } = this;
    const email = SAMPLE_ROSTER[event.student]!.email;
    switch (event.kind) {
      case 'tick':
        this.edited(
          'tick',
          emulator.setCheckbox(
            doc,
            email,
            this.lessonCell(event.student, event.lesson, 'done'),
            true,
          ),
        );
        return;
      case 'work':
        this.edited(
          'work link',
          emulator.type(
            doc,
            email,
            this.lessonCell(event.student, event.lesson, 'work'),
            event.link,
          ),
        );
        return;
      case 'icon': {
        const { icon } = this.tab(event.student);
        const cell = this.click(event.student, icon.row, icon.column);
        this.edited('icon', emulator.type(doc, email, cell, event.icon));
        return;
      }
      case 'seen': {
        const cell = this.lessonCell(event.student, event.lesson, 'seen');
        this.edited('tick of Seen', emulator.setCheckbox(doc, email, cell, true));
        return;
      }
      case 'feedback':
        this.sidebar('saveFeedback', [
          {
            studentId: this.overview.students[event.student]!.id,
            lessonId: this.overview.lessons[event.lesson]!.id,
            comment: event.comment,
            link: event.link,
          },
        ]);
        return;
      case 'check':
        this.sidebar('recordCheck', [
          {
            studentId: this.overview.students[event.student]!.id,
            lessonId: this.overview.lessons[event.lesson]!.id,
            ...event.check,
          },
        ]);
        return;
    }
  }
}

/**
 * Builds the sample class in `emulator` relative to its clock's today, and returns the file.
 * Deterministic: the same today gives the same class.
 */
export function createSampleClass(emulator: Emulator): SpreadsheetDocument {
  const now = emulator.clock.now();
  const today = calendarDayIn(now, SAMPLE_TIME_ZONE);
  const history = sampleHistory(today);
  try {
    emulator.clock.set(history.setUpAt);
    const doc = createSampleTracker(emulator, { unitToday: today, progress: false });
    try {
      const run = new SampleClassRun(emulator, doc);
      run.setUp(history.checkLessons);
      for (const event of history.events) {
        emulator.clock.set(event.at);
        run.play(event);
      }
    } catch (error) {
      // A build of the add-on that cannot run the class leaves no half-made file behind.
      emulator.documents.delete(doc.model.id);
      throw error;
    }
    return doc;
  } finally {
    emulator.clock.set(now);
  }
}
