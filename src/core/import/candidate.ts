/**
 * One reading of the sheet (students as rows, as columns, long, or a lessons list) before the
 * readings are compared: what it found, how well it fits, and what a teacher should hear about it.
 */

import type {
  FoundLesson,
  FoundMark,
  FoundStudent,
  LeftOut,
  Line,
  LongColumns,
  MarkMeaning,
  Orientation,
} from './types';

export interface MarkKind {
  readonly label: string;
  readonly meaning: MarkMeaning;
  readonly why: string;
}

export interface Candidate {
  readonly orientation: Orientation;
  readonly titleLines: readonly Line[];
  readonly nameLines: readonly Line[];
  readonly students: readonly FoundStudent[];
  readonly lessons: readonly FoundLesson[];
  readonly marks: readonly (readonly (FoundMark | null)[])[];
  readonly leftOut: readonly LeftOut[];
  readonly longColumns?: LongColumns;
  readonly unitName?: string;
  /** Each mark key met while reading: what a teacher calls it and what it becomes. */
  readonly kinds: ReadonlyMap<string, MarkKind>;
  /** How well this reading fits; the best one wins. */
  readonly fit: number;
  /** What was found, in sentences (the confidence's reasons). */
  readonly found: readonly string[];
  /** Assumptions that make the confidence medium at best. */
  readonly doubts: readonly string[];
  /** Problems that make it low. */
  readonly problems: readonly string[];
  readonly warnings: readonly string[];
}

/** A reading that did not work, and why, for when no reading does. */
export interface Failure {
  readonly orientation: Orientation;
  readonly why: string;
}

export function isCandidate(result: Candidate | Failure): result is Candidate {
  return 'fit' in result;
}
