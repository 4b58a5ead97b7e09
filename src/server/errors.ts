/**
 * Errors the add-on raises on purpose carry a code and a message a teacher can act on. The edges
 * (menu items, sidebar calls) turn any error into such a message; nothing is swallowed silently.
 */

export type ErrorCode =
  | 'not-a-teacher'
  | 'no-class'
  | 'already-set-up'
  | 'setup-problems'
  | 'busy'
  | 'bad-argument'
  | 'not-found'
  | 'not-a-tracker'
  | 'sheet-changed'
  | 'unexpected';

export class AddonError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AddonError';
  }
}

export const MESSAGES = {
  notATeacher:
    'Mastery Tracker is for the teachers of this class. Your lessons are on your own tab: watch the mini-lesson, tick Done, and paste a link to your work.',
  noClass:
    'This spreadsheet has no class yet. Choose Extensions › Mastery Tracker › Set up this tracker first.',
  busy: 'Students are ticking lessons right now and the class is busy. Try again in a minute.',
  unexpected:
    'Something went wrong. Nothing was lost: try again, and if it happens again, reload the spreadsheet.',
} as const;

/** A message for the teacher from any error: ours say what to do; others get a safe general one. */
export function messageFor(error: unknown): string {
  if (error instanceof AddonError) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  // Apps Script's own messages (protections, quotas) are meaningful; stack traces are not shown.
  return message && !/\n\s+at /.test(message)
    ? `${MESSAGES.unexpected} (${message.slice(0, 300)})`
    : MESSAGES.unexpected;
}

export function codeOf(error: unknown): ErrorCode {
  return error instanceof AddonError ? error.code : 'unexpected';
}
