/**
 * What a mark in an existing tracker means: ticked checkboxes, X and ✓, dates (ticked that day),
 * scores and percentages (a scored check), standards-based levels 1-4 with + and -, mastery codes
 * (M, Mastered, Passed, S/I/N/E), "tested out". A mark we cannot read is 'unknown' and the teacher
 * decides; nothing is guessed silently.
 */

import { isDateCell, type Cell, type IsoDate } from '../grid';
import { readDate } from './dates';
import type { MarkMeaning } from './types';

/**
 * How the sheet's marks are written, decided once per sheet: 'levels' for a 1-4 standards-based
 * scale (3 = meets the standard), 'sin' for S/I/N/E mastery grading, 'plain' otherwise.
 */
export type MarkScale = 'plain' | 'levels' | 'sin';

export interface ReadMark {
  readonly key: string;
  readonly label: string;
  readonly meaning: MarkMeaning;
  readonly why: string;
  readonly written: string;
  readonly percent?: number;
  readonly on?: IsoDate;
}

export interface MarkContext {
  readonly scale: MarkScale;
  /** The maximum a number is out of (points possible, a Points cell, or the sheet's scale). */
  readonly max?: number;
  readonly locale?: string;
}

type Known = readonly [MarkMeaning, string];

const DONE: Known = ['done', 'a tick'];
const NOT_STARTED: Known = ['not-started', 'nothing recorded'];
const MASTERED: Known = ['mastered', 'says mastered'];
const TESTED_OUT: Known = ['tested-out', 'says tested out (pre-test)'];
const NOT_YET: Known = ['attempt', 'a check below mastery'];

/** Marks whose meaning does not depend on the sheet. Keys are lower case. */
const VOCABULARY = new Map<string, Known>([
  ...[
    'x',
    '✓',
    '✔',
    '✔️',
    '☑',
    '☑️',
    '√',
    'y',
    'yes',
    'done',
    'complete',
    'completed',
    'finished',
    'turned in',
    'submitted',
    'handed in',
    'ok',
  ].map((word): [string, Known] => [word, DONE]),
  ...[
    '-',
    '–',
    '—',
    'n/a',
    'na',
    'no',
    'not started',
    'not done',
    'missing',
    'excused',
    'ex',
    'exc',
    'absent',
    'abs',
    '✗',
    '✘',
    'incomplete',
    'inc',
    'ungraded',
    'not submitted',
    'not turned in',
  ].map((word): [string, Known] => [word, NOT_STARTED]),
  ...[
    'm',
    'mastered',
    'mastery',
    'master',
    'proficient',
    'meets',
    'exceeds',
    'advanced',
    'pass',
    'passed',
    'got it',
  ].map((word): [string, Known] => [word, MASTERED]),
  ...[
    'tested out',
    'tested-out',
    'test out',
    'testedout',
    'to',
    'pretest',
    'pre-test',
    'pre test',
    'passed pretest',
    'passed pre-test',
    'passed pre test',
  ].map((word): [string, Known] => [word, TESTED_OUT]),
  ...[
    'not passed',
    'not yet',
    'ny',
    'retake',
    'redo',
    'fail',
    'failed',
    'developing',
    'approaching',
    'beginning',
    'partial',
    'needs work',
    'not mastered',
  ].map((word): [string, Known] => [word, NOT_YET]),
]);

/** S/I/N/E mastery grading: S satisfactory and E excellent are mastery; I and N are not yet. */
const SIN_MEANINGS = new Map<string, Known>([
  ['s', ['mastered', 'S: satisfactory evidence of mastery']],
  ['e', ['mastered', 'E: excellent evidence of mastery']],
  ['i', ['attempt', 'I: insufficient evidence of mastery']],
  ['n', ['attempt', 'N: no evidence of mastery yet']],
]);

const LEVEL = /^([0-4])(?:\.(\d))?\s*([+-])?$/;
const ERROR = /^#(REF!|N\/A|NAME\?|DIV\/0!|VALUE!|NUM!|NULL!|ERROR!)$/i;

export function markWords(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** Is this text a mark whose meaning we know whatever the sheet (X, ✓, Mastered, ...)? */
export function isKnownMark(text: string): boolean {
  return VOCABULARY.has(markWords(text));
}

/**
 * The sheet's scale, from the distinct texts (as markWords gives them) and numbers among its marks.
 * A 1-4 scale shows itself by its + and - ("2+", "3-"), or by whole numbers 1-4 and nothing else
 * when no points possible are given. S/I/N/E needs at least two of its letters and no other codes.
 */
export function markScale(
  texts: ReadonlySet<string>,
  numbers: readonly number[],
  hasMax: boolean,
): MarkScale {
  const sinLetters = [...texts].filter((text) => SIN_MEANINGS.has(text)).length;
  const others = [...texts].filter(
    (text) => !SIN_MEANINGS.has(text) && !VOCABULARY.has(text),
  ).length;
  if (sinLetters >= 2 && others === 0 && texts.has('s')) return 'sin';
  if ([...texts].some((text) => /^[0-4][+-]$/.test(text))) return 'levels';
  if (
    !hasMax &&
    numbers.length > 0 &&
    numbers.every((n) => Number.isInteger(n) && n >= 1 && n <= 4) &&
    new Set(numbers).size >= 3
  ) {
    return 'levels';
  }
  return 'plain';
}

function levelMark(written: string, level: number, modifier: string | undefined): ReadMark {
  // Standards-based 4-point scales: 1 beginning, 2 approaching, 3 meets the standard, 4 exceeds.
  // A + or - moves a third of a level.
  const value = level + (modifier === '+' ? 1 / 3 : modifier === '-' ? -1 / 3 : 0);
  const key = `level:${level}${modifier ?? ''}`;
  const label = `${level}${modifier ?? ''}`;
  if (value >= 3) {
    return {
      key,
      label,
      meaning: 'mastered',
      why: `${label} on a 1-4 scale meets the standard`,
      written,
    };
  }
  return {
    key,
    label,
    meaning: 'attempt',
    why: `${label} on a 1-4 scale is below the standard (3)`,
    written,
    percent: Math.round((value / 4) * 100),
  };
}

function scoreMark(written: string, value: number, max: number | undefined): ReadMark {
  const outOf = max && max > 0 ? max : 100;
  return {
    key: 'score',
    label: 'a score',
    meaning: 'attempt',
    why: 'a scored check',
    written,
    percent: Math.round((value / outOf) * 1000) / 10,
  };
}

/** Reads one non-blank mark; returns null for a blank cell. */
export function readMark(cell: Cell | undefined, context: MarkContext): ReadMark | null {
  if (cell === undefined) return null;
  if (typeof cell === 'boolean') {
    return cell
      ? {
          key: 'bool:true',
          label: 'TRUE (ticked)',
          meaning: 'done',
          why: 'a ticked checkbox',
          written: 'TRUE',
        }
      : {
          key: 'bool:false',
          label: 'FALSE (not ticked)',
          meaning: 'not-started',
          why: 'an empty checkbox',
          written: 'FALSE',
        };
  }
  if (isDateCell(cell)) {
    return {
      key: 'date',
      label: 'a date',
      meaning: 'done',
      why: 'ticked on that day',
      written: cell.date,
      on: cell.date,
    };
  }
  if (typeof cell === 'number') {
    const written = String(cell);
    if (cell < 0)
      return {
        key: `number:${written}`,
        label: written,
        meaning: 'unknown',
        why: 'a negative number is a marker we cannot read',
        written,
      };
    if (context.scale === 'levels' && cell <= 4 && Number.isInteger(cell * 10)) {
      return levelMark(written, Math.floor(cell), undefined);
    }
    return scoreMark(written, cell, context.max);
  }
  const written = cell.trim();
  if (written === '') return null;
  const words = markWords(written);
  const level = LEVEL.exec(words);
  if (context.scale === 'levels' && level && !level[2]) {
    return levelMark(written, Number(level[1]), level[3]);
  }
  if (context.scale === 'sin') {
    const sin = SIN_MEANINGS.get(words);
    if (sin)
      return {
        key: `text:${words}`,
        label: written.toUpperCase(),
        meaning: sin[0],
        why: sin[1],
        written,
        ...(sin[0] === 'attempt' ? { percent: 0 } : {}),
      };
  }
  const known = VOCABULARY.get(words);
  if (known) {
    return {
      key: `text:${words}`,
      label: written,
      meaning: known[0],
      why: known[1],
      written,
      ...(known[0] === 'attempt' ? { percent: 0 } : {}),
    };
  }
  const percent = /^(\d+(?:\.\d+)?)\s*%$/.exec(words);
  if (percent) {
    return {
      key: 'percent',
      label: 'a percentage',
      meaning: 'attempt',
      why: 'a scored check',
      written,
      percent: Number(percent[1]),
    };
  }
  const fraction = /^(\d+(?:\.\d+)?)\s*\/\s*(\d+(?:\.\d+)?)$/.exec(words);
  if (fraction && Number(fraction[2]) > 0) {
    return scoreMark(written, Number(fraction[1]), Number(fraction[2]));
  }
  if (/^\d+(?:\.\d+)?$/.test(words)) return readMark(Number(words), context);
  const date = readDate(written, context.locale);
  if (date?.date)
    return {
      key: 'date',
      label: 'a date',
      meaning: 'done',
      why: 'ticked on that day',
      written,
      on: date.date,
    };
  if (date?.yearless)
    return {
      key: 'date-no-year',
      label: 'a date without a year',
      meaning: 'done',
      why: 'ticked, on a day we cannot place without a year',
      written,
    };
  if (ERROR.test(words))
    return {
      key: 'error',
      label: 'an error value (#REF!, #N/A)',
      meaning: 'not-started',
      why: 'a formula error holds no mark',
      written,
    };
  if (written.length > 40 || written.includes('\n')) {
    return {
      key: 'long-text',
      label: 'longer text (a comment)',
      meaning: 'unknown',
      why: 'free text, not a mark',
      written: written.slice(0, 200),
    };
  }
  return {
    key: `text:${words}`,
    label: written,
    meaning: 'unknown',
    why: `we do not know what "${written}" means`,
    written,
  };
}
