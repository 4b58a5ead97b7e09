/**
 * The sidebar's panels as an ARIA tablist: one tab selected at a time, arrow keys (and Home, End)
 * move between tabs, the selected tab alone is in the Tab order, and each panel hears when it is
 * shown or hidden (so it loads on show and stops polling when hidden).
 */

import { byId } from './dom';

export type PanelName = 'today' | 'focus' | 'feedback' | 'setup';

export interface Panel {
  /** Called each time the panel is shown: it loads what it shows (one call). */
  show(): Promise<void> | void;
  hide(): void;
}

export const PANEL_NAMES: readonly PanelName[] = ['today', 'focus', 'feedback', 'setup'];

export class Tabs {
  private current: PanelName | null = null;

  constructor(private readonly panels: Record<PanelName, Panel>) {
    for (const name of PANEL_NAMES) {
      const tab = this.tab(name);
      tab.addEventListener('click', () => void this.select(name));
      tab.addEventListener('keydown', (event) => this.onKey(event, name));
    }
  }

  get selected(): PanelName | null {
    return this.current;
  }

  /** Shows a panel; `focusTab` moves the keyboard focus to its tab (arrow keys do). */
  select(name: PanelName, focusTab = false): Promise<void> {
    const previous = this.current;
    this.current = name;
    for (const other of PANEL_NAMES) {
      const on = other === name;
      const tab = this.tab(other);
      tab.setAttribute('aria-selected', String(on));
      tab.tabIndex = on ? 0 : -1;
      byId(`panel-${other}`).hidden = !on;
    }
    if (focusTab) this.tab(name).focus();
    if (previous && previous !== name) this.panels[previous].hide();
    return Promise.resolve(this.panels[name].show());
  }

  private tab(name: PanelName): HTMLElement {
    return byId(`tab-${name}`);
  }

  private onKey(event: KeyboardEvent, from: PanelName): void {
    const at = PANEL_NAMES.indexOf(from);
    const last = PANEL_NAMES.length - 1;
    const to =
      event.key === 'ArrowRight'
        ? (at + 1) % PANEL_NAMES.length
        : event.key === 'ArrowLeft'
          ? (at + last) % PANEL_NAMES.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    if (to === null) return;
    event.preventDefault();
    void this.select(PANEL_NAMES[to] ?? 'today', true);
  }
}

/** What a panel may ask of the sidebar as a whole. */
export interface Navigator {
  goTo(panel: PanelName): void;
  /** Opens the student's tab (at the lesson's row) and shows that lesson In focus. */
  focusOn(studentId: string, lessonId?: string): void;
  /** A class now exists (or changed): the sidebar shows Today. */
  classReady(): void;
}
