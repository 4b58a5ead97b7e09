/**
 * The playground's own panels around the sheet: who is at the keyboard (seats), the emulator's
 * clock, the spreadsheet's name and import notes, the tab strip (hidden sheets listed apart), and
 * the ledger of every execution with its service calls and modeled time.
 */

import type { ExecutionView, PlaygroundState, Seat, TabView } from '../protocol';
import { byId, fill, h } from './dom';

export function renderDocument(state: PlaygroundState): void {
  const { document: doc } = state;
  byId('doc-name').textContent = doc.name;
  const origins = {
    sample: 'Sample class',
    tracker: "A teacher's tracker, before the add-on",
    empty: 'Empty spreadsheet',
    upload: 'Uploaded tracker',
    snapshot: 'Restored snapshot',
  };
  byId('doc-origin').textContent = `${origins[doc.origin]} · ${doc.timeZone} · ${doc.locale}`;
  const notes = byId('doc-notes');
  notes.hidden = doc.notes.length === 0;
  fill(
    notes,
    doc.notes.length > 0
      ? h(
          'details',
          {},
          h(
            'summary',
            {},
            `The import left ${doc.notes.length} note${doc.notes.length === 1 ? '' : 's'}`,
          ),
          h(
            'ul',
            {},
            doc.notes.map((note) => h('li', {}, note)),
          ),
        )
      : null,
  );
}

let seatsShown = '';

export function renderSeats(state: PlaygroundState): void {
  const select = byId<HTMLSelectElement>('seat');
  const key = JSON.stringify(state.seats);
  if (key !== seatsShown) {
    seatsShown = key;
    const group = (label: string, seats: Seat[]) =>
      seats.length === 0
        ? null
        : h(
            'optgroup',
            { label },
            seats.map((seat) =>
              h('option', { value: seat.email }, `${seat.label} — ${seat.email}`),
            ),
          );
    fill(
      select,
      group(
        'Teacher (owner)',
        state.seats.filter((seat) => seat.role === 'owner'),
      ),
      group(
        'Students (editors)',
        state.seats.filter((seat) => seat.role === 'editor'),
      ),
      group(
        'Viewers',
        state.seats.filter((seat) => seat.role === 'viewer'),
      ),
    );
  }
  select.value = state.seat.email;
  document.body.dataset.role = state.seat.role;
}

export function renderClock(state: PlaygroundState): void {
  const label = byId('clock-label');
  label.textContent = state.today.label;
  label.setAttribute('datetime', state.today.iso);
}

export interface TabHandlers {
  show(tab: TabView): void;
  peek(tab: TabView): void;
}

export function renderTabs(state: PlaygroundState, peeking: boolean, handlers: TabHandlers): void {
  const visible = state.tabs.filter((tab) => !tab.hidden);
  const hidden = state.tabs.filter((tab) => tab.hidden);
  const tabButton = (tab: TabView) => {
    const active = tab.id === state.sheet.id;
    const button = h(
      'button',
      {
        type: 'button',
        className: `tab${active ? ' active' : ''}${tab.hidden ? ' hidden-tab' : ''}`,
        'aria-current': active ? 'page' : undefined,
        'data-sheet': tab.name,
      },
      tab.hidden ? `${tab.name} (hidden)` : tab.name,
    );
    if (tab.color) button.style.borderBottomColor = tab.color;
    button.addEventListener('click', () => (tab.hidden ? handlers.peek(tab) : handlers.show(tab)));
    return button;
  };
  const hiddenList =
    hidden.length === 0
      ? null
      : h(
          'details',
          { className: 'hidden-tabs' },
          h('summary', {}, `Hidden sheets (${hidden.length})`),
          h('div', { className: 'hidden-tab-list' }, hidden.map(tabButton)),
        );
  fill(byId('tabs'), visible.map(tabButton), hiddenList);
  const banner = byId('peek-banner');
  banner.hidden = !peeking;
  banner.textContent = peeking
    ? `${state.sheet.name} is hidden: shown read-only. In Sheets a person unhides it first (any editor can).`
    : '';
}

function callsSummary(execution: ExecutionView): string {
  const kinds = Object.entries(execution.byKind)
    .filter(([kind]) => kind !== 'local')
    .map(([kind, count]) => `${kind} ${count}`);
  return `${execution.serviceCalls}${kinds.length > 0 ? ` (${kinds.join(' · ')})` : ''}`;
}

const expanded = new Set<number>();

const clocks = new Map<string, Intl.DateTimeFormat>();

/** "2026-09-22 18:54": when an execution ran, on the spreadsheet's own clock. */
function clockIn(timeZone: string, iso: string): string {
  let clock = clocks.get(timeZone);
  if (!clock) {
    clock = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    clocks.set(timeZone, clock);
  }
  const parts = clock.formatToParts(new Date(iso));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}

export function renderLedger(state: PlaygroundState): void {
  const executions = state.executions;
  const total = executions.reduce((sum, execution) => sum + execution.modeledMs, 0);
  byId('ledger-summary').textContent =
    executions.length === 0
      ? 'no executions yet'
      : `${executions.length} execution${executions.length === 1 ? '' : 's'}, ${Math.round(total)} ms modeled`;
  const rows = executions.flatMap((execution) => {
    const row = h(
      'tr',
      { className: execution.error ? 'failed' : undefined, 'data-execution': execution.id },
      h('td', {}, String(execution.id)),
      h('td', {}, clockIn(state.document.timeZone, execution.at)),
      h('td', { className: 'function' }, execution.functionName),
      h('td', {}, execution.runsAs ? `${execution.who} (as ${execution.runsAs})` : execution.who),
      h('td', {}, execution.authMode),
      h('td', {}, execution.kind),
      h('td', {}, callsSummary(execution)),
      h('td', { className: 'number' }, `${execution.modeledMs} ms`),
      h(
        'td',
        {},
        execution.error ??
          (execution.loadCalls > 0 ? `${execution.loadCalls} calls at load!` : 'ok'),
      ),
    );
    row.addEventListener('click', () => {
      if (expanded.has(execution.id)) expanded.delete(execution.id);
      else expanded.add(execution.id);
      renderLedger(state);
    });
    if (!expanded.has(execution.id)) return [row];
    const methods = Object.entries(execution.byMethod).sort((a, b) => b[1] - a[1]);
    const detail = h(
      'tr',
      { className: 'detail' },
      h(
        'td',
        { colspan: 9 },
        methods.length === 0
          ? 'No service calls.'
          : methods.map(([method, count]) =>
              h('span', { className: 'method' }, `${method} × ${count}`),
            ),
      ),
    );
    return [row, detail];
  });
  fill(
    byId('ledger'),
    h(
      'table',
      {},
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          [
            '#',
            "Clock (the file's zone)",
            'Function',
            'Who',
            'Auth mode',
            'Kind',
            'Service calls',
            'Modeled',
            'Result',
          ].map((title) => h('th', { scope: 'col' }, title)),
        ),
      ),
      h('tbody', {}, rows),
    ),
  );
}
