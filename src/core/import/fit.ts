/**
 * How well a reading fits the sheet, so the readings can be compared: names that look like names
 * and are not repeated, marks we can read, lesson titles that are titles rather than field names
 * ("Lesson Name", "Score", "Completion Date" belong to a long format's header), names left of the
 * lessons. The weights only rank readings of one sheet against each other.
 */

import type { MarkKind } from './candidate';
import { nameLikeness } from './roster';
import type { FoundMark } from './types';
import {
  normalise,
  saysDate,
  saysEmail,
  saysLongMark,
  saysName,
  saysScore,
  saysStudentDetail,
  saysStudentId,
  saysSummary,
} from './words';

/** The share of non-blank marks whose meaning we know (0.5 when there are none). */
export function knownShare(
  marks: readonly (readonly (FoundMark | null)[])[],
  kinds: ReadonlyMap<string, MarkKind>,
): number {
  let marked = 0;
  let known = 0;
  for (const row of marks) {
    for (const mark of row) {
      if (!mark) continue;
      marked++;
      if (kinds.get(mark.key)?.meaning !== 'unknown') known++;
    }
  }
  return marked === 0 ? 0.5 : known / marked;
}

/** A header word rather than a person: "lname", "grade", "Student ID", "Email". */
function isFieldName(text: string): boolean {
  return (
    saysStudentId(text) ||
    saysEmail(text) ||
    saysLongMark(text) ||
    saysScore(text) ||
    saysDate(text) ||
    saysStudentDetail(text) ||
    saysSummary(text) ||
    (saysName(text) && text.trim().split(/\s+/).length <= 2 && /name|^[fl]name$/i.test(text))
  );
}

/** A long format's field rather than a lesson: "Lesson Name", "Score", "Completion Date". */
function isFieldTitle(text: string): boolean {
  return (
    saysLongMark(text) ||
    saysScore(text) ||
    saysDate(text) ||
    /^lesson (name|id|grade|level|language|objective|title)$/.test(normalise(text))
  );
}

function share<T>(items: readonly T[], test: (item: T) => boolean): number {
  return items.length === 0 ? 0 : items.filter(test).length / items.length;
}

export interface WideFitInputs {
  readonly nameQuality: number;
  readonly names: readonly string[];
  readonly titles: readonly string[];
  readonly known: number;
  readonly nameColumn: number;
  readonly lessonColumns: readonly number[];
  /** The corner cell says the first column holds lessons ("Lesson", "Standard"). */
  readonly cornerSaysLessons: boolean;
  /** The corner cell says the first column holds names ("Student", "Name"). */
  readonly cornerSaysNames: boolean;
  readonly transposed: boolean;
}

export function wideFit(inputs: WideFitInputs): number {
  const { names, titles, lessonColumns } = inputs;
  const distinct = new Set(names.map((n) => n.toLowerCase())).size;
  const repeated = names.length === 0 ? 0 : 1 - distinct / names.length;
  const titlesLikeNames = titles.length
    ? titles.reduce((sum, t) => sum + nameLikeness(t), 0) / titles.length
    : 0.5;
  const sorted = [...lessonColumns].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  const namesRightOfLessons = median !== undefined && inputs.nameColumn > median;
  return (
    inputs.nameQuality * 2 +
    (inputs.known * 2 - 1) +
    (titles.length > 0 ? 1 : 0) +
    (names.length >= 2 ? 0.5 : 0) +
    (1 - titlesLikeNames) * 0.8 +
    (inputs.cornerSaysLessons ? 0.6 : 0) -
    (inputs.cornerSaysNames ? 0.6 : 0) -
    repeated * 2 -
    share(names, isFieldName) * 2 -
    share(titles, isFieldTitle) * 2 -
    (namesRightOfLessons ? 1 : 0) -
    (inputs.transposed ? 0.05 : 0)
  );
}
