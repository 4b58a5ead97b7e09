/**
 * The playground page: keeps the view in step with the engine (it asks twice a second, and at once
 * after each action), and turns what the person does (switch seats, edit cells, click the add-on's
 * menu, move the clock, start from another spreadsheet) into actions for the engine.
 */

import {
  START_CHOICES,
  type CellView,
  type GridRect,
  type PlaygroundState,
  type StartFrom,
  type UserInputView,
} from '../protocol';
import { act, getState, sendFile } from './api';
import { AddonUi } from './addon-ui';
import { byId, fill, h } from './dom';
import { Grid } from './grid';
import { renderClock, renderDocument, renderLedger, renderSeats, renderTabs } from './panels';

const POLL_MS = 250;
const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

let seat = new URLSearchParams(location.search).get('seat') ?? '';
let peek: number | undefined;
let state: PlaygroundState | null = null;
let shownFor = '';
let polling = false;
let again = false;
let timer: number | undefined;

function notify(message: string, kind: 'info' | 'error' = 'info'): void {
  const notice = byId('notice');
  notice.textContent = message;
  notice.className = kind;
}

/** A message the person must acknowledge, as Sheets shows a refused edit. */
function showMessage(text: string, title = 'Mastery Tracker playground'): Promise<boolean> {
  return modal(title, text, [{ label: 'OK', value: true }]);
}

function modal(
  title: string,
  text: string,
  buttons: { label: string; value: boolean }[],
): Promise<boolean> {
  const layer = byId('message');
  return new Promise((resolve) => {
    const done = (value: boolean) => {
      layer.hidden = true;
      fill(layer);
      byId('grid').focus();
      resolve(value);
    };
    fill(
      layer,
      h(
        'section',
        { className: 'question', role: 'alertdialog', 'aria-label': title },
        h('header', {}, h('h2', {}, title)),
        h('p', { className: 'message-text' }, text),
        h(
          'footer',
          {},
          buttons.map((button) => {
            const element = h('button', { type: 'button' }, button.label);
            element.addEventListener('click', () => done(button.value));
            return element;
          }),
        ),
      ),
    );
    layer.hidden = false;
    layer.querySelector('button')?.focus();
  });
}

const ui = new AddonUi({
  seat: () => seat,
  refresh,
  notify,
  focusGrid: () => byId('grid').focus(),
});

const grid = new Grid(
  byId('grid'),
  byId('cell-ref'),
  byId<HTMLInputElement>('edit-bar'),
  byId('note-popup'),
  {
    select(rect: GridRect) {
      if (!state || peek !== undefined) return;
      void act({ type: 'select', seat, sheetId: state.sheet.id, rect });
    },
    edit(rect: GridRect, input: UserInputView, cells: CellView[]) {
      void edit(rect, input, cells);
    },
  },
);

async function edit(rect: GridRect, input: UserInputView, cells: CellView[]): Promise<void> {
  if (!state) return;
  let acceptWarning: boolean | undefined;
  if (cells.some((cell) => cell.access === 'warning')) {
    // A warning-only protection: Sheets asks before letting the edit through.
    acceptWarning = await modal(
      'Protected range',
      'You are trying to edit part of this sheet that should not be changed accidentally. Edit anyway?',
      [
        { label: 'OK', value: true },
        { label: 'Cancel', value: false },
      ],
    );
    if (!acceptWarning) return;
  }
  const result = await act({
    type: 'edit',
    seat,
    sheetId: state.sheet.id,
    rect,
    input,
    ...(acceptWarning === undefined ? {} : { acceptWarning }),
  });
  if (!result.ok) {
    await showMessage(result.message);
  } else if (result.edit && !result.edit.applied) {
    if (result.edit.refusal) await showMessage(result.edit.refusal);
  } else if (result.edit && result.edit.triggerErrors.length > 0) {
    notify(`A trigger failed: ${result.edit.triggerErrors.join('; ')} (see the ledger).`, 'error');
  } else {
    notify('');
  }
  refresh();
}

function render(next: PlaygroundState): void {
  const newDocument = state?.document.id !== next.document.id;
  const newSeat = state?.seat.email !== next.seat.email;
  if (newDocument || newSeat) ui.reset();
  if (newDocument) peek = undefined;
  state = next;
  seat = next.seat.email;
  renderDocument(next);
  renderSeats(next);
  renderClock(next);
  renderTabs(next, peek !== undefined && next.sheet.id === peek, {
    show(tab) {
      peek = undefined;
      void act({
        type: 'select',
        seat,
        sheetId: tab.id,
        rect: { row: 0, column: 0, numRows: 1, numColumns: 1 },
      }).then(refresh);
    },
    peek(tab) {
      peek = tab.id;
      refresh();
    },
  });
  grid.render(next.sheet);
  ui.renderMenus(next.menus);
  ui.renderSidebar(next.sidebar);
  ui.renderDialogs(next.dialogs);
  ui.showToasts(`${next.document.id}\u0000${seat}`, next.toasts);
  renderLedger(next);
  document.body.dataset.version = String(next.version);
}

async function poll(): Promise<void> {
  if (polling) {
    again = true;
    return;
  }
  polling = true;
  window.clearTimeout(timer);
  try {
    const key = `${seat}|${peek ?? ''}`;
    const result = await getState(seat, {
      ...(peek === undefined ? {} : { sheetId: peek }),
      ...(key === shownFor && state ? { since: state.version } : {}),
    });
    if (!result.ok) {
      if (result.message !== 'timeout') notify(result.message, 'error');
    } else {
      if (result.notice) notify(result.notice, 'error');
      if ('question' in result) {
        ui.showQuestion(result.question);
      } else if (!('unchanged' in result && result.unchanged)) {
        render(result.state);
        shownFor = `${seat}|${peek ?? ''}`;
      }
    }
  } finally {
    polling = false;
    if (again) {
      again = false;
      void poll();
    } else {
      timer = window.setTimeout(() => void poll(), POLL_MS);
    }
  }
}

function refresh(): void {
  void poll();
}

// ---- The panels' controls ----------------------------------------------------------------------

byId<HTMLSelectElement>('seat').addEventListener('change', (event) => {
  seat = (event.target as HTMLSelectElement).value;
  peek = undefined;
  history.replaceState(null, '', `?${new URLSearchParams({ seat })}`);
  ui.reset();
  refresh();
});

byId<HTMLFormElement>('share-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const input = byId<HTMLInputElement>('share-email');
  void act({ type: 'share', email: input.value }).then((result) => {
    notify(result.ok ? (result.message ?? '') : result.message, result.ok ? 'info' : 'error');
    if (result.ok) input.value = '';
    refresh();
  });
});

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-days]')) {
  button.addEventListener('click', () => {
    void act({ type: 'clock', days: Number(button.dataset.days) }).then((result) => {
      if (!result.ok) notify(result.message, 'error');
      refresh();
    });
  });
}

const STARTED: Record<StartFrom, string> = {
  sample: 'Started from the sample class.',
  tracker: "Started from a teacher's tracker, before the add-on: try the import on it.",
  empty: 'Started from an empty spreadsheet.',
};

for (const from of START_CHOICES) {
  byId(`start-${from}`).addEventListener('click', () => {
    notify(from === 'sample' ? 'Setting the sample class up…' : '');
    void act({ type: 'start', from }).then((result) => {
      notify(result.ok ? STARTED[from] : result.message, result.ok ? 'info' : 'error');
      refresh();
    });
  });
}

for (const kind of ['upload', 'restore'] as const) {
  const input = byId<HTMLInputElement>(kind);
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (kind === 'upload' && file.size > MAX_UPLOAD_BYTES) {
      void showMessage(
        `${file.name} is ${(file.size / 1024 / 1024).toFixed(1)} MB: the playground takes trackers up to 5 MB.`,
        'Upload refused',
      );
      return;
    }
    notify(`Reading ${file.name}…`);
    void sendFile(kind, file).then(async (result) => {
      if (result.ok) notify(result.message ?? '');
      else {
        notify('');
        await showMessage(result.message, kind === 'upload' ? 'Upload refused' : 'Restore refused');
      }
      refresh();
    });
  });
}

byId('reopen').addEventListener('click', () => {
  void act({ type: 'open', seat }).then(refresh);
});

void poll();
