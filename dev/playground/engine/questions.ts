/**
 * Alerts and prompts answered by the person at the page. In Apps Script, Ui.alert and Ui.prompt
 * block the execution until the person clicks a button (reference/base/ui#alert). The emulator
 * runs executions synchronously and takes answers from a queue that tests fill in advance
 * (project.ui.answerNext); the playground instead asks when the queue is empty, and the asker
 * blocks until the page answers (the engine runs in a worker thread so that it can).
 *
 * Two small hooks on this one Emulator's instances, no change to the emulator itself: the Ui's
 * alert and prompt note the question being asked, and each person's answer queue, when empty,
 * turns to the asker for that question. The emulator's own checks (auth mode, scopes) still run
 * first, because the queue is read only after them.
 */

import type { Emulator } from '../../emulator';
import type { ButtonName, QuestionView } from '../protocol';
import type { ButtonSetName, ScriptedAnswer, Ui } from './emulator-internals';

export type Question = QuestionView;

/** Answers one question; may block (the worker waits for the page), or throw to end the execution. */
export type Asker = (question: Question) => ScriptedAnswer;

const BUTTONS_OF: Record<ButtonSetName, ButtonName[]> = {
  OK: ['OK'],
  OK_CANCEL: ['OK', 'CANCEL'],
  YES_NO: ['YES', 'NO'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
};

function isButtonSet(value: unknown): value is ButtonSetName {
  return typeof value === 'string' && value in BUTTONS_OF;
}

/**
 * The overloads of alert and prompt (docs: reference/base/ui): (prompt), (prompt, buttons),
 * (title, prompt, buttons). Arguments the emulator would refuse are left for it to refuse.
 */
function describe(kind: 'alert' | 'prompt', args: unknown[], seat: string): Question | null {
  let title = '';
  let prompt: string;
  // One argument: the emulator shows OK alone, for prompts too (its reading of reference/base/ui).
  let buttons: ButtonSetName = 'OK';
  if (args.length >= 3) {
    if (!isButtonSet(args[2])) return null;
    [title, prompt, buttons] = [String(args[0]), String(args[1]), args[2]];
  } else if (args.length === 2) {
    if (!isButtonSet(args[1])) return null;
    [prompt, buttons] = [String(args[0]), args[1]];
  } else {
    prompt = String(args[0] ?? '');
  }
  return { kind, seat, title, prompt, buttons: BUTTONS_OF[buttons] };
}

/** Routes every alert and prompt of `emulator`'s add-on that has no scripted answer to `ask`. */
export function answerQuestionsWith(emulator: Emulator, ask: Asker): void {
  // Outside any execution getUi() hands back the one Ui object every execution uses.
  const app = emulator.services.SpreadsheetApp as { getUi(): Ui };
  const ui = app.getUi();
  let asking: Question | null = null;

  for (const kind of ['alert', 'prompt'] as const) {
    const original = ui[kind] as (...args: string[]) => unknown;
    const wrapped = function (this: Ui, ...args: string[]): unknown {
      const seat = emulator.ctx.execution?.activeUser.email ?? '';
      asking = describe(kind, args, seat);
      try {
        return original.apply(this, args);
      } finally {
        asking = null;
      }
    };
    Object.assign(ui, { [kind]: wrapped });
  }

  const state = emulator.project.ui;
  const view = state.view.bind(state);
  const hooked = new WeakSet<object>();
  state.view = (documentId: string, email: string) => {
    const shown = view(documentId, email);
    const answers = shown.answers;
    if (!hooked.has(answers)) {
      hooked.add(answers);
      Object.defineProperty(answers, 'shift', {
        value(this: ScriptedAnswer[]): ScriptedAnswer | undefined {
          if (this.length > 0) return Array.prototype.shift.call(this) as ScriptedAnswer;
          return asking ? ask(asking) : undefined;
        },
      });
    }
    return shown;
  };
}
