/**
 * The words teachers and gradebook exports put in headers and labels, and what each says a row or
 * column is: names, IDs, e-mails, details about a student, summaries, points possible, due dates,
 * links, standard codes, lesson titles, marks. Matching ignores case, accents and punctuation, so
 * "Họ và tên" reads as "ho va ten" and "    Points Possible" as "points possible".
 */

import { isBlank, isDateCell, type Cell } from '../grid';

/** The cell as text: '' for blank, numbers in plain notation, TRUE/FALSE, dates as yyyy-mm-dd. */
export function cellText(cell: Cell | undefined): string {
  if (cell === undefined) return '';
  if (typeof cell === 'string') return cell.trim();
  if (typeof cell === 'number') return String(cell);
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if (isDateCell(cell)) return cell.date;
  return '';
}

const normalised = new Map<string, string>();

/** Lower case, accents and punctuation dropped, spaces collapsed: the form keywords are matched in. */
export function normalise(text: string): string {
  // The same few labels are asked about again and again across a sheet; remember them.
  const known = normalised.get(text);
  if (known !== undefined) return known;
  if (normalised.size > 5000) normalised.clear();
  const result = normaliseOnce(text);
  normalised.set(text, result);
  return result;
}

function normaliseOnce(text: string): string {
  return text
    .slice(0, 200) // a header longer than this is not a keyword; keep matching cheap on huge cells
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9%#@+\-\s]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function exactly(...words: string[]): (text: string) => boolean {
  const set = new Set(words);
  return (text) => set.has(normalise(text));
}

function matching(pattern: RegExp): (text: string) => boolean {
  return (text) => pattern.test(normalise(text));
}

const NAME_HEADERS = exactly(
  'name',
  'names',
  'student',
  'students',
  'student name',
  'student names',
  'full name',
  'pupil',
  'learner',
  'nom',
  'nombre',
  'alumno',
  'estudiante',
  'eleve',
  'schuler',
  'ho va ten',
  'ho ten',
  'ten',
  'lname',
  'fname',
);
const NAME_IN_HEADER = matching(/\b(student|pupil|learner)s? name\b|\bname\b/);

/** A header naming the students' names column. */
export const saysName = (text: string): boolean => NAME_HEADERS(text) || NAME_IN_HEADER(text);

export const saysFirstName = matching(/\b(first|given|fore) ?names?\b|^fname$|^prenom$|^first$/);
export const saysLastName = matching(
  /\b(last|family|sur) ?names?\b|^lname$|^surname$|^last$|^nom de famille$/,
);
export const saysNickname = matching(/\bnick ?names?\b|\bpreferred (first )?name\b|\bgoes by\b/);
export const saysEmail = matching(/\be ?mail\b/);
/** A student's ID (not a lesson's). */
export const saysStudentId = (text: string): boolean =>
  !saysLesson(text) &&
  matching(/(^| )(id|ids|sis( user)? id|student (id|number|no)|id number|ma sv|msv|mssv)$/)(text);
/** A running number: seat, row number, "STT", "#", "No.". */
export const saysRowNumber = matching(/^(#|no|nr|num|number|seat|stt|row|s no|sr no)$/);
/** Facts about a student that are neither names nor lessons. */
export const saysStudentDetail = matching(
  /^(section|sections|class|classes|class es|period|homeroom|grade level|student grade|grade lvl|teacher|teachers|class teacher s|school|subject|course|year|academic year|user ?name|login|sis login id|report group s|gender|sex|lop|ngay sinh)$|\b(birth|dob|birthday|ethnic|race|hispanic|latino|english language learner|special education|economically|migrant|iep)\b/,
);
/** A column of totals, averages or progress, not a lesson. */
export const saysSummary = matching(
  /\b(total|totals|sum|average|averages|avg|mean|median|count|overall|percentage|tong|tong diem)\b|^(grade|grades|score|scores|final grade|letter grade|current grade|current score|final score|unposted score|unposted grade|current points|final points|progress)$|% ?(done|complete|completed|mastered)|^# ?(done|mastered)|\b(done|mastered|completed) count\b|^(lessons )?(done|mastered)$|%$|^percent( done| complete)?$/,
);
/** A row label for a summary row (totals, averages, counts). */
export const labelsSummary = matching(
  /^(total|totals|sum|average|averages|avg|mean|median|count|class average|class avg|class mean|overall|% ?done|percent|# mastered|number mastered|tong)\b/,
);
/** A row label (or pseudo-student) holding each lesson's maximum. */
export const labelsPointsPossible = matching(
  /^(points? possible|possible( points)?|max|maximum|max(imum)? (score|points|pts|marks)|out of|total points|pts possible|full marks)$/,
);
export const labelsDue = matching(
  /^(due|due date|due dates|date due|deadline|due by|due on|target date)$/,
);
export const labelsLink = matching(
  /^(link|links|video|videos|url|urls|mini ?lesson|mini-lesson|lesson video|lesson link|resource|resources)$/,
);
export const labelsCode = matching(
  /^(standard|standards|code|codes|standard code|standards code|ccss|teks|ngss|objective code)$/,
);
/** A column of a lesson's column group that is not the mark itself. */
export const saysCompanion = matching(
  /^(points|pts|possible|points possible|max|max points|out of|feedback|comment|comments|note|notes|correct|tested|attempts?|tries|weight)$/,
);
/** Companion columns that give the maximum for the cell beside them. */
export const saysMaxPoints = matching(
  /^(points|pts|possible|points possible|max|max points|out of)$/,
);
/** Within a column group, the column holding the mark itself. */
export const saysMark = matching(
  /^(mastery|mastery %|%|percent|percentage|score|grade|mark|marks|level|result|status|done|complete|completed)$/,
);
/** A column (long format, lessons list) of lesson names. */
export const saysLesson = matching(
  /\b(lesson|lessons|assignment|assignments|assessment|standard|standards|skill|skills|target|targets|objective|topic|task|activity|quiz|item|assid|ass id|learning target)\b/,
);
export const saysTitle = matching(
  /^(title|lesson|lesson name|lesson title|name|topic|skill|assignment|assignment name|learning target|target|objective|description|standard description|standard|activity|task)$/,
);
export const saysDescription = matching(/\b(description|descriptor|statement|text)\b/);
/** A long format's mark column. */
export const saysLongMark = matching(
  /\b(grade|mark|result|status|passed|pass|mastery|level|rating|evidence|outcome)\b/,
);
export const saysScore = matching(/\b(score|percent|percentage|points|pts)\b|%/);
export const saysDate = matching(/\b(date|completed|completion|when|day|on)\b/);

/** Is this cell's text an http(s) link? Returns it. */
export function linkIn(text: string): string | undefined {
  const match = /https?:\/\/[^\s<>"']+/i.exec(text.slice(0, 2000));
  return match ? match[0] : undefined;
}

export function isText(cell: Cell | undefined): cell is string {
  return typeof cell === 'string' && !isBlank(cell);
}

/** A number, or a number stored as text ("20"), else undefined. */
export function numberIn(cell: Cell | undefined): number | undefined {
  if (typeof cell === 'number') return cell;
  if (typeof cell === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(cell)) return Number(cell);
  return undefined;
}
