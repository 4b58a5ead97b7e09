/**
 * Pacing, as the tab's formulas show it and the sidebar lists it: expected progress today is the
 * number of lessons due on or before today; actual is the lessons complete (done, waiting for a
 * check, mastered, tested out). The tab computes the same with TODAY(), so it stays right with no
 * script; this is the sidebar's copy for the teacher's overview.
 */

import type { Lesson } from './class-model';
import type { IsoDate } from './grid';
import { isComplete, type LessonState } from './lesson-state';

export interface Pacing {
  readonly expected: number;
  readonly actual: number;
  /** actual - expected: negative when behind. */
  readonly difference: number;
  /** "On pace", "Behind by 2", "Ahead by 1": the tab's words. */
  readonly words: string;
}

export function pacingFor(
  lessons: readonly Lesson[],
  states: readonly LessonState[],
  today: IsoDate,
): Pacing {
  const expected = lessons.filter((lesson) => lesson.due !== null && lesson.due <= today).length;
  const actual = states.filter(isComplete).length;
  const difference = actual - expected;
  const words =
    difference === 0
      ? 'On pace'
      : difference < 0
        ? `Behind by ${-difference}`
        : `Ahead by ${difference}`;
  return { expected, actual, difference, words };
}
