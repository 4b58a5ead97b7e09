/**
 * The Setup panel's settings form, checked field by field before anything is written: it crossed
 * google.script.run, so nothing about its shape is trusted. A bad value is refused with a message
 * saying what to type.
 */

import { SETTING_KEYS, type SettingsChange } from '../core/class-settings';
import { isEmail } from '../core/setup-sheet';
import type { SettingsInput } from '../shared/sidebar-types';
import { AddonError } from './errors';

export const SETTING_RANGES = {
  threshold: { min: 1, max: 100 },
  dueSoonDays: { min: 0, max: 60 },
  retakeDays: { min: 1, max: 365 },
} as const;
export const MAX_UNIT_NAME = 100;
export const MAX_CO_TEACHERS = 20;

const FIELDS: ReadonlySet<string> = new Set(SETTING_KEYS);

function bad(message: string): never {
  throw new AddonError('bad-argument', message);
}

function number(value: unknown, range: { min: number; max: number }, message: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) bad(message);
  if (value < range.min || value > range.max) bad(message);
  return value;
}

function wholeDays(value: unknown, range: { min: number; max: number }, message: string): number {
  const days = number(value, range, message);
  if (!Number.isInteger(days)) bad(message);
  return days;
}

/** The settings to change, each valid; fields left out are not changed. */
export function settingsChange(
  input: SettingsInput,
  studentEmails: readonly string[],
): SettingsChange {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    bad('Send the settings as an object, such as { threshold: 80 }.');
  const fields = input as Record<string, unknown>;
  for (const key of Object.keys(fields)) {
    if (!FIELDS.has(key))
      bad(
        `"${key.slice(0, 40)}" is not a class setting. The settings are: ${[...FIELDS].join(', ')}.`,
      );
  }
  const change: { -readonly [K in keyof SettingsChange]: SettingsChange[K] } = {};
  const { unitName, threshold, dueSoonDays, retakeDays, wallShows, coTeachers } = fields;
  if (unitName !== undefined) {
    if (typeof unitName !== 'string') bad('Type the unit\u2019s name as text, such as Fractions.');
    const name = unitName.trim();
    // eslint-disable-next-line no-control-regex -- line breaks and control characters are refused
    if (name.length > MAX_UNIT_NAME || /[\u0000-\u001f\u007f]/.test(name))
      bad(
        `Type the unit\u2019s name on one line, up to ${MAX_UNIT_NAME} characters, such as Fractions.`,
      );
    change.unitName = name;
  }
  if (threshold !== undefined) {
    const percent = number(
      threshold,
      SETTING_RANGES.threshold,
      'The mastery threshold must be a percent from 1 to 100, such as 80.',
    );
    change.threshold = Math.round(percent * 10) / 10;
  }
  if (dueSoonDays !== undefined) {
    change.dueSoonDays = wholeDays(
      dueSoonDays,
      SETTING_RANGES.dueSoonDays,
      '"Due soon" must be a whole number of days from 0 to 60, such as 3.',
    );
  }
  if (retakeDays !== undefined) {
    change.retakeDays = wholeDays(
      retakeDays,
      SETTING_RANGES.retakeDays,
      'The retake window must be a whole number of days from 1 to 365, such as 7.',
    );
  }
  if (wallShows !== undefined) {
    if (wallShows !== 'nicknames' && wallShows !== 'icons')
      bad('Choose what the wall shows: "nicknames" (nicknames and icons) or "icons" (icons only).');
    change.wallShows = wallShows;
  }
  if (coTeachers !== undefined) {
    if (!Array.isArray(coTeachers) || coTeachers.length > MAX_CO_TEACHERS)
      bad(
        `List up to ${MAX_CO_TEACHERS} co-teachers\u2019 e-mails, such as co.teacher@school.org.`,
      );
    const students = new Set(studentEmails);
    const list: string[] = [];
    for (const entry of coTeachers as unknown[]) {
      const email = typeof entry === 'string' ? entry.trim().toLowerCase() : '';
      if (!isEmail(email))
        bad(
          `"${String(entry).slice(0, 60)}" is not an e-mail address. Type each co-teacher\u2019s e-mail, such as co.teacher@school.org.`,
        );
      if (students.has(email))
        bad(
          `${email} is a student\u2019s e-mail on the Setup tab: a co-teacher could change every tab. Type the co-teacher\u2019s own e-mail.`,
        );
      if (!list.includes(email)) list.push(email);
    }
    change.coTeachers = list;
  }
  return change;
}
