/**
 * Feedback on the lesson in focus: a written comment, a link to a recording (Mote, Vocaroo, a
 * Google Drive file, any https address), or a comment picked from the teacher's comment bank.
 * Saving writes the lesson's feedback cell (a dated note, newest first, and a Listen link). Empty
 * feedback, a link that is not http(s), or a selection that is not a student's lesson is refused
 * with a message saying what to do.
 */

import type { FocusPanel } from '../shared/sidebar-types';
import { el, keepingFocus, field, isWebLink, replaceChildren } from './dom';
import { feedbackHistory, followLine, lessonHeading } from './focus-panel';
import { during, messageOf, showError } from './progress';
import type { SelectionFollower } from './selection-follower';
import { callServer } from './server';
import type { Panel } from './tabs';

export const LINK_HINT =
  'Mote, Vocaroo and similar hosts keep recordings at public links: anyone with the link can ' +
  'listen. A recording in Google Drive works too: share it with the student first.';

export function feedbackPanel(root: HTMLElement, follower: SelectionFollower): Panel {
  let shown = false;
  let bank: string[] | null = null;
  /** The lesson the form was built for: a new lesson gets a fresh form. */
  let formKey = '';

  const comment = el('textarea', { id: 'feedback-comment', rows: 4 });
  const link = el('input', {
    type: 'url',
    id: 'feedback-link',
    inputmode: 'url',
    autocomplete: 'off',
    placeholder: 'https://',
  });
  const saved = el('select', { id: 'feedback-bank' });
  const useSaved = el('button', { type: 'button', class: 'secondary' }, 'Use');
  const addToBank = el('button', { type: 'button', class: 'secondary' }, 'Save to bank');
  const removeFromBank = el('button', { type: 'button', class: 'secondary' }, 'Remove');
  const save = el('button', { type: 'submit', class: 'action' }, 'Save feedback');
  const target = el('div', {});
  const history = el('div', {});
  const form = el(
    'form',
    { 'aria-label': 'Feedback', novalidate: true },
    field('Comment', comment),
    field('Link to a recording or resource (https)', link, { hint: LINK_HINT }),
    el(
      'fieldset',
      {},
      el('legend', {}, 'Comment bank'),
      field('Saved comments', saved),
      useSaved,
      removeFromBank,
      addToBank,
    ),
    save,
  );

  function fillBank(): void {
    const options = (bank ?? []).map((text, i) => el('option', { value: String(i) }, text));
    replaceChildren(
      saved,
      el(
        'option',
        { value: '' },
        bank && bank.length ? 'Choose a saved comment' : 'No saved comments yet',
      ),
      ...options,
    );
  }

  async function loadBank(): Promise<void> {
    if (bank !== null) return;
    const loaded = await during('Loading your comment bank', () => callServer('getCommentBank'));
    if (loaded) {
      bank = [...loaded];
      fillBank();
    }
  }

  async function storeBank(next: string[], done: string): Promise<void> {
    const stored = await during(
      'Saving your comment bank',
      () => callServer('saveCommentBank', next),
      {
        done,
      },
    );
    if (stored) {
      bank = [...stored];
      fillBank();
    }
  }

  useSaved.addEventListener('click', () => {
    const chosen = bank?.[Number(saved.value)];
    if (saved.value === '' || chosen === undefined) {
      showError('Choose a saved comment first.');
      return;
    }
    comment.value = comment.value.trim() ? `${comment.value.trim()}\n${chosen}` : chosen;
    comment.focus();
  });
  addToBank.addEventListener('click', () => {
    const text = comment.value.trim();
    if (!text) {
      showError('Write the comment first, then save it to the bank.');
      comment.focus();
      return;
    }
    if (bank?.includes(text)) {
      showError('That comment is already in your bank.');
      return;
    }
    void storeBank([...(bank ?? []), text], 'The comment is in your bank.');
  });
  removeFromBank.addEventListener('click', () => {
    const index = Number(saved.value);
    if (saved.value === '' || !bank || bank[index] === undefined) {
      showError('Choose the saved comment to remove first.');
      return;
    }
    void storeBank(
      bank.filter((_, i) => i !== index),
      'The comment was removed from your bank.',
    );
  });

  // A save in flight is not sent twice (the button stays focusable: disabling it would drop focus).
  let saving = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (saving) return;
    const focus = follower.focus;
    if (!focus || focus.kind !== 'lesson') {
      showError(
        "Select a lesson's row on a student's tab (or the student's cell on the wall), then save the feedback.",
      );
      return;
    }
    const text = comment.value.trim();
    const address = link.value.trim();
    if (!text && !address) {
      showError('Write a comment or paste a link to a recording first.');
      comment.focus();
      return;
    }
    if (address && !isWebLink(address)) {
      showError(
        'Links must start with https:// (or http://). Copy the share link of the recording and paste it again.',
      );
      link.focus();
      return;
    }
    saving = true;
    save.setAttribute('aria-disabled', 'true');
    const input = {
      studentId: focus.student.id,
      lessonId: focus.lesson.id,
      comment: text,
      link: address,
    };
    void during('Saving the feedback', () => callServer('saveFeedback', input), {
      done: `Feedback saved in ${focus.student.name}'s tab.`,
    })
      .then((updated: FocusPanel | undefined) => {
        if (!updated) return;
        comment.value = '';
        link.value = '';
        follower.update(updated);
      })
      .finally(() => {
        saving = false;
        save.removeAttribute('aria-disabled');
      });
  });

  function keyOf(focus: FocusPanel | null): string {
    return focus && focus.kind === 'lesson' ? `${focus.student.id}:${focus.lesson.id}` : '';
  }

  function render(): void {
    if (!shown) return;
    const focus = follower.focus;
    const key = keyOf(focus);
    if (key !== formKey) {
      // Another lesson: what was typed for the previous one must not land on this one.
      formKey = key;
      comment.value = '';
      link.value = '';
    }
    const parts: (HTMLElement | null)[] = [followLine(follower)];
    if (follower.lastError) parts.push(el('p', { class: 'error' }, messageOf(follower.lastError)));
    if (focus && focus.kind === 'lesson') {
      replaceChildren(target, lessonHeading(focus));
      replaceChildren(history, el('h3', {}, 'Feedback so far'), feedbackHistory(focus));
    } else {
      replaceChildren(
        target,
        el(
          'p',
          {},
          focus?.message ??
            "Select a lesson's row on a student's tab, or the student's cell on the wall.",
        ),
      );
      replaceChildren(history);
    }
    keepingFocus(root, () => replaceChildren(root, ...parts, target, form, history));
  }

  follower.onChange(() => render());
  fillBank();

  return {
    show() {
      shown = true;
      render();
      follower.watch('feedback');
      return Promise.all([follower.ask(), loadBank()]).then(() => undefined);
    },
    hide() {
      shown = false;
      follower.unwatch('feedback');
    },
  };
}
