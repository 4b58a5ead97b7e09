/**
 * From an import plan to the class the add-on sets up: the Setup it writes (unit, threshold,
 * lessons, roster) and, before anything is written, the reasons it cannot (an empty sheet, a sheet
 * that is not a tracker, no students, too many). Detection proposes; this is where a proposal
 * becomes a class, so every name, link and e-mail is checked again here.
 */

import { DEFAULT_SETTINGS } from '../class-model';
import { isIsoDate } from '../dates';
import { isEmail, type NewSetup } from '../setup-sheet';
import { isHttpUrl } from '../text';
import type { Detection, ImportPlan } from './types';

/** The most students and lessons a class may have: the same limit setting a class up from data has. */
export const MOST_IN_A_CLASS = 500;

export interface ClassFromImport {
  readonly setup: NewSetup;
  /** Plain sentences: what was changed on the way (a duplicate e-mail left out). */
  readonly warnings: readonly string[];
}

export interface ImportClassOptions {
  /** Every lesson needs a mastery check before it counts (the teacher's choice; default no). */
  readonly checkRequired?: boolean;
}

/**
 * Why this reading cannot become a class, in sentences a teacher can act on; empty when it can.
 * `detection` is the one the plan came from.
 */
export function importBlockers(detection: Detection, plan: ImportPlan): string[] {
  if (detection.orientation === 'none') {
    return detection.confidence.reasons.length > 0
      ? [...detection.confidence.reasons]
      : ['This sheet does not look like a class tracker.'];
  }
  if (detection.orientation === 'lessons-list') {
    // Read as a list only for want of a roster, with no codes or header saying "lessons": a letter,
    // a shopping list.
    if (detection.confidence.level === 'low')
      return [
        'This sheet does not look like a class tracker: no column holds students’ names. If it lists lessons, choose it as the lessons tab and choose the sheet with your students.',
      ];
    return [
      `This sheet is a list of ${plan.lessons.length} lesson${plan.lessons.length === 1 ? '' : 's'} with no students. Choose the sheet that lists your students; this one can fill in its lessons (choose it as the lessons tab).`,
    ];
  }
  const blockers: string[] = [];
  if (plan.students.length === 0)
    blockers.push(
      'No students were found. Say which column (or row) holds the names, or put back rows that were left out.',
    );
  if (plan.lessons.length === 0)
    blockers.push(
      'No lessons were found. Say which row (or column) holds the lesson titles, or put back columns that were left out.',
    );
  if (plan.students.length > MOST_IN_A_CLASS)
    blockers.push(
      `A class can have at most ${MOST_IN_A_CLASS} students and this sheet has ${plan.students.length}. Leave some rows out, or split the class.`,
    );
  if (plan.lessons.length > MOST_IN_A_CLASS)
    blockers.push(
      `A unit can have at most ${MOST_IN_A_CLASS} lessons and this sheet has ${plan.lessons.length}. Leave some columns out.`,
    );
  if (!(plan.threshold >= 0 && plan.threshold <= 100))
    blockers.push('The mastery threshold must be a percent from 0 to 100, such as 80.');
  return blockers;
}

/** The Setup an import writes. Call only when importBlockers found nothing. */
export function setupFromPlan(plan: ImportPlan, options: ImportClassOptions = {}): ClassFromImport {
  const warnings: string[] = [];
  const emailOwner = new Map<string, string>();
  const students = plan.students.map((student, i) => {
    const name = student.name.trim() || `Student ${i + 1}`;
    let email = (student.email ?? '').trim().toLowerCase();
    if (email !== '' && !isEmail(email)) email = '';
    const owner = emailOwner.get(email);
    if (email !== '' && owner !== undefined) {
      // Setup refuses two students with one e-mail; the first keeps it, the teacher fixes the other.
      warnings.push(
        `${owner} and ${name} have the same e-mail, ${email}: it is kept for ${owner} only. Type ${name}'s own e-mail on the Setup tab, then choose Sync class.`,
      );
      email = '';
    }
    if (email !== '') emailOwner.set(email, name);
    return {
      name,
      nickname: (student.nickname ?? '').trim(),
      email,
      icon: '',
      group: '',
    };
  });
  const lessons = plan.lessons.map((lesson, i) => {
    const code = (lesson.code ?? '').trim();
    const link = (lesson.link ?? '').trim();
    return {
      title: lesson.title.trim() || code || `Lesson ${i + 1}`,
      code,
      link: isHttpUrl(link) ? link : '',
      due: lesson.due !== undefined && isIsoDate(lesson.due) ? lesson.due : null,
      checkRequired: options.checkRequired === true,
      threshold: null,
    };
  });
  return {
    setup: {
      unitName: (plan.unitName ?? '').trim(),
      settings: { ...DEFAULT_SETTINGS, threshold: plan.threshold },
      coTeachers: [],
      lessons,
      students,
    },
    warnings,
  };
}
