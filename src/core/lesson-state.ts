/**
 * Lesson states, as the product brief names them: Not started → Done (waiting for a check when the
 * lesson requires one) → Mastered, or Retake by a date (below the threshold) → Tested out (shown on
 * a pre-test). A state is derived, never stored: from the student's tick and the teacher's recorded
 * mastery attempts, under the lesson's rules.
 */

import type { IsoDate } from './grid';
import { addDays } from './dates';
import { lessonThreshold, type ClassSettings, type Lesson } from './class-model';

export type LessonStateKind =
  | 'not-started'
  | 'done' // ticked; no mastery check required, so complete
  | 'waiting' // ticked; a mastery check is required and none is recorded yet
  | 'mastered'
  | 'retake'
  | 'tested-out';

/** States that count as finished for pacing, the wall's trail and the lesson a student is "on". */
export const COMPLETE_KINDS: readonly LessonStateKind[] = [
  'done',
  'waiting',
  'mastered',
  'tested-out',
];

/** One mastery check the teacher recorded. */
export type Attempt =
  | { readonly kind: 'score'; readonly percent: number; readonly on: IsoDate }
  | { readonly kind: 'observed'; readonly on: IsoDate }
  | { readonly kind: 'tested-out'; readonly on: IsoDate };

export type LessonState =
  | { readonly kind: 'not-started' | 'done' | 'waiting' | 'mastered' | 'tested-out' }
  | { readonly kind: 'retake'; readonly by: IsoDate };

export function isComplete(state: LessonState): boolean {
  return COMPLETE_KINDS.includes(state.kind);
}

/** The attempt that decides the state: the first that shows mastery, else the latest one. */
function decidingAttempt(
  attempts: readonly Attempt[],
  threshold: number,
): { attempt: Attempt; masters: boolean } | null {
  const shows = (a: Attempt) => a.kind !== 'score' || a.percent >= threshold;
  const mastering = attempts.find(shows);
  if (mastering) return { attempt: mastering, masters: true };
  const latest = attempts[attempts.length - 1];
  return latest ? { attempt: latest, masters: false } : null;
}

/**
 * A student's state on a lesson. Mastery once shown stays shown (a later lower score does not
 * take it away); otherwise the latest attempt below the threshold asks for a retake within the
 * class's retake window. Without attempts the tick decides.
 */
export function lessonState(
  lesson: Lesson,
  settings: ClassSettings,
  ticked: boolean,
  attempts: readonly Attempt[],
): LessonState {
  const deciding = decidingAttempt(attempts, lessonThreshold(lesson, settings));
  if (deciding) {
    const { attempt, masters } = deciding;
    if (masters) return { kind: attempt.kind === 'tested-out' ? 'tested-out' : 'mastered' };
    return { kind: 'retake', by: addDays(attempt.on, settings.retakeDays) };
  }
  if (!ticked) return { kind: 'not-started' };
  return { kind: lesson.checkRequired ? 'waiting' : 'done' };
}

/**
 * The state the teacher's records alone decide (mastered, tested out, retake), or null when no
 * check is recorded and the student's tick decides: the tab shows that part with a formula on the
 * Done box, so a tick shows at once, before any script runs.
 */
export function checkedState(
  lesson: Lesson,
  settings: ClassSettings,
  attempts: readonly Attempt[],
): LessonState | null {
  return attempts.length === 0 ? null : lessonState(lesson, settings, false, attempts);
}
