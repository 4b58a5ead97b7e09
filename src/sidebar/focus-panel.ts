/**
 * In focus: the student's lesson under the teacher's selection (a cell of a student's tab or of the
 * wall), or the one chosen from Today: its state, attempts, the student's work link and the
 * feedback history. A mastery check is recorded here.
 */

import type { FocusPanel } from '../shared/sidebar-types';
import { el, keepingFocus, replaceChildren, webLink } from './dom';
import { shortDate, stateWords } from './format';
import { during, messageOf, showError } from './progress';
import type { SelectionFollower } from './selection-follower';
import { callServer } from './server';
import type { Navigator, Panel } from './tabs';

type LessonFocus = Extract<FocusPanel, { kind: 'lesson' }>;

/** "Following your selection" or, after the idle stop, a button to follow it again. */
export function followLine(follower: SelectionFollower): HTMLElement {
  if (follower.isFollowing) {
    return el('p', { class: 'gray hint' }, 'Following your selection in the spreadsheet.');
  }
  const button = el('button', { type: 'button', class: 'secondary' }, 'Follow my selection');
  button.addEventListener('click', () => void follower.follow());
  return el(
    'p',
    {},
    el('span', { class: 'gray hint' }, 'Stopped following your selection. '),
    button,
  );
}

/** Who and which lesson, as a heading block. */
export function lessonHeading(focus: LessonFocus): HTMLElement {
  const lesson = focus.lesson;
  return el(
    'div',
    {},
    el('h2', {}, focus.student.name),
    el('p', {}, el('strong', {}, lesson.title), lesson.code ? ` · ${lesson.code}` : ''),
    lesson.due ? el('p', { class: 'gray' }, `Due ${shortDate(lesson.due)}`) : null,
  );
}

/** The feedback history, newest first. */
export function feedbackHistory(focus: LessonFocus): HTMLElement {
  if (!focus.feedback.length) return el('p', { class: 'empty' }, 'No feedback yet.');
  return el(
    'div',
    {},
    ...focus.feedback.map((entry) =>
      el(
        'div',
        { class: 'feedback-entry' },
        el('p', { class: 'gray' }, shortDate(entry.on)),
        entry.comment ? el('p', {}, entry.comment) : null,
        entry.link ? el('p', {}, webLink(entry.link, 'Listen')) : null,
      ),
    ),
    el(
      'p',
      { class: 'gray hint' },
      focus.seen ? 'The student ticked Seen.' : 'The student has not ticked Seen yet.',
    ),
  );
}

let uniqueId = 0;

export function focusPanel(root: HTMLElement, follower: SelectionFollower, nav: Navigator): Panel {
  let shown = false;

  function render(): void {
    if (!shown) return;
    const focus = follower.focus;
    const parts: (HTMLElement | null)[] = [followLine(follower)];
    if (follower.lastError) parts.push(el('p', { class: 'error' }, messageOf(follower.lastError)));
    if (!focus) {
      parts.push(el('p', { class: 'empty' }, 'Looking at your selection…'));
    } else if (focus.kind !== 'lesson') {
      if (focus.kind === 'student') parts.push(el('h2', {}, focus.student.name));
      parts.push(el('p', {}, focus.message));
    } else {
      parts.push(...lessonView(focus));
    }
    keepingFocus(root, () => replaceChildren(root, ...parts));
  }

  function lessonView(focus: LessonFocus): HTMLElement[] {
    const attempts = focus.attempts.length
      ? el(
          'ul',
          {},
          ...focus.attempts.map((a) =>
            el(
              'li',
              {},
              `${shortDate(a.on)}: `,
              a.kind === 'score'
                ? `${a.percent ?? 0}% ${
                    (a.percent ?? 0) >= focus.lesson.threshold ? '(mastered)' : '(below threshold)'
                  }`
                : a.kind === 'observed'
                  ? 'mastered by observation'
                  : 'tested out',
            ),
          ),
        )
      : el('p', { class: 'empty' }, 'No mastery check yet.');
    const work = focus.workLink
      ? webLink(focus.workLink, 'Open the student’s work')
      : focus.workText
        ? el('span', {}, focus.workText)
        : el('span', { class: 'empty' }, 'No link to their work yet.');
    const writeFeedback = el('button', { type: 'button', class: 'secondary' }, 'Write feedback');
    writeFeedback.addEventListener('click', () => nav.goTo('feedback'));
    return [
      lessonHeading(focus),
      el(
        'p',
        {},
        'Status: ',
        el('span', { class: 'state' }, stateWords(focus.state, focus.retakeBy)),
        focus.tickedOn ? ` · ticked ${shortDate(focus.tickedOn)}` : '',
      ),
      el('p', {}, work),
      el('h3', {}, `Mastery checks (mastered at ${focus.lesson.threshold}%)`),
      attempts,
      checkForm(focus),
      el('h3', {}, 'Feedback'),
      feedbackHistory(focus),
      el('p', {}, writeFeedback),
    ];
  }

  function checkForm(focus: LessonFocus): HTMLElement {
    const n = ++uniqueId;
    const kindName = `check-kind-${n}`;
    const option = (value: string, label: string, checked = false) => {
      const id = `${kindName}-${value}`;
      return el(
        'div',
        { class: 'inline' },
        el('input', { type: 'radio', name: kindName, id, value, checked }),
        el('label', { for: id }, label),
      );
    };
    const score = el('input', {
      type: 'number',
      id: `check-score-${n}`,
      min: 0,
      step: 'any',
      inputmode: 'decimal',
    });
    const outOf = el('input', {
      type: 'number',
      id: `check-out-of-${n}`,
      min: 1,
      step: 'any',
      inputmode: 'decimal',
      placeholder: '100',
    });
    const record = el('button', { type: 'submit', class: 'action' }, 'Record check');
    const form = el(
      'form',
      { class: 'card', 'aria-label': 'Record a mastery check', novalidate: true },
      el(
        'fieldset',
        {},
        el('legend', {}, 'Record a mastery check'),
        option('score', 'Scored check', true),
        el(
          'div',
          { class: 'inline form-group' },
          el('label', { for: score.id }, 'Score'),
          score,
          el('label', { for: outOf.id }, 'out of'),
          outOf,
        ),
        option('observed', 'Mastered by observation'),
        option('tested-out', 'Tested out (pre-test)'),
      ),
      record,
    );
    let recording = false;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (recording) return;
      const chosen = form.querySelector<HTMLInputElement>(`input[name="${kindName}"]:checked`);
      const kind = chosen?.value;
      const studentId = focus.student.id;
      const lessonId = focus.lesson.id;
      let input;
      if (kind === 'score') {
        if (score.value.trim() === '') {
          showError('Type the score first, such as 85 (percent) or 7 out of 10.');
          score.focus();
          return;
        }
        input = {
          studentId,
          lessonId,
          kind: 'score' as const,
          score: Number(score.value),
          ...(outOf.value.trim() ? { outOf: Number(outOf.value) } : {}),
        };
      } else if (kind === 'observed' || kind === 'tested-out') {
        input = { studentId, lessonId, kind: kind as 'observed' | 'tested-out' };
      } else {
        showError('Choose a score, "mastered by observation" or "tested out".');
        return;
      }
      const checkInput = input;
      recording = true;
      record.setAttribute('aria-disabled', 'true');
      void during(
        'Recording the check',
        async () => {
          await callServer('recordCheck', checkInput);
          follower.update(await callServer('getFocus', { studentId, lessonId }));
        },
        { done: `Check recorded for ${focus.student.name}.` },
      ).finally(() => {
        recording = false;
        record.removeAttribute('aria-disabled');
      });
    });
    return form;
  }

  follower.onChange(() => render());

  return {
    show() {
      shown = true;
      render();
      follower.watch('focus');
      return follower.ask();
    },
    hide() {
      shown = false;
      follower.unwatch('focus');
    },
  };
}
