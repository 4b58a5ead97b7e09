/** The words a teacher reads after a menu action: what happened, what changed, what to fix. */

import type { SetupProblem } from './setup-sheet';

/** What a sync did: problems found, what changed, what was repaired, and the class's size. */
export interface SyncSummary {
  readonly ok: boolean;
  /** Problems found on the Setup tab; blocking ones stopped the sync before anything was written. */
  readonly problems: readonly SetupProblem[];
  /** What changed, in plain words. */
  readonly changes: readonly string[];
  /** What the sync repaired (a deleted wall or tab rebuilt). */
  readonly repairs: readonly string[];
  readonly students: number;
  readonly lessons: number;
}

const bullets = (lines: readonly string[], max = 12) => {
  const shown = lines.slice(0, max).map((line) => `• ${line}`);
  if (lines.length > max) shown.push(`• …and ${lines.length - max} more.`);
  return shown.join('\n');
};

export function syncMessage(summary: SyncSummary): string {
  if (!summary.ok) {
    const blocking = summary.problems.filter((p) => p.blocking).map((p) => p.message);
    return `Nothing was changed. Fix these on the Setup tab, then choose Sync class again:\n${bullets(blocking)}`;
  }
  const parts = [
    `The class is in step: ${summary.students} ${summary.students === 1 ? 'student' : 'students'}, ${summary.lessons} ${summary.lessons === 1 ? 'lesson' : 'lessons'}.`,
  ];
  if (summary.changes.length > 0) parts.push(`What changed:\n${bullets(summary.changes)}`);
  if (summary.repairs.length > 0) parts.push(`Repaired:\n${bullets(summary.repairs)}`);
  const warnings = summary.problems.filter((p) => !p.blocking).map((p) => p.message);
  if (warnings.length > 0) parts.push(`Worth a look on the Setup tab:\n${bullets(warnings)}`);
  return parts.join('\n\n');
}

export const HELP_TEXT = [
  'Mastery Tracker keeps one tab per student and a class wall in step with your Setup tab.',
  '1. Set up this tracker: adds a Setup tab. List your lessons (title, standard, video link, due date, whether a mastery check is required) and your students (name, nickname for the wall, e-mail if you have it).',
  '2. Sync class: makes or updates every student\u2019s tab and the wall. Run it again after any change to Setup; nothing students did is lost.',
  '3. Students tick Done on their own tab and paste a link to their work; the wall moves their icon to the lesson they are on.',
  '4. Refresh wall: rebuilds the wall from every tab, if it ever looks behind.',
  'Classmates can open every tab of this file (Sheets protection stops editing, not reading): the wall shows nicknames and icons only, and scores stay in the add-on, never in cells.',
].join('\n\n');
