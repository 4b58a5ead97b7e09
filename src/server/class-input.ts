/**
 * A class sent as data (sidebar, import, scripts) checked field by field before anything is
 * written: it crossed google.script.run, so nothing about its shape is trusted.
 */

import { DEFAULT_SETTINGS } from '../core/class-model';
import { isIsoDate } from '../core/dates';
import type { NewSetup } from '../core/setup-sheet';
import type { ClassInput } from '../shared/sidebar-types';
import { AddonError } from './errors';

const MAX_ITEMS = 500;
const MAX_TEXT = 50_000;

function bad(message: string): never {
  throw new AddonError('bad-argument', message);
}

function text(value: unknown, what: string): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') bad(`${what} must be text.`);
  if (value.length > MAX_TEXT) bad(`${what} is longer than a cell can hold (50,000 characters).`);
  return value.trim();
}

function number(value: unknown, what: string, min: number, max: number): number | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    bad(`${what} must be a number from ${min} to ${max}.`);
  }
  return value;
}

export function setupFromInput(input: ClassInput): NewSetup {
  if (typeof input !== 'object' || input === null)
    bad('Send the class as an object with lessons and students.');
  if (!Array.isArray(input.lessons) || !Array.isArray(input.students))
    bad('The class needs a list of lessons and a list of students.');
  if (input.lessons.length > MAX_ITEMS || input.students.length > MAX_ITEMS)
    bad(`At most ${MAX_ITEMS} lessons and ${MAX_ITEMS} students.`);
  const s = input.settings ?? {};
  const wallShows = s.wallShows ?? DEFAULT_SETTINGS.wallShows;
  if (wallShows !== 'nicknames' && wallShows !== 'icons')
    bad('The wall shows "nicknames" or "icons".');
  return {
    unitName: text(input.unitName, 'The unit name'),
    settings: {
      threshold: number(s.threshold, 'The threshold', 0, 100) ?? DEFAULT_SETTINGS.threshold,
      dueSoonDays: number(s.dueSoonDays, '"Due soon"', 0, 365) ?? DEFAULT_SETTINGS.dueSoonDays,
      retakeDays: number(s.retakeDays, 'The retake window', 0, 365) ?? DEFAULT_SETTINGS.retakeDays,
      wallShows,
    },
    coTeachers: (input.coTeachers ?? []).map((e, i) =>
      text(e, `Co-teacher ${i + 1}`).toLowerCase(),
    ),
    lessons: input.lessons.map((lesson, i) => {
      const what = `Lesson ${i + 1}`;
      if (typeof lesson !== 'object' || lesson === null)
        bad(`${what} must be an object with a title.`);
      const due = text(lesson.due, `${what}'s due date`);
      if (due !== '' && !isIsoDate(due)) bad(`${what}'s due date must look like 2026-10-02.`);
      return {
        title: text(lesson.title, `${what}'s title`),
        code: text(lesson.code, `${what}'s standard`),
        link: text(lesson.link, `${what}'s link`),
        due: due === '' ? null : due,
        checkRequired: lesson.checkRequired === true,
        threshold: number(lesson.threshold, `${what}'s threshold`, 0, 100),
      };
    }),
    students: input.students.map((student, i) => {
      const what = `Student ${i + 1}`;
      if (typeof student !== 'object' || student === null)
        bad(`${what} must be an object with a name.`);
      return {
        name: text(student.name, `${what}'s name`),
        nickname: text(student.nickname, `${what}'s nickname`),
        email: text(student.email, `${what}'s e-mail`).toLowerCase(),
        icon: text(student.icon, `${what}'s icon`),
        group: text(student.group, `${what}'s group`),
      };
    }),
  };
}
