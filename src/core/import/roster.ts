/**
 * Student names as teachers write them: "Ava Lee", "Lee, Ava", "Lee, Ava Marie 423506" (surname,
 * given names, ID), initials ("RG"), lower-case log names ("van-houten"), an e-mail beside or
 * instead of a name. Parsing gives the display name ("First Last") and its parts; likeness says how
 * much a cell looks like a person's name, which is how the names column is found.
 */

import { linkIn, normalise } from './words';

export interface ParsedName {
  readonly written: string;
  readonly name: string;
  readonly given?: string;
  readonly family?: string;
  readonly initialsOnly?: boolean;
  readonly email?: string;
  readonly studentId?: string;
}

const EMAIL = /<?\b([A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})\b>?/;
const TRAILING_ID = /[\s,]+\(?#?([A-Za-z]{0,3}\d{3,})\)?$/;
const INITIALS = /^(?:[A-Z]{2,4}|(?:[A-Z]\.\s?){2,4})$/;
/** Lower-case words that belong to surnames (van der Berg, de la Cruz). */
const PARTICLES = new Set(
  'van von der den de del della da di du la le bin binti al ibn st ter ten'.split(' '),
);
/** Words a name never holds but titles, labels, sentences and column headers do. */
const NOT_NAME_WORDS = new Set(
  [
    'the of and to in on with for a an by is are at',
    'total totals average avg mean count sum points possible max score scores class unit week',
    'quiz test lesson lessons standard standards due date grade grades mastered percent number',
    'chapter review homework exam assignment module topic skill section period teacher practice',
    'type num note notes reading slide status code description draft title name id email',
    'comment feedback level domain objective language only lecture need correct tested mastery',
    'result passed qty quantity item sku category',
  ]
    .join(' ')
    .split(' '),
);

/** Is the word (or its singular) one a name never holds? */
function notNameWord(word: string): boolean {
  return (
    NOT_NAME_WORDS.has(word) ||
    (word.length > 3 && word.endsWith('s') && NOT_NAME_WORDS.has(word.slice(0, -1)))
  );
}

function capitalise(word: string): string {
  return word.replace(
    /(^|[\s'’-])(\p{L})/gu,
    (_, before: string, letter: string) => before + letter.toUpperCase(),
  );
}

/** Lower-case or upper-case written names get the usual capitals; mixed case is left as written. */
function needsCapitals(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return (
    letters === letters.toLowerCase() || (letters === letters.toUpperCase() && letters.length > 4)
  );
}

function withCapitals(text: string): string {
  return text
    .toLowerCase()
    .split(' ')
    .map((word) => (PARTICLES.has(word) ? word : capitalise(word)))
    .join(' ');
}

/** Splits "Mary Ann van der Berg" into given "Mary Ann" and family "van der Berg". */
function splitGivenFamily(words: string[]): { given?: string; family?: string } {
  if (words.length === 0) return {};
  if (words.length === 1) return { given: words[0] };
  let start = words.length - 1;
  while (start > 1 && PARTICLES.has((words[start - 1] as string).toLowerCase())) start--;
  return { given: words.slice(0, start).join(' '), family: words.slice(start).join(' ') };
}

export function parseName(written: string): ParsedName {
  let text = written.replace(/\s+/g, ' ').trim();
  let email: string | undefined;
  let studentId: string | undefined;
  const emailMatch = EMAIL.exec(text);
  if (emailMatch) {
    email = emailMatch[1];
    text = (text.slice(0, emailMatch.index) + text.slice(emailMatch.index + emailMatch[0].length))
      .replace(/[\s,;()]+$/, '')
      .replace(/^[\s,;()]+/, '')
      .trim();
  }
  // "Hall, Finley 900001" carries an ID; "Student 001" is a placeholder name, kept whole.
  const idMatch = TRAILING_ID.exec(text);
  const before = idMatch ? text.slice(0, idMatch.index) : '';
  if (
    idMatch &&
    /\p{L}/u.test(before) &&
    (before.includes(',') || (idMatch[1] as string).length >= 5)
  ) {
    studentId = idMatch[1];
    text = text.slice(0, idMatch.index).trim();
  }
  const extras = { ...(email ? { email } : {}), ...(studentId ? { studentId } : {}) };
  if (!text && email) {
    // Only an e-mail: "ava.lee@school.org" reads as Ava Lee when the local part has two words.
    const parts = (email.split('@')[0] as string)
      .split(/[._-]+/)
      .filter((p) => /^\p{L}+$/u.test(p));
    const words = parts.length >= 2 ? parts.map(capitalise) : [];
    const name = words.length ? words.join(' ') : email;
    return { written, name, ...splitGivenFamily(words), ...extras };
  }
  if (INITIALS.test(text)) return { written, name: text, initialsOnly: true, ...extras };
  const tidyCase = needsCapitals(text) ? withCapitals : (part: string) => part;
  const comma = text.indexOf(',');
  if (comma > 0 && text.indexOf(',', comma + 1) < 0) {
    const family = tidyCase(text.slice(0, comma).trim());
    const given = tidyCase(text.slice(comma + 1).trim());
    if (family && given) return { written, name: `${given} ${family}`, given, family, ...extras };
  }
  const tidy = tidyCase(text);
  return { written, name: tidy, ...splitGivenFamily(tidy.split(' ')), ...extras };
}

/**
 * A name from the names cells of one row: one cell, or two (first and last name in the sheet's
 * order, `familyFirst` when the family name comes first). `written` is the cells as they read.
 */
export function nameFromCells(cells: readonly string[], familyFirst: boolean): ParsedName {
  const parts = cells.filter((cell) => cell !== '');
  const [left, right] = cells;
  // Two cells are read as "Last, First", so the display name comes out "First Last".
  const parsed =
    cells.length === 2 && left && right
      ? parseName(familyFirst ? `${left}, ${right}` : `${right}, ${left}`)
      : parseName(parts.join(' '));
  return { ...parsed, written: parts.join(' ') };
}

/**
 * How much the text looks like a person's name, 0 to 1. Names are short, made of letters, mostly
 * capitalised, with no title words; an ID after the name is allowed ("Hall, Finley 900001").
 */
export function nameLikeness(text: string): number {
  const trimmed = text.trim();
  if (trimmed.length < 2 || trimmed.length > 80 || trimmed.includes('\n')) return 0;
  // Formulas and HTML typed as names are still names to carry over (as plain text), if odd ones.
  if (/^[=+@]/.test(trimmed) || /<[a-z/!]/i.test(trimmed)) return 0.3;
  if (linkIn(trimmed)) return 0;
  if (EMAIL.test(trimmed) && EMAIL.exec(trimmed)?.[0] === trimmed) return 0.6;
  if (INITIALS.test(trimmed)) return 0.8;
  const words = trimmed
    .replace(EMAIL, ' ')
    .replace(TRAILING_ID, '')
    .split(/[\s,]+/)
    .filter((word) => word !== '');
  if (words.length === 0 || words.length > 6) return words.length > 6 ? 0.05 : 0;
  let score = 1;
  let letterWords = 0;
  for (const word of words) {
    const lower = normalise(word);
    if (notNameWord(lower)) score *= 0.25;
    if (/^[\p{L}][\p{L}'’.-]*$/u.test(word)) {
      letterWords++;
      if (word[0] !== (word[0] as string).toUpperCase() && !PARTICLES.has(lower)) score *= 0.85;
    } else if (/^\d+$/.test(word))
      score *= 0.7; // "Student 001"
    else score *= 0.3; // "111v111", "7.1", "2+"
  }
  if (letterWords === 0) return 0;
  if (words.length === 1 && (words[0] as string).length < 2) score *= 0.3;
  return score;
}
