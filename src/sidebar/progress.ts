/**
 * What the teacher sees while the sidebar talks to the spreadsheet: a live region that says what
 * is happening, a progress bar while a call is in flight (with elapsed time and an estimate for
 * long operations), and errors that say what to do, with a button to carry on when there is one.
 */

import { byId, el, replaceChildren } from './dom';

export interface ErrorAction {
  readonly label: string;
  readonly run: () => void;
}

let inFlight = 0;
let timer: number | undefined;

/** Says something in the live region (screen readers read it out). */
export function say(text: string): void {
  byId('status').textContent = text;
}

export function clearError(): void {
  const box = byId('error');
  replaceChildren(box);
  box.hidden = true;
}

/** Shows an error (in an alert region) with an optional button that carries on. */
export function showError(message: string, action?: ErrorAction): void {
  const box = byId('error');
  const button = action ? el('button', { type: 'button', class: 'action' }, action.label) : null;
  if (button && action) {
    button.addEventListener('click', () => {
      clearError();
      action.run();
    });
  }
  replaceChildren(box, el('p', {}, message), button);
  box.hidden = false;
  say('');
}

/** The message a teacher can act on, from whatever the server or the connection threw. */
export function messageOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error ?? '');
  if (!message || /NetworkError|HTTP 0|Failed to fetch/i.test(message)) {
    return 'Could not reach the spreadsheet. Check your connection, then try again.';
  }
  if (/Exceeded maximum execution time|timed out/i.test(message)) {
    return 'Google stopped the add-on before it finished (a run may last 6 minutes). Nothing is lost: choose Continue to finish the rest.';
  }
  return message;
}

function showBar(label: string, estimate: string): void {
  const started = Date.now();
  const elapsed = el('span', { class: 'gray elapsed' }, '');
  const tick = () => {
    const seconds = Math.round((Date.now() - started) / 1000);
    elapsed.textContent =
      seconds < 2
        ? ''
        : seconds < 60
          ? `${seconds} s`
          : `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
  };
  window.clearInterval(timer);
  timer = window.setInterval(tick, 1000);
  const box = byId('progress');
  replaceChildren(
    box,
    el(
      'div',
      { class: 'bar', role: 'progressbar', 'aria-label': label },
      el('div', { class: 'bar-fill' }),
    ),
    el('p', { class: 'gray' }, label, estimate ? ` ${estimate}` : '', ' ', elapsed),
  );
  box.hidden = false;
}

function hideBar(): void {
  window.clearInterval(timer);
  timer = undefined;
  const box = byId('progress');
  replaceChildren(box);
  box.hidden = true;
}

export interface WorkOptions<T> {
  /** Said when the work is done (else the live region is cleared). */
  readonly done?: string | ((value: T) => string);
  /** For long operations: what the estimate says ("about 2 minutes for 150 students"). */
  readonly estimate?: string;
  /** What the error's button does (Continue, Try again). */
  readonly onError?: ErrorAction;
  /** Set false for background work (polling) that should not flash the progress bar. */
  readonly visible?: boolean;
}

/**
 * Runs one server call with progress shown; on failure shows the error and resolves to undefined,
 * so callers never leave a rejection unhandled.
 */
export async function during<T>(
  label: string,
  work: () => Promise<T>,
  options: WorkOptions<T> = {},
): Promise<T | undefined> {
  const visible = options.visible ?? true;
  if (visible) {
    inFlight++;
    clearError();
    say(`${label}…`);
    showBar(`${label}…`, options.estimate ?? '');
    document.body.setAttribute('aria-busy', 'true');
  }
  try {
    const value = await work();
    if (visible) {
      const done = options.done;
      say(typeof done === 'function' ? done(value) : (done ?? ''));
    }
    return value;
  } catch (error) {
    showError(messageOf(error), options.onError);
    return undefined;
  } finally {
    if (visible) {
      inFlight--;
      if (inFlight === 0) {
        hideBar();
        document.body.removeAttribute('aria-busy');
      }
    }
  }
}

/** "about 2 minutes for 150 students": what generating a class of this size takes in Sheets. */
export function estimateFor(students: number): string {
  // Each student's tab is a handful of batched writes: about a second each in production.
  if (students <= 40) return 'This takes under a minute; keep this sidebar open.';
  const minutes = Math.max(1, Math.round(students / 60));
  return `This takes about ${minutes} minute${minutes === 1 ? '' : 's'} for ${students} students; keep this sidebar open.`;
}
