/**
 * Today: the class at a glance, from one call (getToday). The sync's health; where everyone is (a
 * chart); who waits for a mastery check (a queue to work through); who is behind pace and by how
 * much; who has ticked nothing for days; small groups worth pulling together; buddies on the same
 * lesson; feedback not yet seen. A student's name opens their tab; a queued lesson opens In focus.
 */

import type { TodayPanel } from '../shared/sidebar-types';
import { classChart } from './class-chart';
import { append, el, linkButton, replaceChildren } from './dom';
import { count, dateTime, lessonName, shortDate } from './format';
import { during } from './progress';
import { callServer } from './server';
import type { Navigator, Panel } from './tabs';

const GROUP_REASONS = {
  overdue: 'overdue on',
  retake: 'retaking',
  waiting: 'waiting for a check on',
} as const;

/** How many lines a list shows before "Show all": a class of 150 must not bury the next list. */
const SHORT_LIST = 8;

/** A list that shows its first lines and a button for the rest. */
function shortList(items: HTMLElement[]): HTMLElement {
  const list = el('ul', { class: 'people' }, ...items.slice(0, SHORT_LIST));
  if (items.length <= SHORT_LIST) return list;
  const more = el('button', { type: 'button', class: 'secondary' }, `Show all ${items.length}`);
  more.addEventListener('click', () => {
    append(list, ...items.slice(SHORT_LIST));
    more.remove();
    const next = items[SHORT_LIST]?.querySelector('button');
    next?.focus();
  });
  return el('div', {}, list, more);
}

export function todayPanel(root: HTMLElement, nav: Navigator): Panel {
  let loading = false;

  async function load(): Promise<void> {
    if (loading) return;
    loading = true;
    const today = await during('Loading today', () => callServer('getToday', {}), {
      done: 'Today is up to date.',
    });
    loading = false;
    if (today) render(today);
  }

  function openTab(studentId: string, lessonId?: string): void {
    const request = lessonId ? { studentId, lessonId } : { studentId };
    void during('Opening the tab', () => callServer('openStudentTab', request), {
      done: 'The tab is open.',
    });
  }

  function render(today: TodayPanel): void {
    const students = new Map(today.students.map((s) => [s.id, s]));
    const lessons = new Map(today.lessons.map((l, i) => [l.id, { ...l, position: i + 1 }]));
    const lessonText = (id: string) => {
      const lesson = lessons.get(id);
      return lesson ? lessonName(lesson.position, lesson.title) : 'a lesson no longer in the unit';
    };
    const who = (id: string) => {
      const student = students.get(id);
      const name = student?.name ?? 'A student no longer in the class';
      return linkButton(name, () => openTab(id), `${name}: open their tab`);
    };
    const names = (ids: readonly string[]) => {
      const list = el('span', {});
      ids.forEach((id, i) => {
        if (i > 0) list.appendChild(document.createTextNode(', '));
        list.appendChild(who(id));
      });
      return list;
    };
    const section = (title: string, empty: string, items: HTMLElement[]) =>
      el(
        'section',
        { 'aria-label': title },
        el('h2', {}, title),
        items.length ? shortList(items) : el('p', { class: 'empty' }, empty),
      );

    replaceChildren(
      root,
      health(today),
      el('h2', {}, `Where everyone is · ${shortDate(today.today)}`),
      classChart(today.lessons, today.students),
      el(
        'p',
        { class: 'gray hint' },
        'Bars count the students on each lesson (by number); ✓ counts those who finished.',
      ),
      section(
        'Waiting for a mastery check',
        'Nobody is waiting for a check.',
        today.checkQueue.map((item) => {
          const student = students.get(item.studentId);
          const name = student?.name ?? 'A student';
          return el(
            'li',
            {},
            linkButton(
              `${name} · ${lessonText(item.lessonId)}`,
              () => nav.focusOn(item.studentId, item.lessonId),
              `${name} · ${lessonText(item.lessonId)}: record a check`,
            ),
            el(
              'span',
              { class: 'count' },
              item.tickedOn ? `ticked ${shortDate(item.tickedOn)}` : '',
            ),
          );
        }),
      ),
      section(
        'Behind pace',
        'Nobody is behind pace.',
        today.behind.map((b) =>
          el('li', {}, who(b.studentId), el('span', { class: 'count' }, `behind by ${b.by}`)),
        ),
      ),
      section(
        `No tick for ${today.quietDays} days or more`,
        `Everyone ticked a lesson in the last ${today.quietDays} days.`,
        today.quiet.map((q) =>
          el(
            'li',
            {},
            who(q.studentId),
            el('span', { class: 'count' }, q.days === null ? 'no tick yet' : `${q.days} days`),
          ),
        ),
      ),
      section(
        'Small groups',
        'No lesson has three or more students stuck on it.',
        today.groups.map((g) =>
          el(
            'li',
            { class: 'group' },
            el(
              'span',
              {},
              `${count(g.studentIds.length, 'student')} ${GROUP_REASONS[g.reason]} ${lessonText(g.lessonId)}: `,
              names(g.studentIds),
            ),
          ),
        ),
      ),
      section(
        'Buddies on the same lesson',
        'No two students are on the same lesson.',
        today.buddies.map((b) =>
          el('li', {}, el('span', {}, `${lessonText(b.lessonId)}: `, names(b.studentIds))),
        ),
      ),
      section(
        'Feedback not seen yet',
        'Every piece of feedback has been seen.',
        today.unseenFeedback.map((f) =>
          el(
            'li',
            {},
            linkButton(
              `${students.get(f.studentId)?.name ?? 'A student'} · ${lessonText(f.lessonId)}`,
              () => nav.focusOn(f.studentId, f.lessonId),
            ),
            el('span', { class: 'count' }, f.on ? shortDate(f.on) : ''),
          ),
        ),
      ),
      refreshButton(),
    );
  }

  function refreshButton(): HTMLElement {
    const button = el('button', { type: 'button', class: 'secondary' }, 'Refresh');
    button.addEventListener('click', () => void load());
    return el('p', {}, button);
  }

  function health(today: TodayPanel): HTMLElement {
    const s = today.status;
    const repairs = s.repairs.length
      ? el('ul', {}, ...s.repairs.map((r) => el('li', {}, r)))
      : null;
    const waiting =
      s.waitingForRefresh > 0
        ? el(
            'p',
            { class: 'error' },
            `${count(s.waitingForRefresh, "student's tab", "students' tabs")} changed while the class was busy: choose Refresh wall in Setup.`,
          )
        : null;
    return el(
      'section',
      { class: 'card', 'aria-label': 'Sync' },
      el(
        'p',
        {},
        el('strong', {}, s.unitName || 'Your class'),
        ` · ${count(s.students, 'student')}, ${count(s.lessons, 'lesson')}`,
      ),
      el('p', {}, `Last synced: ${s.lastSyncedAt ? dateTime(s.lastSyncedAt) : 'not yet'}`),
      el(
        'p',
        {},
        `Last student tick: ${s.lastTriggerRunAt ? dateTime(s.lastTriggerRunAt) : 'none yet'}`,
      ),
      el(
        'p',
        {},
        s.triggerRunsHere
          ? 'Automatic update on ticks: on.'
          : "Automatic update on ticks: runs under another teacher's account.",
      ),
      repairs ? el('p', {}, 'Repairs made:') : null,
      repairs,
      waiting,
    );
  }

  return {
    show: load,
    hide: () => undefined,
  };
}
