/**
 * What a numeric mark is out of. The sheet says so with a points-possible or "Max Score" row, or a
 * Points column beside each score; otherwise each lesson's maximum is guessed from its highest score
 * (out of 1 for fractions, 10, or 100) and the teacher is told.
 */

export interface Guess {
  readonly max: number;
  /** How the guess reads in a sentence: "out of 10", "as percentages". */
  readonly reading?: string;
}

/** A lesson's maximum from its scores, when nothing in the sheet gives it. */
export function guessMax(scores: readonly number[]): Guess {
  const seen = scores.filter((n) => n >= 0);
  const highest = seen.length ? Math.max(...seen) : 0;
  if (highest === 0) return { max: 100 }; // no scores, or only zeros: 0% whatever the maximum
  if (highest <= 1 && seen.some((n) => !Number.isInteger(n)))
    return { max: 1, reading: 'as fractions (0.85 is 85%)' };
  if (highest <= 10) return { max: 10, reading: 'out of 10' };
  if (highest <= 100) return { max: 100, reading: 'as percentages' };
  return { max: highest, reading: `out of ${highest}, the highest score` };
}

/** One sentence on the guesses made, or undefined when none was needed. */
export function guessNote(guesses: readonly Guess[]): string | undefined {
  const counts = new Map<string, number>();
  for (const guess of guesses)
    if (guess.reading) counts.set(guess.reading, (counts.get(guess.reading) ?? 0) + 1);
  if (counts.size === 0) return undefined;
  const parts = [...counts].map(([reading, n]) =>
    counts.size === 1 ? reading : `${reading} in ${n} lesson${n === 1 ? '' : 's'}`,
  );
  return `No points possible are given, so scores are read ${parts.join(' and ')}.`;
}

/** The label of the 'score' mark in the preview. */
export function scoreLabel(
  maxima: readonly (number | undefined)[],
  guessed: boolean,
  percentColumns: boolean,
): string {
  if (percentColumns) return 'a percentage';
  const distinct = new Set(maxima);
  const [only] = distinct;
  if (distinct.size === 1 && only !== undefined) {
    if (only === 100 && guessed) return 'a score (read as a percentage)';
    return `a score out of ${only}`;
  }
  return guessed
    ? "a score (each lesson's maximum guessed from its scores)"
    : "a score against the lesson's maximum";
}
