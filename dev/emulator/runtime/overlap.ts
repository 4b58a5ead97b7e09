/**
 * When the trigger runs of edits made "at the same time" start, on modeled time. Each edit
 * arrives at its own moment; one person's edit events queue behind each other (the next runs when
 * the previous one's trigger runs have all ended), and while one runs at most `queueLimit` more
 * wait: later ones are dropped (docs, guides/triggers: "The onEdit() trigger only queues up to 2
 * trigger events."). Different people's events run side by side. The runs are made in the order
 * they start, so each one can see the earlier ones that overlap it (timeline.ts).
 */

import { emailKey } from './email';

export interface QueuedEdit<R> {
  /** Who made the edit: their events queue behind each other. */
  editor: string;
  arrivalMs: number;
  /** Runs the edit's triggers starting at `startMs`; returns the runs and when the last one ended. */
  fire(startMs: number): { runs: R[]; endMs: number };
}

export interface ScheduledEdit<R> {
  edit: QueuedEdit<R>;
  /** null when the event was dropped because the person's queue was full. */
  startMs: number | null;
  runs: R[];
}

/** Fires every edit at the modeled moment it starts; results in the order the edits were made. */
export function runOverlapping<R>(
  edits: readonly QueuedEdit<R>[],
  queueLimit: number | null,
): ScheduledEdit<R>[] {
  const results: ScheduledEdit<R>[] = edits.map((edit) => ({ edit, startMs: null, runs: [] }));
  const busyUntil = new Map<string, number>();
  const waiting = new Map<string, number[]>();

  const start = (index: number, atMs: number): void => {
    const result = results[index] as ScheduledEdit<R>;
    const { runs, endMs } = result.edit.fire(atMs);
    result.startMs = atMs;
    result.runs = runs;
    busyUntil.set(emailKey(result.edit.editor), Math.max(endMs, atMs));
  };

  /** Starts queued events whose person became free by `untilMs`, earliest first. */
  const drain = (untilMs: number): void => {
    for (;;) {
      let next: { person: string; atMs: number } | null = null;
      for (const [person, queue] of waiting) {
        const freeAt = busyUntil.get(person) ?? 0;
        if (queue.length > 0 && freeAt <= untilMs && (next === null || freeAt < next.atMs)) {
          next = { person, atMs: freeAt };
        }
      }
      if (next === null) return;
      const index = (waiting.get(next.person) as number[]).shift() as number;
      start(index, next.atMs);
    }
  };

  const order = edits
    .map((edit, index) => ({ edit, index }))
    .sort((a, b) => a.edit.arrivalMs - b.edit.arrivalMs || a.index - b.index);
  for (const { edit, index } of order) {
    drain(edit.arrivalMs);
    const person = emailKey(edit.editor);
    const queue = waiting.get(person) ?? [];
    waiting.set(person, queue);
    const busy = (busyUntil.get(person) ?? -Infinity) > edit.arrivalMs || queue.length > 0;
    if (!busy) start(index, edit.arrivalMs);
    else if (queueLimit === null || queue.length < queueLimit) queue.push(index);
  }
  drain(Infinity);
  return results;
}
