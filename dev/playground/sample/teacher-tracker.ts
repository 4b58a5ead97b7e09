/**
 * The teacher's own tracker, before the add-on: a 5th-grade fractions unit as a teacher keeps it
 * in their spreadsheet, with a shared "Tracker" tab where 25 students tick lessons, a "Lessons"
 * tab with standards, mini-lesson links and due dates, and an archived unit hidden away. Dates are
 * relative to today in the spreadsheet's time zone, so the unit is always a fortnight into its
 * four weeks. The playground offers it as it stands today (ticks and notes) to try the import on,
 * and the sample class starts from it as it stood on the unit's first morning.
 *
 * It is built through the Apps Script API (the emulator's SpreadsheetApp objects), the way a
 * teacher's clicks would build it, so everything in it is something Sheets can hold.
 */

import type { Emulator, SpreadsheetDocument } from '../../emulator';
import {
  addDays,
  calendarDayIn,
  compareDays,
  seededRandom,
  unitDueDates,
  type CalendarDay,
} from './calendar';
import {
  FEEDBACK,
  SAMPLE_LESSONS,
  SAMPLE_NAME,
  SAMPLE_ROSTER,
  SAMPLE_TEACHER,
  SAMPLE_TEACHER_NAME,
  SAMPLE_TIME_ZONE,
} from './unit';

export const TRACKER_SHEET = 'Tracker';
export const LESSONS_SHEET = 'Lessons';
export const ARCHIVE_SHEET = 'Unit 3 (archived)';

/** Rows of the Tracker tab (1-based, as a teacher reads them). */
export const TRACKER_LAYOUT = {
  titleRow: 1,
  headerRow: 3,
  dueRow: 4,
  firstStudentRow: 5,
  firstLessonColumn: 3,
} as const;

/** As a teacher types a date in an en_US sheet. */
function typed(day: CalendarDay): string {
  return `${day.month}/${day.day}/${day.year}`;
}

/** The unit's due dates (see unitDueDates): today is in week 3 of four. */
export function sampleDueDates(today: CalendarDay): CalendarDay[] {
  return unitDueDates(today, SAMPLE_LESSONS.length);
}

/**
 * Which lessons each student has ticked: most are near the pace (the lessons due so far), some
 * ahead, a few well behind, and some skipped one lesson they found hard.
 */
export function sampleTicks(dueDates: CalendarDay[], today: CalendarDay): boolean[][] {
  const random = seededRandom(2026);
  const dueSoFar = dueDates.filter((day) => compareDays(day, today) <= 0).length;
  const offsets = [-4, -3, -2, -1, -1, 0, 0, 0, 0, 1, 1, 2];
  return SAMPLE_ROSTER.map(() => {
    const offset = offsets[Math.floor(random() * offsets.length)]!;
    const done = Math.max(0, Math.min(dueDates.length, dueSoFar + offset));
    const ticks = dueDates.map((_, k) => k < done);
    if (done > 2 && random() < 0.25) ticks[Math.floor(random() * (done - 1))] = false;
    return ticks;
  });
}

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type SpreadsheetApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

export interface TrackerOptions {
  /** The day the unit's dates are reckoned from (in week 3 of it); default: the emulator's today. */
  unitToday?: CalendarDay;
  /**
   * Whether the students have ticked lessons and the teacher written notes, as by `unitToday`
   * (default); without, the tracker is as it stood on the unit's first morning.
   */
  progress?: boolean;
}

/**
 * Builds the teacher's tracker in `emulator`, shared with the 25 students as editors, and returns
 * it. The harness writes it (outside any execution), so no add-on code runs and nothing is
 * recorded.
 */
export function createSampleTracker(
  emulator: Emulator,
  options: TrackerOptions = {},
): SpreadsheetDocument {
  const doc = emulator.createSpreadsheet({
    name: SAMPLE_NAME,
    owner: SAMPLE_TEACHER,
    editors: SAMPLE_ROSTER.map((student) => student.email),
    timeZone: SAMPLE_TIME_ZONE,
    locale: 'en_US',
    sheetNames: [TRACKER_SHEET, LESSONS_SHEET, ARCHIVE_SHEET],
  });
  // The emulator's classes implement these Apps Script interfaces member by member (ApiOf checks
  // every member they declare; anything else throws NotImplementedError naming it).
  const spreadsheet = emulator.spreadsheet(
    doc,
  ) as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  const app = emulator.services.SpreadsheetApp as SpreadsheetApp;
  const today = options.unitToday ?? calendarDayIn(emulator.clock.now(), SAMPLE_TIME_ZONE);
  const dueDates = sampleDueDates(today);
  const progress = options.progress ?? true;

  fillLessons(spreadsheet.getSheetByName(LESSONS_SHEET)!, app, dueDates);
  fillTracker(spreadsheet.getSheetByName(TRACKER_SHEET)!, app, dueDates, progress ? today : null);
  fillArchive(spreadsheet.getSheetByName(ARCHIVE_SHEET)!);
  return doc;
}

function fillTracker(
  sheet: Sheet,
  app: SpreadsheetApp,
  dueDates: CalendarDay[],
  /** The day the ticks are as of; null for none yet. */
  today: CalendarDay | null,
): void {
  const { headerRow, dueRow, firstStudentRow, firstLessonColumn } = TRACKER_LAYOUT;
  const lessons = SAMPLE_LESSONS.length;
  const students = SAMPLE_ROSTER.length;
  const lastLessonColumn = firstLessonColumn + lessons - 1;
  const doneColumn = lastLessonColumn + 1;
  const lessonRange = (row: number, rows: number) =>
    sheet.getRange(row, firstLessonColumn, rows, lessons);
  const lessonsA1 = lessonRange(firstStudentRow, students).getA1Notation();
  const firstLessonA1 = lessonRange(firstStudentRow, 1).getCell(1, 1).getA1Notation();
  const firstLesson = firstLessonA1.replace(/\d+$/, '');
  const lastLesson = lessonRange(headerRow, 1)
    .getCell(1, lessons)
    .getA1Notation()
    .replace(/\d+$/, '');
  const doneLetter = sheet.getRange(headerRow, doneColumn).getA1Notation().replace(/\d+$/, '');
  const percentLetter = sheet
    .getRange(headerRow, doneColumn + 1)
    .getA1Notation()
    .replace(/\d+$/, '');

  sheet
    .getRange('A1')
    .setValue('Grade 5 Math · Unit 4: Fractions')
    .setFontWeight('bold')
    .setFontSize(14);
  sheet
    .getRange('A2')
    .setValue(
      `${SAMPLE_TEACHER_NAME} · Room 12 · Tick a lesson when you have finished it and passed its check.`,
    )
    .setFontStyle('italic')
    .setFontColor('#666666');

  const header = [
    'Student',
    'Email',
    ...SAMPLE_LESSONS.map((lesson) => lesson.code),
    'Done',
    '% done',
  ];
  sheet.getRange(headerRow, 1, 1, header.length).setValues([header]).setFontWeight('bold');
  lessonRange(headerRow, 1).setRichTextValues([
    SAMPLE_LESSONS.map((lesson) =>
      app.newRichTextValue().setText(lesson.code).setLinkUrl(lesson.video).build(),
    ),
  ]);
  lessonRange(headerRow, 1).setNotes([SAMPLE_LESSONS.map((lesson) => lesson.title)]);

  const dueSoFar = `=COUNTIF(${firstLesson}${dueRow}:${lastLesson}${dueRow},"<="&TODAY())`;
  sheet
    .getRange(dueRow, 1, 1, header.length)
    .setValues([
      ['Due', '', ...dueDates.map(typed), dueSoFar, `=${doneLetter}${dueRow}/${lessons}`],
    ]);
  lessonRange(dueRow, 1).setNumberFormat('ddd M/d');
  sheet.getRange(dueRow, doneColumn).setNote('Lessons due by today');
  sheet
    .getRange(dueRow, doneColumn + 1)
    .setNumberFormat('0%')
    .setNote('Where the class should be by today');
  sheet.getRange(dueRow, 1, 1, header.length).setFontColor('#5b3f86').setBackground('#f3f0f9');

  const ticks = today
    ? sampleTicks(dueDates, today)
    : SAMPLE_ROSTER.map(() => dueDates.map(() => false));
  const rows = SAMPLE_ROSTER.map((student, s) => {
    const row = firstStudentRow + s;
    return [
      student.name,
      student.email,
      ...ticks[s]!,
      `=COUNTIF(${firstLesson}${row}:${lastLesson}${row},TRUE)`,
      `=${doneLetter}${row}/${lessons}`,
    ];
  });
  // insertCheckboxes sets every cell to unchecked (docs: Range.insertCheckboxes), so it comes first.
  lessonRange(firstStudentRow, students).insertCheckboxes();
  sheet.getRange(firstStudentRow, 1, students, header.length).setValues(rows);
  sheet.getRange(firstStudentRow, doneColumn + 1, students, 1).setNumberFormat('0%');
  lessonRange(headerRow, students + 2).setHorizontalAlignment('center');
  if (today) lessonRange(firstStudentRow, students).setNotes(feedbackNotes(ticks, dueDates));

  const percents = `${percentLetter}${firstStudentRow}:${percentLetter}${firstStudentRow + students - 1}`;
  const cells = lessonRange(firstStudentRow, students);
  const due = `${firstLesson}$${dueRow}`;
  sheet.setConditionalFormatRules([
    app
      .newConditionalFormatRule()
      .whenFormulaSatisfied(`=${firstLessonA1}=TRUE`)
      .setBackground('#d9ead3')
      .setRanges([cells])
      .build(),
    app
      .newConditionalFormatRule()
      .whenFormulaSatisfied(`=AND(${due}<TODAY(),${firstLessonA1}=FALSE)`)
      .setBackground('#f4cccc')
      .setRanges([cells])
      .build(),
    app
      .newConditionalFormatRule()
      .whenFormulaSatisfied(`=AND(${due}>=TODAY(),${due}-TODAY()<=2,${firstLessonA1}=FALSE)`)
      .setBackground('#fff2cc')
      .setRanges([cells])
      .build(),
    app
      .newConditionalFormatRule()
      .whenFormulaSatisfied(`=${percentLetter}${firstStudentRow}<$${percentLetter}$${dueRow}`)
      .setFontColor('#cc0000')
      .setBold(true)
      .setRanges([sheet.getRange(percents)])
      .build(),
  ]);

  sheet.setFrozenRows(dueRow);
  sheet.setFrozenColumns(1);
  sheet.setColumnWidth(1, 150);
  sheet.setColumnWidth(2, 210);
  sheet.setColumnWidths(firstLessonColumn, lessons, 76);
  sheet.setColumnWidths(doneColumn, 2, 64);
  // Teachers hide the e-mail column: it is for sharing, not for reading.
  sheet.hideColumns(2);
  sheet.setTabColor('#5b3f86');

  // Students may tick boxes, nothing else.
  const protection = sheet
    .protect()
    .setDescription('Students tick their lessons; the rest is mine');
  protection.removeEditors(protection.getEditors());
  protection.setUnprotectedRanges([sheet.getRange(lessonsA1)]);
}

/** Dated notes on some lessons: praise on ticked ones, a nudge on missed ones. */
function feedbackNotes(ticks: boolean[][], dueDates: CalendarDay[]): string[][] {
  const random = seededRandom(12);
  return ticks.map((row) =>
    row.map((ticked, k) => {
      const due = dueDates[k]!;
      if (random() > 0.09) return '';
      const day = addDays(due, 1);
      const text = ticked
        ? FEEDBACK[Math.floor(random() * FEEDBACK.length)]!
        : FEEDBACK[[1, 3, 6][Math.floor(random() * 3)]!]!;
      return `${day.month}/${day.day}: ${text} (${SAMPLE_TEACHER_NAME})`;
    }),
  );
}

function fillLessons(sheet: Sheet, app: SpreadsheetApp, dueDates: CalendarDay[]): void {
  const header = ['#', 'Standard', 'Lesson', 'Mini-lesson', 'Due', 'Days left', 'Status'];
  sheet.getRange(1, 1, 1, header.length).setValues([header]).setFontWeight('bold');
  const rows = SAMPLE_LESSONS.map((lesson, k) => {
    const row = k + 2;
    return [
      k + 1,
      lesson.code,
      lesson.title,
      `=HYPERLINK("${lesson.video}","Watch")`,
      typed(dueDates[k]!),
      `=E${row}-TODAY()`,
      `=IF(F${row}<0,"Past due",IF(F${row}<=2,"Due soon","Upcoming"))`,
    ];
  });
  const body = sheet.getRange(2, 1, rows.length, header.length);
  body.setValues(rows);
  sheet.getRange(2, 2, rows.length, 1).setNotes(SAMPLE_LESSONS.map((lesson) => [lesson.standard]));
  sheet.getRange(2, 5, rows.length, 1).setNumberFormat('ddd M/d');
  sheet.getRange(2, 6, rows.length, 1).setNumberFormat('0');
  const status = sheet.getRange(2, 7, rows.length, 1);
  sheet.setConditionalFormatRules([
    app
      .newConditionalFormatRule()
      .whenTextEqualTo('Due soon')
      .setBackground('#fff2cc')
      .setRanges([status])
      .build(),
    app
      .newConditionalFormatRule()
      .whenTextEqualTo('Past due')
      .setFontColor('#999999')
      .setRanges([status])
      .build(),
  ]);
  sheet.setFrozenRows(1);
  sheet.setColumnWidth(1, 36);
  sheet.setColumnWidth(3, 320);
  // The due dates are the teacher's alone.
  const protection = sheet.protect().setDescription('Lesson plan');
  protection.removeEditors(protection.getEditors());
}

function fillArchive(sheet: Sheet): void {
  sheet.getRange(1, 1, 4, 3).setValues([
    ['Student', 'Unit 3: Decimals', 'Finished'],
    ['Ava Martinez', '10 / 10', true],
    ['Liam Nguyen', '9 / 10', true],
    ['Sofía Hernández', '10 / 10', true],
  ]);
  sheet.hideSheet();
}
