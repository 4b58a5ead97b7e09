/**
 * What an edit trigger receives and what a batch of simultaneous edits reports. The event object
 * follows guides/triggers/events: authMode, range, source, user, value/oldValue for single cells,
 * triggerUid for installable triggers; its range also carries the 1-based coordinate fields live
 * Apps Script puts on it (rowStart, rowEnd, columnStart, columnEnd: tanaikech, "Benchmark: Event
 * Objects for Google Apps Script", JSON.stringify(e) of a live onEdit event).
 */

import type { GridRect } from './model/cells';
import type { SheetModel } from './model/workbook';
import type { SpreadsheetDocument } from './sheets/document';
import { Range } from './sheets/range';
import type { Spreadsheet } from './sheets/spreadsheet';
import type { EditOutcome } from './sheets/user-edits';

/** The coordinate fields of a live edit event's range, beside the Range methods. */
export interface EventRangeFields {
  columnStart: number;
  rowStart: number;
  rowEnd: number;
  columnEnd: number;
}

export interface EditEventParts {
  doc: SpreadsheetDocument;
  sheet: SheetModel;
  rect: GridRect;
  source: Spreadsheet;
  user: { getEmail(): string };
  outcome: EditOutcome;
}

/** The event object for one trigger run of an edit. */
export function editEvent(
  parts: EditEventParts,
  authMode: unknown,
  triggerUid?: string,
): Record<string, unknown> {
  const { doc, sheet, rect, outcome } = parts;
  const range = new Range(doc, sheet, rect);
  // In the order the live JSON shows them.
  const fields: EventRangeFields = {
    columnStart: rect.column + 1,
    rowStart: rect.row + 1,
    rowEnd: rect.row + rect.numRows,
    columnEnd: rect.column + rect.numColumns,
  };
  // JSON.stringify(e) shows the range as these fields and the Spreadsheet as {}, as live.
  Object.assign(range, fields, { toJSON: () => ({ ...fields }) });
  const source = Object.assign(parts.source, { toJSON: () => ({}) });
  const event: Record<string, unknown> = {
    authMode,
    range,
    source,
    user: parts.user,
  };
  if (outcome.value !== undefined) event.value = outcome.value;
  if (outcome.oldValue !== undefined) event.oldValue = outcome.oldValue;
  if (triggerUid !== undefined) event.triggerUid = triggerUid;
  return event;
}

/** One edit made inside Emulator.concurrently(), and what became of its event. */
export interface EditEventReport<R> {
  editor: string;
  /** 'Sheet!A1' of the edited cells. */
  range: string;
  /** When the edit was made, in modeled ms from the start of the batch. */
  arrivedAtMs: number;
  /** When its trigger runs started; null if the event was dropped from a full queue. */
  startedAtMs: number | null;
  dropped: boolean;
  /** One result per trigger run (simple onEdit, then each installable trigger). */
  runs: R[];
}

export interface ConcurrentOutcome<R> {
  /** In the order the edits were made. */
  events: EditEventReport<R>[];
  /** Every trigger run, in the order the edits were made. */
  triggers: R[];
  /** Events lost because a person's queue was full (editQueueLimit). */
  droppedEvents: number;
  /** Trigger runs that never started (too many simultaneous executions, daily runtime quota). */
  failedToStart: number;
}
