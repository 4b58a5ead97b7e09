/**
 * What the corpus's README (../shared/fixtures/trackers/README.md) states about each file, as facts
 * detection must match: roster size, lesson count, which rows are not students. Each entry quotes
 * the README's words it comes from. A file the README does not describe is still read, and still
 * gets the checks every file gets (see check.ts).
 */

import type { Orientation } from '../../src/core/import';

export interface SheetFacts {
  /** An XLSX sheet's name; a CSV has one sheet. */
  readonly sheet?: string;
  /** The README's words these facts come from. */
  readonly readme: string;
  readonly orientation?: Orientation | readonly Orientation[];
  /** How many students; or the distinct values of these CSV columns (a long format's roster). */
  readonly students?: number | { readonly distinctIn: readonly string[] };
  /** 1-based rows holding the students, first and last. */
  readonly studentRows?: readonly [number, number];
  readonly lessons?: number;
  /** The lessons' titles, in order (all of them). */
  readonly lessonTitles?: readonly string[];
  /** The first lessons' titles, in order. */
  readonly firstLessons?: readonly string[];
  /** Every lesson's title matches. */
  readonly titles?: RegExp;
  /** Every lesson has a code, and it matches. */
  readonly codes?: RegExp;
  /** Titles that are not lessons (summary and companion columns). */
  readonly notLessons?: readonly string[];
  /** 1-based rows never read as students (headers, points possible, totals, comments). */
  readonly notStudents?: readonly number[];
  /** No student at or below this 1-based row (totals, distribution tables, footers). */
  readonly noStudentsFrom?: number;
  /**
   * Learning targets the README lists: each one occurring in this CSV column (its version letter
   * stripped, as the README says) must be a lesson.
   */
  readonly targets?: { readonly column: string; readonly list: readonly string[] };
}

export interface FileFacts {
  readonly file: string;
  readonly sheets: readonly SheetFacts[];
}

const range = (prefix: string, from: number, to: number): string[] =>
  Array.from({ length: to - from + 1 }, (_, i) => `${prefix}${from + i}`);

const MAJ0_SHEET = {
  readme:
    'Rows 2–14 are 13 students (ID in A, first name in B, last name in C); row 1 has ID, the name columns, then topic/standard numbers as integers; then a blank spacer column and Total Mastered; row 15 is a per-topic totals row; rows 16+ hold a distribution table.',
  orientation: 'students-as-rows',
  students: 13,
  studentRows: [2, 14],
  titles: /^\d+$/,
  notLessons: ['Total Mastered'],
  notStudents: [1, 15, 16],
  noStudentsFrom: 15,
} as const;

export const CORPUS_FACTS: readonly FileFacts[] = [
  {
    file: 'eld_gradebook_sbg_codes.csv',
    sheets: [
      {
        readme:
          'B1… hold 31 assignments. Row 2 is the points-possible row (blank label, 100 in every column). Rows 3–9 are 7 students, identified only by initials.',
        orientation: 'students-as-rows',
        students: 7,
        studentRows: [3, 9],
        lessons: 31,
        notStudents: [1, 2],
      },
    ],
  },
  {
    file: 'mastery_multisheet_MAJ0.xlsx',
    sheets: [
      { sheet: 'Mini Review A', ...MAJ0_SHEET },
      { sheet: 'Review 1', ...MAJ0_SHEET },
      { sheet: 'Mini Review B', ...MAJ0_SHEET },
      { sheet: 'Review 2', ...MAJ0_SHEET },
      {
        sheet: 'Mini Review C',
        ...MAJ0_SHEET,
        readme: `${MAJ0_SHEET.readme} Mini Review C uses the non-contiguous set 6,9,10,…,21.`,
        lessonTitles: ['6', ...range('', 9, 21)],
      },
      {
        sheet: 'Final',
        ...MAJ0_SHEET,
        readme: `${MAJ0_SHEET.readme} Topic numbers 1,2,3,4 … up to 25.`,
        lessonTitles: range('', 1, 25),
      },
    ],
  },
  {
    file: 'benchmark_by_standard_2row_header_deidentified.csv',
    sheets: [
      {
        readme:
          'A two-row header: row 1 is Student,Id and then each TEKS code repeated three times; row 2 has Correct,Tested,Mastery repeated. 27 standards × 3 = 81 data columns. Rows 3–63 are 61 students. The standard codes carry a year suffix in parentheses.',
        orientation: 'students-as-rows',
        students: 61,
        studentRows: [3, 63],
        lessons: 27,
        codes: /^8\.\d+[A-Z]$/,
        notLessons: ['Correct', 'Tested', 'Mastery'],
        notStudents: [1, 2],
      },
    ],
  },
  {
    file: 'msteams_grades_export_algebra2.csv',
    sheets: [
      {
        readme:
          'Row 1 is First Name,Last Name,Email Address followed by a column triple for each of ~141 assignments: <assignment title>, Points, Feedback. 426 columns, 31 students.',
        orientation: 'students-as-rows',
        students: 31,
        studentRows: [2, 32],
        // 426 columns = 3 name columns + 141 × 3.
        lessons: 141,
        notLessons: ['Points', 'Feedback'],
        notStudents: [1],
      },
    ],
  },
  {
    file: 'canvas_legacy_gradebook_export_CR.csv',
    sheets: [
      {
        readme:
          'Row 1 is Student,ID,Section,Quiz 1…Quiz 9,Paper 1…3,Final Exam,Attendance 1,Attendance 2. Row 2 is Points Possible. Then 15 students as "Last, First".',
        orientation: 'students-as-rows',
        students: 15,
        studentRows: [3, 17],
        lessonTitles: [
          ...range('Quiz ', 1, 9),
          ...range('Paper ', 1, 3),
          'Final Exam',
          'Attendance 1',
          'Attendance 2',
        ],
        notStudents: [1, 2],
      },
    ],
  },
  {
    file: 'university_gradesheet_merged_headers_vi.xlsx',
    sheets: [
      {
        readme:
          'Rows 1–9 are an institutional letterhead and form. Rows 10–11 are a 2-row merged header: Điểm học phần merged across F10:H10 over the sub-headers CC, GK, CK in row 11; Tổng điểm sits in I. Rows 12–21 are 10 students. Rows 22–78 are empty, then the footer: a count row, a date line and a signature block.',
        orientation: 'students-as-rows',
        students: 10,
        studentRows: [12, 21],
        lessonTitles: ['CC', 'GK', 'CK'],
        notLessons: ['Tổng điểm'],
        notStudents: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
        noStudentsFrom: 22,
      },
    ],
  },
  {
    file: 'participation_grid_maxscore_row.csv',
    sheets: [
      {
        readme:
          'seat,id,name,week 1,7.1 Voc,week 2,…. Row 2 is a pseudo-student 0,0,Max Score,5,5,… holding the maximum for each column. After it come the real students. Tiny file: 2 data rows.',
        orientation: 'students-as-rows',
        students: 1,
        studentRows: [3, 3],
        firstLessons: ['week 1', '7.1 Voc', 'week 2'],
        notStudents: [1, 2],
      },
    ],
  },
  {
    file: 'iready_math_lessons_long.csv',
    sheets: [
      {
        readme:
          'Long format, one row per student × completed lesson. Last Name, First Name, Student ID, … Lesson Name …. 33 columns, 5 data rows.',
        orientation: 'long',
        students: { distinctIn: ['Last Name', 'First Name'] },
        notStudents: [1],
      },
    ],
  },
  {
    file: 'mastery_long_format_SIN.csv',
    sheets: [
      {
        readme:
          '5 comment lines starting with %, then the header date,assID,lname,grade, then 420 events. The roster is implicit: unique lname values. The target list is F1–F3, L1–L5, D1–D7, A1–A5, I1–I5, with the version letter stripped.',
        orientation: 'long',
        students: { distinctIn: ['lname'] },
        notStudents: [1, 2, 3, 4, 5, 6],
        targets: {
          column: 'assID',
          list: [
            ...range('F', 1, 3),
            ...range('L', 1, 5),
            ...range('D', 1, 7),
            ...range('A', 1, 5),
            ...range('I', 1, 5),
          ],
        },
      },
    ],
  },
  {
    file: 'course_schedule_due_dates_multiline.csv',
    sheets: [
      {
        readme:
          'The syllabus/schedule for a course: one row per class day, no roster (R: —); due dates only inside multi-line Markdown cells.',
        orientation: ['lessons-list', 'none'],
        students: 0,
      },
    ],
  },
  {
    file: 'ccss_math_grade5_standards.csv',
    sheets: [
      {
        readme:
          'I selected the 40 grade-5 standards and sub-standards. Columns: code (current notation with the cluster letter, e.g. 5.NBT.A.3a), legacy_code, official_id, …, description.',
        orientation: 'lessons-list',
        students: 0,
        lessons: 40,
        codes: /^5\.[A-Z]+\.[A-C]\.\d+[a-z]?$/,
      },
    ],
  },
  {
    file: 'texas_teks_grade8_math_standards.csv',
    sheets: [
      {
        readme: '"Reporting Category","Standard Code","Description". Codes look like 8.2A, 8.10C.',
        orientation: 'lessons-list',
        students: 0,
        codes: /^8\.\d+[A-Z]$/,
      },
    ],
  },
];
