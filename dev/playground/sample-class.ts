/**
 * The playground's sample class: a 5th-grade math unit (fractions) as a teacher keeps it in their
 * own spreadsheet before the add-on: a shared "Tracker" tab where 25 students tick lessons, a
 * "Lessons" tab with standards, mini-lesson links and due dates, and an archived unit hidden away.
 * Dates are relative to the emulator's today in the spreadsheet's time zone, so the class is
 * always a fortnight into its four-week unit. A later step runs the add-on's setup on it.
 *
 * It is built through the Apps Script API (the emulator's SpreadsheetApp objects), the way a
 * teacher's clicks would build it, so everything in it is something Sheets can hold.
 */

import type { Emulator, SpreadsheetDocument } from '../emulator';

export const SAMPLE_TEACHER = 'rivera@school.example';
export const SAMPLE_TEACHER_NAME = 'Ms. Rivera';
export const SAMPLE_TIME_ZONE = 'America/New_York';
export const SAMPLE_NAME = 'Room 12 · Grade 5 Math · Unit 4 Fractions';
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

export interface SampleStudent {
  name: string;
  email: string;
}

export interface SampleLesson {
  /** Common Core code, e.g. 5.NF.B.3. */
  code: string;
  title: string;
  /** The standard's own words (corestandards.org). */
  standard: string;
  video: string;
}

/** A calendar day in the spreadsheet's zone (month 1-12). */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

export const SAMPLE_STUDENTS: readonly string[] = [
  'Ava Martinez',
  'Liam Nguyen',
  'Sofía Hernández',
  'Noah Johnson',
  'Amara Okafor',
  'Mateo Rossi',
  'Zoe Kim',
  'Ethan Patel',
  'Layla Haddad',
  'Lucas Silva',
  'Mia Chen',
  'Elijah Washington',
  'Isabella García',
  "Aiden O'Brien",
  'Fatima Rahman',
  'Kai Nakamura',
  'Chloé Dubois',
  'Jayden Brooks',
  'Priya Sharma',
  'Diego Flores',
  'Hana Yılmaz',
  'Oliver Schmidt',
  'Nia Adeyemi',
  'Samuel Cohen',
  'Grace Mbeki-Jones',
];

/** Twelve lessons from the grade 5 Number and Operations—Fractions domain, and one line-plot lesson. */
export const SAMPLE_LESSONS: readonly SampleLesson[] = [
  [
    '5.NF.A.1',
    'Add and subtract fractions with unlike denominators',
    'Add and subtract fractions with unlike denominators (including mixed numbers) by replacing given fractions with equivalent fractions.',
  ],
  [
    '5.NF.A.2',
    'Word problems: adding and subtracting fractions',
    'Solve word problems involving addition and subtraction of fractions referring to the same whole, including cases of unlike denominators.',
  ],
  [
    '5.NF.B.3',
    'A fraction is a division',
    'Interpret a fraction as division of the numerator by the denominator (a/b = a ÷ b).',
  ],
  [
    '5.NF.B.4a',
    'Multiply a fraction by a whole number',
    'Interpret the product (a/b) × q as a parts of a partition of q into b equal parts.',
  ],
  [
    '5.NF.B.4b',
    'Area of rectangles with fractional sides',
    'Find the area of a rectangle with fractional side lengths by tiling it with unit squares.',
  ],
  [
    '5.NF.B.5a',
    'Multiplication as scaling',
    'Compare the size of a product to the size of one factor on the basis of the size of the other factor.',
  ],
  [
    '5.NF.B.5b',
    'Multiplying by fractions greater or less than 1',
    'Explain why multiplying a number by a fraction greater than 1 gives a greater product, and by a fraction less than 1 a smaller one.',
  ],
  [
    '5.NF.B.6',
    'Real-world problems: multiplying fractions',
    'Solve real world problems involving multiplication of fractions and mixed numbers.',
  ],
  [
    '5.NF.B.7a',
    'Divide a unit fraction by a whole number',
    'Interpret division of a unit fraction by a non-zero whole number, and compute such quotients.',
  ],
  [
    '5.NF.B.7b',
    'Divide a whole number by a unit fraction',
    'Interpret division of a whole number by a unit fraction, and compute such quotients.',
  ],
  [
    '5.NF.B.7c',
    'Real-world problems: dividing unit fractions',
    'Solve real world problems involving division of unit fractions by whole numbers and of whole numbers by unit fractions.',
  ],
  [
    '5.MD.B.2',
    'Line plots with fractions of a unit',
    'Make a line plot to display a data set of measurements in fractions of a unit (1/2, 1/4, 1/8).',
  ],
].map(([code, title, standard]) => ({
  code: code!,
  title: title!,
  standard: standard!,
  // A placeholder host (RFC 2606): the teacher's own videos would be on YouTube or Drive.
  video: `https://video.example.org/room12/${code!.toLowerCase().replace(/\./g, '-')}`,
}));

const FEEDBACK = [
  'Great use of the area model to show the product!',
  'Check your common denominators in #4 and #6, then redo the quick check.',
  'You explained why the product is smaller. Perfect!',
  'Watch the mini-lesson again from 3:10, then try the practice set.',
  'Nice line plot! Label the axis next time.',
  'Mastered on the exit ticket. Keep going!',
  "Let's meet in a small group on Thursday.",
  'Good model of the word problem. Remember to simplify 6/8.',
];

/** The student's school address: first.last, accents and apostrophes dropped. */
export function studentEmail(name: string): string {
  const plain = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/['’]/g, '');
  const [first, ...rest] = plain.split(' ');
  return `${first}.${rest.join('-')}@school.example`;
}

export const SAMPLE_ROSTER: readonly SampleStudent[] = SAMPLE_STUDENTS.map((name) => ({
  name,
  email: studentEmail(name),
}));

/** The calendar day an instant falls on in a time zone. */
export function calendarDayIn(instant: Date, timeZone: string): CalendarDay {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  }).formatToParts(instant);
  const part = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day') };
}

/** Calendar arithmetic on days, independent of any zone (UTC is only a counter here). */
function addDays(day: CalendarDay, days: number): CalendarDay {
  const date = new Date(Date.UTC(day.year, day.month - 1, day.day + days));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

function weekday(day: CalendarDay): number {
  return new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay();
}

function compareDays(a: CalendarDay, b: CalendarDay): number {
  return Date.UTC(a.year, a.month - 1, a.day) - Date.UTC(b.year, b.month - 1, b.day);
}

/** As a teacher types a date in an en_US sheet. */
function typed(day: CalendarDay): string {
  return `${day.month}/${day.day}/${day.year}`;
}

/**
 * The unit's due dates: it began on the Monday two weeks before this week, runs four school
 * weeks (20 school days), and spreads the 12 lessons evenly over them. Today is in week 3.
 */
export function sampleDueDates(today: CalendarDay): CalendarDay[] {
  const monday = addDays(today, -((weekday(today) + 6) % 7) - 14);
  const schoolDays: CalendarDay[] = [];
  for (let offset = 0; schoolDays.length < 20; offset++) {
    const day = addDays(monday, offset);
    if (weekday(day) !== 0 && weekday(day) !== 6) schoolDays.push(day);
  }
  return SAMPLE_LESSONS.map((_, k) => schoolDays[Math.round(((k + 1) * 20) / 12) - 1]!);
}

/** A small seeded generator (mulberry32), so the sample class is the same every time. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
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

/**
 * Builds the sample tracker in `emulator`, shared with the 25 students as editors, and returns it.
 * The harness writes it (outside any execution), so no add-on code runs and nothing is recorded.
 */
export function createSampleTracker(emulator: Emulator): SpreadsheetDocument {
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
  const today = calendarDayIn(emulator.clock.now(), SAMPLE_TIME_ZONE);
  const dueDates = sampleDueDates(today);

  fillLessons(spreadsheet.getSheetByName(LESSONS_SHEET)!, app, dueDates);
  fillTracker(spreadsheet.getSheetByName(TRACKER_SHEET)!, app, dueDates, today);
  fillArchive(spreadsheet.getSheetByName(ARCHIVE_SHEET)!);
  return doc;
}

function fillTracker(
  sheet: Sheet,
  app: SpreadsheetApp,
  dueDates: CalendarDay[],
  today: CalendarDay,
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

  const ticks = sampleTicks(dueDates, today);
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
  lessonRange(firstStudentRow, students).setNotes(feedbackNotes(ticks, dueDates));

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
