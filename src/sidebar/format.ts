/** Dates, counts and states in the words the sidebar shows them. Dates arrive as 'yyyy-mm-dd'. */

import { shortDate as dayAndMonth } from '../core/dates';
import { STATUS } from '../core/student-tab';
import type { StateKind } from '../shared/sidebar-types';

/** 'Sep 18' from '2026-09-18' (read as a calendar day, so no time zone can move it). */
export function shortDate(day: string | null): string {
  return day ? dayAndMonth(day) : '';
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
      return STATUS.done;
    case 'waiting':
      return STATUS.waiting;
    case 'mastered':
      return STATUS.mastered;
    case 'retake':
      return retakeBy ? STATUS.retakeBy(retakeBy) : '↻ Retake';
    case 'tested-out':
      return STATUS.testedOut;
  }
}

/** A lesson's short name: its place in the unit and its title. */
export function lessonName(position: number, title: string): string {
  return `${position}. ${title}`;
}
