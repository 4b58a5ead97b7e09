/**
 * Students' wall icons: an emoji (or a few characters), or an https link to a picture the student
 * made. The wall shows a picture through an IMAGE formula the script builds from a checked URL,
 * never from the student's raw text.
 */

import { formulaString, isHttpsUrl, plainText } from './text';

/** Friendly defaults, one per student in roster order, until the teacher or the student picks one. */
export const DEFAULT_ICONS = [
  '🦊',
  '🐢',
  '🦉',
  '🐙',
  '🦁',
  '🐧',
  '🦋',
  '🐳',
  '🦄',
  '🐝',
  '🐸',
  '🦒',
  '🐼',
  '🦜',
  '🐨',
  '🦔',
  '🐬',
  '🦩',
  '🐞',
  '🦓',
  '🐯',
  '🦦',
  '🐿️',
  '🦕',
  '🐰',
  '🦚',
  '🐻',
  '🦭',
  '🐌',
  '🦖',
];

export function defaultIcon(index: number): string {
  return DEFAULT_ICONS[index % DEFAULT_ICONS.length] ?? '⭐';
}

/** At most this many UTF-16 units: room for any emoji sequence, too short for a message. */
export const MAX_ICON_LENGTH = 16;

export type Icon =
  | { readonly kind: 'symbol'; readonly text: string }
  | { readonly kind: 'picture'; readonly url: string };

/** The icon a cell's text stands for, or null when it is not a usable icon (too long, not https). */
export function parseIcon(text: string): Icon | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (isHttpsUrl(trimmed)) return { kind: 'picture', url: trimmed };
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed)) return null; // http:, javascript:, data: ...
  if (trimmed.length > MAX_ICON_LENGTH) return null;
  return { kind: 'symbol', text: trimmed };
}

/** What a wall cell holds for an icon: plain text, or an IMAGE formula over a checked https URL. */
export function wallIconCell(icon: Icon): string {
  return icon.kind === 'picture' ? `=IMAGE(${formulaString(icon.url)})` : plainText(icon.text);
}

/** The student's choice when usable, else the teacher's, else the default for their place. */
export function chooseIcon(studentChoice: string, teacherChoice: string, index: number): Icon {
  return (
    parseIcon(studentChoice) ??
    parseIcon(teacherChoice) ?? { kind: 'symbol', text: defaultIcon(index) }
  );
}
