/**
 * Lesson states, as the product brief names them: Not started → Done (waiting for a check when the
 * lesson requires one) → Mastered, or Retake by a date (below the threshold) → Tested out (shown on
 * a pre-test). The states a student's tab shows are derived from these kinds plus the lesson's
 * rules; the derivation lives beside the class model.
 */

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
