/**
 * Text that came from people (names, nicknames, lesson titles, links) on its way into cells and
 * tab names: it is always written so that it stays text, never a formula, a number or a date, and
 * links are only ever http(s).
 */

/**
 * The value to hand to setValues so the cell holds exactly `text` as text. Sheets reads a leading
 * apostrophe as "this is text" and does not keep it (docs: support answer "Format numbers as text"),
 * so every person's text is prefixed: "=HYPERLINK(...)" stays those characters, "+1" and "2026-10-02"
 * stay text, and a text that itself starts with an apostrophe keeps it.
 */
export function plainText(text: string): string {
  return text === '' ? '' : `'${text}`;
}

/** True for an absolute http:// or https:// URL with a host; nothing else is ever made a link. */
export function isHttpUrl(text: string): boolean {
  const trimmed = text.trim();
  if (!/^https?:\/\/[^\s/?#]+/i.test(trimmed)) return false;
  if (/[\s"<>\\^`{|}]/.test(trimmed)) return false;
  return true;
}

export function isHttpsUrl(text: string): boolean {
  return isHttpUrl(text) && /^https:/i.test(text.trim());
}

/** Sheets limits a tab name to 100 characters. */
export const MAX_TAB_NAME = 100;

/**
 * A tab name for a person's or a section's name: characters that tab names and A1 references
 * trip over are replaced, whitespace collapsed, the length capped; never empty.
 */
export function safeTabName(name: string, fallback: string): string {
  const cleaned = name
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
    .replace(/[\u0000-\u001f\u007f[\]*?/\\:]/g, ' ')
    .replace(/^'+|'+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const capped = [...cleaned]
    .slice(0, MAX_TAB_NAME - 5)
    .join('')
    .trim();
  return capped === '' ? fallback : capped;
}

/**
 * A name not yet taken (compared without regard to case, as Sheets does), by adding " (2)", " (3)"...
 * `taken` is updated so a batch of names stays distinct.
 */
export function uniqueTabName(wanted: string, taken: Set<string>): string {
  let name = wanted;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${wanted} (${n})`;
  taken.add(name.toLowerCase());
  return name;
}

/** The text a formula needs for a string literal: quotes doubled. */
export function formulaString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** First word of a name, for a default nickname ("Ava" from "Ava Smith" or "Smith, Ava"). */
export function firstName(name: string): string {
  const trimmed = name.trim();
  const comma = trimmed.indexOf(',');
  const given = comma >= 0 ? trimmed.slice(comma + 1).trim() : trimmed;
  return given.split(/\s+/)[0] ?? '';
}
