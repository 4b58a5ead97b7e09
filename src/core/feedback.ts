/**
 * Feedback on a student's lesson as its feedback cell holds it. The cell shows the newest feedback
 * ("2026-09-14 Check step 2  ▶ Listen", the recording's link set on "▶ Listen" alone); the cell's
 * note keeps the whole history, newest first ("2026-09-14: Check step 2" and "Listen: URL", entries
 * separated by a blank line), with anything written there by hand kept below, verbatim. Pure: the
 * teacher's input checked, the cell and note a save writes, and the history read back.
 */

import { isIsoDate } from './dates';
import { utf8Length, VALUE_LIMIT_BYTES } from './property-chunks';
import { isHttpUrl } from './text';

/** The words the recording's link is set on. */
export const LISTEN = '▶ Listen';
/** A comment longer than a page of feedback is refused rather than cut. */
export const MAX_COMMENT = 2000;
export const MAX_LINK = 2000;
/**
 * Google documents no limit of its own for a note; a cell holds at most 50,000 characters (the
 * Sheets API refuses more: "Your input contains more than the maximum of 50000 characters in a
 * single cell"), and the same bound is applied to the note, so a history is never cut short by it.
 */
export const MAX_NOTE = 50_000;

/** One feedback as the history lists it; `on` is '' for text that carries no date. */
export interface NoteEntry {
  readonly on: string;
  readonly comment: string;
  /** An http(s) link, or ''. */
  readonly link: string;
}

/** A link set on part of a cell's text, [start, end) in UTF-16 offsets as RichTextValue counts. */
export interface TextLink {
  readonly start: number;
  readonly end: number;
  readonly url: string;
}

/** The feedback cell as read back: its text and the links set on parts of it. */
export interface FeedbackCell {
  readonly text: string;
  readonly links: readonly TextLink[];
}

export const EMPTY_CELL: FeedbackCell = { text: '', links: [] };

export type Checked<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: string };

const refuse = (problem: string): { ok: false; problem: string } => ({ ok: false, problem });

/**
 * A comment as it is kept: line ends made \n, control characters dropped, blank lines inside it
 * closed up (a blank line separates entries in the note), spaces at either end trimmed.
 */
export function tidyComment(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
      .replace(/\n[ \t]*(?:\n[ \t]*)+/g, '\n')
      .trim()
  );
}

const thousands = (n: number) => n.toLocaleString('en-US');

/** What the teacher sent, checked: a comment, a link, or both; nothing else is saved. */
export function checkFeedback(
  comment: unknown,
  link: unknown,
): Checked<{ comment: string; link: string }> {
  if (comment !== undefined && comment !== null && typeof comment !== 'string') {
    return refuse('The comment must be text.');
  }
  if (link !== undefined && link !== null && typeof link !== 'string') {
    return refuse('The link must be text, such as https://vocaroo.com/... .');
  }
  const tidy = tidyComment(comment ?? '');
  const url = (link ?? '').trim();
  if (tidy === '' && url === '') {
    return refuse('The feedback is empty: write a comment or paste a link to a recording.');
  }
  if (tidy.length > MAX_COMMENT) {
    return refuse(
      `The comment is ${thousands(tidy.length)} characters long: keep it to ${thousands(MAX_COMMENT)} or fewer. Nothing was saved.`,
    );
  }
  if (url !== '' && !isHttpUrl(url)) {
    return refuse(
      'Only a web link starting with https:// (or http://), with no spaces, can be saved, such as a Mote, Vocaroo or Google Drive link. Nothing was saved.',
    );
  }
  if (url.length > MAX_LINK) {
    return refuse(`The link is longer than ${thousands(MAX_LINK)} characters. Nothing was saved.`);
  }
  return { ok: true, value: { comment: tidy, link: url } };
}

/** The cell's text for a feedback, and where its link goes (on "▶ Listen"), if it has one. */
export function feedbackCell(entry: NoteEntry): FeedbackCell {
  let text = entry.on;
  if (entry.comment !== '') text += ` ${entry.comment}`;
  if (entry.link === '') return { text, links: [] };
  text += entry.comment !== '' ? `  ${LISTEN}` : ` ${LISTEN}`;
  return {
    text,
    links: [{ start: text.length - LISTEN.length, end: text.length, url: entry.link }],
  };
}

/** One entry of the note: "yyyy-mm-dd: comment", then "Listen: URL" when there is a link. */
export function noteEntry(entry: NoteEntry): string {
  const head =
    entry.on === ''
      ? entry.comment
      : `${entry.on}:${entry.comment === '' ? '' : ` ${entry.comment}`}`;
  return entry.link === '' ? head : `${head}\nListen: ${entry.link}`;
}

const DATED = /^(\d{4}-\d{2}-\d{2}):(?: |$)/;
const LISTEN_LINE = /^Listen: (\S+)$/;

/** The note's entries, newest first. Text with no date is kept as an entry dated ''. */
export function parseFeedbackNote(note: string): NoteEntry[] {
  const entries: NoteEntry[] = [];
  const blocks = note
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .filter((block) => block.trim() !== '');
  for (const block of blocks) {
    const lines = block.split('\n');
    let link = '';
    const listen = LISTEN_LINE.exec(lines[lines.length - 1] ?? '');
    if (listen?.[1] && isHttpUrl(listen[1])) {
      link = listen[1];
      lines.pop();
    }
    const dated = DATED.exec(lines[0] ?? '');
    if (dated?.[1] && isIsoDate(dated[1])) {
      lines[0] = (lines[0] ?? '').slice(dated[0].length);
      entries.push({ on: dated[1], comment: lines.join('\n').trim(), link });
      continue;
    }
    const comment = lines.join('\n').trim();
    const previous = entries[entries.length - 1];
    // Undated text (a note written by hand) stays in one piece, blank lines and all.
    if (previous && previous.on === '' && previous.link === '') {
      entries[entries.length - 1] = { on: '', comment: `${previous.comment}\n\n${comment}`, link };
    } else {
      entries.push({ on: '', comment, link });
    }
  }
  return entries;
}

/** The newest feedback as the cell shows it, read back; null for an empty cell. */
export function cellEntry(cell: FeedbackCell): NoteEntry | null {
  let text = cell.text.trim();
  if (text === '') return null;
  const linked = cell.links.find((l) => isHttpUrl(l.url));
  const link = linked?.url ?? '';
  if (link !== '' && text.endsWith(LISTEN)) text = text.slice(0, -LISTEN.length).trimEnd();
  const dated = /^(\d{4}-\d{2}-\d{2})(?: |$)/.exec(text);
  if (dated?.[1] && isIsoDate(dated[1])) {
    return { on: dated[1], comment: text.slice(dated[0].length).trim(), link };
  }
  return { on: '', comment: text, link };
}

/** True when the cell shows exactly what a save of `entry` wrote. */
function showsEntry(cell: FeedbackCell, entry: NoteEntry | undefined): boolean {
  return entry !== undefined && feedbackCell(entry).text === cell.text;
}

/**
 * Feedback the cell shows that its note does not hold (typed into the cell by hand, or a note
 * cleared): it is the newest, so it comes first.
 */
function unrecorded(cell: FeedbackCell, entries: readonly NoteEntry[]): NoteEntry | null {
  const shown = cellEntry(cell);
  return shown && !showsEntry(cell, entries[0]) ? shown : null;
}

/** The whole history, newest first: the cell's feedback when the note lacks it, then the note's. */
export function feedbackHistory(cell: FeedbackCell, note: string): NoteEntry[] {
  const entries = parseFeedbackNote(note);
  const shown = unrecorded(cell, entries);
  return shown ? [shown, ...entries] : entries;
}

/** What a save writes: the cell showing the new feedback, and the note with it on top. */
export interface FeedbackWrite {
  readonly cell: FeedbackCell;
  readonly note: string;
}

/**
 * The cell and note after saving `entry`. Nothing already there is lost: the old note stays below,
 * verbatim, and text the cell showed that the note lacks is kept between them (with its links).
 * Refused when the note would pass the most a cell holds.
 */
export function withNewFeedback(
  cell: FeedbackCell,
  note: string,
  entry: NoteEntry,
): Checked<FeedbackWrite> {
  const parts = [noteEntry(entry)];
  const shown = unrecorded(cell, parseFeedbackNote(note));
  if (shown) {
    const keptLinks = [...new Set(cell.links.map((l) => l.url))].filter(
      (url) => url !== shown.link,
    );
    const kept =
      shown.on !== ''
        ? noteEntry(shown)
        : [cell.text.trim(), ...(shown.link ? [`Listen: ${shown.link}`] : [])].join('\n');
    parts.push([kept, ...keptLinks.map((url) => `Listen: ${url}`)].join('\n'));
  }
  if (note.trim() !== '') parts.push(note);
  const next = parts.join('\n\n');
  if (next.length > MAX_NOTE) {
    return refuse(
      `This lesson's feedback history is full (a cell's note holds at most ${thousands(MAX_NOTE)} characters). Copy the older feedback somewhere else and clear the note, then save again. Nothing was saved.`,
    );
  }
  return { ok: true, value: { cell: feedbackCell(entry), note: next } };
}

/* ---------- The comment bank: reusable comments that follow the teacher ---------- */

export const MAX_BANK_COMMENT = 500;
export const MAX_BANK_COMMENTS = 100;
/** The teacher's own property the bank is kept in, as JSON (one value: 9 KB, key included). */
export const COMMENT_BANK_PROPERTY = 'mt.commentBank';

/** The property's value for a bank. */
export function commentBankValue(comments: readonly string[]): string {
  return JSON.stringify(comments);
}

/** The bank kept in the property, or [] when it holds nothing readable. */
export function readCommentBank(value: string | null): string[] {
  if (value === null) return [];
  try {
    const list: unknown = JSON.parse(value);
    return Array.isArray(list) ? list.filter((c): c is string => typeof c === 'string') : [];
  } catch {
    return [];
  }
}

/** The comments to keep: text, tidied, none empty, each once, in the teacher's order. */
export function checkCommentBank(list: unknown): Checked<string[]> {
  if (!Array.isArray(list)) return refuse('The comment bank must be a list of comments.');
  const kept: string[] = [];
  const seen = new Set<string>();
  for (const [i, item] of (list as unknown[]).entries()) {
    if (typeof item !== 'string') return refuse(`Comment ${i + 1} is not text.`);
    const comment = tidyComment(item);
    if (comment === '' || seen.has(comment)) continue;
    if (comment.length > MAX_BANK_COMMENT) {
      return refuse(
        `Comment ${i + 1} is ${thousands(comment.length)} characters long: keep each saved comment to ${MAX_BANK_COMMENT} or fewer. Nothing was saved.`,
      );
    }
    seen.add(comment);
    kept.push(comment);
  }
  if (kept.length > MAX_BANK_COMMENTS) {
    return refuse(
      `The comment bank holds at most ${MAX_BANK_COMMENTS} comments; this list has ${kept.length}. Remove some, then save again.`,
    );
  }
  const bytes = utf8Length(COMMENT_BANK_PROPERTY) + utf8Length(commentBankValue(kept));
  if (bytes > VALUE_LIMIT_BYTES) {
    return refuse(
      `These comments take ${(bytes / 1024).toFixed(1)} KB, and Google keeps at most 9 KB in one setting. Shorten or remove some, then save again. Nothing was saved.`,
    );
  }
  return { ok: true, value: kept };
}
