/**
 * The progress an imported class starts with, from the import plan's marks: per student and
 * lesson, the Done tick and the day it was ticked, and the mastery check to record (mastered by
 * observation, tested out, or a score). Every tick and check needs a day: the mark's own date when
 * the sheet gave one that can be right, else the import day.
 *
 * A mastered mark and a score are ticked as well as recorded: in the old tracker the student did the
 * lesson (a score is a check they took), and the class tracker shows a lesson done and then checked
 * that way. "Tested out" is not ticked: the student skipped the lesson on a pre-test.
 */

import { DAY_ZERO, roundPercent } from '../attempts';
import { isIsoDate, shortDate } from '../dates';
import type { IsoDate } from '../grid';
import type { Attempt } from '../lesson-state';
import type { ImportedMark, ImportPlan } from './types';

export interface CarriedLesson {
  /** The day the Done box was ticked, or null when it stays unticked. */
  readonly tickedOn: IsoDate | null;
  /** The mastery check to record, or null. */
  readonly attempt: Attempt | null;
}

export interface CarriedCounts {
  readonly ticks: number;
  readonly mastered: number;
  readonly testedOut: number;
  readonly scores: number;
}

export interface CarriedProgress {
  /** students[s][l], in the plan's order. */
  readonly students: readonly (readonly CarriedLesson[])[];
  readonly counts: CarriedCounts;
  readonly warnings: readonly string[];
}

const NOTHING: CarriedLesson = { tickedOn: null, attempt: null };

/** What one imported mark carries over, on `day`. */
function carriedMark(mark: ImportedMark, day: IsoDate): CarriedLesson {
  switch (mark.kind) {
    case 'none':
      return NOTHING;
    case 'done':
      return { tickedOn: day, attempt: null };
    case 'mastered':
      return { tickedOn: day, attempt: { kind: 'observed', on: day } };
    case 'tested-out':
      return { tickedOn: null, attempt: { kind: 'tested-out', on: day } };
    case 'attempt': {
      const percent = Number.isFinite(mark.percent) ? roundPercent(mark.percent) : 0;
      return { tickedOn: day, attempt: { kind: 'score', percent, on: day } };
    }
  }
}

/**
 * The progress to carry over. A mark's date before 2000 (attempts are kept as days from then) or
 * after `today` (a typing slip, or a due date written in the mark's cell) cannot be the day it
 * happened: such marks are dated `today`, and a warning says how many.
 */
export function carriedProgress(
  plan: Pick<ImportPlan, 'marks' | 'lessons'>,
  today: IsoDate,
): CarriedProgress {
  let ticks = 0;
  let mastered = 0;
  let testedOut = 0;
  let scores = 0;
  let redated = 0;
  const students = plan.marks.map((row) =>
    plan.lessons.map((_, l) => {
      const mark = row[l] ?? { kind: 'none' as const };
      if (mark.kind === 'none') return NOTHING;
      let day = today;
      if (mark.on !== undefined) {
        if (isIsoDate(mark.on) && mark.on >= DAY_ZERO && mark.on <= today) day = mark.on;
        else redated++;
      }
      const carried = carriedMark(mark, day);
      if (carried.tickedOn !== null) ticks++;
      if (mark.kind === 'mastered') mastered++;
      if (mark.kind === 'tested-out') testedOut++;
      if (mark.kind === 'attempt') scores++;
      return carried;
    }),
  );
  const warnings =
    redated > 0
      ? [
          `${redated} mark${redated === 1 ? ' is' : 's are'} dated before 2000 or after today: ${redated === 1 ? 'it carries' : 'they carry'} over dated today, ${shortDate(today)}.`,
        ]
      : [];
  return { students, counts: { ticks, mastered, testedOut, scores }, warnings };
}
