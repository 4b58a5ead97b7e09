/**
 * Setup. Before a class exists: read the active sheet (detectImport), show the preview with the
 * teacher's corrections (previewImport), then confirm (confirmImport), which generates the class.
 * Once a class exists: its settings (getSettings, saveSettings), Sync class and Refresh wall.
 * Generating or syncing a big class takes minutes: the sidebar shows progress and, if a call
 * fails part way, a Continue button that runs Sync class again (a sync completes what is missing).
 */

import type {
  ImportCorrections,
  ImportReading,
  ImportSource,
  SyncResult,
} from '../shared/sidebar-types';
import { el, field, replaceChildren } from './dom';
import { importForm, type ImportForm } from './import-form';
import { during, estimateFor, say, showError } from './progress';
import { callServer } from './server';
import { settingsForm } from './settings-form';
import type { Navigator, Panel } from './tabs';

export interface ClassFacts {
  hasClass: boolean;
  students: number;
}

const PRIVACY_BEFORE =
  'Students you share this file with as editors can open every tab, even hidden ones. So their ' +
  'tabs show only their own lessons, ticks, links and your feedback; the wall shows nicknames and ' +
  'icons only; scores and attempts stay in the add-on’s own storage, never in a cell.';

export function setupPanel(root: HTMLElement, facts: ClassFacts, nav: Navigator): Panel {
  let reading: ImportReading | null = null;
  let sent: ImportCorrections = {};
  let form: ImportForm | null = null;

  function syncOutcome(result: SyncResult, before: string): void {
    const problems = result.problems.map((p) =>
      el('li', { class: p.blocking ? 'error' : '' }, p.message),
    );
    replaceChildren(
      root,
      el('h2', {}, before),
      el('p', {}, result.message),
      problems.length ? el('ul', {}, ...problems) : null,
      result.changes.length ? el('ul', {}, ...result.changes.map((c) => el('li', {}, c))) : null,
    );
  }

  /** Sync class as a long operation; it is also how a generation that failed part way resumes. */
  async function syncNow(): Promise<void> {
    const result = await during('Syncing the class', () => callServer('syncClass'), {
      estimate: facts.students ? estimateFor(facts.students) : '',
      done: (r) => r.message,
      onError: { label: 'Continue', run: () => void syncNow() },
    });
    if (!result) return;
    facts.hasClass = true;
    facts.students = result.students;
    if (result.ok) nav.classReady();
    else syncOutcome(result, 'Sync class');
  }

  async function refreshWall(): Promise<void> {
    await during('Refreshing the wall', () => callServer('refreshWall'), {
      done: 'The wall and every tab are up to date.',
      onError: { label: 'Try again', run: () => void refreshWall() },
    });
  }

  /* ---------- Before a class: the import ---------- */

  async function detect(source: ImportSource = {}): Promise<void> {
    const found = await during('Reading the sheet', () => callServer('detectImport', source), {
      done: (r) =>
        `Read “${r.sheetName}”: ${r.preview.students} students, ${r.preview.lessons} lessons.`,
    });
    if (found) {
      sent = {};
      showReading(found);
    } else {
      showSheetPicker();
    }
  }

  async function preview(): Promise<void> {
    const corrections = form?.corrections();
    if (!reading || corrections === undefined) return;
    if (typeof corrections === 'string') return showError(corrections);
    const request = { ...sourceOf(reading), corrections };
    const updated = await during(
      'Updating the preview',
      () => callServer('previewImport', request),
      {
        done: (r) =>
          `Preview updated: ${r.preview.students} students, ${r.preview.lessons} lessons.`,
      },
    );
    if (updated) {
      sent = corrections;
      showReading(updated);
    }
  }

  async function confirm(): Promise<void> {
    const corrections = form?.corrections();
    if (!reading || corrections === undefined) return;
    if (typeof corrections === 'string') return showError(corrections);
    const students = reading.preview.students;
    const request = { ...sourceOf(reading), corrections };
    const outcome = await during(
      `Setting up ${students} students and ${reading.preview.lessons} lessons`,
      () => callServer('confirmImport', request),
      {
        estimate: estimateFor(students),
        onError: { label: 'Continue', run: () => void syncNow() },
      },
    );
    if (!outcome) return;
    facts.hasClass = outcome.ok;
    facts.students = outcome.students;
    const carried = outcome.carried;
    say(
      `${outcome.message} Carried over: ${carried.ticks} ticks, ${carried.mastered} mastered, ` +
        `${carried.testedOut} tested out, ${carried.scores} scores.`,
    );
    if (outcome.warnings.length) {
      showError(outcome.warnings.join(' '));
    }
    if (outcome.ok) nav.classReady();
    else syncOutcome(outcome, 'Setting up the class');
  }

  function sourceOf(r: ImportReading): ImportSource {
    return r.lessonsSheetName
      ? { token: r.token, lessonsSheetName: r.lessonsSheetName }
      : { token: r.token };
  }

  function sheetChooser(r: ImportReading | null): HTMLElement {
    const names = r?.sheetNames ?? [];
    const tracker = names.length
      ? el(
          'select',
          { id: 'import-sheet' },
          ...names.map((n) => el('option', { value: n, selected: n === r?.sheetName }, n)),
        )
      : el('input', { type: 'text', id: 'import-sheet' });
    const lessonsTab = el(
      'select',
      { id: 'import-lessons-tab' },
      el('option', { value: '' }, 'None'),
      ...names.map((n) => el('option', { value: n, selected: n === r?.lessonsSheetName }, n)),
    );
    const read = el('button', { type: 'button', class: 'secondary' }, 'Read this tab');
    read.addEventListener('click', () => {
      const sheetName = tracker.value.trim();
      if (!sheetName) return showError('Type the name of the tab that holds your tracker.');
      void detect(
        lessonsTab.value ? { sheetName, lessonsSheetName: lessonsTab.value } : { sheetName },
      );
    });
    return el(
      'fieldset',
      {},
      el('legend', {}, 'Your tracker'),
      field('Tab with the roster and marks', tracker),
      names.length ? field('Tab listing the lessons (optional)', lessonsTab) : null,
      read,
    );
  }

  function showSheetPicker(): void {
    replaceChildren(
      root,
      el('h2', {}, 'Set up from your tracker'),
      el('p', {}, 'Open the tab that holds your roster and marks, or name it here.'),
      sheetChooser(reading),
      el('p', { class: 'gray hint' }, PRIVACY_BEFORE),
    );
  }

  function showReading(r: ImportReading): void {
    reading = r;
    form = importForm(r, sent);
    const update = el('button', { type: 'button', class: 'secondary' }, 'Update preview');
    update.addEventListener('click', () => void preview());
    const go = el('button', { type: 'button', class: 'action' }, 'Set up the class');
    go.addEventListener('click', () => void confirm());
    replaceChildren(
      root,
      el('h2', {}, 'Set up from your tracker'),
      el(
        'p',
        { class: 'gray hint' },
        'Nothing is written until you choose Set up the class; your sheet is only read, never changed.',
      ),
      sheetChooser(r),
      form.element,
      el('p', {}, update, go),
      el('h3', {}, 'What classmates can see'),
      el('p', { class: 'gray hint' }, PRIVACY_BEFORE),
    );
  }

  /* ---------- Once a class exists: its settings ---------- */

  async function loadSettings(): Promise<void> {
    const actions = el(
      'p',
      {},
      button('Sync class', 'secondary', () => void syncNow()),
      button('Refresh wall', 'secondary', () => void refreshWall()),
    );
    const settings = await during('Loading the settings', () => callServer('getSettings'));
    if (!settings) {
      replaceChildren(root, el('h2', {}, 'Class settings'), actions);
      return;
    }
    const settingsView = settingsForm(settings);
    const save = el('button', { type: 'submit', class: 'action' }, 'Save settings');
    const formElement = el(
      'form',
      { 'aria-label': 'Class settings', novalidate: true },
      settingsView.element,
      save,
    );
    formElement.addEventListener('submit', (event) => {
      event.preventDefault();
      const input = settingsView.input();
      if (typeof input === 'string') return showError(input);
      void during('Saving the settings', () => callServer('saveSettings', input), {
        done: (r) => r.message,
      });
    });
    replaceChildren(
      root,
      el('h2', {}, 'Class settings'),
      formElement,
      el('h2', {}, 'Tabs and wall'),
      el(
        'p',
        { class: 'gray hint' },
        'Sync class applies changes made in the Setup tab; Refresh wall rebuilds the wall from every tab.',
      ),
      actions,
    );
  }

  function button(text: string, kind: string, onClick: () => void): HTMLButtonElement {
    const b = el('button', { type: 'button', class: kind }, text);
    b.addEventListener('click', onClick);
    return b;
  }

  return {
    show() {
      if (facts.hasClass) return loadSettings();
      if (reading) return showReading(reading);
      return detect();
    },
    hide: () => undefined,
  };
}
