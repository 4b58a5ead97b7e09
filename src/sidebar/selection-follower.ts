/**
 * In focus and Feedback follow the teacher's selection in the spreadsheet. Sidebars get no
 * selection events, so while one of those panels is shown and the page is visible it asks the
 * server what is selected every two seconds (one call each time, never two at once). After a few
 * minutes with no change it stops, and the panels offer "Follow my selection" to start again.
 */

import type { FocusPanel, FocusRequest } from '../shared/sidebar-types';
import { callServer } from './server';

const POLL_MS = 2000;
/** Stop asking after this long without a change in the selection. */
const IDLE_MS = 3 * 60 * 1000;

type Listener = (focus: FocusPanel | null, following: boolean) => void;

function keyOf(focus: FocusPanel): string {
  if (focus.kind === 'lesson') return `lesson:${focus.student.id}:${focus.lesson.id}`;
  if (focus.kind === 'student') return `student:${focus.student.id}`;
  return 'none';
}

export class SelectionFollower {
  private current: FocusPanel | null = null;
  private currentJson = '';
  private readonly listeners: Listener[] = [];
  private readonly viewers = new Set<string>();
  private timer: number | undefined;
  private asking = false;
  private lastChange = Date.now();
  private following = true;
  /** A poll that still shows this (the selection before the teacher chose from Today) is ignored. */
  private ignoredKey: string | null = null;
  private lastPolledKey: string | null = null;
  /** The last error while following, so a panel can say it once. */
  lastError: unknown = null;

  constructor() {
    document.addEventListener('visibilitychange', () => this.schedule());
  }

  get focus(): FocusPanel | null {
    return this.current;
  }

  get isFollowing(): boolean {
    return this.following;
  }

  onChange(listener: Listener): void {
    this.listeners.push(listener);
  }

  /** A panel that shows the focus is on screen (it polls while any is); opening one follows anew. */
  watch(viewer: string): void {
    this.viewers.add(viewer);
    this.following = true;
    this.lastChange = Date.now();
    this.schedule();
  }

  unwatch(viewer: string): void {
    this.viewers.delete(viewer);
    this.schedule();
  }

  /** "Follow my selection": start again after the idle stop, and ask at once. */
  follow(): Promise<void> {
    this.following = true;
    this.ignoredKey = null;
    this.lastChange = Date.now();
    this.notify();
    return this.ask();
  }

  /** Shows a lesson the teacher chose (from Today), then keeps following the selection. */
  async show(request: FocusRequest): Promise<void> {
    this.ignoredKey = this.lastPolledKey;
    this.following = true;
    this.lastChange = Date.now();
    this.update(await callServer('getFocus', request));
    this.schedule();
  }

  /** A newer view of the focus (after a save or a check): shown as it is. */
  update(focus: FocusPanel): void {
    const json = JSON.stringify(focus);
    if (json === this.currentJson) return;
    this.current = focus;
    this.currentJson = json;
    this.lastChange = Date.now();
    this.notify();
  }

  /** Asks once for what the teacher has selected. */
  async ask(): Promise<void> {
    if (this.asking) return;
    this.asking = true;
    try {
      const focus = await callServer('getFocus');
      this.lastError = null;
      const key = keyOf(focus);
      this.lastPolledKey = key;
      if (this.ignoredKey !== null) {
        if (key === this.ignoredKey) return;
        this.ignoredKey = null;
      }
      this.update(focus);
    } catch (error) {
      this.lastError = error;
      this.notify();
    } finally {
      this.asking = false;
      this.schedule();
    }
  }

  private notify(): void {
    for (const listener of this.listeners) listener(this.current, this.following);
  }

  private schedule(): void {
    window.clearTimeout(this.timer);
    this.timer = undefined;
    const wanted = this.viewers.size > 0 && document.visibilityState === 'visible';
    if (!wanted || !this.following) return;
    if (Date.now() - this.lastChange > IDLE_MS) {
      this.following = false;
      this.notify();
      return;
    }
    this.timer = window.setTimeout(() => void this.ask(), POLL_MS);
  }
}
