/** Dates, counts and states in the words the sidebar shows them. Dates arrive as 'yyyy-mm-dd'. */

import type { StateKind } from '../shared/sidebar-types';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** 'Sep 18' from '2026-09-18' (read as a calendar day, so no time zone can move it). */
export function shortDate(day: string | null): string {
  if (!day) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return day;
  return `${MONTHS[Number(match[2]) - 1] ?? ''} ${Number(match[3])}`;
}

/** 'Sep 14, 9:05 AM' from an ISO timestamp, in the teacher's own clock. */
export function dateTime(iso: string | null): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString('en-US', {
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  });
}

/** '1 student', '3 students'. */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Each state's words, with the symbol the student's tab shows (colour is never the only signal). */
export function stateWords(state: StateKind, retakeBy: string | null = null): string {
  switch (state) {
    case 'not-started':
      return 'Not started';
    case 'done':
      return '✓ Done';
    case 'waiting':
      return '⏳ Waiting for check';
    case 'mastered':
      return '★ Mastered';
    case 'retake':
      return retakeBy ? `↻ Retake by ${shortDate(retakeBy)}` : '↻ Retake';
    case 'tested-out':
      return '⤼ Tested out';
  }
}

/** A lesson's short name: its place in the unit and its title. */
export function lessonName(position: number, title: string): string {
  return `${position}. ${title}`;
}
