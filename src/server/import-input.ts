/**
 * The import's arguments checked field by field before anything is read or written: they crossed
 * google.script.run, so nothing about their shape is trusted, and every row and column a correction
 * names must lie in the sheet that was read.
 */

import type { Line, LongColumns, MarkMeaning, Orientation } from '../core/import';
import type { ImportCorrections, ImportRequest } from '../shared/sidebar-types';
import { AddonError } from './errors';

/** Which sheet to read, once checked. */
export interface CheckedSource {
  readonly sheetId?: number;
  /** The fingerprint the token carried: the cells as the teacher was shown them. */
  readonly fingerprint?: string;
  readonly sheetName?: string;
  readonly lessonsSheetName?: string;
}

export interface GridSize {
  readonly rows: number;
  readonly columns: number;
}

const ORIENTATIONS: readonly Orientation[] = [
  'students-as-rows',
  'students-as-columns',
  'long',
  'lessons-list',
];
const MEANINGS: readonly MarkMeaning[] = [
  'not-started',
  'done',
  'mastered',
  'tested-out',
  'attempt',
  'unknown',
];
const CORRECTION_FIELDS = [
  'orientation',
  'titleLines',
  'nameLines',
  'leaveOut',
  'keep',
  'longColumns',
  'marks',
  'threshold',
  'unitName',
  'checkRequired',
];
const TOKEN = /^(\d{1,12})\.([0-9a-z]{1,8})$/;
const MOST_LINES = 10_000;
const MOST_MARKS = 1_000;

function bad(message: string): never {
  throw new AddonError('bad-argument', message);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sheetName(value: unknown, what: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || value.trim() === '' || value.length > 100)
    bad(`${what} must be the name of a tab (1 to 100 characters).`);
  return value;
}

export function sourceFrom(request: unknown): CheckedSource {
  if (request === undefined || request === null) return {};
  if (!isRecord(request))
    bad('Send which sheet to read as an object, such as { sheetName: "Period 3" }.');
  const { token, sheetName: name, lessonsSheetName } = request as ImportRequest;
  let fromToken: Pick<CheckedSource, 'sheetId' | 'fingerprint'> = {};
  if (token !== undefined && token !== null) {
    const match = typeof token === 'string' ? TOKEN.exec(token) : null;
    if (!match) bad('The import token is not one the add-on gave. Read the sheet again.');
    fromToken = { sheetId: Number(match[1]), fingerprint: match[2] as string };
  }
  const checkedName = sheetName(name, 'The sheet');
  const lessons = sheetName(lessonsSheetName, 'The lessons tab');
  return {
    ...fromToken,
    ...(checkedName !== undefined ? { sheetName: checkedName } : {}),
    ...(lessons !== undefined ? { lessonsSheetName: lessons } : {}),
  };
}

function index(value: unknown, below: number, what: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value >= below)
    bad(`${what} is not in the sheet (it has ${below}).`);
  return value;
}

function indexList(value: unknown, below: number, what: string): number[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || value.length > 2)
    bad(`${what} must list one or two rows or columns.`);
  return value.map((v) => index(v, below, what));
}

function lineList(value: unknown, size: GridSize, what: string): Line[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || value.length > MOST_LINES)
    bad(`${what} must be a list of rows and columns.`);
  return value.map((line): Line => {
    if (!isRecord(line) || (line.axis !== 'row' && line.axis !== 'column'))
      bad(`${what}: each one is { axis: "row" or "column", index }.`);
    const below = line.axis === 'row' ? size.rows : size.columns;
    return {
      axis: line.axis,
      index: index(line.index, below, `${what}: ${line.axis} ${String(line.index)}`),
    };
  });
}

function longColumnsFrom(value: unknown, size: GridSize): LongColumns | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isRecord(value)) bad('The columns of a long list must be { lesson, mark?, score?, date? }.');
  const column = (v: unknown, what: string) =>
    v === undefined || v === null ? undefined : index(v, size.columns, `The ${what} column`);
  const lesson = column(value.lesson, 'lesson');
  if (lesson === undefined) bad('Say which column holds the lessons.');
  const mark = column(value.mark, 'mark');
  const score = column(value.score, 'score');
  const date = column(value.date, 'date');
  return {
    lesson,
    ...(mark !== undefined ? { mark } : {}),
    ...(score !== undefined ? { score } : {}),
    ...(date !== undefined ? { date } : {}),
  };
}

function marksFrom(value: unknown): Record<string, MarkMeaning> | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isRecord(value)) bad('Send what each mark becomes as { markKey: meaning }.');
  const entries = Object.entries(value);
  if (entries.length > MOST_MARKS) bad(`At most ${MOST_MARKS} marks can be mapped.`);
  const marks: Record<string, MarkMeaning> = {};
  for (const [key, meaning] of entries) {
    if (key.length > 300) bad('A mark key is longer than any the add-on gives.');
    if (!MEANINGS.includes(meaning as MarkMeaning))
      bad(`A mark becomes one of: ${MEANINGS.join(', ')}.`);
    marks[key] = meaning as MarkMeaning;
  }
  return marks;
}

/** The teacher's corrections, checked against the size of the sheet read. */
export function correctionsFrom(value: unknown, size: GridSize): ImportCorrections {
  if (value === undefined || value === null) return {};
  if (!isRecord(value)) bad('Send the corrections as an object.');
  for (const key of Object.keys(value)) {
    if (!CORRECTION_FIELDS.includes(key))
      bad(`The import has no correction called "${key.slice(0, 40)}".`);
  }
  const c = value as ImportCorrections;
  if (c.orientation !== undefined && !ORIENTATIONS.includes(c.orientation))
    bad(`The layout is one of: ${ORIENTATIONS.join(', ')}.`);
  const longest = Math.max(size.rows, size.columns);
  const titleLines = indexList(c.titleLines, longest, 'The title row or column');
  const nameLines = indexList(c.nameLines, longest, 'The names column or row');
  const leaveOut = lineList(c.leaveOut, size, 'Left out');
  const keep = lineList(c.keep, size, 'Put back');
  const longColumns = longColumnsFrom(c.longColumns, size);
  const marks = marksFrom(c.marks);
  if (
    c.threshold !== undefined &&
    (typeof c.threshold !== 'number' ||
      !Number.isFinite(c.threshold) ||
      c.threshold < 0 ||
      c.threshold > 100)
  )
    bad('The threshold must be a number from 0 to 100.');
  if (c.unitName !== undefined && (typeof c.unitName !== 'string' || c.unitName.length > 500))
    bad('The unit name must be text of at most 500 characters.');
  if (c.checkRequired !== undefined && typeof c.checkRequired !== 'boolean')
    bad('"Mastery check required" is true or false.');
  return {
    ...(c.orientation !== undefined ? { orientation: c.orientation } : {}),
    ...(titleLines ? { titleLines } : {}),
    ...(nameLines ? { nameLines } : {}),
    ...(leaveOut ? { leaveOut } : {}),
    ...(keep ? { keep } : {}),
    ...(longColumns ? { longColumns } : {}),
    ...(marks ? { marks } : {}),
    ...(c.threshold !== undefined ? { threshold: c.threshold } : {}),
    ...(c.unitName !== undefined ? { unitName: c.unitName.trim() } : {}),
    ...(c.checkRequired !== undefined ? { checkRequired: c.checkRequired } : {}),
  };
}
