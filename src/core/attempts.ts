/**
 * Mastery attempts, packed small enough that a whole class's history fits in the document's
 * properties (never in cells: students can open every tab): 5 characters per attempt, one property
 * per student. 150 students x 80 lessons x 3 attempts fit with room to spare (a test does the sums).
 */

import { addDays, daysBetween } from './dates';
import type { IsoDate } from './grid';
import type { Attempt } from './lesson-state';

/** Attempts of one student, by lesson id, oldest first. */
export type StudentAttempts = ReadonlyMap<string, readonly Attempt[]>;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const DIGIT = new Map([...ALPHABET].map((ch, i) => [ch, i]));
/** Days are counted from here; three characters reach 717 years further. */
export const DAY_ZERO: IsoDate = '2000-01-01';
const OBSERVED = 4000;
const TESTED_OUT = 4001;
export const ATTEMPT_CHARS = 5;

function digits(value: number, width: number): string {
  let out = '';
  let rest = value;
  for (let i = 0; i < width; i++) {
    out = ALPHABET[rest % 64] + out;
    rest = Math.floor(rest / 64);
  }
  if (rest !== 0) throw new RangeError(`${value} does not fit in ${width} characters`);
  return out;
}

function undigits(text: string): number {
  let value = 0;
  for (const ch of text) {
    const d = DIGIT.get(ch);
    if (d === undefined) throw new Error(`Not an attempt character: ${ch}`);
    value = value * 64 + d;
  }
  return value;
}

/** A percent kept to one decimal place (0-100). */
export function roundPercent(percent: number): number {
  return Math.round(Math.min(100, Math.max(0, percent)) * 10) / 10;
}

export function encodeAttempt(attempt: Attempt): string {
  const code =
    attempt.kind === 'score'
      ? Math.round(roundPercent(attempt.percent) * 10)
      : attempt.kind === 'observed'
        ? OBSERVED
        : TESTED_OUT;
  return digits(code, 2) + digits(daysBetween(DAY_ZERO, attempt.on), 3);
}

export function decodeAttempt(text: string): Attempt {
  const code = undigits(text.slice(0, 2));
  const on = addDays(DAY_ZERO, undigits(text.slice(2, 5)));
  if (code === OBSERVED) return { kind: 'observed', on };
  if (code === TESTED_OUT) return { kind: 'tested-out', on };
  if (code > 1000) throw new Error(`Not an attempt: ${text}`);
  return { kind: 'score', percent: code / 10, on };
}

/** "l1:AAxyzBBxyz,l2:..." for one student. */
export function encodeStudentAttempts(attempts: StudentAttempts): string {
  const parts: string[] = [];
  for (const [lessonId, list] of attempts) {
    if (list.length > 0) parts.push(`${lessonId}:${list.map(encodeAttempt).join('')}`);
  }
  return parts.join(',');
}

export function decodeStudentAttempts(text: string): Map<string, Attempt[]> {
  const result = new Map<string, Attempt[]>();
  if (text === '') return result;
  for (const part of text.split(',')) {
    const colon = part.indexOf(':');
    const lessonId = part.slice(0, colon);
    const packed = part.slice(colon + 1);
    const list: Attempt[] = [];
    for (let i = 0; i + ATTEMPT_CHARS <= packed.length; i += ATTEMPT_CHARS) {
      list.push(decodeAttempt(packed.slice(i, i + ATTEMPT_CHARS)));
    }
    result.set(lessonId, list);
  }
  return result;
}

/** The student's attempts with one more for a lesson. */
export function withAttempt(
  attempts: StudentAttempts,
  lessonId: string,
  attempt: Attempt,
): Map<string, Attempt[]> {
  const next = new Map<string, Attempt[]>();
  for (const [id, list] of attempts) next.set(id, [...list]);
  next.set(lessonId, [...(next.get(lessonId) ?? []), attempt]);
  return next;
}
