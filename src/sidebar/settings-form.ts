/**
 * The class's settings as Setup shows them: the unit's name, the mastery threshold, the due-soon
 * and retake windows, whether the wall shows nicknames or icons only, the co-teachers; and a plain
 * statement of what classmates can see in this file.
 */

import type { SettingsInput, SettingsPanel } from '../shared/sidebar-types';
import { el, field } from './dom';

export interface SettingsForm {
  readonly element: HTMLElement;
  /** What to save, or a sentence saying what to fix first. */
  input(): SettingsInput | string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function settingsForm(settings: SettingsPanel): SettingsForm {
  const unitName = el('input', { type: 'text', id: 'settings-unit', value: settings.unitName });
  const number = (id: string, value: number, min: number, max: number) =>
    el('input', { type: 'number', id, value, min, max, step: 1 });
  const threshold = number('settings-threshold', settings.threshold, 0, 100);
  const dueSoon = number('settings-due-soon', settings.dueSoonDays, 0, 30);
  const retake = number('settings-retake', settings.retakeDays, 1, 60);
  const radio = (value: 'nicknames' | 'icons', label: string) => {
    const input = el('input', {
      type: 'radio',
      name: 'settings-wall',
      id: `settings-wall-${value}`,
      value,
      checked: settings.wallShows === value,
    });
    return {
      input,
      row: el('div', { class: 'inline' }, input, el('label', { for: input.id }, label)),
    };
  };
  const nicknames = radio('nicknames', 'Nicknames and icons');
  const icons = radio('icons', 'Icons only');
  const coTeachers = el('textarea', { id: 'settings-co-teachers', rows: 2 });
  coTeachers.value = settings.coTeachers.join('\n');

  const element = el(
    'div',
    {},
    field('Unit name', unitName),
    field('Mastery threshold (%)', threshold, { inline: true }),
    field('“Due soon” starts this many days before', dueSoon, { inline: true }),
    field('Days to retake after a check below the threshold', retake, { inline: true }),
    el('fieldset', {}, el('legend', {}, 'The wall shows'), nicknames.row, icons.row),
    field('Co-teachers (one e-mail a line)', coTeachers),
    el(
      'section',
      { class: 'card', 'aria-label': 'What classmates can see' },
      el('h3', {}, 'What classmates can see in this file'),
      el('ul', {}, ...settings.privacy.map((sentence) => el('li', {}, sentence))),
    ),
  );

  return {
    element,
    input() {
      const whole = (input: HTMLInputElement, what: string, min: number, max: number) => {
        const n = Number(input.value);
        return input.value.trim() !== '' && Number.isInteger(n) && n >= min && n <= max
          ? n
          : `${what} must be a whole number from ${min} to ${max}.`;
      };
      const t = whole(threshold, 'The mastery threshold', 0, 100);
      if (typeof t === 'string') return t;
      const d = whole(dueSoon, 'The due-soon window', 0, 30);
      if (typeof d === 'string') return d;
      const r = whole(retake, 'The retake window', 1, 60);
      if (typeof r === 'string') return r;
      const emails = coTeachers.value
        .split(/[\s,;]+/)
        .map((e) => e.trim())
        .filter(Boolean);
      const wrong = emails.find((e) => !EMAIL.test(e));
      if (wrong)
        return `“${wrong}” is not an e-mail address. Put one co-teacher's e-mail on each line.`;
      if (!unitName.value.trim()) return 'Give the unit a name, such as Fractions.';
      return {
        unitName: unitName.value.trim(),
        threshold: t,
        dueSoonDays: d,
        retakeDays: r,
        wallShows: icons.input.checked ? 'icons' : 'nicknames',
        coTeachers: emails,
      };
    },
  };
}
